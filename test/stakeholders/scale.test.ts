import { describe, expect, it } from 'vitest';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { graphFromTies } from '../../src/stakeholders/graphFromTies.js';
import { partitionModularity } from '../../src/stakeholders/partitionModularity.js';
import { siloReport } from '../../src/stakeholders/siloReport.js';
import type { TieList } from '../../src/stakeholders/tieList.js';

/** 50,000 members; only the first six have ties: two triangles, 0-1-2 and 3-4-5. */
function mostlySilent(): TieList {
  const nodes = Array.from({ length: 50_000 }, (_, i) => `m${String(i).padStart(5, '0')}`);
  return {
    nodes,
    source: Int32Array.of(0, 1, 0, 3, 4, 3),
    target: Int32Array.of(1, 2, 2, 4, 5, 5),
    weight: Float64Array.of(1, 1, 1, 1, 1, 1),
    nodeAttributes: nodes.map(() => ({ topics: ['open-data'] })),
  };
}

describe('the network at scale: silent members are isolated, not clusters', () => {
  it('findClusters on 50,000 nodes with two tied triangles gives two clusters and 49,994 isolated', () => {
    const r = findClusters(mostlySilent(), { seed: 1 });
    expect(r.clusters.map((c) => c.members)).toEqual([
      ['m00000', 'm00001', 'm00002'],
      ['m00003', 'm00004', 'm00005'],
    ]);
    expect(r.isolated).toHaveLength(49_994);
    expect(r.isolated[0]).toBe('m00006');
    expect(Object.keys(r.clusterOf)).toHaveLength(6);
    // two equal components: Q = 2 × (1/2 − 1/4) = 0.5
    expect(r.modularity).toBeCloseTo(0.5, 12);
  });

  it('siloReport with 50,000 one-member groups lists only the tied pairs and never pairs empty groups', () => {
    const ties = mostlySilent();
    const graph = graphFromTies(ties);
    // the old way: every member its own cluster (member i → cluster i)
    const clusterOf = Object.fromEntries(ties.nodes.map((n, i) => [n, i]));
    const r = siloReport(graph, { by: 'cluster', clusterOf });
    expect(r.groups).toHaveLength(50_000);
    expect(r.density.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['0-1', '0-2', '1-2', '3-4', '3-5', '4-5']);
    // 6 pairs of density 1 (1 tie / (1 × 1) possible) over 50,000 × 49,999 / 2 pairs of groups
    expect(r.density.meanBetween).toBeCloseTo(6 / ((50_000 * 49_999) / 2), 20);
    // one-member groups are never silos (minGroupSize 3)
    expect(r.silos).toEqual([]);
  });

  it('siloReport by cluster on the clusters of findClusters: two groups, one silo between them', () => {
    const ties = mostlySilent();
    const { clusterOf } = findClusters(ties, { seed: 1 });
    const r = siloReport(graphFromTies(ties), { by: 'cluster', clusterOf });
    expect(r.groups.map((g) => [g.id, g.size, g.internal, g.external])).toEqual([
      ['0', 3, 3, 0],
      ['1', 3, 3, 0],
    ]);
    // within each triangle: 3 ties / 3 possible pairs
    expect(r.density.pairs).toEqual([
      { a: '0', b: '0', tieWeight: 3, density: 1 },
      { a: '1', b: '1', tieWeight: 3, density: 1 },
    ]);
    expect(r.density.meanBetween).toBe(0);
    expect(r.silos.map((s) => [s.a, s.b, s.sharedTopics, s.tieWeight])).toEqual([
      ['0', '1', ['open-data'], 0],
    ]);
  });

  it('siloReport only pairs groups that share a topic: 300 groups of 3 on 100 topics give 300 candidate silos, not 44,850', () => {
    // group k has members 3k..3k+2, topic t(k mod 100); no ties at all
    const nodes = Array.from({ length: 900 }, (_, i) => `n${i}`);
    const ties: TieList = {
      nodes,
      source: new Int32Array(0),
      target: new Int32Array(0),
      weight: new Float64Array(0),
      nodeAttributes: nodes.map((_, i) => ({
        groups: [`g${Math.floor(i / 3)}`],
        topics: [`t${Math.floor(i / 3) % 100}`],
      })),
    };
    const r = siloReport(graphFromTies(ties), { by: 'group' });
    expect(r.groups).toHaveLength(300);
    expect(r.density.pairs).toEqual([]);
    // each topic is shared by 3 groups: 3 pairs per topic × 100 topics
    expect(r.silos).toHaveLength(300);
    for (const s of r.silos) expect(s.sharedTopics).toHaveLength(1);
  });
});

describe('partitionModularity with isolated members left out of the partition', () => {
  it('accepts clusterOf without the isolated members (they add nothing) but not without a tied one', () => {
    const ties = mostlySilent();
    const graph = graphFromTies(ties);
    const { clusterOf, modularity } = findClusters(ties, { seed: 1 });
    expect(partitionModularity(graph, clusterOf)).toBeCloseTo(modularity, 12);
    const { m00000: _dropped, ...withoutTied } = clusterOf;
    expect(() => partitionModularity(graph, withoutTied)).toThrow(/no group for node "m00000"/);
  });
});
