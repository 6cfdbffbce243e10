import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment } from '../../src/matching/internal/capacitatedAssignment.js';
import { solveAssignment } from '../../src/matching/solveAssignment.js';

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
});
