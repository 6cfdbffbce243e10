import type { ActivityLog } from '../../model/activityLog.js';
import type { Signal } from '../../model/signals.js';

const STARTERS = new Set(['post', 'issue', 'pull-request']);

/**
 * The signals an activity log shows, by the rules of `dataCoverage` (which
 * reads a community): activity, conversations, replies, joins, affiliations
 * and the activity kinds. A log holds no gatherings, attendance, roles,
 * assessments, interests, topics or text, so those are absent.
 *
 * @returns the signals present
 */
export function logSignals(log: ActivityLog): ReadonlySet<Signal> {
  const present = new Set<Signal>();
  if (log.size === 0) return present;
  present.add('activity');
  const { kind, member, thread, replyTo, time, kinds } = log;
  // Who started each thread (its first row), to tell replies from the starter's own follow-ups.
  const starter = new Int32Array(log.threads.length).fill(-1);
  for (let r = 0; r < log.size; r++) {
    const th = thread[r] as number;
    if (th >= 0 && starter[th] === -1) starter[th] = r;
  }
  for (let r = 0; r < log.size; r++) {
    const k = kinds[kind[r] as number] as string;
    const th = thread[r] as number;
    const s = th >= 0 ? (starter[th] as number) : -1;
    const isReply =
      (replyTo[r] as number) !== -1 ||
      (s >= 0 && member[s] !== member[r] && (time[r] as number) > (time[s] as number));
    if (isReply) present.add('replies');
    else if (STARTERS.has(k)) present.add('conversations');
    if (k === 'answer') present.add('answers');
    if (k === 'review') present.add('reviews');
    if (k === 'reaction') present.add('reactions');
    if (k === 'join') present.add('joins');
    if (k === 'leave') present.add('leaves');
    if ((log.memberAffiliation[member[r] as number] as number) >= 0) present.add('affiliations');
  }
  for (const t of log.memberJoinedAt) if (Number.isFinite(t)) present.add('joins');
  return present;
}
