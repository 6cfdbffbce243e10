import type { Activity } from '../../../model/activity.js';

/**
 * Removes `replyTo` from every activity whose target is not among
 * `activities` (a thread root the export does not hold: deleted, or outside
 * the exported range), so the extract never names a missing activity.
 * Mutates the activities it is given (the adapter's own objects); returns how
 * many it changed.
 */
export function dropMissingReplyTargets(activities: Activity[]): number {
  const ids = new Set<string>();
  for (const a of activities) ids.add(a.id);
  let dropped = 0;
  for (const a of activities)
    if (a.replyTo !== undefined && !ids.has(a.replyTo)) {
      delete a.replyTo;
      dropped++;
    }
  return dropped;
}
