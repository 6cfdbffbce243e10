/**
 * The dense front end of the LAPJV core (see lapjvCore.ts): LAPJV (R. Jonker &
 * A. Volgenant, Computing 38, 1987) on a flat row-major Float64Array of
 * finite costs; minimises. What is its own here is the column reduction with
 * reduction transfer; the start, the augmenting row reduction and the dense
 * search come from the core. Internal: callers validate and transform the
 * input first.
 */

import {
  assignColumnMinima,
  augmentFreeRowsDense,
  augmentingRowReduction,
  everyColumn,
  squareSeats,
} from './lapjvCore.js';

/**
 * Minimum-cost perfect assignment of an `n × n` finite cost matrix: the
 * original Jonker–Volgenant LAPJV (column reduction, reduction transfer, two
 * rounds of augmenting row reduction, then Dijkstra-like augmentation that
 * scans all columns at the current minimum distance together). Returns the
 * column of each row.
 */
export function lapjvSquare(cost: Float64Array, n: number): Int32Array {
  const x = new Int32Array(n).fill(-1); // column of row
  const y = new Int32Array(n).fill(-1); // row of column
  const v = new Float64Array(n);
  if (n === 0) return x;
  if (n === 1) {
    x[0] = 0;
    return x;
  }
  const freeRows = new Int32Array(n);

  // Column reduction and reduction transfer.
  v.fill(Number.POSITIVE_INFINITY);
  const argmin = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  const unique = assignColumnMinima(argmin, x, y);
  let nFree = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    if (xi < 0) freeRows[nFree++] = i;
    else if (unique[i] === 1) {
      const base = i * n;
      let min = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j === xi) continue;
        const c = (cost[base + j] as number) - (v[j] as number);
        if (c < min) min = c;
      }
      v[xi] = (v[xi] as number) - min;
    }
  }

  const rows = everyColumn(n);
  nFree = augmentingRowReduction({ cost, nc: n, rows, v, x, y, freeRows }, nFree);
  const seats = squareSeats(x, y);
  augmentFreeRowsDense({ cost, nc: n, rows, v, x, seats, freeRows }, nFree);
  return x;
}
