import { emptySeats } from './capacitatedAssignment.js';
import { augmentFreeRows, type RowColumns, takeSeat } from './lapjvCore.js';

/**
 * The arcs-only capacity front end of the LAPJV core (lapjvCore.ts): the
 * problem of {@link capacitatedAssignment} — every row to one column, column
 * j taking at most `capacity[j]` rows, least total cost — when each row may
 * use only the columns `arcs` lists, with their costs in `arcs.cost` (no
 * dense matrix: memory and time follow the arcs). Same start (each row seated
 * at its cheapest arc when that column has room, prices 0), then the core's
 * heap-based shortest augmenting paths over the arcs. Exact on the arcs
 * given: with every finite entry of a matrix as an arc, the same optimum as
 * {@link capacitatedAssignment} (a property test). Returns the column of each
 * row, or null when some row cannot be placed within the capacities (the
 * caller guarantees it can, e.g. with a dummy column every row lists).
 * Internal: callers validate the input first.
 */
export function capacitatedArcsAssignment(
  arcs: RowColumns & { readonly cost: Float64Array },
  nr: number,
  capacity: Int32Array,
): Int32Array | null {
  const nc = capacity.length;
  const seats = emptySeats(nr, capacity);
  const room = (j: number): boolean =>
    (seats.count[j] as number) < (seats.start[j + 1] as number) - (seats.start[j] as number);
  const x = new Int32Array(nr).fill(-1);
  const freeRows = new Int32Array(nr);
  let nFree = 0;
  for (let i = 0; i < nr; i++) {
    let best = Number.POSITIVE_INFINITY;
    let arg = -1;
    for (let e = arcs.first[i] as number, stop = arcs.end[i] as number; e < stop; e++) {
      const j = arcs.col[e] as number;
      const c = arcs.cost[e] as number;
      if (c < best || (c === best && arg >= 0 && !room(arg) && room(j))) {
        best = c;
        arg = j;
      }
    }
    if (arg < 0) return null;
    if (room(arg)) takeSeat(seats, x, i, arg);
    else freeRows[nFree++] = i;
  }
  // The matrix is never read: every cost comes from the arcs.
  const state = { cost: new Float64Array(0), nc, rows: arcs, v: new Float64Array(nc), x, seats, freeRows };
  return augmentFreeRows(state, nFree) ? x : null;
}
