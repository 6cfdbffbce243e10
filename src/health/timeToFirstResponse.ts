import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { ActivityLogSource } from '../model/activityLog.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { responseSummary } from './internal/responseSummary.js';
import { ResponseRows } from './internal/responseThreads.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link timeToFirstResponse}. */
export const TimeToFirstResponseOptionsSchema = z.strictObject({
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
  unansweredAfterDays: z
    .number()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(7),
  /** Member ids of the core team (for "who responds"). */
  coreMemberIds: z.array(z.string()).default([]),
  /** When set, also report per calendar period of the thread start. */
  unit: PeriodUnitSchema.optional(),
  /** List every thread in `items` (default); `false` leaves `items` empty and saves the time and memory of one object per thread on big logs. */
  items: z.boolean().default(true),
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
  /** Every thread, oldest first (ties by id); empty when the `items` option is false. */
  items: z.array(FirstResponseItemSchema),
});
/** Result of {@link timeToFirstResponse}. */
export type TimeToFirstResponseResult = z.output<typeof TimeToFirstResponseResultSchema>;

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
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().medianHours; // ≈ 5.9193
 * ```
 */
export function timeToFirstResponseAccumulator(
  options: TimeToFirstResponseOptions = {},
): MetricAccumulator<TimeToFirstResponseResult> {
  const o = parseWith('timeToFirstResponse', TimeToFirstResponseOptionsSchema, options, 'options');
  const kinds = [...new Set([...o.starterKinds, ...o.responseKinds])];
  const from = ms(o.from) ?? Number.NEGATIVE_INFINITY;
  const to = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  return accumulator(['timeToFirstResponse', o], new ResponseRows(kinds, from, to), (s) =>
    responseSummary(s, o),
  );
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
 * @param options - from, asOf, starterKinds, responseKinds, unansweredAfterDays (7), coreMemberIds, unit, items (true)
 * @returns the summary, the per-period summaries and every thread with its first response
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // a post at 09:00 answered by another member at 15:00, another never answered
 * const community = parseCommunity({
 *   name: 'Questions',
 *   members: [{ id: 'ana' }, { id: 'bo' }],
 *   activities: [
 *     { id: 'q1', memberId: 'ana', at: '2024-02-01T09:00:00Z', kind: 'post' },
 *     { id: 'r1', memberId: 'bo', at: '2024-02-01T15:00:00Z', kind: 'reply', replyTo: 'q1' },
 *     { id: 'q2', memberId: 'ana', at: '2024-02-02T09:00:00Z', kind: 'post' },
 *   ],
 * });
 * const r = timeToFirstResponse(community.activities, { asOf: '2024-03-01' });
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
