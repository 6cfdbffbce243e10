import type { Activity } from '../../src/model/activity.js';
import type { ActivityKind } from '../../src/model/activityKinds.js';

let counter = 0;
/** A parsed activity. */
export function act(
  memberId: string,
  at: string,
  kind: ActivityKind = 'post',
  extra: Partial<Pick<Activity, 'id' | 'channel' | 'thread' | 'replyTo' | 'weight'>> = {},
): Activity {
  return { id: extra.id ?? `a${++counter}`, memberId, at: new Date(at), kind, topics: [], ...extra };
}
