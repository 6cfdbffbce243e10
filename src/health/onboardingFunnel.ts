import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import { type ActivityLog, type ActivityLogSource, activityLog } from '../model/activityLog.js';
import { DateInputSchema } from '../model/dateInput.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { fail, parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { FunnelState, funnelResult, funnelsAt } from './internal/funnelState.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

const INF = Number.POSITIVE_INFINITY;

/** Options of {@link onboardingFunnel}. */
export const OnboardingFunnelOptionsSchema = z.strictObject({
  /** Cohort period unit (cohort = the period a member joined in). */
  unit: PeriodUnitSchema.default('quarter'),
  /** Only members who joined at or after this instant are reported (default: all). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: later joins and activities are ignored (default: none ignored). */
  asOf: DateInputSchema.optional(),
  /** Activity kinds that count as activity (default: all but join and leave). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default([...DEFAULT_ACTIVE_KINDS]),
  /** Distinct calendar months (UTC) with activity that make a member "regular". */
  regularMonths: z.number().int().min(2).max(24).default(3),
});
/** Options of {@link onboardingFunnel} (input). */
export type OnboardingFunnelOptions = z.input<typeof OnboardingFunnelOptionsSchema>;
/** Defaults of {@link OnboardingFunnelOptions}. */
export const ONBOARDING_FUNNEL_DEFAULTS: z.output<typeof OnboardingFunnelOptionsSchema> =
  OnboardingFunnelOptionsSchema.parse({});

/** The funnel steps, in order; each is a subset of the one before. */
export const ONBOARDING_STEPS = [
  'joined',
  'firstActivity',
  'firstResponse',
  'secondActivity',
  'regular',
] as const;

const StepCounts = z.object({
  joined: z.number().int(),
  firstActivity: z.number().int(),
  firstResponse: z.number().int(),
  secondActivity: z.number().int(),
  regular: z.number().int(),
});

/** One funnel (overall or one cohort) of {@link onboardingFunnel}. */
export const FunnelSchema = z.object({
  /** Members at each step (each step counts only members who reached every step before it). */
  counts: StepCounts,
  /** counts[step] / counts[previous step] (null when the previous step is empty). */
  conversion: z.object({
    firstActivity: z.number().nullable(),
    firstResponse: z.number().nullable(),
    secondActivity: z.number().nullable(),
    regular: z.number().nullable(),
  }),
  /** counts.regular / counts.joined (null without joiners). */
  overall: z.number().nullable(),
  /** Median days from joining to the step, over the members counted at it (type 7; null when none). */
  medianDays: z.object({
    firstActivity: z.number().nullable(),
    firstResponse: z.number().nullable(),
    secondActivity: z.number().nullable(),
  }),
});
/** One funnel of {@link onboardingFunnel}. */
export type Funnel = z.output<typeof FunnelSchema>;

/** Result of {@link onboardingFunnel}. */
export const OnboardingFunnelResultSchema = FunnelSchema.extend({
  unit: z.string(),
  regularMonths: z.number().int(),
  /** One funnel per joining period, oldest first (periods without joiners included between the first and last). */
  cohorts: z.array(FunnelSchema.extend({ key: z.string(), start: z.string(), end: z.string() })),
});
/** Result of {@link onboardingFunnel}. */
export type OnboardingFunnelResult = z.output<typeof OnboardingFunnelResultSchema>;

/**
 * The streaming form of {@link onboardingFunnel} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link onboardingFunnel}
 * @returns an accumulator whose result is the {@link OnboardingFunnelResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = onboardingFunnelAccumulator({ unit: 'month' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().counts.joined; // → 400
 * ```
 */
export function onboardingFunnelAccumulator(
  options: OnboardingFunnelOptions = {},
): MetricAccumulator<OnboardingFunnelResult> {
  const o = parseWith('onboardingFunnel', OnboardingFunnelOptionsSchema, options, 'options');
  const to = ms(o.asOf) ?? INF;
  const k = o.regularMonths;
  return accumulator(['onboardingFunnel', o], new FunnelState(o.kinds, to, k), (s) => funnelResult(s, o));
}

/**
 * The onboarding funnels for several option sets that differ only in `from`
 * and `asOf` (unit, kinds and regularMonths shared), in one pass over the
 * activity: the state as of each `asOf`, in increasing order, is the state as
 * of the one before plus the activity in between. Each result equals
 * {@link onboardingFunnel} with its options — a report comparing two periods
 * pays for one pass, not two.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - one option set per funnel (see {@link onboardingFunnel})
 * @returns the funnels, in the order of `options`
 * @throws ValidationError on invalid options, or options that differ in more than `from` and `asOf`
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const [lastQuarter, thisQuarter] = onboardingFunnels(community, [
 *   { from: '2025-07-01', asOf: '2025-10-01' },
 *   { from: '2025-10-01', asOf: '2026-01-01' },
 * ]);
 * thisQuarter?.counts; // → onboardingFunnel(community, { from: '2025-10-01', asOf: '2026-01-01' }).counts
 * thisQuarter?.counts.joined; // → 58
 * ```
 */
export function onboardingFunnels(
  source: ActivityLogSource,
  options: readonly OnboardingFunnelOptions[],
): OnboardingFunnelResult[] {
  const list = parseWith('onboardingFunnels', z.array(z.unknown()), options, 'options');
  const parsed = list.map((x, i) =>
    parseWith('onboardingFunnel', OnboardingFunnelOptionsSchema, x, `options[${i}]`),
  );
  const first = parsed[0];
  if (first === undefined) return [];
  const shared = (x: (typeof parsed)[number]) => JSON.stringify([x.unit, x.kinds, x.regularMonths]);
  parsed.forEach((x, i) => {
    if (shared(x) !== shared(first))
      fail('onboardingFunnel', [
        {
          path: `options[${i}]`,
          message: 'expected the same unit, kinds and regularMonths as options[0]',
          code: 'invalid-option',
        },
      ]);
  });
  return funnelsAt(activityLog(source), parsed);
}

/**
 * The onboarding funnel: of the members who joined, how many made a first
 * contribution, then received a first response from someone else, then came
 * back for a second activity, then became regulars (activity in at least
 * `regularMonths` distinct calendar months) — with the conversion from each
 * step to the next and the median days from joining to each step, overall
 * and per cohort of the joining period. Each step counts only members who
 * reached every step before it, so conversions are between 0 and 1.
 *
 * Definitions: joining = the member's `joinedAt` (roster), else their first
 * `join` activity, else their first counted activity. A response received =
 * a counted activity by another member that replies (`replyTo`) to one of
 * theirs. Steps reached before the joining instant count at it. Members who
 * joined recently have had less time to become regular: read the latest
 * cohorts as unfinished. No joiners → zero counts, null conversions, no
 * cohorts.
 *
 * Source: CHAOSS Newcomer Experience and Conversion Rate metrics
 * (https://chaoss.community/?p=3569, https://chaoss.community/kb/metric-conversion-rate/),
 * the contributor funnel of Mike McQuaid / Josh Berkus (first contribution →
 * repeat → regular). Complexity: O(n + M·K) for n rows, M members, K = regularMonths.
 *
 * @param source - a community (for its roster's joining dates), activities or an {@link ActivityLog}
 * @param options - unit ('quarter'), from, asOf, kinds, regularMonths (3)
 * @returns the overall funnel and one funnel per joining period
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // 4 joined; 3 posted; 2 of them got a reply; 1 posted again; nobody is regular yet
 * const community = parseCommunity({
 *   name: 'New members',
 *   members: [{ id: 'host', joinedAt: '2025-01-01' }, ...['ana', 'bo', 'cy', 'di'].map((id) => ({ id, joinedAt: '2026-01-05' }))],
 *   activities: [
 *     { id: 'p1', memberId: 'ana', at: '2026-01-10', kind: 'post' },
 *     { id: 'p2', memberId: 'bo', at: '2026-01-11', kind: 'post' },
 *     { id: 'p3', memberId: 'cy', at: '2026-01-12', kind: 'post' },
 *     { id: 'r1', memberId: 'host', at: '2026-01-13', kind: 'reply', replyTo: 'p1' },
 *     { id: 'r2', memberId: 'host', at: '2026-01-13', kind: 'reply', replyTo: 'p2' },
 *     { id: 'p4', memberId: 'ana', at: '2026-01-20', kind: 'post' },
 *   ],
 * });
 * const f = onboardingFunnel(community, { from: '2026-01-01', asOf: '2026-03-01' });
 * f.counts; // → { joined: 4, firstActivity: 3, firstResponse: 2, secondActivity: 1, regular: 0 }
 * f.conversion.firstActivity; // → 0.75
 * ```
 */
export function onboardingFunnel(
  source: ActivityLogSource,
  options: OnboardingFunnelOptions = {},
): OnboardingFunnelResult {
  return runOn(source, onboardingFunnelAccumulator(options));
}
