import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { periodRef } from './internal/calendar.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import { countedPeriods } from './internal/sharedCounts.js';
import { isMemberPeriodCounts, type MemberPeriodCounts } from './memberPeriodCounts.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link memberFlow}. */
export const MemberFlowOptionsSchema = z.strictObject(periodOptionsShape);
/** Options of {@link memberFlow} (input). */
export type MemberFlowOptions = z.input<typeof MemberFlowOptionsSchema>;

/** One period of {@link memberFlow}. */
export const MemberFlowPeriodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  /** Active in the period. */
  active: z.number().int(),
  /** New: first counted activity ever (over all history added) falls in the period. */
  new: z.number().int(),
  /** Returning: active now, not in the previous period, but active at some time before it. */
  returning: z.number().int(),
  /** Retained: active now and in the previous period. */
  retained: z.number().int(),
  /** Churned: active in the previous period but not in this one. */
  churned: z.number().int(),
  /** churned / active in the previous period (null when the previous period had nobody). */
  churnRate: z.number().nullable(),
  /** New member ids, sorted. */
  newMemberIds: z.array(z.string()),
});
/** Result of {@link memberFlow}. */
export const MemberFlowResultSchema = z.object({
  unit: z.string(),
  periods: z.array(MemberFlowPeriodSchema),
});
/** Result of {@link memberFlow}. */
export type MemberFlowResult = z.output<typeof MemberFlowResultSchema>;

/**
 * The streaming form of {@link memberFlow} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link memberFlow}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = memberFlowAccumulator({ unit: 'month' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().periods[0]?.new; // → 17
 * ```
 */
export function memberFlowAccumulator(options: MemberFlowOptions = {}): MetricAccumulator<MemberFlowResult> {
  const o = parseWith('memberFlow', MemberFlowOptionsSchema, options, 'options');
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  return accumulator(['memberFlow', o], state, (s) => flowOf(o, s));
}

/** The flow per period from the member counts (the unit is the counts'). */
function flowOf(o: z.output<typeof MemberFlowOptionsSchema>, s: MemberPeriods): MemberFlowResult {
  const periods: MemberFlowResult['periods'] = [];
  const range = s.range(ms(o.from));
  if (range === null) return { unit: s.unit, periods };
  for (let p = range[0]; p <= range[1]; p++)
    periods.push({ ...periodRef(p, s.unit), ...s.flow(p, o.minCount) });
  return { unit: s.unit, periods };
}

/**
 * New, returning, retained and churned members per calendar period — the
 * flow of people through the community. "New" is computed over all history
 * given, not just the reported range.
 *
 * Definitions: CHAOSS "New Contributors" (https://chaoss.community/?p=3613);
 * retained/churned are the period-over-period retention used by LFX Insights
 * (|active(t) ∩ active(t−1)| / |active(t−1)|); churn rate = 1 − that.
 * Complexity: O(n) over the log plus O(a) per period.
 *
 * Given {@link MemberPeriodCounts} instead of a log, it reads them (the
 * counting options are theirs) and counts nothing again.
 *
 * @param source - a community, activities, an {@link ActivityLog}, or {@link MemberPeriodCounts}
 * @param options - unit, from, asOf, kinds, minCount
 * @returns per-period counts (zeros for periods without activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * memberFlow(sampleCommunity(), { unit: 'month' }).periods[1];
 * // ≈ { key: '2024-02', active: 30, new: 14, returning: 0, retained: 16, churned: 1, churnRate: 0.0588, … }
 * ```
 */
export function memberFlow(
  source: ActivityLogSource | MemberPeriodCounts,
  options: MemberFlowOptions = {},
): MemberFlowResult {
  if (!isMemberPeriodCounts(source)) return runOn(source, memberFlowAccumulator(options));
  const o = parseWith('memberFlow', MemberFlowOptionsSchema, options, 'options');
  return flowOf(o, countedPeriods('memberFlow', source, options, o));
}
