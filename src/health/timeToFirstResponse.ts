import { z } from 'zod';
import { type ActivityKind, ActivityKindSchema } from '../model/activityKinds.js';
import { DateInputSchema } from '../model/dateInput.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import type { ActivityLog, ActivityLogSource } from './activityLog.js';
import { accumulator, kindMask, quantileSorted, type State } from './internal/accumulate.js';
import { periodIndex, periodRef } from './internal/calendar.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Options of {@link timeToFirstResponse}. */
export const TimeToFirstResponseOptionsSchema = z.object({
  /** Threads started before this instant are not reported (default: no limit). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: later activities are ignored; "unanswered after N days" is measured at it (default: the latest activity seen). */
  asOf: DateInputSchema.optional(),
  /** Kinds that start a thread when they reply to nothing. */
  starterKinds: z.array(ActivityKindSchema).min(1).default(['post', 'issue', 'pull-request']),
  /** Kinds that count as a response (default: all but join, leave and reaction). */
  responseKinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default(DEFAULT_ACTIVE_KINDS.filter((k) => k !== 'reaction')),
  /** A thread counts as unanswered after this many days without a response. */
  unansweredAfterDays: z.number().positive().default(7),
  /** Member ids of the core team (for "who responds"). */
  coreMemberIds: z.array(z.string()).default([]),
  /** When set, also report per calendar period of the thread start. */
  unit: PeriodUnitSchema.optional(),
});
/** Options of {@link timeToFirstResponse} (input). */
export type TimeToFirstResponseOptions = z.input<typeof TimeToFirstResponseOptionsSchema>;
/** Defaults of {@link TimeToFirstResponseOptions}. */
export const TIME_TO_FIRST_RESPONSE_DEFAULTS: z.output<typeof TimeToFirstResponseOptionsSchema> =
  TimeToFirstResponseOptionsSchema.parse({});

/** One thread of {@link timeToFirstResponse}. */
export const FirstResponseItemSchema = z.object({
  /** The activity that started the thread. */
  activityId: z.string(),
  memberId: z.string(),
  at: z.string(),
  /** The first response (null when unanswered). */
  responseId: z.string().nullable(),
  responderId: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** Hours from start to first response (null when unanswered). */
  hours: z.number().nullable(),
  /** Channel of the starting activity (null when absent). */
  channel: z.string().nullable(),
  /** The asker's next activity in the thread after the first response (null when none or unanswered). */
  followUpId: z.string().nullable(),
  /** Hours from the first response to that follow-up (null when none). */
  followUpHours: z.number().nullable(),
});

const SummarySchema = z.object({
  /** Threads started in the window. */
  threads: z.number().int(),
  /** Threads with a response (before `asOf`). */
  answered: z.number().int(),
  /** Threads without a response. */
  unanswered: z.number().int(),
  /** answered / threads (null without threads). */
  responseRate: z.number().nullable(),
  /** Median hours to first response over answered threads (null when none). */
  medianHours: z.number().nullable(),
  /** 90th percentile of hours to first response over answered threads (type 7, null when none). */
  p90Hours: z.number().nullable(),
  /** Answered threads in which the asker acted again after the first response. */
  followedUp: z.number().int(),
  /** Median hours from first response to the asker's follow-up (type 7, null when none). */
  medianFollowUpHours: z.number().nullable(),
});

/** One period of {@link timeToFirstResponse} (by the start of the thread). */
export const FirstResponsePeriodSchema = SummarySchema.extend({
  key: z.string(),
  start: z.string(),
  end: z.string(),
});

/** Result of {@link timeToFirstResponse}. */
export const TimeToFirstResponseResultSchema = SummarySchema.extend({
  /** Quantile method of median and p90. */
  quantileMethod: z.literal('type 7 (linear interpolation, numpy/pandas default)'),
  /** The instant "unanswered after N days" is measured at (null when there is no activity). */
  asOf: z.string().nullable(),
  unansweredAfterDays: z.number(),
  /** Threads at least N days old at `asOf` (the denominator). */
  oldEnough: z.number().int(),
  /** Of those, threads without a response within N days. */
  unansweredAfterN: z.number().int(),
  /** unansweredAfterN / oldEnough (null when no thread is old enough). */
  shareUnansweredAfterN: z.number().nullable(),
  /** First responses given by `coreMemberIds`, by others, and the core's share. */
  responders: z.object({
    core: z.number().int(),
    others: z.number().int(),
    coreShare: z.number().nullable(),
    /** First responses per responder, most first, ties by id (dependence on a few people). */
    byMember: z.array(z.object({ id: z.string(), count: z.number().int() })),
  }),
  /** Per channel of the starting activity, by channel name (threads without a channel are not listed). */
  channels: z.array(SummarySchema.extend({ channel: z.string() })),
  /** Per period of the thread start (empty unless `unit` is given). */
  periods: z.array(FirstResponsePeriodSchema),
  /** Every thread, oldest first (ties by id). */
  items: z.array(FirstResponseItemSchema),
});
/** Result of {@link timeToFirstResponse}. */
export type TimeToFirstResponseResult = z.output<typeof TimeToFirstResponseResultSchema>;

interface Node {
  m: string;
  t: number;
  k: ActivityKind;
  parent: string | undefined;
  thread: string | undefined;
  ch: string | undefined;
}

class ResponseState implements State<ResponseState> {
  readonly nodes = new Map<string, Node>();
  /** Threads with an activity before `from` (none of their activities can start a reported thread). */
  readonly earlyThreads = new Set<string>();
  last = Number.NEGATIVE_INFINITY;
  private mask: Uint8Array | null = null;
  constructor(
    readonly kinds: readonly ActivityKind[],
    readonly to: number,
    readonly from: number,
  ) {}

  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    const mask = this.mask;
    for (let r = start; r < end; r++) {
      const t = log.time[r] as number;
      if (t >= this.to) break;
      if (t > this.last) this.last = t;
      const k = log.kind[r] as number;
      if (mask[k] === 0) continue;
      const th = log.thread[r] as number;
      if (t < this.from) {
        // Not stored: a reply to it, or a later activity in its thread, cannot belong to a reported thread.
        if (th >= 0) this.earlyThreads.add(log.threads[th] as string);
        continue;
      }
      const p = log.replyTo[r] as number;
      this.nodes.set(log.activityIds[r] as string, {
        m: log.memberIds[log.member[r] as number] as string,
        t,
        k: log.kinds[k] as ActivityKind,
        parent: p >= 0 ? log.activityIds[p] : p === -2 ? log.danglingReplyTo.get(r) : undefined,
        thread: th >= 0 ? log.threads[th] : undefined,
        ch: (log.channel[r] as number) >= 0 ? log.channels[log.channel[r] as number] : undefined,
      });
    }
  }

  merge(other: ResponseState): void {
    for (const [id, n] of other.nodes) this.nodes.set(id, n);
    for (const th of other.earlyThreads) this.earlyThreads.add(th);
    if (other.last > this.last) this.last = other.last;
  }
}

const before = (a: [string, Node], b: [string, Node]): boolean =>
  a[1].t < b[1].t || (a[1].t === b[1].t && a[0] < b[0]);

function summary(
  items: readonly { hours: number | null; followUpHours: number | null }[],
): z.output<typeof SummarySchema> {
  const follow = items
    .map((i) => i.followUpHours)
    .filter((h): h is number => h !== null)
    .sort((a, b) => a - b);
  const hours = items
    .map((i) => i.hours)
    .filter((h): h is number => h !== null)
    .sort((a, b) => a - b);
  return {
    threads: items.length,
    answered: hours.length,
    unanswered: items.length - hours.length,
    responseRate: items.length === 0 ? null : hours.length / items.length,
    medianHours: quantileSorted(hours, 0.5),
    p90Hours: quantileSorted(hours, 0.9),
    followedUp: follow.length,
    medianFollowUpHours: quantileSorted(follow, 0.5),
  };
}

/**
 * The streaming form of {@link timeToFirstResponse} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link timeToFirstResponse}
 * @returns an accumulator whose result is the {@link TimeToFirstResponseResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = timeToFirstResponseAccumulator({ asOf: '2024-07-01' });
 * acc.add(activityLog(community));
 * acc.result().medianHours; // → 6.5
 * ```
 */
export function timeToFirstResponseAccumulator(
  options: TimeToFirstResponseOptions = {},
): MetricAccumulator<TimeToFirstResponseResult> {
  const o = parseWith('timeToFirstResponse', TimeToFirstResponseOptionsSchema, options, 'options');
  const kinds = [...new Set([...o.starterKinds, ...o.responseKinds])];
  const from = ms(o.from) ?? Number.NEGATIVE_INFINITY;
  const to = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  const starterKinds = new Set<string>(o.starterKinds);
  const responseKinds = new Set<string>(o.responseKinds);
  const core = new Set(o.coreMemberIds);
  return accumulator(['timeToFirstResponse', o], new ResponseState(kinds, to, from), (s) => {
    const nodes = [...s.nodes].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const firstOfThread = new Map<string, string>();
    for (const th of s.earlyThreads) firstOfThread.set(th, '');
    for (const [id, n] of nodes)
      if (n.thread !== undefined && !firstOfThread.has(n.thread)) firstOfThread.set(n.thread, id);
    const rootCache = new Map<string, string>();
    const rootOf = (id: string): string => {
      const path: string[] = [];
      let cur = id;
      while (true) {
        const cached = rootCache.get(cur);
        if (cached !== undefined) {
          cur = cached;
          break;
        }
        path.push(cur);
        const parent = s.nodes.get(cur)?.parent;
        if (parent === undefined || !s.nodes.has(parent) || path.length > s.nodes.size) break;
        cur = parent;
      }
      for (const p of path) rootCache.set(p, cur);
      return cur;
    };
    const isStarter = (id: string, n: Node): boolean =>
      starterKinds.has(n.k) &&
      n.parent === undefined &&
      n.t >= from &&
      (n.thread === undefined || firstOfThread.get(n.thread) === id);
    const first = new Map<string, [string, Node]>();
    const consider = (starterId: string, cand: [string, Node]): void => {
      const st = s.nodes.get(starterId);
      if (st === undefined || !isStarter(starterId, st)) return;
      if (cand[0] === starterId || cand[1].m === st.m || cand[1].t < st.t || !responseKinds.has(cand[1].k))
        return;
      const prev = first.get(starterId);
      if (prev === undefined || before(cand, prev)) first.set(starterId, cand);
    };
    for (const entry of nodes) {
      const [id, n] = entry;
      if (n.parent !== undefined) consider(rootOf(id), entry);
      if (n.thread !== undefined) consider(firstOfThread.get(n.thread) as string, entry);
    }
    // Follow-up: the asker's first activity of a response kind in the thread after the first response.
    const follow = new Map<string, [string, Node]>();
    const considerFollow = (starterId: string, cand: [string, Node]): void => {
      const f = first.get(starterId);
      const st = s.nodes.get(starterId);
      if (f === undefined || st === undefined || cand[1].m !== st.m || !responseKinds.has(cand[1].k)) return;
      if (!before(f, cand)) return;
      const prev = follow.get(starterId);
      if (prev === undefined || before(cand, prev)) follow.set(starterId, cand);
    };
    for (const entry of nodes) {
      const [id, n] = entry;
      if (n.parent !== undefined) considerFollow(rootOf(id), entry);
      if (n.thread !== undefined) considerFollow(firstOfThread.get(n.thread) as string, entry);
    }
    const items: TimeToFirstResponseResult['items'] = [];
    const starts: number[] = [];
    for (const [id, n] of nodes) {
      if (!isStarter(id, n)) continue;
      const f = first.get(id);
      const fu = follow.get(id);
      starts.push(n.t);
      items.push({
        activityId: id,
        memberId: n.m,
        at: new Date(n.t).toISOString(),
        responseId: f?.[0] ?? null,
        responderId: f?.[1].m ?? null,
        respondedAt: f === undefined ? null : new Date(f[1].t).toISOString(),
        hours: f === undefined ? null : (f[1].t - n.t) / HOUR,
        channel: n.ch ?? null,
        followUpId: fu?.[0] ?? null,
        followUpHours: fu === undefined || f === undefined ? null : (fu[1].t - f[1].t) / HOUR,
      });
    }
    const ref = Number.isFinite(to) ? to : s.last;
    const limit = o.unansweredAfterDays * DAY;
    let oldEnough = 0;
    let late = 0;
    let coreCount = 0;
    const byMember = new Map<string, number>();
    items.forEach((it, i) => {
      if (it.responderId !== null) {
        if (core.has(it.responderId)) coreCount++;
        byMember.set(it.responderId, (byMember.get(it.responderId) ?? 0) + 1);
      }
      if ((starts[i] as number) + limit <= ref) {
        oldEnough++;
        if (it.hours === null || it.hours * HOUR > limit) late++;
      }
    });
    const answered = items.length - items.filter((i) => i.hours === null).length;
    const periods: TimeToFirstResponseResult['periods'] = [];
    if (o.unit !== undefined && items.length > 0) {
      const unit = o.unit;
      const idx = starts.map((t) => periodIndex(t, unit));
      const lo = idx[0] as number;
      const hi = idx[idx.length - 1] as number;
      for (let p = lo; p <= hi; p++)
        periods.push({ ...periodRef(p, unit), ...summary(items.filter((_, i) => idx[i] === p)) });
    }
    const channelNames = [
      ...new Set(items.map((i) => i.channel).filter((c): c is string => c !== null)),
    ].sort();
    const channels = channelNames.map((channel) => ({
      channel,
      ...summary(items.filter((i) => i.channel === channel)),
    }));
    return {
      ...summary(items),
      channels,
      quantileMethod: 'type 7 (linear interpolation, numpy/pandas default)' as const,
      asOf: Number.isFinite(ref) ? new Date(ref).toISOString() : null,
      unansweredAfterDays: o.unansweredAfterDays,
      oldEnough,
      unansweredAfterN: late,
      shareUnansweredAfterN: oldEnough === 0 ? null : late / oldEnough,
      responders: {
        core: coreCount,
        others: answered - coreCount,
        coreShare: answered === 0 ? null : coreCount / answered,
        byMember: [...byMember]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .map(([id, count]) => ({ id, count })),
      },
      periods,
      items,
    };
  });
}

/**
 * Time to first response on threads and questions: for every thread started
 * in the window (an activity of a starter kind — post, issue, pull request —
 * that replies to nothing and, when it has a thread id, is the thread's first
 * activity), the time until the first response by another member, where a
 * response is an activity of a response kind in its reply chain (`replyTo`,
 * followed to the root) or in the same thread. Reports the median and p90
 * (type 7 linear interpolation, as numpy/pandas by default; unanswered
 * threads are never dropped silently: they are counted and give the response
 * rate), the share of threads at least N days old at `asOf` still unanswered
 * after N days, and who gives first responses (core team vs others, and per
 * responder). A zero-second response counts as answered. Also per channel
 * of the starting activity, and the **follow-up time**: hours from the first
 * response to the asker's next activity (of a response kind) in the same
 * reply chain or thread — how quickly the conversation continues; threads
 * where the asker never came back have no follow-up (counted by
 * `answered − followedUp`).
 *
 * Definition: CHAOSS Time to First Response (https://chaoss.community/?p=3448:
 * time of the first response − time the activity was created) and Issue
 * Response Time (https://chaoss.community/?p=3631: response by someone other
 * than the author); median/p90 as GitHub issue-metrics reports them; follow-up time is our
 * complement to them, in the spirit of CHAOSS Time to Close (the asker's
 * part of the exchange; CHAOSS has no metric for it).
 * Complexity: O(n log n) for n stored activities of the counted kinds.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, asOf, starterKinds, responseKinds, unansweredAfterDays (7), coreMemberIds, unit
 * @returns the summary, the per-period summaries and every thread with its first response
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // a post at 09:00 answered by another member at 15:00, another never answered
 * const r = timeToFirstResponse(activities, { asOf: '2024-03-01' });
 * r.medianHours; // → 6
 * r.responseRate; // → 0.5
 * ```
 */
export function timeToFirstResponse(
  source: ActivityLogSource,
  options: TimeToFirstResponseOptions = {},
): TimeToFirstResponseResult {
  return runOn(source, timeToFirstResponseAccumulator(options));
}
