/**
 * A sparse first attempt at a dense square assignment problem: solve it on
 * each row's cheapest columns only (ties spread over the columns, plus each column's cheapest row), then
 * prove the answer optimal for the whole matrix with the column prices — or
 * give up and let the dense solver run. Internal.
 *
 * Why it is exact when it answers: the augmentation keeps, for every row i
 * and every column j it may use, c[i][j] − v[j] ≥ c[i][x(i)] − v[x(i)] (the
 * Jonker–Volgenant dual feasibility). If that inequality also holds for every
 * column of the dense row, then u(i) = c[i][x(i)] − v[x(i)] and v are a
 * feasible dual solution of the dense problem whose objective equals the
 * assignment's cost, so by LP duality the assignment is optimal. The check is
 * one pass over the matrix; on random costs it almost always passes.
 */

import { lapjvSparse } from './lapjvCore.js';

/** The number of cheapest columns kept per row for an n × n problem. */
export function sparseWidth(n: number): number {
  return Math.min(n, Math.max(8, Math.ceil(2 * Math.log2(n))));
}

/**
 * Solves the `n × n` minimisation on a flat row-major matrix of finite costs
 * through the sparse subproblem. Returns the column of each row, or `null`
 * when the subproblem has no perfect assignment or its answer cannot be
 * proved optimal for the whole matrix (the caller then solves it densely).
 */
export function sparseFirstAssignment(cost: Float64Array, n: number): Int32Array | null {
  const k = sparseWidth(n);
  if (k >= n) return null;
  // Column minima (the dense column reduction) and the row of each, found in
  // the same pass that picks each row's cheapest columns.
  const v = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const argmin = new Int32Array(n);
  // Each row keeps its k cheapest columns and the columns whose cheapest row
  // it is, so every column has an edge.
  const kept = new Int32Array(n * k);
  const heapVal = new Float64Array(k);
  const heapCol = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    // A max-heap of the k smallest (value, column) pairs seen so far. Each
    // row starts its scan at its own offset, so that among equal costs rows
    // keep different columns (a perfect assignment must exist among them).
    let size = 0;
    const offset = (i * 7919) % n;
    for (let t = 0; t < n; t++) {
      const j = t + offset < n ? t + offset : t + offset - n;
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        argmin[j] = i;
      }
      if (size < k) {
        let p = size++;
        while (p > 0) {
          const q = (p - 1) >> 1;
          if ((heapVal[q] as number) >= c) break;
          heapVal[p] = heapVal[q] as number;
          heapCol[p] = heapCol[q] as number;
          p = q;
        }
        heapVal[p] = c;
        heapCol[p] = j;
      } else if (c < (heapVal[0] as number)) {
        let p = 0;
        for (;;) {
          let q = 2 * p + 1;
          if (q >= k) break;
          if (q + 1 < k && (heapVal[q + 1] as number) > (heapVal[q] as number)) q++;
          if ((heapVal[q] as number) <= c) break;
          heapVal[p] = heapVal[q] as number;
          heapCol[p] = heapCol[q] as number;
          p = q;
        }
        heapVal[p] = c;
        heapCol[p] = j;
      }
    }
    kept.set(heapCol, i * k);
  }
  const mark = new Int32Array(n).fill(-1);
  const extra = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) {
    const r = (argmin[j] as number) + 1;
    extra[r] = (extra[r] as number) + 1;
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + k + (extra[i + 1] as number);
  const edgeCol = new Int32Array(start[n] as number);
  const fill = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let at = start[i] as number;
    for (let h = i * k, end = h + k; h < end; h++) {
      const j = kept[h] as number;
      mark[j] = i;
      edgeCol[at++] = j;
    }
    fill[i] = at;
  }
  for (let j = 0; j < n; j++) {
    const i = argmin[j] as number;
    if (mark[j] === i) continue;
    mark[j] = i;
    const at = fill[i] as number;
    edgeCol[at] = j;
    fill[i] = at + 1;
  }

  // The LAPJV core on the kept edges: each column to its cheapest row, two
  // rounds of augmenting row reduction, then shortest augmenting paths.
  const x = lapjvSparse(cost, n, { first: start, end: fill, col: edgeCol }, v, argmin);
  if (x === null) return null; // no perfect assignment among the kept edges

  // Optimality over the whole matrix: no column is cheaper (net of its price)
  // for a row than the one it has.
  for (let i = 0; i < n; i++) {
    const base = i * n;
    const xi = x[i] as number;
    const u = (cost[base + xi] as number) - (v[xi] as number);
    for (let j = 0; j < n; j++) if ((cost[base + j] as number) - (v[j] as number) < u) return null;
  }
  return x;
}
