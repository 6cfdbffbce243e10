import { z } from 'zod';
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

/** A running tally for one signal. */
class Tally {
  count = 0;
  readonly memberIds = new Set<string>();
  from = Number.POSITIVE_INFINITY;
  to = Number.NEGATIVE_INFINITY;

  add(memberId: string | undefined, at: Date | undefined | null): void {
    this.count++;
    if (memberId !== undefined) this.memberIds.add(memberId);
    if (at instanceof Date) {
      const t = at.getTime();
      if (t < this.from) this.from = t;
      if (t > this.to) this.to = t;
    }
  }

  result(): SignalCoverage {
    return {
      count: this.count,
      members: this.memberIds.size,
      from: Number.isFinite(this.from) ? new Date(this.from) : null,
      to: Number.isFinite(this.to) ? new Date(this.to) : null,
    };
  }
}

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
  const tallies = Object.fromEntries(SignalSchema.options.map((s) => [s, new Tally()])) as Record<
    Signal,
    Tally
  >;
  const bots = new Set<string>();
  const affiliated = new Set<string>();
  for (const m of community.members) {
    if (m.kind === 'bot') {
      bots.add(m.id);
      tallies.bots.add(m.id, undefined);
      continue;
    }
    if (m.affiliation !== undefined) affiliated.add(m.id);
    if (m.joinedAt instanceof Date) tallies.joins.add(m.id, m.joinedAt);
    if (m.leftAt instanceof Date) tallies.leaves.add(m.id, m.leftAt);
    if (m.interests.length > 0 || m.expertise.length > 0) tallies.interests.add(m.id, undefined);
    if (m.willing.mentor || m.willing.beMentored) tallies.mentoringWishes.add(m.id, undefined);
  }
  // Who started each thread, to tell replies from the starter's own follow-ups.
  const threadStarter = new Map<string, { at: number; memberId: string }>();
  let botActivities = 0;
  let people = 0;
  let byAffiliated = 0;
  for (const a of community.activities) {
    if (bots.has(a.memberId) || a.thread === undefined) continue;
    const t = a.at.getTime();
    const s = threadStarter.get(a.thread);
    if (s === undefined || t < s.at) threadStarter.set(a.thread, { at: t, memberId: a.memberId });
  }
  for (const a of community.activities) {
    if (bots.has(a.memberId)) {
      botActivities++;
      continue;
    }
    people++;
    if (affiliated.has(a.memberId)) {
      byAffiliated++;
      tallies.affiliations.add(a.memberId, a.at);
    }
    tallies.activity.add(a.memberId, a.at);
    const starter = a.thread === undefined ? undefined : threadStarter.get(a.thread);
    const isReply =
      a.replyTo !== undefined ||
      (starter !== undefined && starter.memberId !== a.memberId && a.at.getTime() > starter.at);
    if (isReply) tallies.replies.add(a.memberId, a.at);
    else if (STARTERS.has(a.kind)) tallies.conversations.add(a.memberId, a.at);
    if (a.kind === 'answer') tallies.answers.add(a.memberId, a.at);
    if (a.kind === 'review') tallies.reviews.add(a.memberId, a.at);
    if (a.kind === 'reaction') tallies.reactions.add(a.memberId, a.at);
    if (a.kind === 'join') tallies.joins.add(a.memberId, a.at);
    if (a.kind === 'leave') tallies.leaves.add(a.memberId, a.at);
    if (a.topics.length > 0) tallies.topics.add(a.memberId, a.at);
    if (a.text !== undefined && a.text.length > 0) tallies.text.add(a.memberId, a.at);
  }
  for (const g of community.gatherings) {
    tallies.gatherings.add(undefined, g.start);
    for (const id of g.attended) if (!bots.has(id)) tallies.attendance.add(id, g.start);
  }
  for (const r of community.roleAssignments) tallies.roles.add(r.memberId, r.from);
  for (const s of community.skillAssessments) tallies.skillAssessments.add(s.memberId, s.assessedAt);
  for (const _ of community.stakeholders) tallies.stakeholders.add(undefined, undefined);

  const signals = Object.fromEntries(SignalSchema.options.map((s) => [s, tallies[s].result()])) as Record<
    Signal,
    SignalCoverage
  >;
  return {
    signals,
    present: SignalSchema.options.filter((s) => s !== 'bots' && signals[s].count > 0),
    affiliatedActivityShare: people === 0 ? null : byAffiliated / people,
    botsLeftOut: { members: bots.size, activities: botActivities },
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
