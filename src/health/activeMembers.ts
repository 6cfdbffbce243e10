import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import type { PeriodUnit } from '../model/periods.js';
import { fail, parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { periodRef } from './internal/calendar.js';
import { estimate, relativeStandardError } from './internal/hyperLogLog.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import { countedPeriods } from './internal/sharedCounts.js';
import { SketchPeriods } from './internal/sketchPeriods.js';
import { isMemberPeriodCounts, type MemberPeriodCounts } from './memberPeriodCounts.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link activeMembers}. */
export const ActiveMembersOptionsSchema = z
  .strictObject({
    ...periodOptionsShape,
    /**
     * Count distinct members with a HyperLogLog sketch of 2^precision
     * one-byte registers per period instead of exactly (relative standard
     * error ≈ 1.04/√(2^precision): 0.81% at 14). For logs whose members per
     * period would not fit in memory, or to merge compact parts from many
     * machines. Only with minCount 1 (a sketch does not count per member).
     */
    sketch: z.strictObject({ precision: z.number().int().min(4).max(18).default(14) }).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.sketch !== undefined && o.minCount > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['sketch'],
        message: 'a sketch counts distinct members only: use minCount 1 with it, or count exactly',
      });
  });
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
  /** When `active` is a HyperLogLog estimate (rounded): its precision and relative standard error; null when exact. */
  sketch: z.object({ precision: z.number().int(), relativeStandardError: z.number() }).nullable(),
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
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().periods.length; // → 105
 * ```
 */
export function activeMembersAccumulator(
  options: ActiveMembersOptions = {},
): MetricAccumulator<ActiveMembersResult> {
  const o = parseWith('activeMembers', ActiveMembersOptionsSchema, options, 'options');
  const asOf = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  if (o.sketch !== undefined) {
    const { precision } = o.sketch;
    return accumulator(['activeMembers', o], new SketchPeriods(o.unit, o.kinds, asOf, precision), (s) => ({
      unit: o.unit,
      minCount: o.minCount,
      kinds: [...o.kinds],
      periods: periodRows(s.range(ms(o.from)), o.unit, (p) => {
        const registers = s.registers.get(p);
        return [registers === undefined ? 0 : Math.round(estimate(registers)), s.activities.get(p) ?? 0];
      }),
      sketch: { precision, relativeStandardError: relativeStandardError(precision) },
    }));
  }
  return accumulator(['activeMembers', o], new MemberPeriods(o.unit, o.kinds, asOf), (s) =>
    exactResult(o, s),
  );
}

/** The exact result from the member counts (unit and kinds are the counts'). */
function exactResult(o: ActiveMembersOptionsParsed, s: MemberPeriods): ActiveMembersResult {
  return {
    unit: s.unit,
    minCount: o.minCount,
    kinds: [...s.kinds],
    periods: periodRows(s.range(ms(o.from)), s.unit, (p) => [
      s.active(p, o.minCount).length,
      s.activities(p),
    ]),
    sketch: null,
  };
}

type ActiveMembersOptionsParsed = z.output<typeof ActiveMembersOptionsSchema>;

/** One row per period of `range`, from [active, activities] of each, with the growth rate. */
function periodRows(
  range: [number, number] | null,
  unit: PeriodUnit,
  countsOf: (p: number) => [active: number, activities: number],
): ActiveMembersResult['periods'] {
  const periods: ActiveMembersResult['periods'] = [];
  if (range === null) return periods;
  let prev = Number.NaN;
  for (let p = range[0]; p <= range[1]; p++) {
    const [active, activities] = countsOf(p);
    periods.push({
      ...periodRef(p, unit),
      active,
      activities,
      growth: Number.isNaN(prev) || prev === 0 ? null : (active - prev) / prev,
    });
    prev = active;
  }
  return periods;
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
 * Given {@link MemberPeriodCounts} instead of a log, it reads them (the
 * counting options are theirs) and counts nothing again.
 *
 * @param source - a community, activities, an {@link ActivityLog}, or {@link MemberPeriodCounts}
 * @param options - unit, from, asOf (activities at or after it are ignored), kinds, minCount
 * @returns the periods, oldest first (empty when there is no activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * activeMembers(sampleCommunity(), { unit: 'month', asOf: '2024-04-01' }).periods.map((p) => p.active);
 * // → [17, 30, 35]
 * ```
 */
export function activeMembers(
  source: ActivityLogSource | MemberPeriodCounts,
  options: ActiveMembersOptions = {},
): ActiveMembersResult {
  if (!isMemberPeriodCounts(source)) return runOn(source, activeMembersAccumulator(options));
  const o = parseWith('activeMembers', ActiveMembersOptionsSchema, options, 'options');
  if (o.sketch !== undefined)
    fail('activeMembers', [
      {
        path: 'options.sketch',
        message:
          'member period counts are exact: pass the log to count with a sketch, or leave the sketch out',
        code: 'invalid-option',
      },
    ]);
  return exactResult(o, countedPeriods('activeMembers', source, options, o));
}
