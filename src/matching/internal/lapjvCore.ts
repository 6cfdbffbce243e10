/**
 * The one LAPJV core (R. Jonker & A. Volgenant, "A shortest augmenting path
 * algorithm for dense and sparse linear assignment problems", Computing 38,
 * 1987) behind every assignment solver of the library, on flat typed arrays:
 * the initial assignment of each column to its cheapest row, augmenting row
 * reduction, shortest augmenting paths over the columns each row may use, and
 * the augmentation along a path. The front ends are `lapjvSquare` (dense:
 * every row may use every column; its search scans whole rows in order),
 * `sparseFirstAssignment` (each row's cheapest columns) and
 * `capacitatedAssignment` (rectangular, columns with capacities). Minimises;
 * internal: callers validate the input first.
 *
 * The state shared by the steps: `x[i]` the column of row i (−1 when free),
 * the rows each column holds (its seats, see {@link ColumnSeats}; one seat
 * per column in the square problems, where `held` is the row of each column),
 * `v[j]` the price of column j; the cost of row i and column j is
 * `cost[i * nc + j]` for a matrix of `nc` columns.
 *
 * Capacities are the transportation form of the assignment problem: column
 * j with `c` seats is the square problem's column repeated `c` times, with
 * the identical copies merged. The shortest-path search treats a column with
 * a free seat as the end of a path and a full one as a step to every row it
 * holds (their edges are tight, so they share its distance); the prices of
 * columns with free seats stay equal (0 in the capacity front end) and only
 * full columns' prices fall, which is what the optimality conditions of the
 * merged problem ask.
 */
/**
 * The columns each row may use: row i's are `col[first[i]] … col[end[i] − 1]`
 * (a compressed sparse row list over the matrix's columns).
 */
export interface RowColumns {
  readonly first: Int32Array;
  readonly end: Int32Array;
  readonly col: Int32Array;
  /**
   * The cost of each listed entry (`cost[e]` for `col[e]`), when the problem
   * has no dense matrix (sparse arcs only: {@link augmentFreeRows} then reads
   * costs here and never the state's `cost`).
   */
  readonly cost?: Float64Array;
}

/**
 * The rows each column holds: column j's seats are `held[start[j]] …
 * held[start[j + 1] − 1]`, of which the first `count[j]` are taken;
 * `seatOf[i]` is the seat of row i (when it holds one).
 */
export interface ColumnSeats {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly held: Int32Array;
  readonly seatOf: Int32Array;
}

/** The state the core's steps share (see the file's comment). */
export interface LapjvState {
  readonly cost: Float64Array;
  /** Columns of the matrix (the stride of its rows). */
  readonly nc: number;
  readonly rows: RowColumns;
  readonly v: Float64Array;
  readonly x: Int32Array;
  readonly seats: ColumnSeats;
  /** Scratch for the free rows (length: the number of rows). */
  readonly freeRows: Int32Array;
}

/** Every column for every row of an `nr × nc` matrix (the dense problem as a sparse one). */
export function everyColumn(nr: number, nc: number = nr): RowColumns {
  return {
    first: new Int32Array(nr),
    end: new Int32Array(nr).fill(nc),
    col: Int32Array.from({ length: nc }, (_, j) => j),
  };
}

/**
 * The seats of a square assignment — one per column, `y` its row (−1 when
 * free) — sharing `y` as `held`, so that the augmentation keeps `y` right.
 */
export function squareSeats(x: Int32Array, y: Int32Array): ColumnSeats {
  const n = y.length;
  const count = new Int32Array(n);
  for (let j = 0; j < n; j++) if ((y[j] as number) >= 0) count[j] = 1;
  return {
    start: Int32Array.from({ length: n + 1 }, (_, j) => j),
    count,
    held: y,
    seatOf: Int32Array.from(x),
  };
}

/** Seats row i at column j (which has a free seat). */
export function takeSeat(seats: ColumnSeats, x: Int32Array, i: number, j: number): void {
  const { start, count, held, seatOf } = seats;
  const at = (start[j] as number) + (count[j] as number);
  held[at] = i;
  seatOf[i] = at;
  count[j] = (count[j] as number) + 1;
  x[i] = j;
}

/** Frees row i's seat at column j (the last taken seat moves into it). */
function leaveSeat(seats: ColumnSeats, i: number, j: number): void {
  const { start, count, held, seatOf } = seats;
  const last = (start[j] as number) + (count[j] as number) - 1;
  const at = seatOf[i] as number;
  const other = held[last] as number;
  held[at] = other;
  seatOf[other] = at;
  count[j] = (count[j] as number) - 1;
}

/**
 * Assigns each column to its cheapest row (`argmin[j]`) where that row is
 * still free, from the last column down (as LAPJV's column reduction does).
 * Returns, per row, 1 when it was the cheapest row of one column only.
 */
export function assignColumnMinima(argmin: Int32Array, x: Int32Array, y: Int32Array): Uint8Array {
  const n = argmin.length;
  const unique = new Uint8Array(x.length).fill(1);
  for (let j = n - 1; j >= 0; j--) {
    const i = argmin[j] as number;
    if ((x[i] as number) < 0) {
      x[i] = j;
      y[j] = i;
    } else {
      unique[i] = 0;
    }
  }
  return unique;
}

/**
 * Two rounds of Jonker–Volgenant augmenting row reduction on the columns each
 * row may use, for a square problem (`y` the row of each column, −1 when
 * free): each free row takes its cheapest column (net of prices), lowering
 * that column's price to the second cheapest when it can and displacing the
 * row there. `freeRows[0 … nFree − 1]` are the free rows on entry; returns
 * how many remain free (listed first in `freeRows`).
 */
export function augmentingRowReduction(
  square: Omit<LapjvState, 'seats'> & { readonly y: Int32Array },
  nFree: number,
): number {
  const { cost, nc: n, rows, v, x, y, freeRows } = square;
  const { first, end, col } = rows;
  for (let round = 0; round < 2 && nFree > 0; round++) {
    let current = 0;
    let newFree = 0;
    let rrCount = 0;
    while (current < nFree) {
      rrCount++;
      const freeI = freeRows[current++] as number;
      const base = freeI * n;
      const e0 = first[freeI] as number;
      const e1 = end[freeI] as number;
      let j1 = col[e0] as number;
      let v1 = (cost[base + j1] as number) - (v[j1] as number);
      let j2 = -1;
      let v2 = Number.POSITIVE_INFINITY;
      for (let e = e0 + 1; e < e1; e++) {
        const j = col[e] as number;
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
      // A row with one listed column has no second-cheapest: its price stays.
      const v1New = j2 < 0 ? (v[j1] as number) : (v[j1] as number) - (v2 - v1);
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
  return nFree;
}

/**
 * Flips the augmenting path that ends at the column `finalJ`, which has a
 * free seat (`pred[j]`: the row before column j), from the free row `start`:
 * each row on the path leaves its seat for one at the next column.
 */
export function augmentAlong(
  pred: Int32Array,
  x: Int32Array,
  seats: ColumnSeats,
  start: number,
  finalJ: number,
): void {
  let j = finalJ;
  for (;;) {
    const i = pred[j] as number;
    const prev = x[i] as number;
    if (prev >= 0) leaveSeat(seats, i, prev);
    takeSeat(seats, x, i, j);
    if (i === start) return;
    j = prev;
  }
}

/**
 * Shortest augmenting paths from every free row over the columns each row may
 * use (Dijkstra on reduced costs with a lazy binary heap), updating the column
 * prices so that reduced costs stay non-negative on those columns. A path
 * ends at the first column reached that has a free seat; a full column leads
 * on to every row it holds. Returns false when some free row has no
 * augmenting path among its columns.
 */
export function augmentFreeRows(state: LapjvState, nFree: number): boolean {
  const { cost, nc, rows, v, x, seats, freeRows } = state;
  const { first, end, col } = rows;
  const arcCost = rows.cost;
  const { start, count, held } = seats;
  // The cost of row i's entry at column j: from the matrix, or (arcs only) found among the row's entries.
  const costAt = (i: number, j: number): number => {
    if (arcCost === undefined) return cost[i * nc + j] as number;
    for (let e = first[i] as number, stop = end[i] as number; e < stop; e++)
      if (col[e] === j) return arcCost[e] as number;
    return Number.POSITIVE_INFINITY;
  };
  const d = new Float64Array(nc);
  const pred = new Int32Array(nc);
  const seenAt = new Int32Array(nc).fill(-1); // augmentation that last touched d[j]
  const doneAt = new Int32Array(nc).fill(-1); // augmentation that settled column j
  const settled = new Int32Array(nc);
  let cap = 4 * nc;
  let hKey = new Float64Array(cap);
  let hCol = new Int32Array(cap);
  for (let f = 0; f < nFree; f++) {
    const s = freeRows[f] as number;
    let hSize = 0;
    const push = (key: number, j: number): void => {
      if (hSize === cap) {
        cap *= 2;
        const nk = new Float64Array(cap);
        nk.set(hKey);
        hKey = nk;
        const nh = new Int32Array(cap);
        nh.set(hCol);
        hCol = nh;
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
      hCol[p] = j;
    };
    const relax = (row: number, shift: number): void => {
      const base = row * nc;
      for (let e = first[row] as number, stop = end[row] as number; e < stop; e++) {
        const j = col[e] as number;
        if (doneAt[j] === s) continue;
        const c = arcCost === undefined ? (cost[base + j] as number) : (arcCost[e] as number);
        const dj = c - (v[j] as number) - shift;
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
      const s0 = start[j] as number;
      const taken = count[j] as number;
      if (taken < (start[j + 1] as number) - s0) {
        finalJ = j;
        finalD = key;
        break;
      }
      doneAt[j] = s;
      settled[nSettled++] = j;
      const shift = (v[j] as number) + key;
      for (let k = s0, stop = s0 + taken; k < stop; k++) {
        const i = held[k] as number;
        relax(i, costAt(i, j) - shift);
      }
    }
    if (finalJ < 0) return false;
    for (let t = 0; t < nSettled; t++) {
      const j = settled[t] as number;
      v[j] = (v[j] as number) + (d[j] as number) - finalD;
    }
    augmentAlong(pred, x, seats, s, finalJ);
  }
  return true;
}

/**
 * Shortest augmenting paths from every free row when every row may use every
 * column (+Infinity entries are never chosen): the Dijkstra-like search of
 * the original LAPJV, which scans whole rows in order and settles every
 * column at the current minimum distance together — faster than the heap of
 * {@link augmentFreeRows} on dense rows, above all with many equal costs.
 * Column states live in a byte array (sequential memory access beats an
 * index list at these sizes). A path ends at the first column at the minimum
 * that has a free seat; a full column leads on to every row it holds. Returns
 * false when some free row has no augmenting path through finite entries.
 */
export function augmentFreeRowsDense(state: LapjvState, nFree: number): boolean {
  const { cost, nc, v, x, seats, freeRows } = state;
  const { start, count, held } = seats;
  const pred = new Int32Array(nc);
  const d = new Float64Array(nc);
  const mark = new Uint8Array(nc); // 0 = to do, 1 = at the minimum (to scan), 2 = scanned
  const scanList = new Int32Array(nc);
  const readyList = new Int32Array(nc);
  for (let f = 0; f < nFree; f++) {
    const s = freeRows[f] as number;
    let finalJ = -1;
    let mind = 0;
    let lo = 0;
    let hi = 0;
    let nReady = 0;
    const sbase = s * nc;
    mark.fill(0);
    for (let j = 0; j < nc; j++) {
      pred[j] = s;
      d[j] = (cost[sbase + j] as number) - (v[j] as number);
    }
    while (finalJ === -1) {
      if (lo === hi) {
        // Collect the unscanned columns at the minimum distance.
        lo = 0;
        hi = 0;
        mind = Number.POSITIVE_INFINITY;
        for (let j = 0; j < nc; j++) {
          if ((mark[j] as number) !== 0) continue;
          const dj = d[j] as number;
          if (dj <= mind) {
            if (dj < mind) {
              hi = 0;
              mind = dj;
            }
            scanList[hi++] = j;
          }
        }
        if (mind === Number.POSITIVE_INFINITY) return false; // nothing finite left to reach
        for (let k = 0; k < hi; k++) {
          const j = scanList[k] as number;
          if ((count[j] as number) < (start[j + 1] as number) - (start[j] as number)) {
            finalJ = j;
            break;
          }
          mark[j] = 1;
        }
        if (finalJ !== -1) break;
      }
      // Scan one column at the minimum: relax the rows it holds.
      const j0 = scanList[lo++] as number;
      mark[j0] = 2;
      readyList[nReady++] = j0;
      for (let k = start[j0] as number, stop = k + (count[j0] as number); k < stop && finalJ === -1; k++) {
        const i = held[k] as number;
        const base = i * nc;
        const h = (cost[base + j0] as number) - (v[j0] as number) - mind;
        for (let j = 0; j < nc; j++) {
          if ((mark[j] as number) !== 0) continue;
          const cred = (cost[base + j] as number) - (v[j] as number) - h;
          if (cred < (d[j] as number)) {
            d[j] = cred;
            pred[j] = i;
            if (cred === mind) {
              if ((count[j] as number) < (start[j + 1] as number) - (start[j] as number)) {
                finalJ = j;
                break;
              }
              mark[j] = 1;
              scanList[hi++] = j;
            }
          }
        }
      }
    }
    for (let k = 0; k < nReady; k++) {
      const j = readyList[k] as number;
      v[j] = (v[j] as number) + (d[j] as number) - mind;
    }
    augmentAlong(pred, x, seats, s, finalJ);
  }
  return true;
}

/**
 * The sparse front end: minimum-cost perfect assignment of an `n × n` matrix
 * using only the columns `rows` lists for each row, from the column prices
 * `v` and the cheapest row of each column `argmin` (both over those columns,
 * or over the whole matrix when the caller will check optimality against
 * it). Returns the column of each row with the final prices left in `v`, or
 * null when the listed columns admit no perfect assignment.
 */
export function lapjvSparse(
  cost: Float64Array,
  n: number,
  rows: RowColumns,
  v: Float64Array,
  argmin: Int32Array,
): Int32Array | null {
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  assignColumnMinima(argmin, x, y);
  const freeRows = new Int32Array(n);
  let nFree = 0;
  for (let i = 0; i < n; i++) if ((x[i] as number) < 0) freeRows[nFree++] = i;
  nFree = augmentingRowReduction({ cost, nc: n, rows, v, x, y, freeRows }, nFree);
  const state = { cost, nc: n, rows, v, x, seats: squareSeats(x, y), freeRows };
  return augmentFreeRows(state, nFree) ? x : null;
}

/**
 * Minimum-cost perfect assignment of an `n × n` finite cost matrix given as
 * the columns each row may use (every entry listed: the dense problem). The
 * column prices start at the column minima over the listed entries. Returns
 * the column of each row, or null when no perfect assignment uses only the
 * listed columns.
 */
export function sparseAssignment(cost: Float64Array, n: number, rows: RowColumns): Int32Array | null {
  const v = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const argmin = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let e = rows.first[i] as number, stop = rows.end[i] as number; e < stop; e++) {
      const j = rows.col[e] as number;
      const c = cost[i * n + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  for (let j = 0; j < n; j++) if ((argmin[j] as number) < 0) return null; // a column no row may use
  return lapjvSparse(cost, n, rows, v, argmin);
}
