import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { ActivityLogSource } from './activityLog.js';
import { accumulator } from './internal/accumulate.js';
import { periodRef } from './internal/calendar.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link activeMembers}. */
export const ActiveMembersOptionsSchema = z.object(periodOptionsShape);
/** Options of {@link activeMembers} (input). */
export type ActiveMembersOptions = z.input<typeof ActiveMembersOptionsSchema>;
/** Defaults of {@link ActiveMembersOptions}. */
export const ACTIVE_MEMBERS_DEFAULTS: z.output<typeof ActiveMembersOptionsSchema> =
  ActiveMembersOptionsSchema.parse({});

/** One period of {@link activeMembers}. */
export const ActiveMembersPeriodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  /** Members with at least `minCount` counted activities in the period. */
  active: z.number().int(),
  /** Counted activities in the period. */
  activities: z.number().int(),
  /** Relative change of `active` from the previous period (null for the first period or after a zero). */
  growth: z.number().nullable(),
});
/** Result of {@link activeMembers}. */
export const ActiveMembersResultSchema = z.object({
  unit: z.string(),
  minCount: z.number().int(),
  kinds: z.array(z.string()),
  periods: z.array(ActiveMembersPeriodSchema),
});
/** Result of {@link activeMembers}. */
export type ActiveMembersResult = z.output<typeof ActiveMembersResultSchema>;

/**
 * The streaming form of {@link activeMembers} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link activeMembers}
 * @returns an accumulator whose result is the {@link ActiveMembersResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = activeMembersAccumulator({ unit: 'week' });
 * acc.add(activityLog(community));
 * acc.result().periods.length; // → 52
 * ```
 */
export function activeMembersAccumulator(
  options: ActiveMembersOptions = {},
): MetricAccumulator<ActiveMembersResult> {
  const o = parseWith('activeMembers', ActiveMembersOptionsSchema, options, 'options');
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  return accumulator(['activeMembers', o], state, (s) => {
    const periods: ActiveMembersResult['periods'] = [];
    const range = s.range(ms(o.from), undefined);
    if (range !== null) {
      let prev = Number.NaN;
      for (let p = range[0]; p <= range[1]; p++) {
        const active = s.active(p, o.minCount).length;
        periods.push({
          ...periodRef(p, o.unit),
          active,
          activities: s.activities(p),
          growth: Number.isNaN(prev) || prev === 0 ? null : (active - prev) / prev,
        });
        prev = active;
      }
    }
    return { unit: o.unit, minCount: o.minCount, kinds: [...o.kinds], periods };
  });
}

/**
 * Active members per calendar period: the number of distinct members with at
 * least `minCount` activities of the counted kinds in each period, with the
 * activity count and the period-over-period growth rate. Periods with no
 * activity are listed with zeros.
 *
 * Definition: CHAOSS "Contributors" (https://chaoss.community/?p=3467) —
 * distinct contributors in a period, filtered by kind of engagement.
 * Complexity: O(n) over the log plus O(a log a) per period with a active members.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - unit, from, asOf (activities at or after it are ignored), kinds, minCount
 * @returns the periods, oldest first (empty when there is no activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * activeMembers(community, { unit: 'month', asOf: '2024-04-01' }).periods.map((p) => p.active);
 * // → [12, 0, 15]
 * ```
 */
export function activeMembers(
  source: ActivityLogSource,
  options: ActiveMembersOptions = {},
): ActiveMembersResult {
  return runOn(source, activeMembersAccumulator(options));
}
