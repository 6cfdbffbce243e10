import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/errors.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { partitionModularity } from '../../src/stakeholders/partitionModularity.js';
import { florentine, karate } from './fixtures.js';

const here = fileURLToPath(new URL('.', import.meta.url));
/** NetworkX louvain_communities modularities (seeds 0-19); how they were computed is in the file. */
const reference = JSON.parse(
  readFileSync(join(here, '..', 'fixtures', 'networks', 'networkx-louvain-reference.json'), 'utf8'),
).graphs as Record<string, { mean_Q: number; max_Q: number }>;

/** Davis Southern Women projected on the women (weight = events attended together), as NetworkX's weighted_projected_graph. */
function davisWomen(): CommunityGraph {
  const lines = readFileSync(
    join(here, '..', 'fixtures', 'networks', 'davis', 'davis_attendance_edges.tsv'),
    'utf8',
  )
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t') as [string, string]);
  const byEvent = new Map<string, string[]>();
  for (const [woman, event] of lines) byEvent.set(event, [...(byEvent.get(event) ?? []), woman]);
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (const [woman] of lines) g.mergeNode(woman);
  for (const women of byEvent.values())
    for (let i = 0; i < women.length; i++)
      for (let j = i + 1; j < women.length; j++) {
        const [a, b] = [women[i] as string, women[j] as string];
        if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w) => (w as number) + 1);
        else g.addEdge(a, b, { weight: 1 });
      }
  return g;
}

function meanModularity(g: CommunityGraph, weighted: boolean): number {
  let sum = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const r = findClusters(g, { seed, weighted });
    expect(Math.abs(r.modularity - partitionModularity(g, r.clusterOf, { weighted }))).toBeLessThan(1e-9);
    sum += r.modularity;
  }
  return sum / 20;
}

describe('findClusters reaches the modularity of NetworkX louvain_communities', () => {
  it.each([
    ['karate_weighted', () => karate(), true],
    ['karate_unweighted', () => karate(false), false],
    ['florentine', () => florentine(), false],
    ['davis_women_projection_weighted', () => davisWomen(), true],
  ] as const)(
    'findClusters on %s: mean modularity over 20 seeds ≥ NetworkX mean − 0.005',
    (name, graph, weighted) => {
      const ref = reference[name] as { mean_Q: number; max_Q: number };
      const q = meanModularity(graph(), weighted);
      expect(q).toBeGreaterThanOrEqual(ref.mean_Q - 0.005);
      expect(q).toBeLessThanOrEqual(ref.max_Q + 1e-9);
    },
  );
});

describe('findClusters: determinism and ids', () => {
  it('findClusters with the same seed gives identical clusterOf; other seeds may differ but stay valid', () => {
    const a = findClusters(karate(), { seed: 3 });
    expect(findClusters(karate(), { seed: 3 }).clusterOf).toEqual(a.clusterOf);
    expect(findClusters(karate(), { seed: 'three' })).toEqual(findClusters(karate(), { seed: 'three' }));
    for (const seed of [4, 5, 6]) {
      const r = findClusters(karate(), { seed });
      expect(Object.keys(r.clusterOf).sort()).toEqual(Object.keys(a.clusterOf).sort());
    }
  });

  it('findClusters leaves its input usable: a tie list keeps its columns, a graph its ties (it frees only its own arrays)', () => {
    const g = karate();
    const ties = {
      nodes: g.nodes(),
      source: Int32Array.from(g.mapEdges((_e, _a, u) => g.nodes().indexOf(u))),
      target: Int32Array.from(g.mapEdges((_e, _a, _u, v) => g.nodes().indexOf(v))),
      weight: Float64Array.from(g.mapEdges((_e, a) => (a.weight as number) ?? 1)),
    };
    const columns = [ties.source.slice(), ties.target.slice(), ties.weight.slice()];
    const fromTies = findClusters(ties, { seed: 7 });
    expect([ties.source, ties.target, ties.weight]).toEqual(columns);
    expect(findClusters(ties, { seed: 7 })).toEqual(fromTies);
    const size = g.size;
    const fromGraph = findClusters(g, { seed: 7 });
    expect(g.size).toBe(size);
    expect(findClusters(g, { seed: 7 })).toEqual(fromGraph);
    expect(fromGraph.clusterOf).toEqual(fromTies.clusterOf);
  });

  it('findClusters numbers clusters by size desc, ties by smallest member id', () => {
    const r = findClusters(karate(false), { seed: 42, weighted: false });
    for (let i = 0; i < r.clusters.length; i++) {
      const c = r.clusters[i]!;
      expect(c.id).toBe(i);
      expect(c.members).toEqual([...c.members].sort());
      for (const m of c.members) expect(r.clusterOf[m]).toBe(i);
      if (i > 0) {
        const p = r.clusters[i - 1]!;
        expect(p.size > c.size || (p.size === c.size && p.members[0]! < c.members[0]!)).toBe(true);
      }
    }
  });
});

describe('findClusters on structured and degenerate graphs', () => {
  function cliques(k: number, size: number): CommunityGraph {
    const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (let c = 0; c < k; c++)
      for (let i = 0; i < size; i++) for (let j = 0; j < i; j++) g.mergeEdge(`c${c}-${i}`, `c${c}-${j}`);
    for (let c = 0; c + 1 < k; c++) g.addEdge(`c${c}-0`, `c${c + 1}-1`);
    return g;
  }

  it('findClusters on 6 cliques of 5 joined in a chain by single edges gives one cluster per clique', () => {
    const g = cliques(6, 5);
    for (const seed of [1, 2, 3]) {
      const r = findClusters(g, { seed });
      expect(r.clusters).toHaveLength(6);
      for (const c of r.clusters) {
        expect(c.size).toBe(5);
        expect(new Set(c.members.map((m) => m.split('-')[0])).size).toBe(1);
      }
    }
  });

  it('findClusters: empty graph → no clusters, Q 0; one node or no edges → all isolated, no cluster, Q 0', () => {
    const empty = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    expect(findClusters(empty)).toEqual({ clusterOf: {}, clusters: [], isolated: [], modularity: 0 });
    const one = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    one.addNode('a');
    expect(findClusters(one)).toEqual({ clusterOf: {}, clusters: [], isolated: ['a'], modularity: 0 });
    const three = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (const n of ['c', 'a', 'b']) three.addNode(n);
    const r = findClusters(three);
    expect(r.clusterOf).toEqual({});
    expect(r.isolated).toEqual(['a', 'b', 'c']);
    expect(r.modularity).toBe(0);
  });

  it('findClusters on disconnected components never joins them; isolated nodes are listed as isolated', () => {
    const g = cliques(1, 4);
    for (let i = 0; i < 4; i++) for (let j = 0; j < i; j++) g.mergeEdge(`d-${i}`, `d-${j}`);
    g.addNode('lonely');
    const r = findClusters(g, { seed: 9 });
    expect(r.clusters.map((c) => c.size)).toEqual([4, 4]);
    expect(r.clusterOf.lonely).toBeUndefined();
    expect(r.isolated).toEqual(['lonely']);
    // two equal components: Q = 2 × (1/2 − 1/4) = 0.5
    expect(r.modularity).toBeCloseTo(0.5, 12);
  });

  it('findClusters treats zero-weight edges as no tie; all-zero weights leave every node isolated and Q 0', () => {
    const g = cliques(2, 4);
    g.setEdgeAttribute('c0-0', 'c1-1', 'weight', 0);
    const r = findClusters(g, { seed: 1 });
    expect(r.clusters.map((c) => c.size)).toEqual([4, 4]);
    expect(r.modularity).toBeCloseTo(0.5, 12);
    const zero = cliques(1, 3);
    zero.forEachEdge((e) => zero.setEdgeAttribute(e, 'weight', 0));
    expect(findClusters(zero)).toEqual({
      clusterOf: {},
      clusters: [],
      isolated: ['c0-0', 'c0-1', 'c0-2'],
      modularity: 0,
    });
    // unweighted: zero-weight edges count as 1 again
    expect(findClusters(zero, { weighted: false }).clusters).toHaveLength(1);
  });

  it('findClusters with a higher resolution finds at least as many clusters on karate', () => {
    const low = findClusters(karate(false), { seed: 1, weighted: false, resolution: 0.5 });
    const high = findClusters(karate(false), { seed: 1, weighted: false, resolution: 2 });
    expect(high.clusters.length).toBeGreaterThan(low.clusters.length);
    expect(
      Math.abs(
        high.modularity -
          partitionModularity(karate(false), high.clusterOf, { weighted: false, resolution: 2 }),
      ),
    ).toBeLessThan(1e-9);
  });

  it('findClusters rejects a bad option with a ValidationError naming the path', () => {
    expect(() => findClusters(karate(), { resolution: -1 })).toThrow(/findClusters.*options\.resolution/s);
  });

  it('findClusters refuses a graph with a reserved node key, naming the first one', () => {
    const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (const key of ['ada', 'valueOf', 'grace', '__proto__']) g.addNode(key);
    g.addEdge('ada', 'grace');
    expect(() => findClusters(g)).toThrow(ValidationError);
    expect(() => findClusters(g)).toThrow(/findClusters:.*graph\.nodes\["valueOf"\]: reserved name/s);
  });
});
