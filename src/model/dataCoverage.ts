import { z } from 'zod';
import type { Activity } from './activity.js';
import type { Community } from './community.js';
import { requireParsedCommunity } from './internal/parsedCommunity.js';
import { SIGNALS, type Signal, SignalSchema } from './signals.js';
import { fail, parseWith } from './validate.js';

/** A list of signals (what a result needs, or lacks). */
const SignalListSchema = z.array(SignalSchema);

/** Coverage of one signal: how many records show it, how many members, and the span of time they cover. */
export const SignalCoverageSchema = z.object({
  /** Records that show the signal (0 when the data lacks it). */
  count: z.number().int().min(0),
  /** Distinct members they concern. */
  members: z.number().int().min(0),
  /** Earliest dated record, or null when none is dated. */
  from: z.date().nullable(),
  /** Latest dated record, or null when none is dated. */
  to: z.date().nullable(),
});

/** Coverage of one signal (see {@link SignalCoverageSchema}). */
export type SignalCoverage = z.output<typeof SignalCoverageSchema>;

/** What {@link dataCoverage} returns. */
export const DataCoverageSchema = z.object({
  /** Every signal with its coverage, in {@link SignalSchema}'s order. */
  signals: z.record(SignalSchema, SignalCoverageSchema),
  /** The signals the data has (count > 0), in {@link SignalSchema}'s order. */
  present: z.array(SignalSchema),
  /** Share of people's activities made by members with an affiliation (null without activities). */
  affiliatedActivityShare: z.number().min(0).max(1).nullable(),
  /** Bot members and their activities, which the counts above leave out. */
  botsLeftOut: z.object({ members: z.number().int().min(0), activities: z.number().int().min(0) }),
});

/** Which signals a community's data holds (see {@link dataCoverage}). */
export type DataCoverage = z.output<typeof DataCoverageSchema>;

/**
 * Running tallies for every signal at once: counts and date spans per
 * signal, and which members each signal concerns as one bit per signal per
 * member (members are numbered as first seen), so a record costs a few
 * array operations rather than a string hash per signal.
 */
class Tallies {
  private readonly index = new Map<string, number>();
  private seen = new Uint32Array(1024);
  readonly count = new Float64Array(SIGNAL_COUNT);
  readonly members = new Float64Array(SIGNAL_COUNT);
  readonly from = new Float64Array(SIGNAL_COUNT).fill(Number.POSITIVE_INFINITY);
  readonly to = new Float64Array(SIGNAL_COUNT).fill(Number.NEGATIVE_INFINITY);

  /** The number of `memberId` (numbered as first seen). */
  memberNumber(memberId: string): number {
    let i = this.index.get(memberId);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(memberId, i);
      if (i >= this.seen.length) {
        const grown = new Uint32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    return i;
  }

  /** Counts one record of `signal` (bit `1 << signal`) by member number `member` (-1: none) at time `t` (NaN: undated). */
  add(signal: number, member: number, t: number): void {
    this.count[signal] = (this.count[signal] as number) + 1;
    if (member >= 0) {
      const bit = 1 << signal;
      const seen = this.seen[member] as number;
      if ((seen & bit) === 0) {
        this.seen[member] = seen | bit;
        this.members[signal] = (this.members[signal] as number) + 1;
      }
    }
    if (t < (this.from[signal] as number)) this.from[signal] = t;
    if (t > (this.to[signal] as number)) this.to[signal] = t;
  }

  /** The coverage of `signal`. */
  result(signal: number): SignalCoverage {
    const from = this.from[signal] as number;
    const to = this.to[signal] as number;
    return {
      count: this.count[signal] as number,
      members: this.members[signal] as number,
      from: Number.isFinite(from) ? new Date(from) : null,
      to: Number.isFinite(to) ? new Date(to) : null,
    };
  }
}

/** The number of each signal, in {@link SignalSchema}'s order (at most 32, one bit each). */
const SIGNAL_NUMBER = Object.fromEntries(SignalSchema.options.map((s, i) => [s, i])) as Record<
  Signal,
  number
>;
const SIGNAL_COUNT = SignalSchema.options.length;

/** The signal an activity of each kind shows besides activity (answers, reviews…). */
const KIND_SIGNAL: ReadonlyMap<string, number> = new Map([
  ['answer', SIGNAL_NUMBER.answers],
  ['review', SIGNAL_NUMBER.reviews],
  ['reaction', SIGNAL_NUMBER.reactions],
  ['join', SIGNAL_NUMBER.joins],
  ['leave', SIGNAL_NUMBER.leaves],
]);

const STARTERS = new Set(['post', 'issue', 'pull-request']);

/**
 * Which kinds of evidence a community's data holds — activity, conversations
 * and replies, answers, reviews, reactions, joins and leaves, gatherings and
 * attendance, roles, skill assessments, affiliations, topics, text, interests,
 * mentoring wishes, stakeholders, bots — with counts, the members concerned
 * and the span of time each covers. Report sections and findings declare
 * the signals they need and say "not measured" where this finds none.
 *
 * People only: activities of bot members (`kind: 'bot'`) are left out of every
 * count and reported in `botsLeftOut`. A conversation is an activity of a
 * starter kind (post, issue, pull request) that replies to nothing; a reply is
 * an activity with `replyTo`, or a later activity in a thread someone else
 * started. Complexity O(n) in the records.
 *
 * @param community - a parsed community (see `parseCommunity`)
 * @returns the coverage of every signal
 * @throws {@link CommunityKitError} when given something that is not a parsed community
 *
 * @example
 * ```ts
 * const c = parseCommunity({
 *   name: 'x',
 *   members: [{ id: 'a', affiliation: 'Acme' }, { id: 'b' }],
 *   activities: [
 *     { id: '1', memberId: 'a', at: '2024-01-01', kind: 'post', thread: 't' },
 *     { id: '2', memberId: 'b', at: '2024-01-03', kind: 'reply', thread: 't', replyTo: '1' },
 *   ],
 * });
 * const coverage = dataCoverage(c);
 * coverage.signals.replies.count; // → 1
 * coverage.present; // → ['activity', 'conversations', 'replies', 'affiliations']
 * coverage.affiliatedActivityShare; // → 0.5
 * ```
 */
export function dataCoverage(community: Community): DataCoverage {
  requireParsedCommunity('dataCoverage', community);
  const S = SIGNAL_NUMBER;
  const tallies = new Tallies();
  const time = (d: Date | undefined | null): number => (d instanceof Date ? d.getTime() : Number.NaN);
  // Member numbers: bots are marked, affiliated people flagged.
  const isBot: boolean[] = [];
  const isAffiliated: boolean[] = [];
  let bots = 0;
  for (const m of community.members) {
    const i = tallies.memberNumber(m.id);
    if (m.kind === 'bot') {
      if (isBot[i] !== true) bots++;
      isBot[i] = true;
      tallies.add(S.bots, i, Number.NaN);
      continue;
    }
    if (m.affiliation !== undefined) isAffiliated[i] = true;
    if (m.joinedAt instanceof Date) tallies.add(S.joins, i, m.joinedAt.getTime());
    if (m.leftAt instanceof Date) tallies.add(S.leaves, i, m.leftAt.getTime());
    if (m.interests.length > 0 || m.expertise.length > 0) tallies.add(S.interests, i, Number.NaN);
    if (m.willing.mentor || m.willing.beMentored) tallies.add(S.mentoringWishes, i, Number.NaN);
  }
  // Each activity's member number, and who started each thread (the earliest
  // activity in it), to tell replies from the starter's own follow-ups.
  const activities = community.activities;
  const memberOf = new Int32Array(activities.length);
  const slotOf = new Int32Array(activities.length).fill(-1);
  const threadSlot = new Map<string, number>();
  const starterAt: number[] = [];
  const starterMember: number[] = [];
  for (let k = 0; k < activities.length; k++) {
    const a = activities[k] as Activity;
    const i = tallies.memberNumber(a.memberId);
    memberOf[k] = i;
    if (isBot[i] === true || a.thread === undefined) continue;
    const t = a.at.getTime();
    const slot = threadSlot.get(a.thread);
    if (slot === undefined) {
      slotOf[k] = starterAt.length;
      threadSlot.set(a.thread, starterAt.length);
      starterAt.push(t);
      starterMember.push(i);
      continue;
    }
    slotOf[k] = slot;
    if (t < (starterAt[slot] as number)) {
      starterAt[slot] = t;
      starterMember[slot] = i;
    }
  }
  let botActivities = 0;
  let people = 0;
  let byAffiliated = 0;
  for (let k = 0; k < activities.length; k++) {
    const a = activities[k] as Activity;
    const i = memberOf[k] as number;
    if (isBot[i] === true) {
      botActivities++;
      continue;
    }
    people++;
    const t = a.at.getTime();
    if (isAffiliated[i] === true) {
      byAffiliated++;
      tallies.add(S.affiliations, i, t);
    }
    tallies.add(S.activity, i, t);
    const slot = slotOf[k] as number;
    const isReply =
      a.replyTo !== undefined || (slot >= 0 && starterMember[slot] !== i && t > (starterAt[slot] as number));
    if (isReply) tallies.add(S.replies, i, t);
    else if (STARTERS.has(a.kind)) tallies.add(S.conversations, i, t);
    const byKind = KIND_SIGNAL.get(a.kind);
    if (byKind !== undefined) tallies.add(byKind, i, t);
    if (a.topics.length > 0) tallies.add(S.topics, i, t);
    if (a.text !== undefined && a.text.length > 0) tallies.add(S.text, i, t);
  }
  for (const g of community.gatherings) {
    const start = time(g.start);
    tallies.add(S.gatherings, -1, start);
    for (const id of g.attended) {
      const i = tallies.memberNumber(id);
      if (isBot[i] !== true) tallies.add(S.attendance, i, start);
    }
  }
  for (const r of community.roleAssignments)
    tallies.add(S.roles, tallies.memberNumber(r.memberId), time(r.from));
  for (const s of community.skillAssessments)
    tallies.add(S.skillAssessments, tallies.memberNumber(s.memberId), time(s.assessedAt));
  for (const _ of community.stakeholders) tallies.add(S.stakeholders, -1, Number.NaN);

  const signals = Object.fromEntries(SignalSchema.options.map((s, i) => [s, tallies.result(i)])) as Record<
    Signal,
    SignalCoverage
  >;
  return {
    signals,
    present: SignalSchema.options.filter((s) => s !== 'bots' && signals[s].count > 0),
    affiliatedActivityShare: people === 0 ? null : byAffiliated / people,
    botsLeftOut: { members: bots, activities: botActivities },
  };
}

/**
 * The signals among `needs` that the data lacks, in the order given — empty
 * when everything needed is there.
 *
 * @param coverage - from {@link dataCoverage}
 * @param needs - the signals a section or finding needs
 * @returns the missing ones
 *
 * @example
 * ```ts
 * const coverage = dataCoverage(parseCommunity({ name: 'x', members: [{ id: 'a' }] }));
 * missingSignals(coverage, ['activity', 'replies']); // → ['activity', 'replies']
 * ```
 */
export function missingSignals(coverage: DataCoverage, needs: readonly Signal[]): Signal[] {
  if (typeof (coverage as { signals?: unknown } | null)?.signals !== 'object')
    fail('missingSignals', [
      { path: 'coverage', message: 'expected the result of dataCoverage', code: 'invalid-input' },
    ]);
  parseWith('missingSignals', SignalListSchema, needs, 'needs');
  return needs.filter((s) => coverage.signals[s].count === 0);
}

/** What notMeasured names: one thing or several. */
const WhatSchema = z.union([z.string(), z.array(z.string())]);

/**
 * The sentence a report gives in place of a result the data cannot support:
 * what was not measured, what it needs, and what to import or record.
 *
 * @param what - what was not measured, e.g. `Time to first response`, or several things
 * @param missing - the signals it lacks (from {@link missingSignals})
 * @returns one sentence
 *
 * @example
 * ```ts
 * notMeasured('Time to first response', ['replies']);
 * // → 'Not measured: Time to first response needs replies within conversations (import a GitHub, forum, chat or mailing-list export).'
 * notMeasured(['gatherings', 'attendance'], ['gatherings']);
 * // → 'Not measured: gatherings and attendance need gatherings such as calls, workshops and meetups (import event attendance: a Zoom, Meetup, Luma or Eventbrite CSV).'
 * ```
 */
export function notMeasured(what: string | readonly string[], missing: readonly Signal[]): string {
  parseWith('notMeasured', WhatSchema, what, 'what');
  parseWith('notMeasured', SignalListSchema, missing, 'missing');
  const list = typeof what === 'string' ? [what] : what;
  const subject =
    list.length <= 1 ? (list[0] ?? 'this') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  const needs = missing.map((s) => SIGNALS[s].is).join(' and ');
  const toGet = [...new Set(missing.map((s) => SIGNALS[s].toGet))].join('; ');
  return `Not measured: ${subject} ${list.length > 1 ? 'need' : 'needs'} ${needs} (${toGet}).`;
}
