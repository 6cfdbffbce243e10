import { activityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { type InteractionGraphOptions, InteractionGraphOptionsSchema } from './interactionOptions.js';
import { interactionTieList } from './internal/interactionTieList.js';
import type { TieList } from './tieList.js';

/**
 * The interaction ties of a community as a {@link TieList}: the same nodes,
 * ties, weights and attributes as {@link interactionGraph} (which is this
 * list turned into a graphology graph), as typed columns. On big communities
 * it builds in a fraction of the graph's time and memory, and `findClusters`,
 * `betweennessCentrality` and `brokers` accept it directly.
 *
 * Nodes are the members current at `to` (bots only with `includeBots`;
 * `botsLeftOut` counts those left out), in id order, with attributes
 * `label`, `groups`, `affiliation`, `topics` (interests) and `joinedAt`.
 * Ties are ordered by their endpoints (source < target) and carry `weight`
 * and, as `edgeAttributes`, the counts behind it — which kinds of
 * interaction the tie is made of: `replies`, `threads`, `gatherings`,
 * `mentoring`, `cohosting`, `coworking`. How ties are made, weighted and
 * decayed is described at {@link interactionGraph}.
 *
 * Cost: O(a + Σ k²) for a activities and groups of size k (plus
 * O(g log g) to order g co-working groups) — each member's
 * ties are summed in dense arrays (a sparse accumulator), not a hash table of
 * pairs; about 1.3 s for a million activities on a small machine.
 *
 * @param community - a parsed community
 * @param options - window, kinds, half-life, which ties to include
 * @returns the members and their ties as columns
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const ties = interactionTies(sampleCommunity(), { halfLife: 180 });
 * ties.nodes.length; // → 358 — the current members
 * ties.weight[0]; // ≈ 78.04 — the strength of the tie between ties.source[0] and ties.target[0]
 * const fromGraph = findClusters(interactionGraph(sampleCommunity(), { halfLife: 180 }));
 * findClusters(ties).clusterOf; // → fromGraph.clusterOf — the same clusters as from the graph
 * ```
 */
export function interactionTies(community: Community, options: InteractionGraphOptions = {}): TieList {
  requireParsedCommunity('interactionTies', community);
  const opts = parseWith('interactionTies', InteractionGraphOptionsSchema, options, 'options');
  // The one columnar view of the activity, bots included (see interactionTieList).
  return interactionTieList(community, opts, activityLog(community, { includeBots: true }));
}
