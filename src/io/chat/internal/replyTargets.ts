import type { Activity } from '../../../model/activity.js';

/**
 * Removes `replyTo` from every activity whose target is not among
 * `activities` (a thread root the export does not hold: deleted, or outside
 * the exported range), so the extract never names a missing activity.
 * Mutates the activities it is given (the adapter's own objects); returns how
 * many it changed. `known`, when given, is the set of the activities' ids.
 */
export function dropMissingReplyTargets(activities: Activity[], known?: ReadonlySet<string>): number {
  let ids = known;
  if (ids === undefined) {
    const all = new Set<string>();
    for (const a of activities) all.add(a.id);
    ids = all;
  }
  let dropped = 0;
  for (const a of activities)
    if (a.replyTo !== undefined && !ids.has(a.replyTo)) {
      delete a.replyTo;
      dropped++;
    }
  return dropped;
}
