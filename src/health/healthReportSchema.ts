import { z } from 'zod';
import { SignalSchema } from '../model/signals.js';
import { HealthFindingSchema } from './healthFindingRules.js';
import { HealthMetricSchema } from './healthMetric.js';

const PeriodRefSchema = z.object({ key: z.string(), start: z.string(), end: z.string() });

/**
 * What the data could not measure: the metrics (and the findings that read
 * them) whose signals are missing, with the sentence the report shows.
 *
 * @example
 * ```ts
 * NotMeasuredSchema.parse({ metrics: ['medianResponseHours'], missing: ['replies'], message: 'Not measured: …' }).missing; // → ['replies']
 * ```
 */
export const NotMeasuredSchema = z.object({
  /** Ids of the metrics not measured. */
  metrics: z.array(z.string()),
  /** The signals they lack. */
  missing: z.array(SignalSchema),
  /** "Not measured: … needs … (import …)." */
  message: z.string(),
});
/** What the data could not measure (see {@link NotMeasuredSchema}). */
export type NotMeasured = z.output<typeof NotMeasuredSchema>;

/**
 * The health report, as data (JSON-serialisable): what {@link healthReport}
 * returns. Parse a stored report with it before rendering it.
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(healthReport(sampleCommunity(), { asOf: '2026-01-01' })); // e.g. written to report.json
 * const markdown = renderHealthMarkdown(HealthReportSchema.parse(JSON.parse(saved)));
 * markdown.split('\n')[0]; // → '| Metric | 2025-Q3 | 2025-Q4 | Change |'
 * ```
 */
export const HealthReportSchema = z.object({
  community: z.string(),
  asOf: z.string(),
  period: z.object({
    unit: z.string(),
    current: PeriodRefSchema,
    previous: PeriodRefSchema,
    /**
     * True when `asOf` falls inside the current period: the current period is
     * partial, and (unless `compareTo` was given) it is compared with the same
     * span of the previous period, so like is compared with like.
     */
    partial: z.boolean(),
  }),
  metrics: z.array(HealthMetricSchema),
  findings: z.array(HealthFindingSchema),
  /** Metrics the data cannot support, grouped by what they lack; their findings are not evaluated. */
  notMeasured: z.array(NotMeasuredSchema),
  /** Contributors and organisations behind the absence and elephant factors (current period). */
  keyContributors: z.array(z.object({ id: z.string(), count: z.number() })),
  keyOrganisations: z.array(z.object({ id: z.string(), count: z.number() })),
  /** Bot members and their activities left out of every metric (see `includeBots`). */
  botsLeftOut: z.object({ members: z.number(), activities: z.number() }),
});
/** The health report, as data (JSON-serialisable). */
export type HealthReport = z.output<typeof HealthReportSchema>;
