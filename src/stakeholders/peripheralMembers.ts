import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';

const DAY = 86_400_000;

/**
 * Options of {@link peripheralMembers}.
 *
 * @example
 * ```ts
 * PeripheralMembersOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, weakTie: 0.5, newcomerDays: 90, welcomeAfterWeeks: 4 }
 * ```
 */
export const PeripheralMembersOptionsSchema = z.strictObject({
  /** The reference date for "newcomer". */
  asOf: DateInputSchema,
  /** Members whose total tie weight is below this are weakly tied. */
  weakTie: z.number().min(0).default(0.5),
  /** Members who joined within this many days are newcomers. */
  newcomerDays: z
    .number()
    .int()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(90),
  /** A newcomer still without a tie this many weeks after joining needs a welcome. */
  welcomeAfterWeeks: z.number().min(0).default(4),
});

/** Options of {@link peripheralMembers}. */
export type PeripheralMembersOptions = z.input<typeof PeripheralMembersOptionsSchema>;

/**
 * A member at the edge of the network, and why (from {@link peripheralMembers}).
 *
 * @example
 * ```ts
 * PeripheralMemberSchema.shape.kind.options; // → ['isolated', 'weakly-tied', 'newcomer-without-tie']
 * ```
 */
export const PeripheralMemberSchema = z.object({
  memberId: z.string(),
  /** Number of ties. */
  degree: z.number().int(),
  /** Total tie weight. */
  strength: z.number(),
  kind: z.enum(['isolated', 'weakly-tied', 'newcomer-without-tie']),
  /** Days since joining, when known. */
  daysSinceJoining: z.number().nullable(),
  reason: z.string(),
});

/** A member at the edge of the network, and why. */
export type PeripheralMember = z.output<typeof PeripheralMemberSchema>;

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
  const t = opts.asOf.getTime();
  const out: PeripheralMember[] = [];
  for (const m of community.members) {
    if (!graph.hasNode(m.id)) continue;
    if ((m.joinedAt && m.joinedAt.getTime() > t) || (m.leftAt && m.leftAt.getTime() <= t)) continue;
    const degree = graph.degree(m.id);
    let strength = 0;
    graph.forEachEdge(m.id, (_e, a) => {
      strength += edgeWeight(a);
    });
    const days = m.joinedAt ? Math.floor((t - m.joinedAt.getTime()) / DAY) : null;
    const newcomer = days !== null && days <= opts.newcomerDays;
    if (degree === 0 && newcomer && days >= opts.welcomeAfterWeeks * 7)
      out.push({
        memberId: m.id,
        degree,
        strength,
        kind: 'newcomer-without-tie',
        daysSinceJoining: days,
        reason: `joined ${days} days ago and has no tie yet`,
      });
    else if (degree === 0 && !newcomer)
      out.push({
        memberId: m.id,
        degree,
        strength,
        kind: 'isolated',
        daysSinceJoining: days,
        reason: 'no tie with any member in the window',
      });
    else if (degree > 0 && strength < opts.weakTie)
      out.push({
        memberId: m.id,
        degree,
        strength,
        kind: 'weakly-tied',
        daysSinceJoining: days,
        reason: `${degree} tie(s) with a total weight of ${strength.toFixed(2)} (below ${opts.weakTie})`,
      });
  }
  const rank = { 'newcomer-without-tie': 0, isolated: 1, 'weakly-tied': 2 } as const;
  return out.sort(
    (a, b) => rank[a.kind] - rank[b.kind] || a.strength - b.strength || (a.memberId < b.memberId ? -1 : 1),
  );
}
