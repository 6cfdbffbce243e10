/**
 * Clusters, silos, brokers and introductions in the sample community.
 * Run: npx tsx examples/stakeholders-silos.ts
 */
import { sampleCommunity } from 'community-kit/sample';
import {
  brokers,
  findClusters,
  interactionGraph,
  siloReport,
  suggestIntroductions,
} from 'community-kit/stakeholders';

const community = sampleCommunity({ seed: 1 });
const graph = interactionGraph(community, {
  from: '2025-01-01',
  to: '2026-01-01',
  include: { gatherings: false, cohosting: false },
});
const { clusters, clusterOf, modularity } = findClusters(graph, { seed: 1 });
console.log(`${clusters.filter((c) => c.size >= 3).length} clusters, modularity ${modularity.toFixed(2)}`);
for (const c of clusters.filter((k) => k.size >= 3))
  console.log(`  ${c.id}: ${c.size} members, ${c.topTopics.map((t) => t.topic).join(', ')}`);
for (const s of siloReport(graph, { by: 'cluster', clusterOf }).silos)
  console.log(`silo ${s.a}–${s.b}: ${s.evidence}`);
for (const b of brokers(graph, { top: 3, clusterOf }).top)
  console.log(`broker ${b.memberId}: ${b.betweenness.toFixed(3)}, clusters ${b.bridges.join(', ')}`);
for (const i of suggestIntroductions(community, graph, { clusterOf, top: 3 }))
  console.log(`introduce ${i.a} and ${i.b}: ${i.reason}`);
