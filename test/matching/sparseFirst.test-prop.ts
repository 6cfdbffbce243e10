import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lapjvSquare } from '../../src/matching/internal/lapjv.js';
import { sparseFirstAssignment, sparseWidth } from '../../src/matching/internal/sparseFirst.js';
import { createRng } from '../../src/model/rng.js';

const total = (c: Float64Array, n: number, x: Int32Array): number => {
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i * n + (x[i] as number)] as number;
  return s;
};

/** Matrices of several shapes: uniform with few or many distinct values, structured, low-rank with noise. */
const matrix = fc
  .record({
    n: fc.integer({ min: 9, max: 90 }),
    kind: fc.constantFrom('uniform', 'ties', 'product', 'band', 'lowRank'),
    range: fc.integer({ min: 2, max: 100_000 }),
    seed: fc.integer(),
  })
  .map(({ n, kind, range, seed }) => {
    const rng = createRng(seed);
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const noise = Math.floor(rng() * range);
        c[i * n + j] =
          kind === 'uniform'
            ? noise
            : kind === 'ties'
              ? noise % 3
              : kind === 'product'
                ? i * j
                : kind === 'band'
                  ? (i - j) ** 2 + (noise % 5)
                  : (i % 7) * (j % 7) + (noise % 4);
      }
    return { n, kind, c };
  });

describe('sparseFirstAssignment (internal)', () => {
  it('keeps fewer columns than the matrix has from n = 9 on, and about 2·log2(n) of them', () => {
    expect(sparseWidth(9)).toBe(8);
    expect(sparseWidth(2000)).toBe(22);
    expect(sparseWidth(8)).toBe(8);
  });

  it('when it answers, the answer is a permutation with the dense solver’s optimal total; it answers on uniform random costs', () => {
    let answered = 0;
    let uniform = 0;
    fc.assert(
      fc.property(matrix, ({ n, kind, c }) => {
        const sparse = sparseFirstAssignment(c, n);
        if (kind === 'uniform') uniform++;
        if (sparse === null) return;
        if (kind === 'uniform') answered++;
        expect(new Set(sparse).size).toBe(n);
        expect(total(c, n, sparse)).toBe(total(c, n, lapjvSquare(c, n)));
      }),
      { numRuns: 200 },
    );
    // The sparse path must actually be taken on most uniform instances, or this test proves nothing.
    expect(answered).toBeGreaterThan(uniform / 2);
  });

  it('gives up (null) rather than answer wrongly when the optimum needs expensive entries (cost i·j)', () => {
    const n = 40;
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[i * n + j] = i * j;
    expect(sparseFirstAssignment(c, n)).toBeNull();
  });
});
