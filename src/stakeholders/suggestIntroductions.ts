import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges, requireGraph } from './internal/graphInput.js';
import { introductionsOf } from './internal/introductionSearch.js';
import {
  type Introduction,
  type SuggestIntroductionsOptions,
  SuggestIntroductionsOptionsSchema,
} from './suggestIntroductionsOptions.js';

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
 * Cost: the candidates are the pairs among each topic's `maxPerTopic` most
 * connected members; each is scored first as if 5 steps apart, and only the
 * candidates that reach the top of a heap get their distance (searched from
 * both members, up to 4 steps: two members' neighbourhoods for a pair at
 * most two steps apart, their neighbours' for one further) — the result of
 * sorting every scored pair, in about linear time in the ties.
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
  // Only the members are read: checking the activities too would cost a pass over millions.
  requireParsedCommunity('suggestIntroductions', community, 'community', ['members']);
  const opts = parseWith('suggestIntroductions', SuggestIntroductionsOptionsSchema, options, 'options');
  const edges = indexedEdges('suggestIntroductions', graph);
  // Distances count steps, so the adjacency is built without weights.
  const csr = csrFromEdges(
    edges.ids.length,
    { source: edges.source, target: edges.target, weight: null },
    { selfLoops: 'drop', parallel: 'sum' },
  );
  const strength = new Float64Array(edges.ids.length);
  for (let e = 0; e < edges.source.length; e++) {
    const u = edges.source[e] as number;
    const v = edges.target[e] as number;
    const w = edges.weight === null ? 1 : (edges.weight[e] as number);
    strength[u] = (strength[u] as number) + w;
    if (v !== u) strength[v] = (strength[v] as number) + w;
  }
  const index = new Map(edges.ids.map((id, i) => [id, i]));
  const degree = Int32Array.from(edges.ids, (id) => graph.degree(id));
  return introductionsOf(community, { ids: edges.ids, index, csr, strength, degree }, opts);
}
