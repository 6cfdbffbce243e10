import { z } from 'zod';
import { type ActivityLog, activityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { dataCoverage, missingSignals, notMeasured } from '../model/dataCoverage.js';
import { DateInputSchema } from '../model/dateInput.js';
import { releaseColumns } from '../model/internal/ownedColumns.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { addPeriods, PeriodUnitSchema, periodKey, periodStart } from '../model/periods.js';
import { type Signal, SignalSchema } from '../model/signals.js';
import { parseWith } from '../model/validate.js';
import { activeMembers } from './activeMembers.js';
import { contributorAbsenceFactor } from './contributorAbsenceFactor.js';
import { elephantFactor } from './elephantFactor.js';
import { gatheringMetricsOn } from './gatheringMetrics.js';
import {
  type FindingFacts,
  HEALTH_FINDING_RULES,
  type HealthFinding,
  HealthFindingSchema,
  HealthThresholdsSchema,
} from './healthFindingRules.js';
import { HEALTH_METRIC_NEEDS, type HealthMetric, HealthMetricSchema } from './healthMetric.js';
import { memberFlow } from './memberFlow.js';
import { onboardingFunnels } from './onboardingFunnel.js';
import { participationInequality } from './participationInequality.js';
import { retentionCohorts } from './retentionCohorts.js';
import { timeToFirstResponse } from './timeToFirstResponse.js';

type ParsedOptions = z.output<typeof HealthReportOptionsSchema>;

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
 * The report builds its own activity log and frees the log's typed columns
 * as soon as the report is made, so that repeated reports on a big
 * community do not add up to a full collection of your heap (see
 * docs/health.md, At scale). Complexity: O(n log n) for n activities at
 * worst (sorting); about linear when they come in time order.
 *
 * @param community - a parsed community
 * @param options - `asOf` (required), `period`, `compareTo`, `thresholds`
 * @returns the report as data; render it with `renderHealthMarkdown`
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * healthReport(sampleCommunity(), { asOf: '2026-01-01', period: 'quarter' }).findings[0]?.message;
 * // → 'Active members rose from 204 to 271 (+33%).'
 * ```
 */
export function healthReport(community: Community, options: HealthReportOptions): HealthReport {
  requireParsedCommunity('healthReport', community);
  const opts = parseWith('healthReport', HealthReportOptionsSchema, options, 'options');
  const log = activityLog(community, { includeBots: opts.includeBots });
  try {
    return reportOn(community, log, opts);
  } finally {
    // The log was built for this report and nothing of it escapes (the
    // report is plain data), so its ~25 bytes per activity of typed columns
    // are freed now. Left to the collector, they would add up over a few
    // reports to V8's external-memory trigger, and each time cost a full
    // collection of the caller's heap (see docs/health.md, At scale).
    if ((log as unknown) !== community) releaseColumns(log);
  }
}

function reportOn(community: Community, log: ActivityLog, opts: ParsedOptions): HealthReport {
  const unit = opts.period;
  const curStart = periodStart(new Date(opts.asOf.getTime() - 1), unit);
  const curEnd = opts.asOf;
  // asOf inside a period makes the current period partial: compare it with the same span of the
  // previous period (unless a comparison period was asked for), so like is compared with like.
  const partial = curEnd.getTime() !== addPeriods(curStart, unit, 1).getTime();
  const prevStart = opts.compareTo ? periodStart(opts.compareTo, unit) : addPeriods(curStart, unit, -1);
  const prevEnd = opts.compareTo
    ? addPeriods(prevStart, unit, 1)
    : partial
      ? new Date(Math.min(prevStart.getTime() + (curEnd.getTime() - curStart.getTime()), curStart.getTime()))
      : curStart;
  const coverage = dataCoverage(community);
  const window = (from: Date, to: Date) => ({ from, asOf: to });
  const periodOf = (from: Date, to: Date) => ({
    key: periodKey(from, unit),
    start: from.toISOString(),
    end: to.toISOString(),
  });

  // One member-flow pass serves both periods when the comparison period ends
  // by `asOf` (a period's flow depends only on activity before its end).
  const flowUpTo = (from: Date, to: Date) => memberFlow(log, { unit, from, asOf: to }).periods;
  const flowBoth =
    prevEnd.getTime() === addPeriods(prevStart, unit, 1).getTime() && prevEnd.getTime() <= curEnd.getTime()
      ? flowUpTo(new Date(Math.min(prevStart.getTime(), curStart.getTime())), curEnd)
      : undefined;
  const flowOf = (from: Date, to: Date) =>
    (flowBoth ?? flowUpTo(from, to)).find((p) => p.start === from.toISOString());
  const activeOf = (from: Date, to: Date) =>
    activeMembers(log, { unit, from, asOf: to }).periods.find((p) => p.start === from.toISOString());
  const cur = { active: activeOf(curStart, curEnd), flow: flowOf(curStart, curEnd) };
  const prev = { active: activeOf(prevStart, prevEnd), flow: flowOf(prevStart, prevEnd) };
  const cafCur = contributorAbsenceFactor(log, window(curStart, curEnd));
  const cafPrev = contributorAbsenceFactor(log, window(prevStart, prevEnd));
  const efCur = elephantFactor(log, window(curStart, curEnd));
  const efPrev = elephantFactor(log, window(prevStart, prevEnd));
  const inCur = participationInequality(log, { ...window(curStart, curEnd), includeInactive: false });
  const inPrev = participationInequality(log, { ...window(prevStart, prevEnd), includeInactive: false });
  // Only offset 1 of the cohorts one period before each compared period is read: ask for just
  // those, so the matrix stays a few cells whatever the span from the first activity to asOf.
  const cohorts = retentionCohorts(log, {
    unit,
    from: addPeriods(new Date(Math.min(prevStart.getTime(), curStart.getTime())), unit, -1),
    asOf: curEnd,
    maxOffset: 1,
  });
  // The report reads the summaries only, not the list of threads.
  const ttfrCur = timeToFirstResponse(log, { ...window(curStart, curEnd), items: false });
  const ttfrPrev = timeToFirstResponse(log, { ...window(prevStart, prevEnd), items: false });
  // Both periods' funnels in one pass over the log.
  const [funnelCur, funnelPrev] = onboardingFunnels(log, [
    { unit, from: curStart, asOf: curEnd },
    { unit, from: prevStart, asOf: prevEnd },
  ]).map((f, i) => f.cohorts.find((c) => c.start === (i === 0 ? curStart : prevStart).toISOString()));
  const gatherCur = gatheringMetricsOn(community, log, window(curStart, curEnd));
  const gatherPrev = gatheringMetricsOn(community, log, window(prevStart, prevEnd));
  const retentionAt = (start: Date): { share: number | null; size: number } => {
    const c = cohorts.cohorts.find((k) => k.start === addPeriods(start, unit, -1).toISOString());
    return {
      share: c && c.size > 0 && c.shares.length > 1 ? (c.shares[1] as number) : null,
      size: c?.size ?? 0,
    };
  };
  const retentionCur = retentionAt(curStart);

  const metric = (
    id: string,
    label: string,
    current: number | null | undefined,
    previous: number | null | undefined,
    definition: string,
  ): HealthMetric => {
    const missing = missingSignals(coverage, HEALTH_METRIC_NEEDS[id] ?? []);
    if (missing.length > 0)
      return {
        id,
        label,
        current: null,
        previous: null,
        change: null,
        relativeChange: null,
        definition,
        notMeasured: missing,
      };
    const c = current ?? null;
    const p = previous ?? null;
    return {
      id,
      label,
      current: c,
      previous: p,
      change: c === null || p === null ? null : c - p,
      relativeChange: c === null || p === null || p === 0 ? null : (c - p) / p,
      definition,
    };
  };
  const metrics: HealthMetric[] = [
    metric(
      'active',
      'Active members',
      cur.active?.active ?? 0,
      prev.active?.active ?? 0,
      'Members with at least one activity (other than joining or leaving) in the period (CHAOSS Contributors).',
    ),
    metric(
      'new',
      'New members',
      cur.flow?.new ?? 0,
      prev.flow?.new ?? 0,
      'Members whose first activity ever falls in the period (CHAOSS New Contributors).',
    ),
    metric(
      'returning',
      'Returning members',
      cur.flow?.returning ?? 0,
      prev.flow?.returning ?? 0,
      'Active in the period, active before, but not in the period just before.',
    ),
    metric(
      'churned',
      'Churned members',
      cur.flow?.churned ?? 0,
      prev.flow?.churned ?? 0,
      'Active in the period before, not in this one.',
    ),
    metric(
      'churnRate',
      'Churn rate',
      cur.flow?.churnRate ?? null,
      prev.flow?.churnRate ?? null,
      'Churned ÷ active in the period before.',
    ),
    metric(
      'retention',
      'Newcomers still active one period later',
      retentionCur.share,
      retentionAt(prevStart).share,
      "Share of the previous period's new members active in this period (cohort retention at offset 1).",
    ),
    metric(
      'activities',
      'Activities',
      cur.active?.activities ?? 0,
      prev.active?.activities ?? 0,
      'Counted activities in the period.',
    ),
    metric(
      'medianResponseHours',
      'Median time to first response (hours)',
      ttfrCur.medianHours,
      ttfrPrev.medianHours,
      'Hours from a new post, issue or pull request to the first response by someone else (CHAOSS Time to First Response); median of the answered ones.',
    ),
    metric(
      'p90ResponseHours',
      'Slowest tenth: time to first response (hours)',
      ttfrCur.p90Hours,
      ttfrPrev.p90Hours,
      '90th percentile of the same (quantile type 7).',
    ),
    metric(
      'unanswered',
      'Questions unanswered after 7 days',
      ttfrCur.shareUnansweredAfterN,
      ttfrPrev.shareUnansweredAfterN,
      'Share of threads started at least 7 days before the end of the period with no response within 7 days.',
    ),
    metric(
      'absenceFactor',
      'Contributor absence factor',
      cafCur.value,
      cafPrev.value,
      'The fewest members who together did half of the activity (CHAOSS Contributor Absence Factor): low means fragile.',
    ),
    metric(
      'elephantFactor',
      'Elephant factor',
      efCur.value,
      efPrev.value,
      'The fewest organisations that together did half of the activity (CHAOSS Elephant Factor).',
    ),
    metric(
      'gini',
      'Participation inequality (Gini)',
      inCur.gini,
      inPrev.gini,
      'Gini coefficient of activity counts among active members: 0 equal, near 1 a few do everything.',
    ),
    metric(
      'top10Share',
      'Share of activity from the top 10%',
      inCur.top10Share,
      inPrev.top10Share,
      'Share of activities done by the most active tenth of active members.',
    ),
    metric(
      'joined',
      'Members who joined',
      funnelCur?.counts.joined ?? 0,
      funnelPrev?.counts.joined ?? 0,
      'Members whose joining date (roster, join record, else first activity) falls in the period.',
    ),
    metric(
      'activation',
      'Joiners who contributed',
      funnelCur?.conversion.firstActivity ?? null,
      funnelPrev?.conversion.firstActivity ?? null,
      "Share of the period's joiners with a first activity by the end of the period (onboarding funnel; CHAOSS Newcomer Experience).",
    ),
    metric(
      'newcomerResponse',
      'First-time contributors who got a response',
      funnelCur?.conversion.firstResponse ?? null,
      funnelPrev?.conversion.firstResponse ?? null,
      'Of those joiners, the share who received a reply from another member by the end of the period.',
    ),
    metric(
      'gatherings',
      'Gatherings',
      gatherCur.gatherings,
      gatherPrev.gatherings,
      'Calls, workshops, meetups… that started in the period.',
    ),
    metric(
      'gatheringAttendance',
      'Gathering attendance',
      gatherCur.attendance,
      gatherPrev.attendance,
      'Sum of attendees over the gatherings of the period.',
    ),
    metric(
      'showUpRate',
      'Gathering show-up rate',
      gatherCur.showUpRate,
      gatherPrev.showUpRate,
      'Registered members who attended ÷ registered (walk-ins not counted).',
    ),
    metric(
      'gatheringActiveAfter',
      'Attendees active in the 30 days after',
      gatherCur.activeAfterShare,
      gatherPrev.activeAfterShare,
      'Share of attendances followed by an activity of the attendee within 30 days of the gathering.',
    ),
  ];
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const facts: FindingFacts = {
    metric: (id) => byId.get(id) as HealthMetric,
    thresholds: opts.thresholds,
    responses: { current: ttfrCur, previous: ttfrPrev },
    funnel: funnelCur,
    gatherings: gatherCur,
    absence: cafCur,
    elephant: efCur,
    retentionCohort: retentionCur.size,
  };
  const findings: HealthFinding[] = [];
  for (const rule of HEALTH_FINDING_RULES) {
    if (missingSignals(coverage, rule.needs).length > 0) continue;
    const fired = rule.check(facts);
    if (fired !== null)
      findings.push({ id: rule.id, severity: rule.severity, ...fired, action: rule.action });
  }
  // One "not measured" line per set of missing signals, naming every metric it concerns.
  const groups = new Map<string, NotMeasured>();
  for (const m of metrics) {
    if (m.notMeasured === undefined) continue;
    const key = m.notMeasured.join(' ');
    const g = groups.get(key);
    if (g === undefined)
      groups.set(key, { metrics: [m.id], missing: m.notMeasured as Signal[], message: '' });
    else g.metrics.push(m.id);
  }
  const notMeasuredLines = [...groups.values()].map((g) => ({
    ...g,
    message: notMeasured(
      g.metrics.map((id) => (byId.get(id) as HealthMetric).label.toLowerCase()),
      g.missing,
    ),
  }));
  return {
    community: community.name,
    asOf: opts.asOf.toISOString(),
    period: {
      unit,
      current: periodOf(curStart, curEnd),
      previous: periodOf(prevStart, prevEnd),
      partial,
    },
    metrics,
    findings,
    notMeasured: notMeasuredLines,
    keyContributors: cafCur.members,
    keyOrganisations: efCur.members,
    botsLeftOut: { ...log.botsLeftOut },
  };
}
