/**
 * One sentence reading a series from its first to its last point:
 * "42 active members in 2025-12, up 31% from 32 in 2025-01." — or
 * `undefined` when there are fewer than two points.
 */
export function trendReading(
  noun: string,
  labels: readonly string[],
  values: readonly number[],
): string | undefined {
  const n = Math.min(labels.length, values.length);
  if (n < 2) return undefined;
  const first = values[0] as number;
  const last = values[n - 1] as number;
  const change =
    first === last
      ? 'the same as'
      : first === 0
        ? 'up from'
        : `${last > first ? 'up' : 'down'} ${Math.round((Math.abs(last - first) / first) * 100)}% from`;
  return `${last} ${noun} in ${labels[n - 1]}, ${change} ${first} in ${labels[0]}.`;
}

/** "312 new members over the 24 months shown; 12 in 2025-12." — or `undefined` with no points. */
export function totalReading(
  noun: string,
  unit: string,
  labels: readonly string[],
  values: readonly number[],
): string | undefined {
  const n = Math.min(labels.length, values.length);
  if (n === 0) return undefined;
  const total = values.slice(0, n).reduce((a, b) => a + b, 0);
  return `${total} ${noun} over the ${n} ${unit}${n === 1 ? '' : 's'} shown; ${values[n - 1]} in ${labels[n - 1]}.`;
}
