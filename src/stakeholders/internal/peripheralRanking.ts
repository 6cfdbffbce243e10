import type { z } from 'zod';
import type { Community } from '../../model/community.js';
import type { PeripheralMember, PeripheralMembersOptionsSchema } from '../peripheralMembersOptions.js';

const DAY = 86_400_000;

/** The network `peripheralMembers` reads: each node's index, ties and tie weight. */
export interface PeripheralNetwork {
  /** Node id → node index. */
  index: ReadonlyMap<string, number>;
  /** Ties of each node. */
  degree: ArrayLike<number>;
  /** Sum of the weights of each node's ties. */
  strength: ArrayLike<number>;
}

/**
 * The peripheral members of `peripheralMembers` (see there for the rules),
 * from each node's degree and strength — a graph's or a tie list's.
 */
export function peripheralOf(
  community: Community,
  net: PeripheralNetwork,
  opts: z.output<typeof PeripheralMembersOptionsSchema>,
): PeripheralMember[] {
  const t = opts.asOf.getTime();
  const out: PeripheralMember[] = [];
  for (const m of community.members) {
    const i = net.index.get(m.id);
    if (i === undefined) continue;
    if ((m.joinedAt && m.joinedAt.getTime() > t) || (m.leftAt && m.leftAt.getTime() <= t)) continue;
    const degree = net.degree[i] as number;
    const strength = net.strength[i] as number;
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
