import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { fail, parseWith } from '../model/validate.js';
import { capacitatedAssignment } from './internal/capacitatedAssignment.js';
import { lapjvSquare } from './internal/lapjv.js';
import { sparseFirstAssignment } from './internal/sparseFirst.js';

/** From this size on, square problems are first tried on each row's cheapest columns (see internal/sparseFirst.ts). */
const SPARSE_FIRST_MIN = 64;

/**
 * A cost (or score) matrix: rows × columns, as nested arrays or as a flat
 * row-major `Float64Array` with its dimensions.
 *
 * @example
 * ```ts
 * CostMatrixSchema.parse([[4, 1], [2, 3]]);
 * CostMatrixSchema.parse({ rows: 2, cols: 2, data: new Float64Array([4, 1, 2, 3]) });
 * ```
 */
export const CostMatrixSchema = z.union([
  z.array(z.array(z.custom<number>((v) => typeof v === 'number', { message: 'expected a number' }))),
  z.object({
    rows: z.number().int().min(0),
    cols: z.number().int().min(0),
    data: z.instanceof(Float64Array),
  }),
]);

/** A cost (or score) matrix. */
export type CostMatrix = z.input<typeof CostMatrixSchema>;

/**
 * Options of {@link solveAssignment}.
 *
 * @example
 * ```ts
 * SolveAssignmentOptionsSchema.parse({}); // → { maximize: false, forbidden: [] }
 * ```
 */
export const SolveAssignmentOptionsSchema = z.strictObject({
  /** Maximise the total (scores) instead of minimising it (costs). */
  maximize: z.boolean().default(false),
  /** Pairs that may not be chosen, as [row, col]. (+Infinity when minimising, −Infinity when maximising, also forbid a pair.) */
  forbidden: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).default([]),
});

/** Options of {@link solveAssignment}. */
export type SolveAssignmentOptions = z.input<typeof SolveAssignmentOptionsSchema>;

/**
 * The result of {@link solveAssignment}, as a schema (to validate a stored result).
 *
 * @example
 * ```ts
 * AssignmentResultSchema.parse({ assignment: [1, 0], cost: 2, assigned: 2 });
 * ```
 */
export const AssignmentResultSchema = z.object({
  /** The chosen column of each row, or −1 when the row is left unassigned. */
  assignment: z.array(z.number().int().min(-1)),
  /** The objective: the sum of the chosen entries (in the input's sign). */
  cost: z.number(),
  /** How many rows were assigned. */
  assigned: z.number().int().min(0),
});

/** The result of {@link solveAssignment}. */
export type AssignmentResult = z.output<typeof AssignmentResultSchema>;

/**
 * Solves the linear assignment problem: pairs rows with distinct columns so
 * the total cost is as small as possible (or the total score as large, with
 * `maximize`). Square or rectangular: with more columns than rows every row is
 * assigned; with more rows than columns, `assignment[row]` is −1 for the rows
 * left out. Forbidden pairs (`forbidden`, or +Infinity when minimising,
 * −Infinity when maximising) are never chosen; when they make a full
 * assignment impossible, as many rows as possible are assigned (maximum
 * cardinality first, then the best total) and the rest get −1 — a clear
 * partial result, not an error.
 *
 * Exact: square matrices from 64 × 64 are first solved on each row's
 * ~2·log2(n) cheapest columns (plus each column's cheapest row) and the
 * answer is kept only if the column prices prove it optimal for the whole
 * matrix (LP duality; one pass over it) — true on most unstructured costs;
 * otherwise, and below that size, LAPJV (Jonker & Volgenant 1987: column
 * reduction, augmenting row reduction, then shortest augmenting paths that
 * scan every column at the current minimum distance together, which pays off
 * on integer costs with many ties). Rectangular matrices use the same LAPJV
 * core in its form with column capacities (each 1 here): a greedy start,
 * then the same shortest augmenting paths. Flat typed arrays throughout.
 * O(n² m) time, O(n m) memory.
 *
 * @param cost - the matrix (nested arrays or a flat `Float64Array`)
 * @param options - `maximize`, `forbidden`
 * @returns the column per row (−1 when unassigned), the objective and the count assigned
 * @throws {@link ValidationError} for NaN, a wrong-signed infinity, ragged rows or a forbidden pair outside the matrix
 *
 * @example
 * ```ts
 * solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]); // → { assignment: [1, 0, 2], cost: 5, assigned: 3 }
 * solveAssignment([[4, 1], [2, 3]], { maximize: true }); // → { assignment: [0, 1], cost: 7, assigned: 2 }
 * ```
 */
export function solveAssignment(cost: CostMatrix, options: SolveAssignmentOptions = {}): AssignmentResult {
  // Checked by hand, not by the schema: a 4000 × 4000 matrix has 16 million entries.
  const input = cost as CostMatrix;
  if (
    !Array.isArray(input) &&
    !(
      typeof input === 'object' &&
      input !== null &&
      (input as { data?: unknown }).data instanceof Float64Array
    )
  )
    parseWith('solveAssignment', CostMatrixSchema, cost, 'cost');
  const opts = parseWith('solveAssignment', SolveAssignmentOptionsSchema, options, 'options');
  const issues: ValidationIssue[] = [];
  let rows: number;
  let cols: number;
  let data: Float64Array;
  if (Array.isArray(input)) {
    rows = input.length;
    cols = Array.isArray(input[0]) ? input[0].length : 0;
    data = new Float64Array(rows * cols);
    input.forEach((row, i) => {
      if (!Array.isArray(row))
        issues.push({ path: `cost[${i}]`, message: 'expected an array of numbers', code: 'invalid-input' });
      else if (row.length !== cols)
        issues.push({
          path: `cost[${i}]`,
          message: `row has ${row.length} entries; the first row has ${cols}`,
          code: 'invalid-input',
        });
      else
        row.forEach((x, j) => {
          if (typeof x === 'number') data[i * cols + j] = x;
          else
            issues.push({
              path: `cost[${i}][${j}]`,
              message: `expected a number, got ${typeof x}`,
              code: 'invalid-input',
            });
        });
    });
  } else {
    ({ rows, cols, data } = input as { rows: number; cols: number; data: Float64Array });
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0)
      issues.push({
        path: 'cost',
        message: 'rows and cols must be non-negative integers',
        code: 'invalid-input',
      });
    if (data.length !== rows * cols)
      issues.push({
        path: 'cost.data',
        message: `expected ${rows * cols} entries (rows × cols), got ${data.length}`,
        code: 'invalid-input',
      });
  }
  if (issues.length > 0) fail('solveAssignment', issues);
  const sign = opts.maximize ? -1 : 1;
  // Work on n ≤ m (transpose if needed), in minimisation form, forbidden = +Infinity.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let anyForbidden = false;
  let maxAbs = 0;
  // The solver only reads the matrix: an all-finite, untransposed, minimising
  // problem is solved on the caller's array itself (no 8·n·m-byte copy).
  let shared = !transpose && sign === 1 && opts.forbidden.length === 0;
  if (shared) {
    for (let k = 0; k < data.length; k++) {
      const x = data[k] as number;
      if (!(x > Number.NEGATIVE_INFINITY && x < Number.POSITIVE_INFINITY)) {
        shared = false;
        maxAbs = 0;
        break;
      }
      const ax = x < 0 ? -x : x;
      if (ax > maxAbs) maxAbs = ax;
    }
  }
  const c = shared ? data : new Float64Array(n * m);
  for (let i = 0; i < rows && !shared; i++)
    for (let j = 0; j < cols; j++) {
      const x = data[i * cols + j] as number;
      let y: number;
      if (Number.isNaN(x)) {
        issues.push({ path: `cost[${i}][${j}]`, message: 'NaN is not a cost', code: 'invalid-input' });
        continue;
      }
      if (x === sign * Number.POSITIVE_INFINITY) {
        y = Number.POSITIVE_INFINITY;
        anyForbidden = true;
      } else if (!Number.isFinite(x)) {
        issues.push({
          path: `cost[${i}][${j}]`,
          message: `${x} would make the ${opts.maximize ? 'maximum' : 'minimum'} unbounded; use ${opts.maximize ? '-Infinity' : 'Infinity'} or options.forbidden to forbid a pair`,
          code: 'invalid-input',
        });
        continue;
      } else {
        y = sign * x;
        maxAbs = Math.max(maxAbs, Math.abs(y));
      }
      c[transpose ? j * m + i : i * m + j] = y;
    }
  opts.forbidden.forEach(([i, j], k) => {
    if (i >= rows || j >= cols) {
      issues.push({
        path: `options.forbidden[${k}]`,
        message: `[${i}, ${j}] is outside the ${rows} × ${cols} matrix`,
        code: 'invalid-input',
      });
      return;
    }
    c[transpose ? j * m + i : i * m + j] = Number.POSITIVE_INFINITY;
    anyForbidden = true;
  });
  if (issues.length > 0) fail('solveAssignment', issues);
  const assignment = new Array<number>(rows).fill(-1);
  if (n === 0) return { assignment, cost: 0, assigned: 0 };
  let col4row: Int32Array = new Int32Array(n);
  let width = m;
  let matrix = c;
  if (n === m) {
    // Square: first the sparse attempt (each row's cheapest columns, proved
    // optimal by the column prices, or abandoned), then LAPJV (column
    // reduction, augmenting row reduction, then shortest augmenting paths).
    // A forbidden pair costs more than any difference between two
    // assignments' allowed totals, so the optimum uses as few as possible —
    // maximum cardinality first, then the best total.
    if (anyForbidden) {
      const big = (2 * maxAbs + 1) * (n + 1);
      matrix = new Float64Array(c.length);
      for (let k = 0; k < c.length; k++) {
        const x = c[k] as number;
        matrix[k] = x === Number.POSITIVE_INFINITY ? big : x;
      }
    }
    col4row = (n >= SPARSE_FIRST_MIN ? sparseFirstAssignment(matrix, n) : null) ?? lapjvSquare(matrix, n);
    if (anyForbidden)
      for (let i = 0; i < n; i++)
        if (c[i * m + (col4row[i] as number)] === Number.POSITIVE_INFINITY) col4row[i] = -1;
  } else if (anyForbidden) {
    // n dummy columns, each costlier than any full assignment: rows that cannot
    // be placed land there, so the real assignment has maximum cardinality.
    const big = (maxAbs + 1) * (n + 1) * 4;
    width = m + n;
    matrix = new Float64Array(n * width);
    for (let i = 0; i < n; i++) {
      matrix.set(c.subarray(i * m, (i + 1) * m), i * width);
      for (let k = 0; k < n; k++) matrix[i * width + m + k] = big;
    }
  }
  if (n !== m) col4row = capacitatedAssignment(matrix, n, width, new Int32Array(width).fill(1));
  let total = 0;
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const j = col4row[i] as number;
    if (j < 0 || j >= m) continue;
    const [r, k] = transpose ? [j, i] : [i, j];
    assignment[r] = k;
    total += data[r * cols + k] as number;
    assigned++;
  }
  return { assignment, cost: total, assigned };
}
