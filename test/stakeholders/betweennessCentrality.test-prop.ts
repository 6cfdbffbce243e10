import fc from 'fast-check';
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';

const graphArb = fc.integer({ min: 3, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.constantFrom(1, 2, 4),
      ),
      { maxLength: 30 },
    ),
  }),
);

function build({ n, edges }: { n: number; edges: [number, number, number][] }): CommunityGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b, w] of edges) if (a !== b) g.mergeEdge(String(a), String(b), { weight: w });
  return g;
}

describe('betweennessCentrality properties', () => {
  it('betweennessCentrality exact equals graphology-metrics betweenness on small random graphs (unweighted and weighted)', () => {
    fc.assert(
      fc.property(graphArb, (spec) => {
        const g = build(spec);
        const ours = betweennessCentrality(g).scores;
        const theirs = betweenness(g as never, { normalized: true, getEdgeWeight: null });
        for (const id of g.nodes()) expect(Math.abs(ours[id]! - theirs[id]!)).toBeLessThan(1e-9);
        const oursW = betweennessCentrality(g, { weighted: true }).scores;
        const theirsW = betweenness(g as never, {
          normalized: true,
          getEdgeWeight: (_e: string, a: Record<string, unknown>) => 1 / (a.weight as number),
        });
        for (const id of g.nodes()) expect(Math.abs(oursW[id]! - theirsW[id]!)).toBeLessThan(1e-9);
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('betweennessCentrality sampled scores are never negative and sum to at most the exact total plus n·bound', () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const g = build(spec);
        const est = betweennessCentrality(g, { method: 'sampled', epsilon: 0.2, seed });
        const exact = betweennessCentrality(g);
        let se = 0;
        let sx = 0;
        for (const id of g.nodes()) {
          expect(est.scores[id]!).toBeGreaterThanOrEqual(0);
          se += est.scores[id]!;
          sx += exact.scores[id]!;
        }
        expect(se).toBeLessThanOrEqual(sx + g.order * est.errorBound + 1e-9);
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
