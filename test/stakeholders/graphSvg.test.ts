import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { safeInlineSvg } from '../../src/report/internal/safeSvg.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { graphSvg } from '../../src/stakeholders/graphSvg.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { isWellFormedXml } from '../helpers/xml.js';

/**
 * Four stars (clusters of 40, 30, 20 and 10 members: a hub tied to each
 * other member) whose hubs form a chain, and 50 members with no tie.
 */
function stars(): { graph: CommunityGraph; clusterOf: Record<string, number> } {
  const graph = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  const clusterOf: Record<string, number> = {};
  [40, 30, 20, 10].forEach((size, c) => {
    for (let i = 0; i < size; i++) {
      const id = `c${c}-${String(i).padStart(2, '0')}`;
      graph.addNode(id, { label: `Member ${c}.${i}` });
      clusterOf[id] = c;
      if (i > 0) graph.addEdge(`c${c}-00`, id, { weight: 1 });
    }
    if (c > 0) graph.addEdge(`c${c - 1}-00`, `c${c}-00`, { weight: 1 });
  });
  for (let i = 0; i < 50; i++) graph.addNode(`alone${i}`);
  return { graph, clusterOf };
}

/** The drawn members: circles with a hover title (legend swatches have none). */
const memberDots = (svg: string): string[] =>
  [...svg.matchAll(/<circle [^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1] as string);

describe('graphSvg', () => {
  it('draws the most connected members of each cluster in proportion to its size, and says what it left out', () => {
    const { graph, clusterOf } = stars();
    const svg = graphSvg(graph, { clusterOf, maxNodes: 10 });
    // Quotas 4, 3, 2, 1 of 10: each hub, then the leaves with the smallest ids.
    expect(memberDots(svg).sort()).toEqual(
      [
        'Member 0.0 (cluster 0)',
        'Member 0.1 (cluster 0)',
        'Member 0.2 (cluster 0)',
        'Member 0.3 (cluster 0)',
        'Member 1.0 (cluster 1)',
        'Member 1.1 (cluster 1)',
        'Member 1.2 (cluster 1)',
        'Member 2.0 (cluster 2)',
        'Member 2.1 (cluster 2)',
        'Member 3.0 (cluster 3)',
      ].sort(),
    );
    // Ties between drawn members: 3 + 2 + 1 hub–leaf ties and the 3 hub–hub ties; 99 ties in all.
    expect(svg).toContain(
      'Drawn: the 10 most connected of 100 members with ties (in proportion to each cluster&apos;s size) and the 9 strongest ties between them (of 99 in all).',
    );
    expect(svg).toContain('50 members with no ties, not drawn.');
    expect(svg.match(/M[\d.]+ [\d.]+L/g)).toHaveLength(9);
  });

  it('has a legend naming each colour with the cluster size and its words', () => {
    const { graph, clusterOf } = stars();
    const svg = graphSvg(graph, { clusterOf, maxNodes: 10, clusterLabels: { '0': 'open data, python' } });
    expect(svg).toContain('Cluster 0: 40 members — open data, python</text>');
    expect(svg).toContain('Cluster 3: 10 members</text>');
    // The legend swatch of cluster 0 has the colour of cluster 0's dots (Okabe–Ito blue).
    expect(svg).toMatch(/<circle [^>]*r="5" fill="#0072B2"\/><text [^>]*>Cluster 0:/);
    expect(svg).toMatch(/fill="#0072B2"[^>]*><title>Member 0\.0 \(cluster 0\)/);
  });

  it('gives colours and legend rows only to clusters with dots; the others are counted in the caption', () => {
    const { graph, clusterOf } = stars();
    // 3 dots for 40, 30, 20 and 10 members: shares 1.2, 0.9, 0.6, 0.3 → 1, 1, 1, 0.
    const svg = graphSvg(graph, { clusterOf, maxNodes: 3 });
    expect(memberDots(svg)).toEqual([
      'Member 0.0 (cluster 0)',
      'Member 1.0 (cluster 1)',
      'Member 2.0 (cluster 2)',
    ]);
    expect(svg).toContain('Cluster 2: 20 members</text>');
    expect(svg).not.toContain('Cluster 3:');
    expect(svg).toContain('1 small group (10 members) too small to draw.');
  });

  it('names the asked-for members on the picture, drawing them even when they are not among the most connected', () => {
    const { graph, clusterOf } = stars();
    const svg = graphSvg(graph, {
      clusterOf,
      maxNodes: 10,
      named: ['c3-05', 'c0-00', 'alone1'],
      namedDescription: 'the top brokers',
    });
    expect(memberDots(svg)).toHaveLength(11);
    expect(svg).toMatch(/<text [^>]*>Member 3\.5<\/text>/);
    expect(svg).toMatch(/<text [^>]*>Member 0\.0<\/text>/);
    expect(svg).toContain('Named: the top brokers.');
    // A member without ties is not drawn, named or not.
    expect(svg).not.toContain('alone1');
  });

  it('puts clusters past the eight colours together, in grey, in one legend row', () => {
    const graph = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    const clusterOf: Record<string, number> = {};
    for (let c = 0; c < 10; c++) {
      graph.mergeEdge(`a${c}`, `b${c}`);
      clusterOf[`a${c}`] = c;
      clusterOf[`b${c}`] = c;
    }
    graph.addNode('c0'); // no tie, no cluster: not drawn
    const svg = graphSvg(graph, { clusterOf });
    expect(svg.match(/<text [^>]*>Cluster \d: 2 members<\/text>/g)).toHaveLength(8);
    expect(svg).toContain('Other: 2 smaller clusters, 4 members</text>');
    expect(svg.match(/fill="#9e9e9e"[^>]*><title>/g)).toHaveLength(4);
    expect(svg).toContain('All 20 members with ties are drawn.');
    expect(svg).toContain('1 member with no ties, not drawn.');
  });

  it('draws the sample community in a bounded, safe, deterministic picture', () => {
    const graph = interactionGraph(sampleCommunity(), {
      from: '2025-01-01',
      to: '2026-01-01',
      include: { gatherings: false, cohosting: false },
    });
    const { clusterOf } = findClusters(graph, { seed: 1 });
    const svg = graphSvg(graph, { clusterOf, seed: 1 });
    expect(memberDots(svg).length).toBeLessThanOrEqual(250);
    expect(svg.length).toBeLessThan(100_000);
    expect(isWellFormedXml(svg)).toBe(true);
    expect(safeInlineSvg(svg)).toBeDefined();
    expect(graphSvg(graph, { clusterOf, seed: 1 })).toBe(svg);
  });
});
