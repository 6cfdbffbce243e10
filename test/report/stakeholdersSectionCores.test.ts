import { describe, expect, it } from 'vitest';
import { activityLog } from '../../src/model/activityLog.js';
import { stakeholdersSection } from '../../src/report/sections/stakeholdersSection.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import { clusterTopics } from '../../src/stakeholders/clusterTopics.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { graphSvg } from '../../src/stakeholders/graphSvg.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { peripheralMembers } from '../../src/stakeholders/peripheralMembers.js';
import { siloReport } from '../../src/stakeholders/siloReport.js';
import { suggestIntroductions } from '../../src/stakeholders/suggestIntroductions.js';

const asOf = new Date('2026-01-01T00:00:00Z');
const from = new Date(asOf.getTime() - 365 * 86_400_000);

describe('stakeholdersSection on its tie network', () => {
  // The section builds no graphology graph: it runs internal cores on the tie
  // list. Each figure must be what the public functions give on the graph.
  const community = sampleCommunity({ seed: 3, members: 300, months: 24 });
  const section = stakeholdersSection(community, { asOf, seed: 1 });
  const data = section.data as Record<string, unknown>;
  const graph = interactionGraph(community, {
    from,
    to: asOf,
    include: { gatherings: false, cohosting: false },
  });
  const { clusters, clusterOf, modularity } = findClusters(graph, { seed: 1 });
  const big = clusters.filter((c) => c.size >= 3);

  it('gives the members, ties, modularity and clusters of interactionGraph and findClusters', () => {
    expect(data.members).toBe(graph.order);
    expect(data.ties).toBe(graph.size);
    expect(data.modularity).toBe(modularity);
    const topics = clusterTopics(community, big, { from, to: asOf, top: 3 });
    expect(data.clusters).toEqual(
      big.map((c, k) => ({
        id: c.id,
        size: c.size,
        topTopics: c.topTopics,
        workTopics: topics[k]!.topics,
        dominantGroups: c.dominantGroups,
      })),
    );
  });

  it('gives the silos, brokers, peripheral members and introductions of the public functions', () => {
    expect(data.silos).toEqual(siloReport(graph, { by: 'cluster', clusterOf }).silos);
    expect(data.groupSilos).toEqual(siloReport(graph, { by: 'group' }).silos);
    const top = brokers(graph, { top: 5, clusterOf });
    expect(data.brokers).toEqual(top.top);
    expect(data.betweenness).toEqual(top.betweenness);
    expect(data.peripheral).toEqual(
      peripheralMembers(graph, community, { asOf }).map((p) => ({ memberId: p.memberId, kind: p.kind })),
    );
    expect(data.introductions).toEqual(suggestIntroductions(community, graph, { top: 5, clusterOf }));
  });

  it('draws the picture graphSvg draws of the graph', () => {
    const named = (data.brokers as { memberId: string; betweenness: number; articulationPoint: boolean }[])
      .filter((b) => b.articulationPoint || b.betweenness >= 0.0005)
      .map((b) => b.memberId);
    const labels = section.figures![0]!.table!.rows.map((r) => [String(r[0]), String(r[2])]);
    expect(section.figures![0]!.svg).toBe(
      graphSvg(graph, {
        clusterOf,
        clusterLabels: Object.fromEntries(labels),
        named,
        namedDescription: 'the top brokers, who link the sub-networks',
        seed: 1,
        title: 'Who talks to whom',
      }),
    );
  });
});

describe("stakeholdersSection with the report's shared activity log", () => {
  it('says the same with the log communityReport hands it as without', () => {
    const community = sampleCommunity({ seed: 4, members: 200, months: 18 });
    const alone = stakeholdersSection(community, { asOf, seed: 1 });
    expect(stakeholdersSection(community, { asOf, seed: 1, log: activityLog(community) })).toEqual(alone);
  });

  it('reads its own log with the bots when the community has bots (the shared log leaves them out)', () => {
    const base = sampleCommunity({ seed: 4, members: 200, months: 18 });
    // The most active member becomes a bot: its threads still count towards their size.
    const counts = new Map<string, number>();
    for (const a of base.activities) counts.set(a.memberId, (counts.get(a.memberId) ?? 0) + 1);
    const busiest = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
    const community = {
      ...base,
      members: base.members.map((m) => (m.id === busiest ? { ...m, kind: 'bot' as const } : m)),
    };
    const log = activityLog(community);
    expect(log.botsLeftOut.members).toBe(1);
    const alone = stakeholdersSection(community, { asOf, seed: 1 });
    expect(stakeholdersSection(community, { asOf, seed: 1, log })).toEqual(alone);
    expect(alone.markdown).not.toContain(`(${busiest})`);
  });
});
