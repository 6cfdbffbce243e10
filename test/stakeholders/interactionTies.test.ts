import { describe, expect, it } from 'vitest';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { toGexf } from '../../src/stakeholders/graphExports.js';
import { graphFromTies } from '../../src/stakeholders/graphFromTies.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { interactionTies } from '../../src/stakeholders/interactionTies.js';

const community = sampleCommunity({ seed: 3, members: 150, months: 12 });
const SOURCES = ['replies', 'threads', 'gatherings', 'mentoring', 'cohosting'] as const;
const times = community.activities.map((a) => a.at.getTime()).sort((a, b) => a - b);
const window = {
  from: new Date(times[Math.floor(times.length / 4)]!),
  to: new Date(times[Math.floor(times.length / 2)]!),
};

describe('interactionTies', () => {
  it('lists exactly the edges of interactionGraph, in key order, with the same weights and counts', () => {
    for (const options of [{}, { halfLife: 0 }, window, { kinds: ['post' as const, 'reply' as const] }]) {
      const ties = interactionTies(community, options);
      const graph = interactionGraph(community, options);
      expect(ties.nodes).toEqual(graph.nodes());
      expect(ties.source.length).toBe(graph.size);
      expect(ties.source.length).toBeGreaterThan(0);
      for (let k = 0; k < ties.source.length; k++) {
        const key = `e${k}`;
        expect(graph.source(key)).toBe(ties.nodes[ties.source[k]!]);
        expect(graph.target(key)).toBe(ties.nodes[ties.target[k]!]);
        const attributes = graph.getEdgeAttributes(key);
        expect(attributes.weight).toBe(ties.weight[k]);
        for (const s of SOURCES) expect(attributes[s]).toBe(ties.edgeAttributes?.[s]?.[k]);
      }
      ties.nodes.forEach((id, i) => {
        expect(ties.nodeAttributes?.[i]).toEqual(graph.getNodeAttributes(id));
      });
    }
  });

  it('orders ties by their endpoints, source below target, with no pair twice', () => {
    const { source, target, weight } = interactionTies(community);
    for (let k = 0; k < source.length; k++) {
      expect(source[k]!).toBeLessThan(target[k]!);
      expect(weight[k]!).toBeGreaterThan(0);
      if (k > 0) {
        const before =
          source[k - 1]! < source[k]! || (source[k - 1] === source[k] && target[k - 1]! < target[k]!);
        expect(before).toBe(true);
      }
    }
  });

  it('gives findClusters, betweennessCentrality and brokers the same results as the graph', () => {
    const ties = interactionTies(community);
    const graph = interactionGraph(community);
    expect(findClusters(ties, { seed: 4 })).toEqual(findClusters(graph, { seed: 4 }));
    expect(betweennessCentrality(ties, { weighted: true })).toEqual(
      betweennessCentrality(graph, { weighted: true }),
    );
    const { clusterOf } = findClusters(graph);
    expect(brokers(ties, { top: 5, clusterOf })).toEqual(brokers(graph, { top: 5, clusterOf }));
  });

  it('graphFromTies of the list is the interaction graph, byte for byte in GEXF', () => {
    expect(toGexf(graphFromTies(interactionTies(community)))).toBe(toGexf(interactionGraph(community)));
  });

  it('is empty for a community without members, and names itself in option errors', () => {
    const empty = interactionTies({ ...community, members: [], activities: [], gatherings: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.source.length).toBe(0);
    expect(() => interactionTies(community, { halfLife: -1 })).toThrow(/interactionTies.*options\.halfLife/s);
    expect(() => interactionGraph(community, { halfLife: -1 })).toThrow(
      /interactionGraph.*options\.halfLife/s,
    );
  });
});
