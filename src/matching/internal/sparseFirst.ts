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

  // Initial assignment: each column to its cheapest row, where that row is
  // free; then two rounds of Jonker–Volgenant augmenting row reduction on the
  // kept edges, which leaves few rows for the augmenting paths.
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    const i = argmin[j] as number;
    if ((x[i] as number) < 0) {
      x[i] = j;
      y[j] = i;
    }
  }
  const freeRows = new Int32Array(n);
  let nFree = 0;
  for (let i = 0; i < n; i++) if ((x[i] as number) < 0) freeRows[nFree++] = i;
  for (let round = 0; round < 2 && nFree > 0; round++) {
    let current = 0;
    let newFree = 0;
    let rrCount = 0;
    while (current < nFree) {
      rrCount++;
      const freeI = freeRows[current++] as number;
      const base = freeI * n;
      const e0 = start[freeI] as number;
      const e1 = fill[freeI] as number;
      let j1 = edgeCol[e0] as number;
      let v1 = (cost[base + j1] as number) - (v[j1] as number);
      let j2 = -1;
      let v2 = Number.POSITIVE_INFINITY;
      for (let e = e0 + 1; e < e1; e++) {
        const j = edgeCol[e] as number;
        const c = (cost[base + j] as number) - (v[j] as number);
        if (c < v2) {
          if (c >= v1) {
            v2 = c;
            j2 = j;
          } else {
            v2 = v1;
            v1 = c;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = y[j1] as number;
      const v1New = (v[j1] as number) - (v2 - v1);
      const v1Lowers = v1New < (v[j1] as number);
      if (rrCount < current * n) {
        if (v1Lowers) v[j1] = v1New;
        else if (i0 >= 0 && j2 >= 0) {
          j1 = j2;
          i0 = y[j2] as number;
        }
        if (i0 >= 0) {
          if (v1Lowers) freeRows[--current] = i0;
          else freeRows[newFree++] = i0;
        }
      } else if (i0 >= 0) {
        freeRows[newFree++] = i0;
      }
      if (i0 >= 0) x[i0] = -1;
      x[freeI] = j1;
      y[j1] = freeI;
    }
    nFree = newFree;
  }

  // Shortest augmenting paths over the sparse edges (Dijkstra with a lazy
  // binary heap), updating the column prices as the dense solver does.
  const d = new Float64Array(n);
  const pred = new Int32Array(n);
  const seenAt = new Int32Array(n).fill(-1); // augmentation that last touched d[j]
  const doneAt = new Int32Array(n).fill(-1); // augmentation that settled column j
  const settled = new Int32Array(n);
  let cap = 4 * n;
  let hKey = new Float64Array(cap);
  let hCol = new Int32Array(cap);
  for (let f = 0; f < nFree; f++) {
    const s = freeRows[f] as number;
    let hSize = 0;
    const push = (key: number, col: number): void => {
      if (hSize === cap) {
        cap *= 2;
        const nk = new Float64Array(cap);
        nk.set(hKey);
        hKey = nk;
        const nc = new Int32Array(cap);
        nc.set(hCol);
        hCol = nc;
      }
      let p = hSize++;
      while (p > 0) {
        const q = (p - 1) >> 1;
        if ((hKey[q] as number) <= key) break;
        hKey[p] = hKey[q] as number;
        hCol[p] = hCol[q] as number;
        p = q;
      }
      hKey[p] = key;
      hCol[p] = col;
    };
    const relax = (row: number, shift: number): void => {
      const base = row * n;
      for (let e = start[row] as number, end = fill[row] as number; e < end; e++) {
        const j = edgeCol[e] as number;
        if (doneAt[j] === s) continue;
        const dj = (cost[base + j] as number) - (v[j] as number) - shift;
        if (seenAt[j] !== s || dj < (d[j] as number)) {
          seenAt[j] = s;
          d[j] = dj;
          pred[j] = row;
          push(dj, j);
        }
      }
    };
    relax(s, 0);
    let nSettled = 0;
    let finalJ = -1;
    let finalD = 0;
    while (hSize > 0) {
      const key = hKey[0] as number;
      const j = hCol[0] as number;
      // Pop the minimum.
      const lastKey = hKey[--hSize] as number;
      const lastCol = hCol[hSize] as number;
      let p = 0;
      for (;;) {
        let q = 2 * p + 1;
        if (q >= hSize) break;
        if (q + 1 < hSize && (hKey[q + 1] as number) < (hKey[q] as number)) q++;
        if ((hKey[q] as number) >= lastKey) break;
        hKey[p] = hKey[q] as number;
        hCol[p] = hCol[q] as number;
        p = q;
      }
      hKey[p] = lastKey;
      hCol[p] = lastCol;
      if (doneAt[j] === s || key !== d[j]) continue; // stale entry
      if ((y[j] as number) < 0) {
        finalJ = j;
        finalD = key;
        break;
      }
      doneAt[j] = s;
      settled[nSettled++] = j;
      const i = y[j] as number;
      relax(i, (cost[i * n + j] as number) - (v[j] as number) - key);
    }
    if (finalJ < 0) return null; // no augmenting path among the kept edges
    for (let t = 0; t < nSettled; t++) {
      const j = settled[t] as number;
      v[j] = (v[j] as number) + (d[j] as number) - finalD;
    }
    let i = -1;
    let j = finalJ;
    while (i !== s) {
      i = pred[j] as number;
      y[j] = i;
      const prev = x[i] as number;
      x[i] = j;
      j = prev;
    }
  }

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
