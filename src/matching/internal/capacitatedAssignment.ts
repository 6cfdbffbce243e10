import { fail } from '../../model/validate.js';

/**
 * Minimum-cost assignment of every row to one column where column j takes at
 * most `capacity[j]` rows — the transportation form of the assignment problem.
 * It is the shortest-augmenting-path solver of Crouse (2016) run on the matrix
 * whose column j is repeated `capacity[j]` times, with the identical copies
 * merged: a full column passes the search on to every row it holds (their
 * edges are tight, so they share its distance). Exact; `+Infinity` forbids a
 * pair. The caller guarantees that every row can be placed (e.g. with a
 * dummy column of capacity `rows`). O(rows · scanned rows · cols) time,
 * O(rows + cols) extra memory.
 *
 * The capacity front end of the assignment solvers: `solveAssignment` uses
 * it with capacity 1 for rectangular matrices, `matchMentors` with the
 * mentors' capacities. (The square front ends, dense and sparse, share the
 * LAPJV core of lapjvCore.ts.) Internal: callers validate the input first.
 */
export function capacitatedAssignment(
  cost: Float64Array,
  nr: number,
  nc: number,
  capacity: Int32Array,
): Int32Array {
  const u = new Float64Array(nr);
  const v = new Float64Array(nc);
  const col4row = new Int32Array(nr).fill(-1);
  const count = new Int32Array(nc);
  // Rows held by each column, in slots start[j] .. start[j] + count[j].
  const start = new Int32Array(nc + 1);
  for (let j = 0; j < nc; j++) start[j + 1] = (start[j] as number) + Math.min(capacity[j] as number, nr);
  const slots = new Int32Array(start[nc] as number);
  const slotOf = new Int32Array(nr);
  const hold = (i: number, j: number): void => {
    const at = (start[j] as number) + (count[j] as number);
    slots[at] = i;
    slotOf[i] = at;
    count[j] = (count[j] as number) + 1;
    col4row[i] = j;
  };
  const release = (i: number, j: number): void => {
    const last = (start[j] as number) + (count[j] as number) - 1;
    const at = slotOf[i] as number;
    const other = slots[last] as number;
    slots[at] = other;
    slotOf[other] = at;
    count[j] = (count[j] as number) - 1;
  };
  const room = (j: number): boolean => (count[j] as number) < (start[j + 1] as number) - (start[j] as number);

  // Row reduction (v stays 0, as the optimality conditions for columns with
  // room require) and a greedy start on tight edges.
  for (let i = 0; i < nr; i++) {
    const base = i * nc;
    let best = Number.POSITIVE_INFINITY;
    let arg = -1;
    for (let j = 0; j < nc; j++) {
      const c = cost[base + j] as number;
      if (c < best || (c === best && arg >= 0 && !room(arg) && room(j))) {
        best = c;
        arg = j;
      }
    }
    if (arg < 0)
      fail('capacitatedAssignment', [
        {
          path: `cost[${i}]`,
          message: 'the row has no allowed column (every entry is +Infinity)',
          code: 'invalid-input',
        },
      ]);
    u[i] = best;
    if (room(arg)) hold(i, arg);
  }

  const spc = new Float64Array(nc);
  const path = new Int32Array(nc);
  const remaining = new Int32Array(nc);
  const queue = new Int32Array(nr);
  const scannedRows = new Int32Array(nr);
  const scannedCols = new Int32Array(nc);
  for (let cur = 0; cur < nr; cur++) {
    if (col4row[cur] !== -1) continue;
    let minVal = 0;
    let numRemaining = nc;
    for (let it = 0; it < nc; it++) remaining[it] = nc - it - 1;
    spc.fill(Number.POSITIVE_INFINITY);
    let nq = 0;
    queue[nq++] = cur;
    let nsr = 0;
    let nsc = 0;
    let sink = -1;
    while (sink === -1) {
      while (nq > 0) {
        const i = queue[--nq] as number;
        scannedRows[nsr++] = i;
        const base = i * nc;
        const offset = minVal - (u[i] as number);
        for (let it = 0; it < numRemaining; it++) {
          const j = remaining[it] as number;
          const r = offset + (cost[base + j] as number) - (v[j] as number);
          if (r < (spc[j] as number)) {
            spc[j] = r;
            path[j] = i;
          }
        }
      }
      let index = -1;
      let lowest = Number.POSITIVE_INFINITY;
      for (let it = 0; it < numRemaining; it++) {
        const j = remaining[it] as number;
        const s = spc[j] as number;
        if (s < lowest || (s === lowest && index >= 0 && room(j) && !room(remaining[index] as number))) {
          lowest = s;
          index = it;
        }
      }
      if (index === -1)
        fail('capacitatedAssignment', [
          {
            path: 'cost',
            message: 'infeasible: the rows cannot all be placed within the capacities',
            code: 'invalid-input',
          },
        ]);
      minVal = lowest;
      const j = remaining[index] as number;
      remaining[index] = remaining[--numRemaining] as number;
      scannedCols[nsc++] = j;
      if (room(j)) sink = j;
      else
        for (let k = start[j] as number, end = k + (count[j] as number); k < end; k++)
          queue[nq++] = slots[k] as number;
    }
    u[cur] = (u[cur] as number) + minVal;
    for (let k = 0; k < nsr; k++) {
      const r = scannedRows[k] as number;
      if (r !== cur) u[r] = (u[r] as number) + minVal - (spc[col4row[r] as number] as number);
    }
    for (let k = 0; k < nsc; k++) {
      const c = scannedCols[k] as number;
      v[c] = (v[c] as number) - (minVal - (spc[c] as number));
    }
    let j = sink;
    for (;;) {
      const i = path[j] as number;
      const prev = col4row[i] as number;
      if (prev >= 0) release(i, prev);
      hold(i, j);
      if (i === cur) break;
      j = prev;
    }
  }
  return col4row;
}
