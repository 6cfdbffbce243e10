import { z } from 'zod';
import { type ActivityLog, activityLog, isActivityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { releaseColumns } from '../model/internal/ownedColumns.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { HealthThresholdsSchema } from './healthFindingRules.js';
import type { HealthReport } from './healthReportSchema.js';
import { healthReportOf } from './internal/healthReportOf.js';
import { communitySignals, logSignals } from './internal/logSignals.js';

/**
 * Options of {@link healthReport}.
 *
 * @example
 * ```ts
 * HealthReportOptionsSchema.parse({ asOf: '2026-01-01' });
 * // → { asOf: Date 2026-01-01, period: 'quarter', thresholds: { activeDrop: 0.2, … }, includeBots: false }
 * ```
 */
export const HealthReportOptionsSchema = z.strictObject({
  /** End of the current period (exclusive). */
  asOf: DateInputSchema,
  /** The period reported on: the current one is the period containing the instant just before `asOf`. */
  period: PeriodUnitSchema.default('quarter'),
  /** Compare with the period containing this date instead of the previous one. */
  compareTo: DateInputSchema.optional(),
  thresholds: HealthThresholdsSchema.default(HealthThresholdsSchema.parse({})),
  /** Count members with `kind: 'bot'` and their activities (default: left out, and counted in `botsLeftOut`). */
  includeBots: z.boolean().default(false),
});

/** Options of {@link healthReport}. */
export type HealthReportOptions = z.input<typeof HealthReportOptionsSchema>;

/**
 * The health of a community for the current period compared with the previous
 * one (or with the period containing `compareTo`): active members, newcomers,
 * returning and churned members and churn rate (CHAOSS Contributors, New
 * Contributors), one-period retention of the previous period's newcomers,
 * activities, the contributor absence factor and elephant factor (CHAOSS), and
 * participation inequality (Gini, top-10% share), the onboarding funnel of
 * the period's joiners (first activity, first response received; CHAOSS
 * Newcomer Experience) and gatherings (attendance, show-up rate, attendees
 * active afterwards) — each with its change — and
 * a short list of **findings** in plain language with the numbers behind them
 * and what a community manager might do. Findings come from the rules of
 * {@link HEALTH_FINDING_RULES}, whose thresholds and minimum counts
 * (`thresholds`) you can change; a rate or change on fewer cases than the
 * minimums is not a finding. Metrics the data cannot support (no replies in
 * a git history, no joins, no gatherings — see `dataCoverage`) are null with
 * `notMeasured`, listed in the report's `notMeasured` lines, and their
 * findings are not evaluated. Bots are left out (`botsLeftOut`). When `asOf`
 * falls inside a period, the partial period is compared with the same span
 * of the previous one (`period.partial`).
 *
 * An empty community gives no findings: every metric is not measured.
 *
 * From an {@link ActivityLog} (for several reports on one community, or a
 * log built from columns), the log's own bot rule applies (`includeBots` is
 * not read), `community` is empty, and what the log cannot show —
 * gatherings and attendance — is not measured.
 *
 * From a community, the report builds its own activity log and frees the
 * log's typed columns as soon as the report is made, so that repeated
 * reports on a big community do not add up to a full collection of your
 * heap (see docs/health.md, At scale). The metrics of each period share
 * their work: one pass of member counts per period end, one count per
 * window for the absence factor, elephant factor and inequality.
 * Complexity: O(n log n) for n activities at worst (sorting); about linear
 * when they come in time order.
 *
 * @param source - a parsed community, or an activity log
 * @param options - `asOf` (required), `period`, `compareTo`, `thresholds`, `includeBots`
 * @returns the report as data; render it with `renderHealthMarkdown`
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * healthReport(sampleCommunity(), { asOf: '2026-01-01', period: 'quarter' }).findings[0]?.message;
 * // → 'Active members rose from 204 to 271 (+33%).'
 * // From a log: the same activity metrics, gatherings not measured
 * const fromLog = healthReport(activityLog(sampleCommunity()), { asOf: '2026-01-01' });
 * fromLog.metrics[0]?.current; // → 271
 * fromLog.metrics.find((m) => m.id === 'gatherings')?.notMeasured; // → ['gatherings']
 * ```
 */
export function healthReport(source: Community | ActivityLog, options: HealthReportOptions): HealthReport {
  const opts = parseWith('healthReport', HealthReportOptionsSchema, options, 'options');
  if (isActivityLog(source))
    return healthReportOf(
      { name: '', log: source, gatherings: { gatherings: [], members: [] }, present: logSignals(source) },
      opts,
    );
  requireParsedCommunity('healthReport', source);
  const log = activityLog(source, { includeBots: opts.includeBots });
  try {
    return healthReportOf(
      { name: source.name, log, gatherings: source, present: communitySignals(log, source) },
      opts,
    );
  } finally {
    // The log built for this report lets nothing of it escape (the report is
    // plain data), so its ~25 bytes per activity of typed columns are freed
    // now. Left to the collector, they would add up over a few reports to
    // V8's external-memory trigger, and each time cost a full collection of
    // the caller's heap (see docs/health.md, At scale).
    releaseColumns(log);
  }
}
