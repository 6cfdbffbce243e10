import { connectedComponents } from 'graphology-components';
import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';

/**
 * Options of {@link suggestIntroductions}.
 *
 * @example
 * ```ts
 * SuggestIntroductionsOptionsSchema.parse({}); // → { top: 10, minShared: 1, minDistance: 3, perMember: 2, maxPerTopic: 60, includeIsolated: false }
 * ```
 */
export const SuggestIntroductionsOptionsSchema = z.strictObject({
  /** How many introductions to suggest. */
  top: z.number().int().positive().default(10),
  /** Cluster of every node (from `findClusters`); pairs across clusters score higher. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Shared interests (or expertise matching the other's interests) needed. */
  minShared: z.number().int().min(1).default(1),
  /** Pairs closer than this many steps are left out (they will meet anyway). */
  minDistance: z.number().int().min(2).default(3),
  /** The most suggestions any one member appears in. */
  perMember: z.number().int().positive().default(2),
  /** Per topic, only the most connected members are paired (bounds the work on big communities). */
  maxPerTopic: z.number().int().positive().default(60),
  /** Also pair members without any tie (by default they are left to `peripheralMembers`: welcome them first). */
  includeIsolated: z.boolean().default(false),
});

/** Options of {@link suggestIntroductions}. */
export type SuggestIntroductionsOptions = z.input<typeof SuggestIntroductionsOptionsSchema>;

/**
 * A suggested introduction from {@link suggestIntroductions}, with its reason.
 *
 * @example
 * ```ts
 * IntroductionSchema.shape.distance.parse(null); // → null — not connected at all
 * ```
 */
export const IntroductionSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  sharedInterests: z.array(z.string()),
  /** Expertise of one that matches the other's interests ("complementary skills"). */
  complementary: z.array(z.string()),
  /** Steps between them in the graph (null: not connected at all). */
  distance: z.number().int().nullable(),
  /** Their clusters, when known. */
  clusters: z.tuple([z.number(), z.number()]).nullable(),
  reason: z.string(),
});

/** A suggested introduction between two members, with the reason. */
export type Introduction = z.output<typeof IntroductionSchema>;

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

/**
 * Introductions worth making: pairs of members who share interests (or where
 * one's expertise matches the other's interests — complementary skills) but
 * sit in different clusters or far apart in the graph. Score: shared
 * interests + complementary expertise, doubled across clusters (of two or
 * more members), times how far apart they are (up to 4 steps; unconnected
 * counts as 5). Never suggests a pair that already has a tie or is closer than
 * `minDistance` steps; no member appears in more than `perMember` suggestions;
 * members without any tie are left out unless `includeIsolated` (welcome them
 * first: see `peripheralMembers`). Each comes with its reason
 * ("both work on X; 4 steps apart; would bridge clusters 2 and 5").
 * Deterministic: ties are broken by member ids.
 *
 * @param community - the community (interests and expertise of members)
 * @param graph - its interaction graph
 * @param options - `top`, `clusterOf`, `minShared`, `minDistance`, `perMember`, `maxPerTopic`
 * @returns the best introductions, best first
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const graph = interactionGraph(community);
 * const { clusterOf } = findClusters(graph, { seed: 1 });
 * suggestIntroductions(community, graph, { clusterOf })[0]?.reason;
 * // → 'both work on reproducibility, research-software, testing; 3 steps apart; would bridge clusters 0 and 4'
 * ```
 */
export function suggestIntroductions(
  community: Community,
  graph: CommunityGraph,
  options: SuggestIntroductionsOptions = {},
): Introduction[] {
  requireGraph('suggestIntroductions', graph);
  requireParsedCommunity('suggestIntroductions', community);
  const opts = parseWith('suggestIntroductions', SuggestIntroductionsOptionsSchema, options, 'options');
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
