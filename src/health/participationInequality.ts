import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { inequalityOf } from './internal/inequality.js';
import { MemberCounts } from './internal/memberCounts.js';
import { runOn } from './internal/run.js';
import { windowOf, windowOptionsShape } from './internal/windowOptions.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link participationInequality}. */
export const ParticipationInequalityOptionsSchema = z.strictObject({
  ...windowOptionsShape,
  /** Count roster members with no contribution (zeros) — lurkers need the roster. */
  includeInactive: z.boolean().default(true),
  /** Members with 1..occasionalMax contributions are "occasional"; more is "heavy". */
  occasionalMax: z.number().int().positive().default(10),
  /** Number of Lorenz curve points (besides the origin). */
  lorenzPoints: z.number().int().min(1).max(1000).default(20),
});
/** Options of {@link participationInequality} (input). */
export type ParticipationInequalityOptions = z.input<typeof ParticipationInequalityOptionsSchema>;

/** Result of {@link participationInequality}. */
export const ParticipationInequalityResultSchema = z.object({
  /** Members counted (n). */
  members: z.number().int(),
  /** Total contributions. */
  total: z.number(),
  /** Gini coefficient (population form, 0 = equal, (n−1)/n = one member does everything); null when total is 0. */
  gini: z.number().nullable(),
  /** Share of contributions from the top 1% of members (at least one member). */
  top1Share: z.number(),
  /** Share from the top 10% (at least one member). */
  top10Share: z.number(),
  /** The observed 90-9-1 split: counts and shares of lurkers (0), occasional (1..occasionalMax), heavy. */
  split: z.object({
    lurkers: z.number().int(),
    occasional: z.number().int(),
    heavy: z.number().int(),
    lurkerShare: z.number(),
    occasionalShare: z.number(),
    heavyShare: z.number(),
  }),
  /** Lorenz curve points [share of members (poorest first), share of contributions], from [0, 0] to [1, 1]. */
  lorenz: z.array(z.tuple([z.number(), z.number()])),
});
/** Result of {@link participationInequality}. */
export type ParticipationInequalityResult = z.output<typeof ParticipationInequalityResultSchema>;

/**
 * The streaming form of {@link participationInequality}.
 *
 * @param options - as for {@link participationInequality}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = participationInequalityAccumulator();
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().gini; // ≈ 0.8012
 * ```
 */
export function participationInequalityAccumulator(
  options: ParticipationInequalityOptions = {},
): MetricAccumulator<ParticipationInequalityResult> {
  const o = parseWith('participationInequality', ParticipationInequalityOptionsSchema, options, 'options');
  const [from, to] = windowOf(o);
  return accumulator(
    ['participationInequality', o],
    new MemberCounts(o.kinds, from, to, o.includeInactive),
    (s) =>
      inequalityOf(
        s.entries().map((e) => e[1]),
        o.occasionalMax,
        o.lorenzPoints,
      ),
  );
}

/**
 * Participation inequality of contributions in a window: the Gini
 * coefficient, the share of activity from the top 1% and 10% of members, the
 * observed 90-9-1 split (lurkers with no contribution, occasional, heavy) and
 * Lorenz curve points. Members with no contribution count as zeros when the
 * source carries a roster (`includeInactive`, default true) — this raises the
 * Gini a lot; say which you report.
 *
 * Definitions: Gini `G = 2 Σ i·x₍ᵢ₎ / (n Σ x) − (n+1)/n` over counts sorted
 * ascending (population form, no n/(n−1) correction); Lorenz points
 * `(k/n, Σ_{i≤k} x₍ᵢ₎ / Σ x)`; 90-9-1 rule from J. Nielsen, "Participation
 * Inequality", NN/g 2006. Complexity: O(n + m log m).
 *
 * @param source - a community (for lurkers), activities or an {@link ActivityLog}
 * @param options - from, asOf, kinds, includeInactive, occasionalMax, lorenzPoints
 * @returns the indicators with their inputs (members, total)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // one member did 100, nine did nothing (roster of 10)
 * const community = parseCommunity({
 *   name: 'Ten members',
 *   members: Array.from({ length: 10 }, (_, i) => ({ id: `m-${i}` })),
 *   activities: Array.from({ length: 100 }, (_, i) => ({
 *     id: `a-${i}`, memberId: 'm-0', at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000), kind: 'post' as const,
 *   })),
 * });
 * participationInequality(community).gini; // ≈ 0.9
 * ```
 */
export function participationInequality(
  source: ActivityLogSource,
  options: ParticipationInequalityOptions = {},
): ParticipationInequalityResult {
  return runOn(source, participationInequalityAccumulator(options));
}
