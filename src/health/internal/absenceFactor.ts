import type { AbsenceFactorResult } from '../absenceFactorResult.js';
import { type MemberCounts, smallestCover } from './memberCounts.js';

/** Builds the absence-factor result from descending (id, count) pairs. */
export function absenceFactorOf(
  entries: Array<[string, number]>,
  threshold: number,
  inclusive: boolean,
): AbsenceFactorResult {
  const { k, covered, total } = smallestCover(
    entries.map((e) => e[1]),
    threshold,
    inclusive,
  );
  return {
    value: k,
    members: entries.slice(0, k).map(([id, count]) => ({ id, count })),
    share: total === 0 ? 0 : covered / total,
    total,
    threshold,
  };
}

/**
 * The elephant factor of a window's counts: the absence factor over
 * organisations, each member's count going to their affiliation (members
 * without one to `unaffiliated`, or left out when it is null).
 */
export function elephantFactorOf(
  counts: MemberCounts,
  threshold: number,
  inclusive: boolean,
  unaffiliated: string | null,
): AbsenceFactorResult {
  const byOrg = new Map<string, number>();
  for (let x = 0; x < counts.space.size; x++) {
    const c = counts.counts[x] as number;
    if (c === 0) continue;
    const org = counts.affiliation[x] ?? unaffiliated;
    if (org === null) continue;
    byOrg.set(org, (byOrg.get(org) ?? 0) + c);
  }
  const entries = [...byOrg].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return absenceFactorOf(entries, threshold, inclusive);
}
