/**
 * The dense front end of the LAPJV core (see lapjvCore.ts): LAPJV (R. Jonker &
 * A. Volgenant, Computing 38, 1987) on a flat row-major Float64Array of
 * finite costs; minimises. The start, the augmenting row reduction and the
 * augmentation come from the core; what is dense here is the column reduction
 * with reduction transfer and the search, which scans whole rows in order and
 * settles every column at the current minimum distance together (faster than
 * the core's heap when every column is open to every row). Internal: callers
 * validate and transform the input first.
 */

import { assignColumnMinima, augmentAlong, augmentingRowReduction, everyColumn } from './lapjvCore.js';

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

  nFree = augmentingRowReduction({ cost, n, rows: everyColumn(n), v, x, y, freeRows }, nFree);

  // Augmentation: for each free row, a Dijkstra-like search over reduced costs
  // that settles all columns at the current minimum distance together. Column
  // states live in a byte array and the scans run over whole rows in order
  // (sequential memory access beats an index list at these sizes).
  const pred = new Int32Array(n);
  const d = new Float64Array(n);
  const state = new Uint8Array(n); // 0 = to do, 1 = at the minimum (to scan), 2 = scanned
  const scanList = new Int32Array(n);
  const readyList = new Int32Array(n);
  for (let f = 0; f < nFree; f++) {
    const start = freeRows[f] as number;
    let finalJ = -1;
    let mind = 0;
    let lo = 0;
    let hi = 0;
    let nReady = 0;
    const sbase = start * n;
    state.fill(0);
    for (let j = 0; j < n; j++) {
      pred[j] = start;
      d[j] = (cost[sbase + j] as number) - (v[j] as number);
    }
    while (finalJ === -1) {
      if (lo === hi) {
        // Collect the unscanned columns at the minimum distance.
        lo = 0;
        hi = 0;
        mind = Number.POSITIVE_INFINITY;
        for (let j = 0; j < n; j++) {
          if ((state[j] as number) !== 0) continue;
          const dj = d[j] as number;
          if (dj <= mind) {
            if (dj < mind) {
              hi = 0;
              mind = dj;
            }
            scanList[hi++] = j;
          }
        }
        for (let k = 0; k < hi; k++) {
          const j = scanList[k] as number;
          if ((y[j] as number) < 0) {
            finalJ = j;
            break;
          }
          state[j] = 1;
        }
        if (finalJ !== -1) break;
      }
      // Scan one column at the minimum: relax the row assigned to it.
      const j0 = scanList[lo++] as number;
      state[j0] = 2;
      readyList[nReady++] = j0;
      const i = y[j0] as number;
      const base = i * n;
      const h = (cost[base + j0] as number) - (v[j0] as number) - mind;
      for (let j = 0; j < n; j++) {
        if ((state[j] as number) !== 0) continue;
        const cred = (cost[base + j] as number) - (v[j] as number) - h;
        if (cred < (d[j] as number)) {
          d[j] = cred;
          pred[j] = i;
          if (cred === mind) {
            if ((y[j] as number) < 0) {
              finalJ = j;
              break;
            }
            state[j] = 1;
            scanList[hi++] = j;
          }
        }
      }
    }
    for (let k = 0; k < nReady; k++) {
      const j = readyList[k] as number;
      v[j] = (v[j] as number) + (d[j] as number) - mind;
    }
    augmentAlong(pred, x, y, start, finalJ);
  }
  return x;
}
