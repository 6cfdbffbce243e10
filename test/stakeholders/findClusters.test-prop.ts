import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { partitionModularity } from '../../src/stakeholders/partitionModularity.js';

const arbGraph = fc
  .record({
    n: fc.integer({ min: 1, max: 30 }),
    edges: fc.array(
      fc.record({
        a: fc.nat(29),
        b: fc.nat(29),
        w: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 5, noNaN: true })),
      }),
      { maxLength: 80 },
    ),
  })
  .map(({ n, edges }) => {
    const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (let i = 0; i < n; i++) g.addNode(`n${i}`);
    for (const { a, b, w } of edges) {
      const [s, t] = [`n${a % n}`, `n${b % n}`];
      if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t, { weight: w });
    }
    return g;
  });

describe('findClusters properties on random graphs', () => {
  it('findClusters modularity equals partitionModularity(clusterOf) to 1e-9 and is ≥ the all-singletons modularity', () => {
    fc.assert(
      fc.property(arbGraph, fc.integer(), fc.constantFrom(0.5, 1, 1.5), (g, seed, resolution) => {
        const r = findClusters(g, { seed, resolution });
        expect(Object.keys(r.clusterOf).length + r.isolated.length).toBe(g.order);
        for (const n of r.isolated) expect(Object.hasOwn(r.clusterOf, n)).toBe(false);
        let total = 0;
        g.forEachEdge((_e, a) => {
          total += Math.max(0, a.weight as number);
        });
        if (total === 0) {
          expect(r.modularity).toBe(0);
          expect(r.clusters).toHaveLength(0);
          expect(r.isolated).toHaveLength(g.order);
          return;
        }
        expect(Math.abs(r.modularity - partitionModularity(g, r.clusterOf, { resolution }))).toBeLessThan(
          1e-9,
        );
        const singletons = Object.fromEntries(g.nodes().map((n, i) => [n, i]));
        expect(r.modularity).toBeGreaterThanOrEqual(
          partitionModularity(g, singletons, { resolution }) - 1e-12,
        );
        expect(findClusters(g, { seed, resolution }).clusterOf).toEqual(r.clusterOf);
      }),
      { numRuns: 150 },
    );
  });
});
