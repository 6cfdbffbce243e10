import { describe, expect, it } from 'vitest';
import { stakeholdersSection } from '../../src/report/sections/stakeholdersSection.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { clusterTopics } from '../../src/stakeholders/clusterTopics.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';

const community = sampleCommunity();
const asOf = new Date('2026-01-01T00:00:00Z');
const section = stakeholdersSection(community, { asOf, seed: 1 });
const rows = [...section.markdown.matchAll(/^\| (\d+) \| (\d+) \| ([^|]*) \|/gm)].map((m) => ({
  id: Number(m[1]),
  topics: (m[3] as string).trim(),
}));

describe("the network section's clusters", () => {
  it('names each cluster by the topics of its members activity in the window (clusterTopics), most specific first', () => {
    expect(rows.length).toBeGreaterThan(1);
    // Independently: the same graph and clusters as the section, then clusterTopics over the same year.
    const from = new Date(asOf.getTime() - 365 * 86_400_000);
    const graph = interactionGraph(community, {
      from,
      to: asOf,
      include: { gatherings: false, cohosting: false },
    });
    const big = findClusters(graph, { seed: 1 }).clusters.filter((c) => c.size >= 3);
    const expected = clusterTopics(community, big, { from, to: asOf, top: 3 });
    expect(rows.map((r) => r.id)).toEqual(big.map((c) => c.id));
    rows.forEach((r, k) => {
      expect(expected[k]!.topics.length).toBeGreaterThan(0);
      expect(r.topics).toBe(expected[k]!.topics.map((t) => t.topic).join(', '));
    });
    const data = section.data as { clusters: { workTopics: unknown[] }[] };
    expect(data.clusters.map((c) => c.workTopics)).toEqual(expected.map((e) => e.topics));
  });

  it('brokers name only clusters the table shows (others are "smaller groups")', () => {
    const shown = new Set(rows.map((r) => r.id));
    const brokerLines = section.markdown.split('\n').filter((l) => /betweenness \d/.test(l));
    expect(brokerLines.length).toBeGreaterThan(0);
    expect(brokerLines.some((l) => /ties into clusters \d/.test(l))).toBe(true);
    for (const line of brokerLines) {
      const named = /ties into clusters? ([\d, ]+)/.exec(line)?.[1];
      for (const id of (named ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''))
        expect(shown.has(Number(id))).toBe(true);
    }
  });
});
