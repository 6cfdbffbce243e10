import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';
import { peripheralOf } from './internal/peripheralRanking.js';
import {
  type PeripheralMember,
  type PeripheralMembersOptions,
  PeripheralMembersOptionsSchema,
} from './peripheralMembersOptions.js';

/**
 * The members at the edge of the network — who to welcome or reconnect:
 * newcomers still without a tie `welcomeAfterWeeks` after joining (listed
 * first: the most urgent), isolated members (no tie at all), and weakly tied
 * members (total tie weight below `weakTie`). Only members who are nodes of
 * the graph and current at `asOf` are considered. Sorted by kind, then weakest
 * first, then id.
 *
 * @param graph - an interaction graph
 * @param community - the community the graph was built from (for join dates)
 * @param options - `asOf`, `weakTie`, `newcomerDays`, `welcomeAfterWeeks`
 * @returns the peripheral members with reasons
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * peripheralMembers(interactionGraph(community), community, { asOf: '2026-01-01' })[0];
 * // → { memberId: 'm-014', kind: 'newcomer-without-tie', daysSinceJoining: 28, reason: 'joined 28 days ago and has no tie yet', … }
 * ```
 */
export function peripheralMembers(
  graph: CommunityGraph,
  community: Community,
  options: PeripheralMembersOptions,
): PeripheralMember[] {
  requireGraph('peripheralMembers', graph);
  requireParsedCommunity('peripheralMembers', community);
  const opts = parseWith('peripheralMembers', PeripheralMembersOptionsSchema, options, 'options');
  const index = new Map<string, number>();
  const degree: number[] = [];
  const strength: number[] = [];
  graph.forEachNode((node) => {
    index.set(node, degree.length);
    degree.push(graph.degree(node));
    let sum = 0;
    graph.forEachEdge(node, (_e, a) => {
      sum += edgeWeight(a);
    });
    strength.push(sum);
  });
  return peripheralOf(community, { index, degree, strength }, opts);
}
