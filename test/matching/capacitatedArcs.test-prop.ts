import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedArcsAssignment } from '../../src/matching/internal/capacitatedArcs.js';
import { capacitatedAssignment } from '../../src/matching/internal/capacitatedAssignment.js';

/** The total cost of an assignment. */
const total = (cost: Float64Array, nc: number, x: Int32Array): number =>
  Array.from(x).reduce((s, j, i) => s + (cost[i * nc + j] as number), 0);

describe('capacitatedArcsAssignment', () => {
  it('with every finite entry as an arc, reaches the dense optimum of capacitatedAssignment, within the capacities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(-1)), { minLength: 40, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
        (nr, real, draws, caps) => {
          // `real` columns from the draws (−1: forbidden), then a dummy column every row may use.
          const nc = real + 1;
          const cost = new Float64Array(nr * nc);
          for (let i = 0; i < nr; i++) {
            for (let j = 0; j < real; j++) {
              const d = draws[(i * real + j) % draws.length] as number;
              cost[i * nc + j] = d < 0 ? Number.POSITIVE_INFINITY : d;
            }
            cost[i * nc + real] = 100;
          }
          const capacity = Int32Array.from([...caps.slice(0, real), nr]);
          const first = new Int32Array(nr);
          const end = new Int32Array(nr);
          const col: number[] = [];
          const arcCost: number[] = [];
          for (let i = 0; i < nr; i++) {
            first[i] = col.length;
            for (let j = 0; j < nc; j++)
              if (Number.isFinite(cost[i * nc + j])) {
                col.push(j);
                arcCost.push(cost[i * nc + j] as number);
              }
            end[i] = col.length;
          }
          const arcs = { first, end, col: Int32Array.from(col), cost: Float64Array.from(arcCost) };
          const x = capacitatedArcsAssignment(arcs, nr, capacity);
          expect(x).not.toBeNull();
          const dense = capacitatedAssignment(cost, nr, nc, capacity);
          expect(total(cost, nc, x as Int32Array)).toBe(total(cost, nc, dense));
          const used = new Int32Array(nc);
          for (const j of x as Int32Array) used[j] = (used[j] as number) + 1;
          for (let j = 0; j < nc; j++) expect(used[j]).toBeLessThanOrEqual(capacity[j] as number);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns null when a row has no arc', () => {
    const arcs = {
      first: Int32Array.from([0, 1]),
      end: Int32Array.from([1, 1]),
      col: Int32Array.from([0]),
      cost: Float64Array.from([1]),
    };
    expect(capacitatedArcsAssignment(arcs, 2, Int32Array.from([2]))).toBeNull();
  });
});
