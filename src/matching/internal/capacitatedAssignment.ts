import { fail } from '../../model/validate.js';
import { augmentFreeRowsDense, type ColumnSeats, everyColumn, takeSeat } from './lapjvCore.js';

/**
 * The capacity front end of the LAPJV core (lapjvCore.ts): minimum-cost
 * assignment of every row of an `nr × nc` matrix to one column where column j
 * takes at most `capacity[j]` rows — the transportation form of the
 * assignment problem, i.e. the matrix whose column j is repeated
 * `capacity[j]` times, with the identical copies merged into one column with
 * that many seats. Exact; `+Infinity` forbids a pair. The caller guarantees that every row can be placed
 * (e.g. with a dummy column of capacity `nr`); otherwise a ValidationError.
 *
 * The start: column prices 0 and each row seated at its cheapest column when
 * that column has a free seat (preferring one with room among equal costs) —
 * every reduced cost is then non-negative and every seated row's is 0. The
 * core's dense search for shortest augmenting paths seats the rest. (No column reduction or
 * augmenting row reduction: they assume every column is used, which a column
 * with free seats is not.)
 *
 * `solveAssignment` uses it with capacity 1 for rectangular matrices,
 * `matchMentors` with the mentors' capacities. Internal: callers validate the
 * input first.
 */
export function capacitatedAssignment(
  cost: Float64Array,
  nr: number,
  nc: number,
  capacity: Int32Array,
): Int32Array {
  const seats = emptySeats(nr, capacity);
  const room = (j: number): boolean =>
    (seats.count[j] as number) < (seats.start[j + 1] as number) - (seats.start[j] as number);
  const x = new Int32Array(nr).fill(-1);
  const freeRows = new Int32Array(nr);
  let nFree = 0;
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
    if (room(arg)) takeSeat(seats, x, i, arg);
    else freeRows[nFree++] = i;
  }
  const state = { cost, nc, rows: everyColumn(nr, nc), v: new Float64Array(nc), x, seats, freeRows };
  if (!augmentFreeRowsDense(state, nFree))
    fail('capacitatedAssignment', [
      {
        path: 'cost',
        message: 'infeasible: the rows cannot all be placed within the capacities',
        code: 'invalid-input',
      },
    ]);
  return x;
}

/** Empty seats: `min(capacity[j], nr)` for column j (more could never be taken). */
export function emptySeats(nr: number, capacity: Int32Array): ColumnSeats {
  const nc = capacity.length;
  const start = new Int32Array(nc + 1);
  for (let j = 0; j < nc; j++)
    start[j + 1] = (start[j] as number) + Math.max(0, Math.min(capacity[j] as number, nr));
  return {
    start,
    count: new Int32Array(nc),
    held: new Int32Array(start[nc] as number),
    seatOf: new Int32Array(nr),
  };
}
