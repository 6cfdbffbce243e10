import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { type InteractionGraphOptions, InteractionGraphOptionsSchema } from './interactionOptions.js';
import { interactionTies } from './interactionTies.js';
import { tieGraph } from './internal/tieGraph.js';

/**
 * The community as an undirected, weighted graphology graph of members. Ties
 * come from:
 * - **replies** — A answered B: +1 per reply;
 * - **shared threads** — members active in the same thread: +1/(k−1) for each
 *   pair among k participants (so a big thread does not swamp a small one);
 * - **co-attendance** — members at the same gathering: +1/(n−1) per pair among
 *   n attendees (a 300-person conference adds 1/299, a 6-person call 1/5);
 * - **co-hosting** — +1 per pair of hosts of a gathering;
 * - **mentoring** — +1 per mentoring session the two share (`mentor-session`
 *   activities in the same thread).
 * - **co-working** — members who worked on the same thing in the same
 *   calendar window (`coworking.windowDays`, 90): work activities (commit,
 *   pull-request, review, document, translate) sharing a topic — a file, a
 *   directory, an area — or reviews in the same thread; +1/(k−1) for each
 *   pair among the k members of each thing and window (Newman 2001's
 *   collaboration weighting: a file three people touched says more than one
 *   three hundred did). By default (`include.coworking: 'auto'`) only when
 *   no activity in the window is part of a conversation (no replies, no
 *   threads), as in a git history.
 *
 * Each contribution decays with age: it is multiplied by 2^(−age/halfLife),
 * age measured back from `to` (or the latest activity). Self-interactions are
 * ignored. Every member current at `to` is a node (isolated ones included),
 * with attributes `label`, `groups`, `affiliation`, `topics` (interests) and
 * `joinedAt`; edges carry `weight` and the counts behind it (`replies`,
 * `threads`, `gatherings`, `mentoring`, `cohosting`, `coworking`: which
 * kinds of interaction make the tie), are ordered by
 * their endpoints' ids and keyed `e0`, `e1`, … in that order (so the same
 * community gives the same graph, and the same GEXF, byte for byte). The
 * result is a plain graphology graph: use the whole graphology ecosystem on it.
 *
 * This is {@link graphFromTies} of {@link interactionTies}: on big
 * communities, pass the tie list itself to `findClusters`,
 * `betweennessCentrality` or `brokers` and skip building the graphology graph
 * (graphology's own work is most of this function's time: on a million
 * activities about 4 s of 5–6 s on a small machine).
 *
 * Cost: O(a + Σ k²) for a activities and groups of size k, then O(n + m)
 * graphology insertions.
 *
 * @param community - a parsed community
 * @param options - window, kinds, half-life, which ties to include
 * @returns an undirected weighted graph of members
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity(), { halfLife: 180 });
 * graph.order; // → 358 — the current members
 * graph.getEdgeAttribute(graph.edges()[0], 'weight'); // ≈ 78.04
 * ```
 */
export function interactionGraph(
  community: Community,
  options: InteractionGraphOptions = {},
): CommunityGraph {
  requireParsedCommunity('interactionGraph', community);
  const opts = parseWith('interactionGraph', InteractionGraphOptionsSchema, options, 'options');
  return tieGraph(interactionTies(community, opts), false);
}
