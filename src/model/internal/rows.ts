/**
 * The first index in [lo, hi) of the ascending array `a` whose value is ≥ t
 * (hi when none): on a log's sorted times, where a window's rows start.
 */
export function firstAtOrAfter(a: Float64Array, lo: number, hi: number, t: number): number {
  let from = lo;
  let to = hi;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if ((a[mid] as number) < t) from = mid + 1;
    else to = mid;
  }
  return from;
}
