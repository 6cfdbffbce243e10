import { z } from 'zod';
import type { ActivityKind } from '../model/activityKinds.js';
import { type ActivityLogSource, activityLog } from '../model/activityLog.js';
import type { PeriodUnit } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { countsStateOf, withCountsState } from './internal/sharedCounts.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/**
 * Options of {@link memberPeriodCounts}: what is counted. What is reported
 * (`from`, `minCount`, `maxOffset`…) belongs to each metric.
 *
 * @example
 * ```ts
 * MemberPeriodCountsOptionsSchema.parse({ unit: 'week' }).kinds.includes('join'); // → false
 * ```
 */
export const MemberPeriodCountsOptionsSchema = z.strictObject({
  unit: periodOptionsShape.unit,
  asOf: periodOptionsShape.asOf,
  kinds: periodOptionsShape.kinds,
});
/** Options of {@link memberPeriodCounts} (input). */
export type MemberPeriodCountsOptions = z.input<typeof MemberPeriodCountsOptionsSchema>;

/**
 * One count of a log's members per calendar period — who was active in each
 * period and how often, and each member's first active period — made by
 * {@link memberPeriodCounts} and read by {@link activeMembers},
 * {@link retentionCohorts}, {@link memberFlow} and {@link coreSize} in place
 * of a log. Immutable; the counted rows are not reachable from it.
 */
export interface MemberPeriodCounts {
  /** The calendar period unit counted by. */
  readonly unit: PeriodUnit;
  /** The activity kinds counted. */
  readonly kinds: readonly ActivityKind[];
  /** End of the count, exclusive (activities at or after it were not counted); null when none. */
  readonly asOf: Date | null;
}

/** The public count object over a counting state. */
function countsOf(state: MemberPeriods): MemberPeriodCounts {
  return withCountsState(
    {
      unit: state.unit,
      kinds: Object.freeze([...state.kinds]),
      asOf: Number.isFinite(state.asOf) ? new Date(state.asOf) : null,
    },
    state,
  );
}

/**
 * True when `x` is a {@link MemberPeriodCounts}.
 *
 * @param x - any value
 * @returns whether it was made by {@link memberPeriodCounts} (or its accumulator)
 *
 * @example
 * ```ts
 * isMemberPeriodCounts(memberPeriodCounts(sampleCommunity())); // → true
 * isMemberPeriodCounts({ unit: 'month', kinds: [], asOf: null }); // → false
 * ```
 */
export function isMemberPeriodCounts(x: unknown): x is MemberPeriodCounts {
  return countsStateOf(x) !== undefined;
}

/**
 * The streaming form of {@link memberPeriodCounts} (see
 * {@link MetricAccumulator}): add the parts of a log, merge accumulators
 * built on other parts, and read the counts once for every metric. Each
 * `result()` is a copy that later `add`s leave unchanged.
 *
 * @param options - as for {@link memberPeriodCounts}
 * @returns an accumulator whose result is the {@link MemberPeriodCounts}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = memberPeriodCountsAccumulator({ unit: 'month', asOf: '2024-04-01' });
 * acc.add(activityLog(sampleCommunity()));
 * activeMembers(acc.result()).periods.map((p) => p.active); // → [17, 30, 35]
 * ```
 */
export function memberPeriodCountsAccumulator(
  options: MemberPeriodCountsOptions = {},
): MetricAccumulator<MemberPeriodCounts> {
  const o = parseWith('memberPeriodCounts', MemberPeriodCountsOptionsSchema, options, 'options');
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  return accumulator(['memberPeriodCounts', o], state, (s) => countsOf(s.snapshot()));
}

/**
 * Counts a log's members per calendar period once, for every metric that
 * reads those counts: pass the result to {@link activeMembers},
 * {@link retentionCohorts}, {@link memberFlow} or {@link coreSize} instead
 * of the log, and each reads the counts instead of counting the rows again
 * (on 10M activities the count is most of a metric's time). A metric given
 * counts takes the counting options from them: leave `unit`, `kinds` and
 * `asOf` out of its options, or repeat them — a different value is an
 * `invalid-option` error, never a silent second count. Results are exactly
 * those of each metric on the log. Not for a sketched `activeMembers` or
 * `retentionCohorts` by joining (they read more than the counts: pass the log).
 *
 * Complexity: O(n) over the log's rows plus, per period, O(a log a) for a
 * active members — or O(m) for the log's m members when the period has at
 * least m rows (counted without branching on the data); memory O(sum of
 * active members over periods + members).
 *
 * @param source - a community, activities, typed columns or an {@link ActivityLog}
 * @param options - unit (month), asOf (activities at or after it are not counted), kinds (all but join and leave)
 * @returns the counts, to pass to the metrics
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * const options = { unit: 'month', asOf: '2024-04-01' } as const;
 * const counts = memberPeriodCounts(sampleCommunity(), options);
 * activeMembers(counts, options).periods.map((p) => p.active); // → [17, 30, 35]
 * retentionCohorts(counts).cohorts[0]?.retained; // → [17, 16, 12]
 * memberFlow(counts).periods.map((p) => p.new); // → [17, 14, 11]
 * ```
 */
export function memberPeriodCounts(
  source: ActivityLogSource,
  options: MemberPeriodCountsOptions = {},
): MemberPeriodCounts {
  const o = parseWith('memberPeriodCounts', MemberPeriodCountsOptionsSchema, options, 'options');
  const log = activityLog(source);
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  state.add(log, 0, log.size);
  return countsOf(state);
}
