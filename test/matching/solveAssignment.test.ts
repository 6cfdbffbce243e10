import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { munkres } from 'munkres';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../src/matching/solveAssignment.js';
import { createRng } from '../../src/model/rng.js';

/** The best total over every way of assigning min(n, m) rows to distinct columns (allowed pairs only), maximum cardinality first. */
function bruteForce(c: number[][], maximize: boolean): { assigned: number; cost: number } {
  const n = c.length;
  const m = n === 0 ? 0 : (c[0] as number[]).length;
  let best = { assigned: -1, cost: maximize ? -Infinity : Infinity };
  const used = new Array<boolean>(m).fill(false);
  const go = (i: number, assigned: number, total: number): void => {
    if (i === n) {
      const better =
        assigned > best.assigned ||
        (assigned === best.assigned && (maximize ? total > best.cost : total < best.cost));
      if (better) best = { assigned, cost: total };
      return;
    }
    go(i + 1, assigned, total); // leave row i out
    for (let j = 0; j < m; j++) {
      const x = (c[i] as number[])[j] as number;
      if (used[j] || !Number.isFinite(x)) continue;
      used[j] = true;
      go(i + 1, assigned + 1, total + x);
      used[j] = false;
    }
  };
  go(0, 0, 0);
  return best.assigned <= 0 ? { assigned: 0, cost: 0 } : best;
}

describe('solveAssignment', () => {
  it('finds the minimum of a small square matrix', () => {
    expect(
      solveAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual({ assignment: [1, 0, 2], cost: 5, assigned: 3 });
  });

  it('reaches the published optimum 305 of OR-Library assign100', () => {
    const t = readFileSync(join(__dirname, '..', 'fixtures', 'assignment', 'assign100.txt'), 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    const n = t[0] as number;
    const r = solveAssignment({ rows: n, cols: n, data: new Float64Array(t.slice(1)) });
    expect(r.cost).toBe(305);
    expect(new Set(r.assignment).size).toBe(n);
  });

  it('maximises scores and handles more rows than columns with −1 for the rows left out', () => {
    expect(
      solveAssignment(
        [
          [4, 1],
          [2, 3],
        ],
        { maximize: true },
      ),
    ).toEqual({ assignment: [0, 1], cost: 7, assigned: 2 });
    expect(
      solveAssignment([
        [1, 2],
        [3, 4],
        [0, 9],
      ]),
    ).toEqual({ assignment: [1, -1, 0], cost: 2, assigned: 2 });
  });

  it('never uses a forbidden pair and assigns as many rows as possible when pairs are forbidden', () => {
    expect(
      solveAssignment([
        [Infinity, Infinity],
        [1, 2],
      ]),
    ).toEqual({ assignment: [-1, 0], cost: 1, assigned: 1 });
    expect(
      solveAssignment(
        [
          [1, 9],
          [1, 9],
        ],
        { forbidden: [[1, 0]] },
      ),
    ).toEqual({ assignment: [0, 1], cost: 10, assigned: 2 });
    expect(
      solveAssignment(
        [
          [5, -Infinity],
          [3, 1],
        ],
        { maximize: true },
      ),
    ).toEqual({ assignment: [0, 1], cost: 6, assigned: 2 });
    expect(solveAssignment([[Infinity], [Infinity]])).toEqual({ assignment: [-1, -1], cost: 0, assigned: 0 });
  });

  it('returns an empty result for an empty matrix', () => {
    expect(solveAssignment([])).toEqual({ assignment: [], cost: 0, assigned: 0 });
    expect(solveAssignment([[], []])).toEqual({ assignment: [-1, -1], cost: 0, assigned: 0 });
  });

  it('rejects NaN, a wrong-signed infinity, ragged rows and forbidden pairs outside the matrix, with paths', () => {
    expect(() => solveAssignment([[1, Number.NaN]])).toThrow(/cost\[0\]\[1\]: NaN/);
    expect(() => solveAssignment([[1, -Infinity]])).toThrow(
      /cost\[0\]\[1\]: -Infinity would make the minimum unbounded/,
    );
    expect(() => solveAssignment([[1, 2], [3]])).toThrow(/cost\[1\]: row has 1 entries/);
    expect(() => solveAssignment([[1]], { forbidden: [[0, 3]] })).toThrow(/options\.forbidden\[0\]/);
    expect(() => solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) })).toThrow(/cost\.data/);
  });

  it('equals brute force on every small random matrix, square or rectangular, min or max, with forbidden pairs', () => {
    const entry = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -20, max: 50 }) },
      { weight: 1, arbitrary: fc.constant(Infinity) },
    );
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([n, m]) =>
        fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(matrix, fc.boolean(), (c, maximize) => {
        const input = maximize ? c.map((r) => r.map((x) => (x === Infinity ? -Infinity : x))) : c;
        const r = solveAssignment(input, { maximize });
        const b = bruteForce(input, maximize);
        expect(r.assigned).toBe(b.assigned);
        expect(r.cost).toBe(b.cost);
        const cols = r.assignment.filter((j) => j >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        r.assignment.forEach((j, i) => {
          if (j >= 0) expect(Number.isFinite((input[i] as number[])[j] as number)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('solveAssignment equals brute force on square matrices with many ties (costs 0..3, the LAPJV path)', () => {
    const square = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(square, (c) => {
        const r = solveAssignment(c);
        expect(r.cost).toBe(bruteForce(c, false).cost);
        expect(new Set(r.assignment).size).toBe(c.length);
      }),
      { numRuns: 300 },
    );
  });

  it('solveAssignment agrees with itself on a 60×60 matrix whether given nested or flat, and with a forbidden pair added far from the optimum', () => {
    const rng = createRng(3);
    const n = 60;
    const data = new Float64Array(n * n);
    for (let k = 0; k < data.length; k++) data[k] = Math.floor(rng() * 100);
    const flat = solveAssignment({ rows: n, cols: n, data });
    const nested = solveAssignment(
      Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n))),
    );
    expect(nested).toEqual(flat);
    const j = ((flat.assignment[0] as number) + 1) % n;
    const withForbidden = solveAssignment({ rows: n, cols: n, data }, { forbidden: [[0, j]] });
    expect(withForbidden.cost).toBe(flat.cost);
    expect(withForbidden.assigned).toBe(n);
  });
  it('solveAssignment reaches the same optimum as an independent Hungarian solver (munkres) on random matrices up to 120×120 (the sparse first attempt runs from 64×64)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7, max: 120 }),
        fc.integer({ min: 2, max: 1000 }),
        fc.integer(),
        (n, range, seed) => {
          const rng = createRng(seed);
          const rows = Array.from({ length: n }, () =>
            Array.from({ length: n }, () => Math.floor(rng() * range)),
          );
          const theirs = munkres(rows).reduce((s, [i, j]) => s + (rows[i] as number[])[j]!, 0);
          const ours = solveAssignment(rows);
          expect(ours.cost).toBe(theirs);
          expect(new Set(ours.assignment).size).toBe(n);
        },
      ),
      { numRuns: 60 },
    );
  });
});
