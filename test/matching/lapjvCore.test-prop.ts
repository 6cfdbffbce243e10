import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment } from '../../src/matching/internal/capacitatedAssignment.js';
import { lapjvSquare } from '../../src/matching/internal/lapjv.js';
import { everyColumn, sparseAssignment } from '../../src/matching/internal/lapjvCore.js';

const total = (c: Float64Array, n: number, x: Int32Array): number => {
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i * n + (x[i] as number)] as number;
  return s;
};

/** The minimum by trying every permutation (n ≤ 6). */
function bruteForce(c: Float64Array, n: number): number {
  let best = Number.POSITIVE_INFINITY;
  const used = new Array<boolean>(n).fill(false);
  const walk = (i: number, sum: number): void => {
    if (i === n) {
      best = Math.min(best, sum);
      return;
    }
    for (let j = 0; j < n; j++)
      if (!used[j]) {
        used[j] = true;
        walk(i + 1, sum + (c[i * n + j] as number));
        used[j] = false;
      }
  };
  walk(0, 0);
  return best;
}

describe('the LAPJV core’s three front ends (internal, properties)', () => {
  it('dense, sparse with every entry listed and capacity 1 per column give permutations of the same optimal total', () => {
    const instance = fc
      .record({ n: fc.integer({ min: 1, max: 6 }), range: fc.constantFrom(2, 4, 1000) })
      .chain(({ n, range }) =>
        fc.record({
          n: fc.constant(n),
          cost: fc.array(fc.integer({ min: 0, max: range - 1 }), { minLength: n * n, maxLength: n * n }),
        }),
      );
    fc.assert(
      fc.property(instance, ({ n, cost }) => {
        const c = Float64Array.from(cost);
        const dense = lapjvSquare(c, n);
        const sparse = sparseAssignment(c, n, everyColumn(n));
        const capacity = capacitatedAssignment(c, n, n, new Int32Array(n).fill(1));
        const optimum = bruteForce(c, n);
        for (const x of [dense, sparse, capacity]) {
          expect(x).not.toBeNull();
          expect(new Set(x as Int32Array).size).toBe(n);
          expect(total(c, n, x as Int32Array)).toBe(optimum);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the three agree on larger matrices with many ties (costs 0–3, n up to 60)', () => {
    const instance = fc.integer({ min: 2, max: 60 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        cost: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n * n, maxLength: n * n }),
      }),
    );
    fc.assert(
      fc.property(instance, ({ n, cost }) => {
        const c = Float64Array.from(cost);
        const expected = total(c, n, lapjvSquare(c, n));
        const sparse = sparseAssignment(c, n, everyColumn(n)) as Int32Array;
        const capacity = capacitatedAssignment(c, n, n, new Int32Array(n).fill(1));
        expect(new Set(sparse).size).toBe(n);
        expect(new Set(capacity).size).toBe(n);
        expect(total(c, n, sparse)).toBe(expected);
        expect(total(c, n, capacity)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('the sparse front end says null when the listed columns admit no perfect assignment, and solves a list with one-column rows', () => {
    // Rows 0 and 1 may use column 0 only; row 2 columns 1 and 2: every column is listed, yet no perfect assignment.
    const c = new Float64Array([1, 9, 9, 2, 9, 9, 9, 3, 4]);
    const stuck = {
      first: Int32Array.from([0, 1, 2]),
      end: Int32Array.from([1, 2, 4]),
      col: Int32Array.from([0, 0, 1, 2]),
    };
    expect(sparseAssignment(c, 3, stuck)).toBeNull();
    // Row 0 may use column 1 only, row 1 columns 0 and 1, row 2 column 2 only: the one assignment is [1, 0, 2].
    const forced = {
      first: Int32Array.from([0, 1, 3]),
      end: Int32Array.from([1, 3, 4]),
      col: Int32Array.from([1, 0, 1, 2]),
    };
    expect([...(sparseAssignment(c, 3, forced) as Int32Array)]).toEqual([1, 0, 2]);
  });
});
