import type { ActivityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import type { Signal } from '../../model/signals.js';

/** The signals a log can show, one flag each (see {@link logSignals}). */
const FLAG: Readonly<Record<string, number>> = {
  activity: 1,
  conversations: 2,
  replies: 4,
  answers: 8,
  reviews: 16,
  reactions: 32,
  joins: 64,
  leaves: 128,
  affiliations: 256,
};
const ALL = 511;

/** What a row of each kind shows by its kind alone (answers, reviews…), and whether the kind starts a conversation. */
function kindFlags(kinds: readonly string[]): { shows: Int32Array; starts: Uint8Array } {
  const own: Readonly<Record<string, number>> = {
    answer: FLAG.answers as number,
    review: FLAG.reviews as number,
    reaction: FLAG.reactions as number,
    join: FLAG.joins as number,
    leave: FLAG.leaves as number,
  };
  return {
    shows: Int32Array.from(kinds, (k) => own[k] ?? 0),
    starts: Uint8Array.from(kinds, (k) => (k === 'post' || k === 'issue' || k === 'pull-request' ? 1 : 0)),
  };
}

/**
 * The signals an activity log shows, by the rules of `dataCoverage` (which
 * reads a community): activity, conversations, replies, joins, affiliations
 * and the activity kinds. A log holds no gatherings, attendance, roles,
 * assessments, interests, topics or text, so those are absent. One pass over
 * the typed columns, which stops once every signal a log can show is found.
 *
 * @param log - the log
 * @param leftOut - per member of the log, 1 for a member whose rows do not
 *   count (bots kept in a log built with `includeBots`: `dataCoverage`
 *   leaves them out whatever the log holds)
 * @returns the signals present
 */
export function logSignals(log: ActivityLog, leftOut?: Uint8Array): Set<Signal> {
  const { kind, member, time, memberAffiliation } = log;
  const skip = leftOut ?? new Uint8Array(log.memberIds.length);
  let found = 0;
  if (log.size > 0) {
    for (let x = 0; x < log.memberIds.length; x++)
      if (skip[x] === 0 && Number.isFinite(log.memberJoinedAt[x] as number)) {
        found |= FLAG.joins as number;
        break;
      }
    const { thread, replyTo } = log;
    const { shows, starts } = kindFlags(log.kinds);
    // Who started each thread (its first counted row), to tell replies from the starter's own follow-ups.
    const starter = new Int32Array(log.threads.length).fill(-1);
    for (let r = 0; r < log.size; r++) {
      const th = thread[r] as number;
      if (th >= 0 && starter[th] === -1 && skip[member[r] as number] === 0) starter[th] = r;
    }
    for (let r = 0; r < log.size && found !== ALL; r++) {
      const m = member[r] as number;
      if (skip[m] === 1) continue;
      const k = kind[r] as number;
      const th = thread[r] as number;
      const s = th >= 0 ? (starter[th] as number) : -1;
      const isReply =
        (replyTo[r] as number) !== -1 ||
        (s >= 0 && member[s] !== m && (time[r] as number) > (time[s] as number));
      found |= (FLAG.activity as number) | (shows[k] as number);
      if (isReply) found |= FLAG.replies as number;
      else if (starts[k] === 1) found |= FLAG.conversations as number;
      if ((memberAffiliation[m] as number) >= 0) found |= FLAG.affiliations as number;
    }
  }
  const present = new Set<Signal>();
  for (const [signal, flag] of Object.entries(FLAG)) if ((found & flag) !== 0) present.add(signal as Signal);
  return present;
}

/**
 * The signals of a community's data that the health report reads, by the
 * rules of `dataCoverage` but from the community's log (typed columns, read
 * in one pass) and its gatherings, not from a second walk over its activity
 * objects: people only, so a log built with bots counts none of their rows.
 *
 * @param log - the community's log (with or without its bots)
 * @param community - its members (to tell bots) and gatherings
 * @returns the signals present among activity, conversations, replies,
 *   answers, reviews, reactions, joins, leaves, affiliations, gatherings and
 *   attendance
 */
export function communitySignals(
  log: ActivityLog,
  community: Pick<Community, 'members' | 'gatherings'>,
): Set<Signal> {
  const bots = new Set<string>();
  for (const m of community.members) if (m.kind === 'bot') bots.add(m.id);
  let leftOut: Uint8Array | undefined;
  if (bots.size > 0 && log.botsLeftOut.members === 0)
    leftOut = Uint8Array.from(log.memberIds, (id) => (bots.has(id) ? 1 : 0));
  const present = logSignals(log, leftOut);
  // The roster's join dates count even without activity (logSignals reads them only beside activity).
  if (community.members.some((m) => m.kind !== 'bot' && m.joinedAt instanceof Date)) present.add('joins');
  if (community.gatherings.length > 0) present.add('gatherings');
  if (community.gatherings.some((g) => g.attended.some((id) => !bots.has(id)))) present.add('attendance');
  return present;
}
