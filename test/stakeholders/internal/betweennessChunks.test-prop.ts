import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betweennessChunks,
  chunksInSequence,
  MAX_CHUNKS,
} from '../../../src/stakeholders/internal/betweennessChunks.js';
import { exactBetweenness, exactKernel, tieLengths } from '../../../src/stakeholders/internal/brandes.js';
import { foldLeaves, isFoldedLeaf } from '../../../src/stakeholders/internal/leafFolding.js';
import { csrOf, type Edge } from './edgeCsr.js';
import { plainBrandes } from './textbookBrandes.js';

/** Random graphs of up to 200 nodes (more searches than chunks) with tie strengths 1, 2 or 4. */
const graphArb = fc
  .integer({ min: 1, max: 200 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(1, 2, 4)), { maxLength: 400 }),
    ),
  );

/** The bits of every score. */
function bits(xs: Float64Array): bigint[] {
  return Array.from(new BigUint64Array(xs.buffer, xs.byteOffset, xs.length));
}

describe('betweennessChunks', () => {
  it('covers every node once, in order, in at most MAX_CHUNKS chunks and no more than there are searches', () => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => {
        const g = csrOf(n, edges, false);
        const bounds = betweennessChunks(g);
        const chunks = bounds.length - 1;
        expect(bounds[0]).toBe(0);
        expect(bounds[chunks]).toBe(n);
        for (let c = 0; c < chunks; c++) expect(bounds[c + 1]!).toBeGreaterThanOrEqual(bounds[c]!);
        let searches = 0;
        for (let s = 0; s < n; s++) if (g.offsets[s + 1] !== g.offsets[s] && !isFoldedLeaf(g, s)) searches++;
        expect(chunks).toBeLessThanOrEqual(Math.max(1, Math.min(MAX_CHUNKS, searches)));
      }),
      { numRuns: 200, seed: 301 },
    );
  });

  it('a star of 5 leaves (no search but the hub) is one chunk; 200 separate pairs (200 searches of equal work) are MAX_CHUNKS chunks of one or two pairs', () => {
    const star = csrOf(
      6,
      [1, 2, 3, 4, 5].map((l): Edge => [0, l, 1]),
      false,
    );
    expect(Array.from(betweennessChunks(star))).toEqual([0, 6]);
    // a lone pair folds neither end (each end's one contact has no other): 2 searches a pair
    const pairs = csrOf(
      400,
      Array.from({ length: 200 }, (_, i): Edge => [2 * i, 2 * i + 1, 1]),
      false,
    );
    const bounds = betweennessChunks(pairs);
    expect(bounds.length - 1).toBe(MAX_CHUNKS);
    for (let c = 0; c < MAX_CHUNKS; c++) expect([2, 3, 4]).toContain(bounds[c + 1]! - bounds[c]!);
  });

  it('a range of sources adds the same bits whatever the kernel ran before it (chunks can run on any thread in any order)', () => {
    fc.assert(
      fc.property(graphArb, fc.boolean(), fc.nat(), ([n, edges], weighted, cut) => {
        const g = csrOf(n, edges, weighted);
        const lengths = weighted ? tieLengths(g) : null;
        const folded = foldLeaves(g);
        const at = cut % (n + 1);
        // one kernel runs [at, n) then [0, at); a fresh one runs [0, at) alone
        const used = exactKernel(g, lengths, folded);
        const late = new Float64Array(n);
        used(at, n, new Float64Array(n));
        used(0, at, late);
        const fresh = new Float64Array(n);
        exactKernel(g, lengths, folded)(0, at, fresh);
        expect(bits(late)).toEqual(bits(fresh));
      }),
      { numRuns: 150, seed: 302 },
    );
  });

  it('chunk by chunk, exact betweenness still equals textbook Brandes to 1e-9', () => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => {
        const g = csrOf(n, edges, false);
        const expected = plainBrandes(g);
        const ours = chunksInSequence(n, betweennessChunks(g), exactKernel(g, null, foldLeaves(g)));
        expect(bits(ours)).toEqual(bits(exactBetweenness(g, null)));
        for (let v = 0; v < n; v++)
          expect(Math.abs(ours[v]! - expected[v]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[v]!));
      }),
      { numRuns: 100, seed: 303 },
    );
  });
});
