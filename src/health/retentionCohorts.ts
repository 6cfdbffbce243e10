import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { ActivityLogSource } from './activityLog.js';
import { accumulator } from './internal/accumulate.js';
import { periodRef } from './internal/calendar.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link retentionCohorts}. */
export const RetentionCohortsOptionsSchema = z.object({
  ...periodOptionsShape,
  /** Largest offset k reported (default: up to the last period). */
  maxOffset: z.number().int().nonnegative().optional(),
});
/** Options of {@link retentionCohorts} (input). */
export type RetentionCohortsOptions = z.input<typeof RetentionCohortsOptionsSchema>;

/** Result of {@link retentionCohorts}. */
export const RetentionCohortsResultSchema = z.object({
  unit: z.string(),
  cohorts: z.array(
    z.object({
      key: z.string(),
      start: z.string(),
      end: z.string(),
      /** Members whose first counted activity is in this period. */
      size: z.number().int(),
      /** retained[k]: cohort members active in period cohort + k (retained[0] = size). */
      retained: z.array(z.number().int()),
      /** shares[k] = retained[k] / size (empty when size is 0). */
      shares: z.array(z.number()),
    }),
  ),
  /** Size-weighted mean share retained at each offset k over the cohorts that reach it. */
  averageByOffset: z.array(z.number().nullable()),
});
/** Result of {@link retentionCohorts}. */
export type RetentionCohortsResult = z.output<typeof RetentionCohortsResultSchema>;

/**
 * The streaming form of {@link retentionCohorts} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link retentionCohorts}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = retentionCohortsAccumulator({ unit: 'month' });
 * acc.add(activityLog(community));
 * acc.result().cohorts[0].shares; // → [1, 0.5, 0.25]
 * ```
 */
export function retentionCohortsAccumulator(
  options: RetentionCohortsOptions = {},
): MetricAccumulator<RetentionCohortsResult> {
  const o = parseWith('retentionCohorts', RetentionCohortsOptionsSchema, options, 'options');
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  return accumulator(['retentionCohorts', o], state, (s) => {
    const range = s.range(ms(o.from), undefined);
    if (range === null) return { unit: o.unit, cohorts: [], averageByOffset: [] };
    const [lo, hi] = range;
    const width = hi - lo + 1;
    const cohortOf = new Int32Array(s.space.size).fill(-1);
    const sizes = new Int32Array(width);
    for (let x = 0; x < s.space.size; x++) {
      const fp = s.firstPeriod(x);
      if (fp >= lo && fp <= hi) {
        cohortOf[x] = fp - lo;
        sizes[fp - lo] = (sizes[fp - lo] as number) + 1;
      }
    }
    // grid[c * width + k]
    const grid = new Int32Array(width * width);
    for (let p = lo; p <= hi; p++) {
      for (const x of s.active(p, o.minCount)) {
        const c = cohortOf[x] as number;
        if (c >= 0 && p - lo >= c) {
          const at = c * width + (p - lo - c);
          grid[at] = (grid[at] as number) + 1;
        }
      }
    }
    const maxK = Math.min(o.maxOffset ?? width - 1, width - 1);
    const cohorts: RetentionCohortsResult['cohorts'] = [];
    const num = new Float64Array(maxK + 1);
    const den = new Float64Array(maxK + 1);
    for (let c = 0; c < width; c++) {
      const size = sizes[c] as number;
      const reach = Math.min(maxK, width - 1 - c);
      const retained: number[] = [];
      for (let k = 0; k <= reach; k++) {
        retained.push(grid[c * width + k] as number);
        num[k] = (num[k] as number) + (grid[c * width + k] as number);
        den[k] = (den[k] as number) + size;
      }
      cohorts.push({
        ...periodRef(lo + c, o.unit),
        size,
        retained,
        shares: size === 0 ? [] : retained.map((r) => r / size),
      });
    }
    const averageByOffset = Array.from(num, (v, k) =>
      (den[k] as number) === 0 ? null : v / (den[k] as number),
    );
    return { unit: o.unit, cohorts, averageByOffset };
  });
}

/**
 * The cohort retention matrix: cohort c = members whose first counted
 * activity (over all history given) falls in period c; cell (c, k) = share
 * of the cohort active in period c + k. Also the size-weighted average
 * N-period retention across cohorts.
 *
 * Definition: the classic first-time cohort matrix (see PostHog's
 * "first-time retention"); "first" over all history as CHAOSS New
 * Contributors requires (https://chaoss.community/?p=3613).
 * Complexity: O(n) over the log plus O(P²) for P periods.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - unit, from, asOf, kinds, minCount, maxOffset
 * @returns cohorts oldest first (empty without activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * retentionCohorts(community, { unit: 'month' }).cohorts[0];
 * // → { key: '2024-01', size: 4, retained: [4, 2, 1], shares: [1, 0.5, 0.25], … }
 * ```
 */
export function retentionCohorts(
  source: ActivityLogSource,
  options: RetentionCohortsOptions = {},
): RetentionCohortsResult {
  return runOn(source, retentionCohortsAccumulator(options));
}
