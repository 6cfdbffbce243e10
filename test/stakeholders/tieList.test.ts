import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommunityKitError } from '../../src/model/errors.js';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { graphFromTies } from '../../src/stakeholders/graphFromTies.js';
import { isTieList, type TieList } from '../../src/stakeholders/tieList.js';
import { florentine } from './fixtures.js';

/** The error a call throws, as { fn message, paths }. */
function failure(call: () => unknown): { message: string; paths: string[] } {
  try {
    call();
  } catch (e) {
    if (isCommunityKitError(e) && e.code !== undefined)
      return {
        message: e.message,
        paths: (e as unknown as { issues: { path: string }[] }).issues.map((i) => i.path),
      };
    throw e;
  }
  throw new Error('did not throw');
}

const triangle = (): TieList => ({
  nodes: ['ada', 'bo', 'cy'],
  source: Int32Array.of(0, 1, 0),
  target: Int32Array.of(1, 2, 2),
  weight: Float64Array.of(2, 1, 0.5),
});

describe('tie lists', () => {
  it('tells tie lists from graphs', () => {
    expect(isTieList(triangle())).toBe(true);
    expect(isTieList(florentine())).toBe(false);
    expect(isTieList(null)).toBe(false);
    expect(isTieList({ nodes: [] })).toBe(false);
  });

  it('graphFromTies keys edges in order, copies attributes and merges repeated pairs', () => {
    const g = graphFromTies({
      nodes: ['ada', 'bo', 'cy'],
      source: Int32Array.of(0, 1, 1),
      target: Int32Array.of(1, 2, 0),
      weight: Float64Array.of(2, 1, 0.5),
      nodeAttributes: [{ topics: ['x'] }, {}, { label: 'Cy' }],
      edgeAttributes: { replies: Int32Array.of(1, 0, 3) },
    });
    expect(g.edges()).toEqual(['e0', 'e1']);
    expect(g.getEdgeAttributes('e0')).toEqual({ weight: 2.5, replies: 4 });
    expect(g.getEdgeAttributes('e1')).toEqual({ weight: 1, replies: 0 });
    expect(g.getNodeAttributes('ada')).toEqual({ topics: ['x'] });
    expect(g.getNodeAttribute('cy', 'label')).toBe('Cy');
    expect(
      graphFromTies({
        nodes: [],
        source: new Int32Array(0),
        target: new Int32Array(0),
        weight: new Float64Array(0),
      }).order,
    ).toBe(0);
  });

  it('rejects a broken tie list with the path of each bad entry, in every function that takes one', () => {
    const cases: [Partial<Record<keyof TieList, unknown>>, string][] = [
      [{ target: Int32Array.of(1, 2) }, 'ties.target'],
      [{ weight: Float64Array.of(1, 1) }, 'ties.weight'],
      [{ source: Int32Array.of(0, 3, 0) }, 'ties.source[1]'],
      [{ target: Int32Array.of(1, -1, 2) }, 'ties.target[1]'],
      [{ target: Int32Array.of(0, 2, 2) }, 'ties.target[0]'],
      [{ weight: Float64Array.of(1, Number.NaN, 1) }, 'ties.weight[1]'],
      [{ nodes: ['ada', 'bo', 'ada'] }, 'ties.nodes[2]'],
      [{ source: [0, 1, 0] }, 'ties.source'],
      [{ source: undefined }, 'ties.source'],
      [{ weight: null }, 'ties.weight'],
      [{ nodeAttributes: [{}] }, 'ties.nodeAttributes'],
      [{ edgeAttributes: { replies: Int32Array.of(1) } }, 'ties.edgeAttributes.replies'],
    ];
    for (const [change, path] of cases) {
      const bad = { ...triangle(), ...change } as TieList;
      expect(failure(() => graphFromTies(bad)).paths).toContain(path);
      const graphPath = path.replace(/^ties/, 'graph');
      expect(failure(() => findClusters(bad)).paths).toContain(graphPath);
      expect(failure(() => betweennessCentrality(bad)).paths).toContain(graphPath);
      expect(failure(() => brokers(bad)).paths).toContain(graphPath);
    }
    expect(failure(() => findClusters({ nodes: 'x' } as never)).message).toMatch(
      /graphology graph or a tie list/,
    );
  });

  it('zero and negative weights count as no tie, as on graphs', () => {
    const ties = { ...triangle(), weight: Float64Array.of(2, 0, -1) };
    const g = graphFromTies(ties);
    expect(findClusters(ties)).toEqual(findClusters(g));
    expect(betweennessCentrality(ties, { weighted: true }).scores).toEqual(
      betweennessCentrality(g, { weighted: true }).scores,
    );
  });

  it('every measure gives the same result on a random tie list and on its graph', () => {
    const tieLists = fc
      .integer({ min: 1, max: 25 })
      .chain((n) =>
        fc.record({
          n: fc.constant(n),
          pairs: fc.uniqueArray(
            fc.tuple(
              fc.integer({ min: 0, max: n - 1 }),
              fc.integer({ min: 0, max: n - 1 }),
              fc.double({ min: 0.01, max: 10, noNaN: true }),
            ),
            { selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`, maxLength: 60 },
          ),
        }),
      )
      .map(({ n, pairs }) => {
        const kept = pairs.filter(([a, b]) => a !== b);
        return {
          nodes: Array.from({ length: n }, (_, i) => `m${String(i).padStart(2, '0')}`),
          source: Int32Array.from(kept.map(([a]) => a)),
          target: Int32Array.from(kept.map(([, b]) => b)),
          weight: Float64Array.from(kept.map(([, , w]) => w)),
        } satisfies TieList;
      });
    fc.assert(
      fc.property(tieLists, fc.integer({ min: 0, max: 5 }), (ties, seed) => {
        const g = graphFromTies(ties);
        expect(g.size).toBe(ties.source.length);
        expect(findClusters(ties, { seed })).toEqual(findClusters(g, { seed }));
        for (const weighted of [false, true])
          expect(betweennessCentrality(ties, { weighted })).toEqual(betweennessCentrality(g, { weighted }));
        expect(brokers(ties, { top: 3 })).toEqual(brokers(g, { top: 3 }));
      }),
      { numRuns: 60 },
    );
  });

  it('brokers on a tie list that repeats pairs equals brokers on its graph (pairs merged), weighted and not', () => {
    // 12 members m0…m11; ties drawn with repeats (a pair may come back with another strength)
    const tie = fc.tuple(fc.nat(11), fc.nat(11), fc.constantFrom(0.5, 1, 2, 3)).filter(([a, b]) => a !== b);
    const tieLists = fc.array(tie, { maxLength: 40 }).map(
      (ties): TieList => ({
        nodes: Array.from({ length: 12 }, (_, i) => `m${i}`),
        source: Int32Array.from(ties, ([a]) => a),
        target: Int32Array.from(ties, ([, b]) => b),
        weight: Float64Array.from(ties, ([, , w]) => w),
      }),
    );
    fc.assert(
      fc.property(tieLists, (ties) => {
        const g = graphFromTies(ties);
        for (const weighted of [false, true])
          expect(brokers(ties, { top: 20, weighted })).toEqual(brokers(g, { top: 20, weighted }));
      }),
      { numRuns: 80, seed: 4 },
    );
  });
});
