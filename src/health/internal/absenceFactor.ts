import type { AbsenceFactorResult } from '../absenceFactorResult.js';
import { smallestCover } from './memberCounts.js';

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
