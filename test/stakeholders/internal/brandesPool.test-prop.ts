import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommunityKitError } from '../../../src/model/errors.js';
import { betweennessChunks } from '../../../src/stakeholders/internal/betweennessChunks.js';
import { exactBetweenness, tieLengths } from '../../../src/stakeholders/internal/brandes.js';
import { exactBetweennessThreaded, threadCount } from '../../../src/stakeholders/internal/brandesPool.js';
import { csrOf, type Edge } from './edgeCsr.js';
import { plainBrandes } from './textbookBrandes.js';

/** The bits of every score. */
function bits(xs: Float64Array): bigint[] {
  return Array.from(new BigUint64Array(xs.buffer, xs.byteOffset, xs.length));
}

/** Random graphs of 2 to 120 nodes with tie strengths 1, 2 or 4 (enough searches for several chunks). */
const graphArb = fc.integer({ min: 2, max: 120 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(1, 2, 4)), {
      minLength: 1,
      maxLength: 300,
    }),
  ),
);

// The workers here are real worker threads, started from the TypeScript sources (with tsx's loader):
// the calling thread takes no chunk (`callerWorks: false`), so the workers must run them all, and
// it waits for them as long as it takes (a worker started from sources may take a second or two).
const viaWorkers = { callerWorks: false, patienceMs: 120_000 };

describe('exactBetweennessThreaded (worker threads)', () => {
  it('gives the bytes of one thread with 2 or 3 threads, unweighted and weighted, and textbook Brandes to 1e-9', () => {
    fc.assert(
      fc.property(graphArb, fc.boolean(), fc.constantFrom(2, 3), ([n, edges], weighted, threads) => {
        const g = csrOf(n, edges, weighted);
        const lengths = weighted ? tieLengths(g) : null;
        const one = exactBetweenness(g, lengths);
        const many = exactBetweennessThreaded(g, lengths, threads, viaWorkers);
        const chunks = betweennessChunks(g).length - 1;
        expect(many.threads).toBe(Math.min(threads, chunks));
        // every chunk ran on a worker (none when there is one chunk: then no worker starts)
        expect(many.chunksByWorkers).toBe(chunks > 1 ? chunks : 0);
        expect(bits(many.scores)).toEqual(bits(one));
        if (!weighted) {
          const expected = plainBrandes(g);
          for (let v = 0; v < n; v++)
            expect(Math.abs(many.scores[v]! - expected[v]!)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, expected[v]!),
            );
        }
      }),
      { numRuns: 6, seed: 401 },
    );
  });

  it('the calling thread and a worker sharing the chunks give the same bytes as one thread', () => {
    const n = 300;
    const edges: Edge[] = [];
    for (let i = 0; i < n; i++) edges.push([i, (i * 7 + 3) % n, 1], [i, (i + 1) % n, 1]);
    const g = csrOf(n, edges, false);
    const shared = exactBetweennessThreaded(g, null, 2);
    expect(shared.threads).toBe(2);
    expect(bits(shared.scores)).toEqual(bits(exactBetweenness(g, null)));
  });

  it('a worker that fails in a chunk becomes a CommunityKitError thread-failed with its message, not a hang', () => {
    const g = csrOf(
      40,
      Array.from({ length: 40 }, (_, i): Edge => [i, (i + 1) % 40, 1]),
      false,
    );
    let caught: unknown;
    try {
      exactBetweennessThreaded(g, null, 2, { ...viaWorkers, failInWorkers: 'out of luck' });
    } catch (error) {
      caught = error;
    }
    expect(isCommunityKitError(caught, 'thread-failed')).toBe(true);
    expect((caught as Error).message).toBe(
      'betweennessCentrality: a worker thread failed: Error: out of luck',
    );
  });

  it('workers that never load (a missing file) cost nothing: the calling thread runs their chunks, to the same bytes', () => {
    const g = csrOf(
      60,
      Array.from({ length: 60 }, (_, i): Edge => [i, (i * 7 + 1) % 60, 1]),
      false,
    );
    // the calling thread takes no chunk at first, waits 0.2 s for a worker, then runs every chunk itself
    const r = exactBetweennessThreaded(g, null, 3, {
      callerWorks: false,
      patienceMs: 200,
      workerPath: '/nonexistent/brandesWorker.js',
    });
    expect(r.chunksByWorkers).toBe(0);
    expect(r.threads).toBe(3);
    expect(bits(r.scores)).toEqual(bits(exactBetweenness(g, null)));
  });

  it('one thread, or one chunk, starts no worker', () => {
    const path = csrOf(
      3,
      [
        [0, 1, 1],
        [1, 2, 1],
      ],
      false,
    );
    // the path's leaves fold into the middle: one search, one chunk
    expect(exactBetweennessThreaded(path, null, 4)).toEqual({
      scores: Float64Array.from([0, 2, 0]),
      threads: 1,
      chunksByWorkers: 0,
    });
  });

  it("threads: 'auto' is one thread below the work threshold, a given count is kept", () => {
    expect(threadCount('auto', 1000)).toBe(1);
    expect(threadCount(3, 1000)).toBe(3);
    expect(threadCount('auto', 1e12)).toBeGreaterThanOrEqual(1);
  });
});
