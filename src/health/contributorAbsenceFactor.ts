import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import type { AbsenceFactorResult } from './absenceFactorResult.js';
import { absenceFactorOf } from './internal/absenceFactor.js';
import { accumulator } from './internal/accumulate.js';
import { MemberCounts } from './internal/memberCounts.js';
import { runOn } from './internal/run.js';
import { windowOf, windowOptionsShape } from './internal/windowOptions.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link contributorAbsenceFactor}. */
export const ContributorAbsenceFactorOptionsSchema = z.strictObject({
  ...windowOptionsShape,
  /** Share of all contributions the members must cover (CHAOSS: 0.5). */
  threshold: z.number().gt(0).max(1).default(0.5),
  /** Stop when the running sum reaches the threshold (`≥`) instead of passing it (`>`, the CHAOSS worked example). */
  inclusive: z.boolean().default(false),
});
/** Options of {@link contributorAbsenceFactor} (input). */
export type ContributorAbsenceFactorOptions = z.input<typeof ContributorAbsenceFactorOptionsSchema>;
/** Defaults of {@link ContributorAbsenceFactorOptions}. */
export const CONTRIBUTOR_ABSENCE_FACTOR_DEFAULTS = { threshold: 0.5, inclusive: false } as const;

/**
 * The streaming form of {@link contributorAbsenceFactor}.
 *
 * @param options - as for {@link contributorAbsenceFactor}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = contributorAbsenceFactorAccumulator();
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().value; // → 14
 * ```
 */
export function contributorAbsenceFactorAccumulator(
  options: ContributorAbsenceFactorOptions = {},
): MetricAccumulator<AbsenceFactorResult> {
  const o = parseWith('contributorAbsenceFactor', ContributorAbsenceFactorOptionsSchema, options, 'options');
  const [from, to] = windowOf(o);
  return accumulator(['contributorAbsenceFactor', o], new MemberCounts(o.kinds, from, to, false), (s) =>
    absenceFactorOf(s.entries(), o.threshold, o.inclusive),
  );
}

/**
 * Contributor Absence Factor (formerly "bus factor"): the smallest number of
 * members whose contributions together make up `threshold` (50%) of all
 * contributions in the window. Lower is riskier. Ties in counts are broken
 * by member id.
 *
 * Definition: CHAOSS Contributor Absence Factor, https://chaoss.community/?p=3944
 * (sort counts descending, add from the top until the running sum passes
 * half the total); see also Avelino et al., "A Novel Approach for Estimating
 * Truck Factors", ICPC 2016. Complexity: O(n + m log m) for m members.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, asOf, kinds, threshold (0.5), inclusive (false)
 * @returns `{ value, members, share }` and the inputs of the formula
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // CHAOSS worked example: counts 1000, 202, 90, 33, 332, 343, 42, 433
 * const counts = [1000, 202, 90, 33, 332, 343, 42, 433];
 * const activities = counts.flatMap((n, m) =>
 *   Array.from({ length: n }, (_, i) => ({
 *     id: `a-${m}-${i}`, memberId: `m-${m}`, at: new Date(Date.UTC(2024, 0, 1) + i * 60_000), kind: 'commit' as const, topics: [],
 *   })),
 * );
 * contributorAbsenceFactor(activities).value; // → 2 — 1000 + 433 > 1237.5
 * ```
 */
export function contributorAbsenceFactor(
  source: ActivityLogSource,
  options: ContributorAbsenceFactorOptions = {},
): AbsenceFactorResult {
  return runOn(source, contributorAbsenceFactorAccumulator(options));
}
