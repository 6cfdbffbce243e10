import { z } from 'zod';
import { type ActivityLog, activityLog, isActivityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { dataCoverage, missingSignals, notMeasured } from '../model/dataCoverage.js';
import { DateInputSchema } from '../model/dateInput.js';
import { releaseColumns } from '../model/internal/ownedColumns.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { PeriodUnitSchema, periodKey } from '../model/periods.js';
import type { Signal } from '../model/signals.js';
import { parseWith } from '../model/validate.js';
import { CONTRIBUTOR_ABSENCE_FACTOR_DEFAULTS } from './contributorAbsenceFactor.js';
import { ElephantFactorOptionsSchema } from './elephantFactor.js';
import { GATHERING_METRICS_DEFAULTS } from './gatheringMetrics.js';
import { HEALTH_FINDING_RULES, type HealthFinding, HealthThresholdsSchema } from './healthFindingRules.js';
import { HEALTH_METRIC_NEEDS, type HealthMetric } from './healthMetric.js';
import type { HealthReport, NotMeasured } from './healthReportSchema.js';
import { HEALTH_METRIC_TABLE } from './internal/healthMetricTable.js';
import { logSignals } from './internal/logSignals.js';
import { type MetricDefaults, reportFacts } from './internal/periodFacts.js';
import { type ReportWindow, reportPeriods } from './internal/reportPeriods.js';
import { ONBOARDING_FUNNEL_DEFAULTS } from './onboardingFunnel.js';
import { ParticipationInequalityOptionsSchema } from './participationInequality.js';
import { TIME_TO_FIRST_RESPONSE_DEFAULTS } from './timeToFirstResponse.js';

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

/** The options of the metrics the report reads, parsed once. */
const DEFAULTS: MetricDefaults = {
  absence: CONTRIBUTOR_ABSENCE_FACTOR_DEFAULTS,
  elephant: ElephantFactorOptionsSchema.parse({}),
  inequality: ParticipationInequalityOptionsSchema.parse({ includeInactive: false }),
  responses: TIME_TO_FIRST_RESPONSE_DEFAULTS,
  funnel: ONBOARDING_FUNNEL_DEFAULTS,
  gatherings: GATHERING_METRICS_DEFAULTS,
};

/** What the report reads from its source: the log, the gatherings, which signals are missing, and the name. */
function reportSource(source: Community | ActivityLog, includeBots: boolean) {
  if (isActivityLog(source)) {
    const present = logSignals(source);
    return {
      name: '',
      log: source,
      gatherings: { gatherings: [], members: [] },
      missing: (needs: readonly Signal[]) => needs.filter((s) => !present.has(s)),
      owned: false,
    };
  }
  requireParsedCommunity('healthReport', source);
  const coverage = dataCoverage(source);
  return {
    name: source.name,
    log: activityLog(source, { includeBots }),
    gatherings: source,
    missing: (needs: readonly Signal[]) => missingSignals(coverage, needs),
    owned: true,
  };
}

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
  const { name, log, gatherings, missing, owned } = reportSource(source, opts.includeBots);
  try {
    const periods = reportPeriods(opts.asOf, opts.period, opts.compareTo);
    const facts = reportFacts(log, gatherings, periods, DEFAULTS);
    const metrics = HEALTH_METRIC_TABLE.map((m): HealthMetric => {
      const lacking = missing(HEALTH_METRIC_NEEDS[m.id] ?? []);
      const base = { id: m.id, label: m.label };
      if (lacking.length > 0)
        return {
          ...base,
          current: null,
          previous: null,
          change: null,
          relativeChange: null,
          definition: m.definition,
          notMeasured: lacking,
        };
      const c = m.value(facts.current);
      const p = m.value(facts.previous);
      const change = c === null || p === null ? null : c - p;
      const relativeChange = c === null || p === null || p === 0 ? null : (c - p) / p;
      return { ...base, current: c, previous: p, change, relativeChange, definition: m.definition };
    });
    const byId = new Map(metrics.map((m) => [m.id, m]));
    const findings: HealthFinding[] = [];
    for (const rule of HEALTH_FINDING_RULES) {
      if (missing(rule.needs).length > 0) continue;
      const fired = rule.check({
        metric: (id) => byId.get(id) as HealthMetric,
        thresholds: opts.thresholds,
        responses: { current: facts.current.responses, previous: facts.previous.responses },
        funnel: facts.current.funnel,
        gatherings: facts.current.gatherings,
        absence: facts.current.absence,
        elephant: facts.current.elephant,
        retentionCohort: facts.current.retention.size,
      });
      if (fired !== null)
        findings.push({ id: rule.id, severity: rule.severity, ...fired, action: rule.action });
    }
    const periodOf = (w: ReportWindow) => ({
      key: periodKey(w.start, periods.unit),
      start: w.start.toISOString(),
      end: w.end.toISOString(),
    });
    return {
      community: name,
      asOf: opts.asOf.toISOString(),
      period: {
        unit: periods.unit,
        current: periodOf(periods.current),
        previous: periodOf(periods.previous),
        partial: periods.partial,
      },
      metrics,
      findings,
      notMeasured: notMeasuredLines(metrics),
      keyContributors: facts.current.absence.members,
      keyOrganisations: facts.current.elephant.members,
      botsLeftOut: { ...log.botsLeftOut },
    };
  } finally {
    // A log built for this report lets nothing of it escape (the report is
    // plain data), so its ~25 bytes per activity of typed columns are freed
    // now. Left to the collector, they would add up over a few reports to
    // V8's external-memory trigger, and each time cost a full collection of
    // the caller's heap (see docs/health.md, At scale).
    if (owned) releaseColumns(log);
  }
}

/** One "not measured" line per set of missing signals, naming every metric it concerns. */
function notMeasuredLines(metrics: readonly HealthMetric[]): NotMeasured[] {
  const groups = new Map<string, NotMeasured>();
  for (const m of metrics) {
    if (m.notMeasured === undefined) continue;
    const key = m.notMeasured.join(' ');
    const g = groups.get(key);
    if (g === undefined)
      groups.set(key, { metrics: [m.id], missing: m.notMeasured as Signal[], message: '' });
    else g.metrics.push(m.id);
  }
  const labelOf = new Map(metrics.map((m) => [m.id, m.label.toLowerCase()]));
  return [...groups.values()].map((g) => ({
    ...g,
    message: notMeasured(
      g.metrics.map((id) => labelOf.get(id) as string),
      g.missing,
    ),
  }));
}
