/**
 * The square-matrix core of the assignment solver: LAPJV (R. Jonker &
 * A. Volgenant, "A shortest augmenting path algorithm for dense and sparse
 * linear assignment problems", Computing 38, 1987) on a flat row-major
 * Float64Array of finite costs; minimises. Internal: callers validate and
 * transform the input first.
 */

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
  const unique = new Uint8Array(n).fill(1);
  for (let j = n - 1; j >= 0; j--) {
    const i = argmin[j] as number;
    if ((x[i] as number) < 0) {
      x[i] = j;
      y[j] = i;
    } else {
      unique[i] = 0;
    }
  }
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

  // Augmenting row reduction, twice.
  for (let round = 0; round < 2 && nFree > 0; round++) {
    let current = 0;
    let newFree = 0;
    let rrCount = 0;
    while (current < nFree) {
      rrCount++;
      const freeI = freeRows[current++] as number;
      const base = freeI * n;
      let j1 = 0;
      let v1 = (cost[base] as number) - (v[0] as number);
      let j2 = -1;
      let v2 = Number.POSITIVE_INFINITY;
      for (let j = 1; j < n; j++) {
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
      x[freeI] = j1;
      y[j1] = freeI;
    }
    nFree = newFree;
  }

  // Augmentation.
  const pred = new Int32Array(n);
  const cols = new Int32Array(n);
  const d = new Float64Array(n);
  for (let f = 0; f < nFree; f++) {
    const start = freeRows[f] as number;
    // find_path_dense
    let lo = 0;
    let hi = 0;
    let nReady = 0;
    let finalJ = -1;
    let batchMin = 0;
    const sbase = start * n;
    for (let j = 0; j < n; j++) {
      cols[j] = j;
      pred[j] = start;
      d[j] = (cost[sbase + j] as number) - (v[j] as number);
    }
    while (finalJ === -1) {
      if (lo === hi) {
        // Collect the columns at the minimum distance into cols[lo..hi).
        nReady = lo;
        hi = lo + 1;
        let mind = d[cols[lo] as number] as number;
        for (let k = hi; k < n; k++) {
          const j = cols[k] as number;
          const dj = d[j] as number;
          if (dj <= mind) {
            if (dj < mind) {
              hi = lo;
              mind = dj;
            }
            cols[k] = cols[hi] as number;
            cols[hi++] = j;
          }
        }
        batchMin = mind;
        for (let k = lo; k < hi; k++) {
          const j = cols[k] as number;
          if ((y[j] as number) < 0) {
            finalJ = j;
            break;
          }
        }
      }
      if (finalJ === -1) {
        // Scan the ready columns.
        scan: while (lo !== hi) {
          let j = cols[lo++] as number;
          const i = y[j] as number;
          const mind = d[j] as number;
          const base = i * n;
          const h = (cost[base + j] as number) - (v[j] as number) - mind;
          for (let k = hi; k < n; k++) {
            j = cols[k] as number;
            const cred = (cost[base + j] as number) - (v[j] as number) - h;
            if (cred < (d[j] as number)) {
              d[j] = cred;
              pred[j] = i;
              if (cred === mind) {
                if ((y[j] as number) < 0) {
                  finalJ = j;
                  break scan;
                }
                cols[k] = cols[hi] as number;
                cols[hi++] = j;
              }
            }
          }
        }
      }
    }
    for (let k = 0; k < nReady; k++) {
      const j = cols[k] as number;
      v[j] = (v[j] as number) + (d[j] as number) - batchMin;
    }
    // Augment.
    let i = -1;
    let j = finalJ;
    while (i !== start) {
      i = pred[j] as number;
      y[j] = i;
      const prev = x[i] as number;
      x[i] = j;
      j = prev;
    }
  }
  return x;
}
