/**
 * The previous implementation of suggestIntroductions (every candidate pair
 * scored, with a breadth-first search from each first member, then all sorted),
 * kept as the oracle the faster one must agree with.
 */
import { connectedComponents } from 'graphology-components';
import type { Community } from '../../src/model/community.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { edgeWeight } from '../../src/stakeholders/internal/graph.js';
import {
  type Introduction,
  type SuggestIntroductionsOptions,
  SuggestIntroductionsOptionsSchema,
} from '../../src/stakeholders/suggestIntroductionsOptions.js';

function bfs(graph: CommunityGraph, source: string, limit: number): Map<string, number> {
  const dist = new Map<string, number>([[source, 0]]);
  let frontier = [source];
  for (let d = 1; d <= limit && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const u of frontier)
      for (const v of graph.neighbors(u))
        if (!dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
    frontier = next;
  }
  return dist;
}

export function suggestIntroductionsByFullSort(
  community: Community,
  graph: CommunityGraph,
  options: SuggestIntroductionsOptions = {},
): Introduction[] {
  const opts = SuggestIntroductionsOptionsSchema.parse(options);
  const members = community.members.filter(
    (m) => graph.hasNode(m.id) && (opts.includeIsolated || graph.degree(m.id) > 0),
  );
  // A cluster of one is an isolated member, not a sub-network to bridge.
  const clusterSize = new Map<number, number>();
  for (const c of Object.values(opts.clusterOf ?? {})) clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
  const strength = new Map<string, number>();
  for (const m of members) {
    let s = 0;
    graph.forEachEdge(m.id, (_e, a) => {
      s += edgeWeight(a);
    });
    strength.set(m.id, s);
  }
  const byTopic = new Map<string, string[]>();
  for (const m of members)
    for (const t of new Set([...m.interests, ...m.expertise]))
      byTopic.set(t, [...(byTopic.get(t) ?? []), m.id]);
  const info = new Map(
    members.map((m) => [m.id, { interests: new Set(m.interests), expertise: new Set(m.expertise) }]),
  );
  const pairs = new Set<string>();
  for (const ids of byTopic.values()) {
    const chosen = [...ids]
      .sort((a, b) => strength.get(b)! - strength.get(a)! || (a < b ? -1 : 1))
      .slice(0, opts.maxPerTopic)
      .sort();
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) pairs.add(`${chosen[i]}\u0000${chosen[j]}`);
  }
  const component = new Map<string, number>();
  connectedComponents(graph as never).forEach((nodes, i) => {
    for (const n of nodes) component.set(n, i);
  });
  const distances = new Map<string, Map<string, number>>();
  const candidates: Introduction[] = [];
  for (const key of [...pairs].sort()) {
    const [a, b] = key.split('\u0000') as [string, string];
    if (graph.hasEdge(a, b)) continue;
    const ia = info.get(a)!;
    const ib = info.get(b)!;
    const shared = [...ia.interests].filter((t) => ib.interests.has(t)).sort();
    const complementary = [
      ...[...ia.expertise].filter((t) => ib.interests.has(t)),
      ...[...ib.expertise].filter((t) => ia.interests.has(t)),
    ]
      .filter((t, i, arr) => arr.indexOf(t) === i && !shared.includes(t))
      .sort();
    if (shared.length + complementary.length < opts.minShared) continue;
    let dist = distances.get(a);
    if (!dist) {
      dist = bfs(graph, a, 4);
      distances.set(a, dist);
    }
    const d = dist.get(b);
    if (d !== undefined && d < opts.minDistance) continue;
    const ca = opts.clusterOf?.[a];
    const cb = opts.clusterOf?.[b];
    const clusters: [number, number] | null = ca !== undefined && cb !== undefined ? [ca, cb] : null;
    const across =
      clusters !== null &&
      clusters[0] !== clusters[1] &&
      (clusterSize.get(clusters[0]) ?? 0) > 1 &&
      (clusterSize.get(clusters[1]) ?? 0) > 1;
    const far = d === undefined ? 5 : Math.min(d, 4);
    const score = (shared.length + complementary.length) * (across ? 2 : 1) * far;
    const parts = [
      shared.length > 0 ? `both work on ${shared.join(', ')}` : '',
      complementary.length > 0
        ? `one's expertise meets the other's interest in ${complementary.join(', ')}`
        : '',
      d !== undefined
        ? `${d} steps apart`
        : component.get(a) === component.get(b)
          ? 'more than 4 steps apart'
          : 'not connected',
      across ? `would bridge clusters ${Math.min(ca!, cb!)} and ${Math.max(ca!, cb!)}` : '',
    ].filter((p) => p !== '');
    candidates.push({
      a,
      b,
      score,
      sharedInterests: shared,
      complementary,
      distance: d ?? null,
      clusters,
      reason: parts.join('; '),
    });
  }
  candidates.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  const used = new Map<string, number>();
  const out: Introduction[] = [];
  for (const c of candidates) {
    if ((used.get(c.a) ?? 0) >= opts.perMember || (used.get(c.b) ?? 0) >= opts.perMember) continue;
    used.set(c.a, (used.get(c.a) ?? 0) + 1);
    used.set(c.b, (used.get(c.b) ?? 0) + 1);
    out.push(c);
    if (out.length >= opts.top) break;
  }
  return out;
}
