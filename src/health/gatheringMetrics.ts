import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import { type ActivityLog, activityLog, isActivityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { fail, parseWith } from '../model/validate.js';
import { gatheringStats } from './internal/gatheringStats.js';
import { DEFAULT_ACTIVE_KINDS } from './internal/options.js';

/** Options of {@link gatheringMetrics}. */
export const GatheringMetricsOptionsSchema = z.strictObject({
  /** Only gatherings starting at or after this instant (default: all). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: gatherings starting at or after it and later activities are ignored. */
  asOf: DateInputSchema.optional(),
  /** Days after a gathering's start in which an attendee's activity counts as "active after". */
  followUpDays: z
    .number()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(30),
  /** Activity kinds that count as "active after" (default: all but join, leave and the gathering records attend, host and present). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default(DEFAULT_ACTIVE_KINDS.filter((k) => k !== 'attend' && k !== 'host' && k !== 'present')),
});
/** Options of {@link gatheringMetrics} (input). */
export type GatheringMetricsOptions = z.input<typeof GatheringMetricsOptionsSchema>;
/** Defaults of {@link GatheringMetricsOptions}. */
export const GATHERING_METRICS_DEFAULTS: z.output<typeof GatheringMetricsOptionsSchema> =
  GatheringMetricsOptionsSchema.parse({});

/** One gathering of {@link gatheringMetrics}. */
export const GatheringStatsSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  start: z.string(),
  /** Distinct members registered. */
  registered: z.number().int(),
  /** Distinct members who attended. */
  attended: z.number().int(),
  /** Registered members who attended. */
  registeredAndAttended: z.number().int(),
  /** Attendees who had not registered. */
  walkIns: z.number().int(),
  /** registeredAndAttended / registered (null when nobody registered). */
  showUpRate: z.number().nullable(),
  /** Attendees who had attended an earlier gathering. */
  repeatAttendees: z.number().int(),
  /** Attendees at their first gathering (in the data). */
  newcomers: z.number().int(),
  /** Attendees with a counted activity in [start, start + followUpDays). */
  activeAfter: z.number().int(),
  /** activeAfter / attended (null without attendees). */
  activeAfterShare: z.number().nullable(),
});

/** Result of {@link gatheringMetrics}. */
export const GatheringMetricsResultSchema = z.object({
  /** Gatherings reported. */
  gatherings: z.number().int(),
  /** Sum of attendance over the gatherings. */
  attendance: z.number().int(),
  /** Distinct attendees over the gatherings. */
  uniqueAttendees: z.number().int(),
  /** attendance / gatherings (null without gatherings). */
  meanAttendance: z.number().nullable(),
  /** Σ registeredAndAttended / Σ registered over the gatherings with registrations (null when nobody registered). */
  showUpRate: z.number().nullable(),
  /** Distinct attendees who attended at least two gatherings, and their share of unique attendees. */
  repeatAttendees: z.number().int(),
  repeatShare: z.number().nullable(),
  /** Σ newcomers: members whose first gathering is one of these. */
  newcomers: z.number().int(),
  /** Σ activeAfter / attendance (null without attendance). */
  activeAfterShare: z.number().nullable(),
  followUpDays: z.number(),
  /** Every gathering, oldest first (ties by id). */
  items: z.array(GatheringStatsSchema),
});
/** Result of {@link gatheringMetrics}. */
export type GatheringMetricsResult = z.output<typeof GatheringMetricsResultSchema>;

/**
 * Gathering metrics: for each call, workshop or meetup, the attendance, the
 * show-up rate (registered members who attended ÷ registered; walk-ins are
 * counted apart), repeat attendees (attended an earlier gathering) and
 * newcomers (first gathering attended), and the share of attendees active in
 * the community in the `followUpDays` (30) days from the gathering's start
 * (attending, hosting or presenting at a gathering does not count: the
 * gathering's own records would make every attendee "active") —
 * plus the totals over all gatherings. Gatherings before `from` still count
 * as "earlier" for repeat attendance and newcomers, so those do not depend on
 * the window. Edge cases: no gatherings → zeros and nulls; nobody registered
 * → showUpRate null (not 0); no attendees → activeAfterShare null.
 *
 * Source: CHAOSS Event metrics — Attendee Demographics / Event Diversity and
 * the Event Participation metrics in the CHAOSS Event working group
 * (https://chaoss.community/kb/metrics-model-community-welcomingness/),
 * show-up rate as event platforms report it (attended ÷ registered).
 * Gatherings are not activity rows, so this is a direct function, not a
 * {@link MetricAccumulator}. Complexity: O(n + A log n) for n activities and
 * A attendances.
 *
 * @param community - a parsed community (its gatherings and activities)
 * @param options - from, asOf, followUpDays (30), kinds
 * @returns totals and one entry per gathering
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * // 4 registered, 3 of them came plus 1 walk-in; 2 of the 4 attendees posted within 30 days
 * const community = parseCommunity({
 *   name: 'One call',
 *   members: ['ana', 'bo', 'cy', 'di', 'ed'].map((id) => ({ id })),
 *   gatherings: [{ id: 'g-1', title: 'Community call', kind: 'community-call', start: '2026-01-10',
 *     registered: ['ana', 'bo', 'cy', 'di'], attended: ['ana', 'bo', 'cy', 'ed'] }],
 *   activities: [
 *     { id: 'p1', memberId: 'ana', at: '2026-01-12', kind: 'post' },
 *     { id: 'p2', memberId: 'ed', at: '2026-01-20', kind: 'post' },
 *   ],
 * });
 * const g = gatheringMetrics(community).items[0];
 * g?.showUpRate; // → 0.75
 * g?.walkIns; // → 1
 * g?.activeAfterShare; // → 0.5
 * ```
 */
export function gatheringMetrics(
  community: Community,
  options: GatheringMetricsOptions = {},
): GatheringMetricsResult {
  requireParsedCommunity('gatheringMetrics', community);
  return gatheringMetricsOn(community, activityLog(community), options);
}

/**
 * {@link gatheringMetrics} with the community's activity log already built
 * (saves rebuilding it when several metrics read the same community).
 *
 * @param community - a parsed community (its gatherings)
 * @param log - `activityLog(community)`
 * @param options - as for {@link gatheringMetrics}
 * @returns as {@link gatheringMetrics}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const log = activityLog(community);
 * gatheringMetricsOn(community, log).gatherings; // → 50
 * ```
 */
export function gatheringMetricsOn(
  community: Community,
  log: ActivityLog,
  options: GatheringMetricsOptions = {},
): GatheringMetricsResult {
  requireParsedCommunity('gatheringMetrics', community);
  if (!isActivityLog(log))
    fail('gatheringMetrics', [
      { path: 'log', message: 'expected an activity log (activityLog(community))', code: 'invalid-input' },
    ]);
  const o = parseWith('gatheringMetrics', GatheringMetricsOptionsSchema, options, 'options');
  return gatheringStats(community, log, o);
}
