/**
 * Scratch arrays for long computations, on the JS heap.
 *
 * Why not typed arrays: V8 starts a full collection of the whole heap for
 * every ~64 MB of typed-array memory that outlives a young-generation
 * collection, however big the heap is. When the user's heap holds a million
 * activity objects, each of those collections pauses for half a second, so
 * a computation that keeps 60 MB of typed scratch arrays alive pays one on
 * almost every call. Plain arrays count towards the heap's own limit, which
 * grows with the heap. Results handed to the user stay typed arrays.
 *
 * Up to 2^24 elements `fill` is fastest; above it V8's `fill` takes a slow
 * path (seconds at 2^25), and a plain loop is used instead.
 */

const FILL_LIMIT = 2 ** 24;

function fillInPlace(out: number[], value: number): number[] {
  if (out.length <= FILL_LIMIT) return out.fill(value);
  for (let i = 0; i < out.length; i++) out[i] = value;
  return out;
}

/**
 * `n` copies of `value` in a plain array. V8 picks the storage from the
 * value: small integers (|value| < 2^31) are stored as such, anything else
 * (fractions, ±Infinity) as unboxed doubles.
 *
 * @example
 * ```ts
 * const next = filledArray(4, -1); // [-1, -1, -1, -1]
 * const earliest = filledArray(3, Number.POSITIVE_INFINITY); // doubles from the start
 * ```
 */
export function filledArray(n: number, value: number): number[] {
  return fillInPlace(new Array<number>(n), value);
}

/**
 * `n` zeros in a plain array that stores doubles unboxed from the start, so
 * the first fractional value written changes nothing (an array of small
 * integers would switch representation, and optimised code using it would
 * be thrown away).
 *
 * @example
 * ```ts
 * const sums = doubleArray(3); // [0, 0, 0], ready for fractions
 * ```
 */
export function doubleArray(n: number): number[] {
  return fillInPlace(fillInPlace(new Array<number>(n), 0.5), 0);
}
