import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment } from '../../src/matching/internal/capacitatedAssignment.js';
import { solveAssignment } from '../../src/matching/solveAssignment.js';
import { ValidationError } from '../../src/model/errors.js';

/** The least total over every placement of the rows within the capacities (+Infinity when none is finite). */
function bruteForce(
  cost: readonly number[],
  rows: number,
  cols: number,
  capacity: readonly number[],
): number {
  const left = [...capacity];
  let best = Number.POSITIVE_INFINITY;
  const walk = (i: number, sum: number): void => {
    if (i === rows) {
      best = Math.min(best, sum);
      return;
    }
    for (let j = 0; j < cols; j++)
      if ((left[j] as number) > 0 && (cost[i * cols + j] as number) < Number.POSITIVE_INFINITY) {
        left[j] = (left[j] as number) - 1;
        walk(i + 1, sum + (cost[i * cols + j] as number));
        left[j] = (left[j] as number) + 1;
      }
  };
  walk(0, 0);
  return best;
}

describe('capacitatedAssignment (the solver behind matchMentors, properties)', () => {
  it('capacitatedAssignment equals solveAssignment on the matrix with each column repeated capacity times', () => {
    const instance = fc
      .record({ rows: fc.integer({ min: 1, max: 7 }), cols: fc.integer({ min: 1, max: 4 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
          cost: fc.array(
            fc.oneof(
              { weight: 6, arbitrary: fc.integer({ min: 0, max: 9 }) },
              { weight: 1, arbitrary: fc.constant(Infinity) },
            ),
            {
              minLength: rows * cols,
              maxLength: rows * cols,
            },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, ({ rows, cols, capacity, cost }) => {
        // With an "unmatched" column of capacity rows that costs more than any real total.
        const width = cols + 1;
        const big = 10 * (rows + 1);
        const data = new Float64Array(rows * width);
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < cols; j++) data[i * width + j] = cost[i * cols + j] as number;
          data[i * width + cols] = big;
        }
        const col4row = capacitatedAssignment(data, rows, width, Int32Array.from([...capacity, rows]));
        // Capacities respected, no forbidden pair used.
        const used = new Array<number>(width).fill(0);
        let ours = 0;
        col4row.forEach((j, i) => {
          used[j] = (used[j] as number) + 1;
          ours += data[i * width + j] as number;
        });
        for (const [j, c] of capacity.entries()) expect(used[j]).toBeLessThanOrEqual(c);
        expect(Number.isFinite(ours)).toBe(true);
        // Same optimum as the expanded assignment (seats + one "unmatched" seat per row).
        const seats: number[] = [];
        capacity.forEach((c, j) => {
          for (let k = 0; k < c; k++) seats.push(j);
        });
        for (let k = 0; k < rows; k++) seats.push(cols);
        const expanded = Array.from({ length: rows }, (_, i) =>
          seats.map((j) => data[i * width + j] as number),
        );
        expect(ours).toBe(solveAssignment(expanded).cost);
      }),
      { numRuns: 300 },
    );
  });

  it('the capacity front end of the LAPJV core reaches the brute-force optimum, or says infeasible exactly when no placement exists', () => {
    const instance = fc
      .record({
        rows: fc.integer({ min: 1, max: 6 }),
        cols: fc.integer({ min: 1, max: 4 }),
        range: fc.constantFrom(2, 3, 1000),
      })
      .chain(({ rows, cols, range }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: cols, maxLength: cols }),
          cost: fc.array(
            fc.oneof(
              { weight: 5, arbitrary: fc.integer({ min: -range, max: range }) },
              { weight: 1, arbitrary: fc.constant(Infinity) },
            ),
            { minLength: rows * cols, maxLength: rows * cols },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, ({ rows, cols, capacity, cost }) => {
        const optimum = bruteForce(cost, rows, cols, capacity);
        const run = (): Int32Array =>
          capacitatedAssignment(Float64Array.from(cost), rows, cols, Int32Array.from(capacity));
        if (optimum === Number.POSITIVE_INFINITY) {
          expect(run).toThrow(ValidationError);
          return;
        }
        const col4row = run();
        const used = new Array<number>(cols).fill(0);
        let total = 0;
        col4row.forEach((j, i) => {
          used[j] = (used[j] as number) + 1;
          total += cost[i * cols + j] as number;
        });
        used.forEach((u, j) => {
          expect(u).toBeLessThanOrEqual(capacity[j] as number);
        });
        expect(total).toBe(optimum);
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('a hand-solved instance: two rows want column 0, which has one seat; the cheaper total sends row 1 to column 1', () => {
    // Row 0: [1, 5], row 1: [2, 3]; column 0 has one seat. Row 0 at 0 and row 1 at 1 cost 1 + 3 = 4; the other way 2 + 5 = 7.
    const x = capacitatedAssignment(new Float64Array([1, 5, 2, 3]), 2, 2, Int32Array.from([1, 2]));
    expect([...x]).toEqual([0, 1]);
  });
});
