import type { Community } from '../../model/community.js';
import { PositionIndex } from '../../model/internal/stringIndex.js';

/**
 * The activities the ties of a window are made of: those at or after `from`
 * and before `to` (ms), and the older ones (or later ones) their replies
 * answer — a reply ties its author to the author of what it answers, wherever
 * that lies — in the community's order. An activity log of these gives the
 * window's ties exactly as the log of every activity does (the same rows in
 * the window, in the same order; the same reply targets), for the cost of
 * the window: on a community with years of history, a fraction of the log.
 */
export function windowActivities(
  activities: Community['activities'],
  from: number,
  to: number,
): Community['activities'] {
  const n = activities.length;
  const kept = new Uint8Array(n);
  // The ids the window's replies answer (repeats do no harm), looked up in a
  // table of positions: at a million activities, half the time of a Set.
  const answered: string[] = [];
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const a = activities[i] as Community['activities'][number];
    const t = a.at.getTime();
    if (t < from || t >= to) {
      outside++;
      continue;
    }
    kept[i] = 1;
    if (a.replyTo !== undefined) answered.push(a.replyTo);
  }
  if (outside === 0) return activities;
  if (answered.length > 0) {
    const index = new PositionIndex(answered);
    for (let i = 0; i < n; i++)
      if (kept[i] === 0 && index.get((activities[i] as Community['activities'][number]).id) >= 0) kept[i] = 1;
  }
  const out: Community['activities'][number][] = [];
  for (let i = 0; i < n; i++) if (kept[i] === 1) out.push(activities[i] as Community['activities'][number]);
  return out;
}
