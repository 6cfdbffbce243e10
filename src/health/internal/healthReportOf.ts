import type { ActivityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import { type DataCoverage, notMeasured } from '../../model/dataCoverage.js';
import { type PeriodUnit, periodKey } from '../../model/periods.js';
import type { Signal } from '../../model/signals.js';
import { CONTRIBUTOR_ABSENCE_FACTOR_DEFAULTS } from '../contributorAbsenceFactor.js';
import { ElephantFactorOptionsSchema } from '../elephantFactor.js';
import { GATHERING_METRICS_DEFAULTS } from '../gatheringMetrics.js';
import { HEALTH_FINDING_RULES, type HealthFinding, type HealthThresholds } from '../healthFindingRules.js';
import { HEALTH_METRIC_NEEDS, type HealthMetric } from '../healthMetric.js';
import type { HealthReport, NotMeasured } from '../healthReportSchema.js';
import { ONBOARDING_FUNNEL_DEFAULTS } from '../onboardingFunnel.js';
import { ParticipationInequalityOptionsSchema } from '../participationInequality.js';
import { TIME_TO_FIRST_RESPONSE_DEFAULTS } from '../timeToFirstResponse.js';
import { HEALTH_METRIC_TABLE } from './healthMetricTable.js';
import { type MetricDefaults, reportFacts } from './periodFacts.js';
import { type ReportWindow, reportPeriods } from './reportPeriods.js';

/** The options of the metrics the report reads, parsed once. */
const DEFAULTS: MetricDefaults = {
  absence: CONTRIBUTOR_ABSENCE_FACTOR_DEFAULTS,
  elephant: ElephantFactorOptionsSchema.parse({}),
  inequality: ParticipationInequalityOptionsSchema.parse({ includeInactive: false }),
  responses: TIME_TO_FIRST_RESPONSE_DEFAULTS,
  funnel: ONBOARDING_FUNNEL_DEFAULTS,
  gatherings: GATHERING_METRICS_DEFAULTS,
};

/** The parsed options of a health report (`HealthReportOptionsSchema`'s output, less what the log already settled). */
export interface ReportSettings {
  asOf: Date;
  period: PeriodUnit;
  compareTo?: Date | undefined;
  thresholds: HealthThresholds;
}

/** What a health report is made from, each part built once by the caller. */
export interface ReportInput {
  /** The community's name ('' for a log). */
  name: string;
  /** The activity log the metrics read. */
  log: ActivityLog;
  /** Gatherings and members, for the gathering metrics (none for a log). */
  gatherings: Pick<Community, 'gatherings' | 'members'>;
  /** The signals the data holds (see `dataCoverage`): metrics and findings needing others are not measured. */
  present: ReadonlySet<Signal>;
}

/**
 * The signals a coverage counts as present (`dataCoverage`'s `present`), as
 * the set {@link ReportInput} takes.
 *
 * @param coverage - from `dataCoverage`
 * @returns the signals with a count
 */
export function presentSignals(coverage: DataCoverage): ReadonlySet<Signal> {
  return new Set(coverage.present);
}

/**
 * The health report of parts the caller already has: the log, the signals
 * present and the parsed options — the orchestration behind `healthReport`
 * (which builds them from a community or a log) and the report's health
 * section (which has the coverage already and builds the log once for its
 * charts too). The metrics of each period share their work (see
 * `reportFacts`); the metric table and the finding rules read the facts.
 *
 * @param input - the name, log, gatherings and signals present
 * @param settings - the parsed options
 * @returns the report
 */
export function healthReportOf(input: ReportInput, settings: ReportSettings): HealthReport {
  const { log, present } = input;
  const missing = (needs: readonly Signal[]): Signal[] => needs.filter((s) => !present.has(s));
  const periods = reportPeriods(settings.asOf, settings.period, settings.compareTo);
  const facts = reportFacts(log, input.gatherings, periods, DEFAULTS);
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
      thresholds: settings.thresholds,
      responses: { current: facts.current.responses, previous: facts.previous.responses },
      funnel: facts.current.funnel,
      gatherings: facts.current.gatherings,
      absence: facts.current.absence,
      elephant: facts.current.elephant,
      retentionCohort: facts.current.retention.size,
      churnBase: facts.current.flow.churned + facts.current.flow.retained,
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
    community: input.name,
    asOf: settings.asOf.toISOString(),
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
