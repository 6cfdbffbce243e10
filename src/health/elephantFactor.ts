import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import type { AbsenceFactorResult } from './absenceFactorResult.js';
import { elephantFactorOf } from './internal/absenceFactor.js';
import { accumulator } from './internal/accumulate.js';
import { MemberCounts } from './internal/memberCounts.js';
import { runOn } from './internal/run.js';
import { windowOf, windowOptionsShape } from './internal/windowOptions.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link elephantFactor}. */
export const ElephantFactorOptionsSchema = z.strictObject({
  ...windowOptionsShape,
  /** Share of contributions the organisations must cover (CHAOSS: 0.5, explicitly a parameter). */
  threshold: z.number().gt(0).max(1).default(0.5),
  /** `≥` instead of `>` at the threshold. */
  inclusive: z.boolean().default(false),
  /** Label for members without an affiliation (counted as one organisation); null leaves them out. */
  unaffiliated: z.string().nullable().default(null),
});
/** Options of {@link elephantFactor} (input). */
export type ElephantFactorOptions = z.input<typeof ElephantFactorOptionsSchema>;

/**
 * The streaming form of {@link elephantFactor}.
 *
 * @param options - as for {@link elephantFactor}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = elephantFactorAccumulator();
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().value; // → 2
 * ```
 */
export function elephantFactorAccumulator(
  options: ElephantFactorOptions = {},
): MetricAccumulator<AbsenceFactorResult> {
  const o = parseWith('elephantFactor', ElephantFactorOptionsSchema, options, 'options');
  const [from, to] = windowOf(o);
  return accumulator(['elephantFactor', o], new MemberCounts(o.kinds, from, to, false), (s) =>
    elephantFactorOf(s, o.threshold, o.inclusive, o.unaffiliated),
  );
}

/**
 * Elephant Factor: the smallest number of organisations whose affiliated
 * members make up `threshold` (50%) of the contributions in the window.
 * Lower means more dependence on few organisations. Affiliations come from
 * `Member.affiliation`; unaffiliated members are left out unless
 * `unaffiliated` names them.
 *
 * Definition: CHAOSS Elephant Factor, https://chaoss.community/?p=3940 (same
 * algorithm as the Contributor Absence Factor, over organisations).
 * Complexity: O(n + m + o log o).
 *
 * @param source - a community (affiliations come from its members) or an {@link ActivityLog}
 * @param options - from, asOf, kinds, threshold, inclusive, unaffiliated
 * @returns `{ value, members, share }` where `members` are organisations
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * elephantFactor(sampleCommunity()).members;
 * // → [{ id: 'Northfield University', count: 5954 }, { id: 'Institut Lumière', count: 1219 }]
 * ```
 */
export function elephantFactor(
  source: ActivityLogSource,
  options: ElephantFactorOptions = {},
): AbsenceFactorResult {
  return runOn(source, elephantFactorAccumulator(options));
}
