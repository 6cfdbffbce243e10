import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { addPeriods, PeriodUnitSchema, periodKey, periodStart } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { activeMembers } from './activeMembers.js';
import { type ActivityLog, activityLog } from './activityLog.js';
import { contributorAbsenceFactor } from './contributorAbsenceFactor.js';
import { elephantFactor } from './elephantFactor.js';
import { gatheringMetricsOn } from './gatheringMetrics.js';
import { releaseColumns } from './internal/ownedColumns.js';
import { memberFlow } from './memberFlow.js';
import { onboardingFunnels } from './onboardingFunnel.js';
import { participationInequality } from './participationInequality.js';
import { retentionCohorts } from './retentionCohorts.js';
import { timeToFirstResponse } from './timeToFirstResponse.js';

type ParsedOptions = z.output<typeof HealthReportOptionsSchema>;

/**
 * The thresholds of the health report's findings; change any of them.
 *
 * @example
 * ```ts
 * HealthThresholdsSchema.parse({}).activeDrop; // → 0.2
 * ```
 */
export const HealthThresholdsSchema = z.object({
  /** A fall in active members by at least this share is a finding. */
  activeDrop: z.number().min(0).max(1).default(0.2),
  /** A rise in active members by at least this share is a (good) finding. */
  activeRise: z.number().min(0).default(0.2),
  /** A fall in newcomers by at least this share is a finding. */
  newcomerDrop: z.number().min(0).max(1).default(0.3),
  /** A contributor absence factor at or below this is a finding. */
  absenceFactor: z.number().int().min(1).default(2),
  /** An elephant factor at or below this is a finding. */
  elephantFactor: z.number().int().min(1).default(1),
  /** A churn rate at or above this is a finding. */
  churnRate: z.number().min(0).max(1).default(0.5),
  /** A Gini coefficient at or above this is a finding. */
  gini: z.number().min(0).max(1).default(0.8),
  /** A share of new members still active one period later below this is a finding. */
  retention: z.number().min(0).max(1).default(0.2),
  /** A median time to first response that grew by at least this share (and at least 2 hours) is a finding. */
  responseSlowdown: z.number().min(0).default(0.5),
  /** A share of questions unanswered after 7 days at or above this is a finding. */
  unanswered: z.number().min(0).max(1).default(0.25),
  /** One person giving at least this share of first responses is a finding. */
  responderShare: z.number().min(0).max(1).default(0.5),
  /** A share of the period's joiners who made a first contribution below this (with at least 5 joiners) is a finding. */
  activation: z.number().min(0).max(1).default(0.3),
  /** A share of first-time contributors who received a response below this (with at least 5 of them) is a finding. */
  newcomerResponse: z.number().min(0).max(1).default(0.5),
  /** A gathering show-up rate below this (with at least 10 registrations in the period) is a finding. */
  showUp: z.number().min(0).max(1).default(0.5),
  /** A share of gathering attendees active in the 30 days after below this (with at least 10 attendances) is a finding. */
  gatheringFollowUp: z.number().min(0).max(1).default(0.3),
});

/** Thresholds of the findings. */
export type HealthThresholds = z.output<typeof HealthThresholdsSchema>;

/**
 * Options of {@link healthReport}.
 *
 * @example
 * ```ts
 * HealthReportOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, period: 'quarter', thresholds: { activeDrop: 0.2, … } }
 * ```
 */
export const HealthReportOptionsSchema = z.object({
  /** End of the current period (exclusive). */
  asOf: DateInputSchema,
  /** The period reported on: the current one is the period containing the instant just before `asOf`. */
  period: PeriodUnitSchema.default('quarter'),
  /** Compare with the period containing this date instead of the previous one. */
  compareTo: DateInputSchema.optional(),
  thresholds: HealthThresholdsSchema.default(HealthThresholdsSchema.parse({})),
});

/** Options of {@link healthReport}. */
export type HealthReportOptions = z.input<typeof HealthReportOptionsSchema>;

/**
 * One metric of the {@link healthReport}, now and then.
 *
 * @example
 * ```ts
 * const report = healthReport(sampleCommunity(), { asOf: '2026-01-01' });
 * HealthMetricSchema.parse(report.metrics[0]).id; // → 'active'
 * ```
 */
export const HealthMetricSchema = z.object({
  id: z.string(),
  label: z.string(),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current − previous (null when either is missing). */
  change: z.number().nullable(),
  /** Relative change, (current − previous) / previous (null when previous is 0 or missing). */
  relativeChange: z.number().nullable(),
  /** How to read it and where the definition comes from. */
  definition: z.string(),
});
/** One metric, now and then. */
export type HealthMetric = z.output<typeof HealthMetricSchema>;

/**
 * A finding of the {@link healthReport}: what changed or what is at risk, the
 * numbers behind it, and what to do.
 *
 * @example
 * ```ts
 * const report = healthReport(sampleCommunity(), { asOf: '2026-01-01' });
 * HealthFindingSchema.parse(report.findings[1]).severity; // → 'warning'
 * ```
 */
export const HealthFindingSchema = z.object({
  id: z.string(),
  severity: z.enum(['warning', 'info', 'good']),
  message: z.string(),
  numbers: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  action: z.string(),
});
/** A finding: what changed or what is at risk, the numbers behind it, and what to do. */
export type HealthFinding = z.output<typeof HealthFindingSchema>;

const PeriodRefSchema = z.object({ key: z.string(), start: z.string(), end: z.string() });

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
  period: z.object({ unit: z.string(), current: PeriodRefSchema, previous: PeriodRefSchema }),
  metrics: z.array(HealthMetricSchema),
  findings: z.array(HealthFindingSchema),
  /** Contributors and organisations behind the absence and elephant factors (current period). */
  keyContributors: z.array(z.object({ id: z.string(), count: z.number() })),
  keyOrganisations: z.array(z.object({ id: z.string(), count: z.number() })),
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
 * and what a community manager might do. Findings come from documented rules
 * whose thresholds (`thresholds`) you can change:
 *
 * | id | rule |
 * |---|---|
 * | `active-members-fell` / `active-members-rose` | active members changed by at least `activeDrop` / `activeRise` |
 * | `newcomers-fell` | new members fell by at least `newcomerDrop` |
 * | `few-carry-the-work` | contributor absence factor ≤ `absenceFactor` |
 * | `one-organisation` | elephant factor ≤ `elephantFactor` |
 * | `high-churn` | churn rate ≥ `churnRate` |
 * | `unequal-participation` | Gini ≥ `gini` |
 * | `newcomers-not-staying` | share of last period's newcomers active this period < `retention` |
 * | `responses-slower` | median time to first response grew by ≥ `responseSlowdown` and ≥ 2 h |
 * | `questions-unanswered` | share unanswered after 7 days ≥ `unanswered` |
 * | `one-responder` | one member gave ≥ `responderShare` of first responses (with ≥ 5 answered) |
 * | `newcomers-silent` | of the period's joiners (≥ 5), share with a first activity < `activation` |
 * | `newcomers-unanswered` | of the joiners with a first activity (≥ 5), share who received a response < `newcomerResponse` |
 * | `low-show-up` | gathering show-up rate < `showUp` (≥ 10 registrations) |
 * | `gatherings-no-follow-up` | share of attendees active in the 30 days after < `gatheringFollowUp` (≥ 10 attendances) |
 *
 * An empty community gives zeros and no findings about change.
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
  const opts = parseWith('healthReport', HealthReportOptionsSchema, options, 'options');
  const log = activityLog(community);
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
  const prevStart = opts.compareTo ? periodStart(opts.compareTo, unit) : addPeriods(curStart, unit, -1);
  const prevEnd = opts.compareTo ? addPeriods(prevStart, unit, 1) : curStart;
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
    prevEnd.getTime() <= curEnd.getTime()
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
  const cohorts = retentionCohorts(log, { unit, asOf: curEnd });
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
  const retentionAt = (start: Date): number | null => {
    const c = cohorts.cohorts.find((k) => k.start === addPeriods(start, unit, -1).toISOString());
    return c && c.size > 0 && c.shares.length > 1 ? (c.shares[1] as number) : null;
  };

  const metric = (
    id: string,
    label: string,
    current: number | null | undefined,
    previous: number | null | undefined,
    definition: string,
  ): HealthMetric => {
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
      retentionAt(curStart),
      retentionAt(prevStart),
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
  const get = (id: string): HealthMetric => metrics.find((m) => m.id === id)!;
  const th = opts.thresholds;
  const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.round(Math.abs(x) * 100)}%`;
  const findings: HealthFinding[] = [];
  const active = get('active');
  if (active.relativeChange !== null && active.relativeChange <= -th.activeDrop)
    findings.push({
      id: 'active-members-fell',
      severity: 'warning',
      message: `Active members fell from ${active.previous} to ${active.current} (${pct(active.relativeChange)}).`,
      numbers: { previous: active.previous, current: active.current, change: active.relativeChange },
      action:
        'Look at which channels and groups went quiet; invite lapsed regulars back personally, and check whether a recurring event stopped.',
    });
  if (active.relativeChange !== null && active.relativeChange >= th.activeRise)
    findings.push({
      id: 'active-members-rose',
      severity: 'good',
      message: `Active members rose from ${active.previous} to ${active.current} (${pct(active.relativeChange)}).`,
      numbers: { previous: active.previous, current: active.current, change: active.relativeChange },
      action:
        'Make sure newcomers get answers quickly while activity is high; tell the sponsor what drove the rise.',
    });
  const nw = get('new');
  if (nw.relativeChange !== null && nw.relativeChange <= -th.newcomerDrop)
    findings.push({
      id: 'newcomers-fell',
      severity: 'warning',
      message: `New members fell from ${nw.previous} to ${nw.current} (${pct(nw.relativeChange)}).`,
      numbers: { previous: nw.previous, current: nw.current, change: nw.relativeChange },
      action:
        'Revisit outreach: events in adjacent communities, social posts, the welcome path on the website.',
    });
  if (cafCur.value > 0 && cafCur.value <= th.absenceFactor)
    findings.push({
      id: 'few-carry-the-work',
      severity: 'warning',
      message: `${cafCur.value} member${cafCur.value === 1 ? '' : 's'} did half of all activity this period (${cafCur.members.map((m) => m.id).join(', ')}).`,
      numbers: { absenceFactor: cafCur.value, share: cafCur.share },
      action:
        'Spread the work: pair these members with others on their recurring tasks, and document what only they know.',
    });
  if (efCur.value > 0 && efCur.value <= th.elephantFactor)
    findings.push({
      id: 'one-organisation',
      severity: 'info',
      message: `One organisation (${efCur.members[0]?.id ?? 'unknown'}) accounts for at least half of the activity.`,
      numbers: { elephantFactor: efCur.value, share: efCur.share },
      action:
        'Invite and support contributors from other organisations so the community does not depend on one employer.',
    });
  const churn = get('churnRate');
  if (churn.current !== null && churn.current >= th.churnRate)
    findings.push({
      id: 'high-churn',
      severity: 'warning',
      message: `${Math.round(churn.current * 100)}% of last period's active members were not active this period (${get('churned').current} members).`,
      numbers: { churnRate: churn.current, churned: get('churned').current },
      action:
        'Ask a few of them why (a short survey or personal message); check for unanswered questions and cancelled events.',
    });
  const gini = get('gini');
  if (gini.current !== null && gini.current >= th.gini)
    findings.push({
      id: 'unequal-participation',
      severity: 'info',
      message: `Participation is very unequal (Gini ${gini.current.toFixed(2)}; the top 10% did ${Math.round((get('top10Share').current ?? 0) * 100)}% of the activity).`,
      numbers: { gini: gini.current, top10Share: get('top10Share').current },
      action:
        'Create low-barrier ways to contribute (reviews, translations, answering) and invite occasional members into them.',
    });
  const median = get('medianResponseHours');
  if (
    median.current !== null &&
    median.previous !== null &&
    median.current - median.previous >= 2 &&
    median.relativeChange !== null &&
    median.relativeChange >= th.responseSlowdown
  )
    findings.push({
      id: 'responses-slower',
      severity: 'warning',
      message: `Time to first response rose from ${median.previous.toFixed(1)} h to ${median.current.toFixed(1)} h (median).`,
      numbers: { previous: median.previous, current: median.current },
      action:
        'Check whether the usual responders were away; set up a rota or office hours for questions, and point newcomers to it.',
    });
  const unanswered = get('unanswered');
  if (unanswered.current !== null && unanswered.current >= th.unanswered)
    findings.push({
      id: 'questions-unanswered',
      severity: 'warning',
      message: `${Math.round(unanswered.current * 100)}% of questions (${ttfrCur.unansweredAfterN} of ${ttfrCur.oldEnough}) had no answer within 7 days.`,
      numbers: {
        share: unanswered.current,
        unanswered: ttfrCur.unansweredAfterN,
        threads: ttfrCur.oldEnough,
      },
      action:
        'Go through the unanswered threads, route each to someone who knows (routeQuestion), and thank the people who answer.',
    });
  const top = ttfrCur.responders.byMember[0];
  if (top && ttfrCur.answered >= 5 && top.count / ttfrCur.answered >= th.responderShare)
    findings.push({
      id: 'one-responder',
      severity: 'warning',
      message: `${top.id} gave ${top.count} of ${ttfrCur.answered} first responses (${Math.round((100 * top.count) / ttfrCur.answered)}%).`,
      numbers: { responder: top.id, count: top.count, answered: ttfrCur.answered },
      action:
        'Responses depend on one person: invite a few knowledgeable members to share first-tier support.',
    });
  const joined = funnelCur?.counts.joined ?? 0;
  const activation = funnelCur?.conversion.firstActivity ?? null;
  if (activation !== null && joined >= 5 && activation < th.activation)
    findings.push({
      id: 'newcomers-silent',
      severity: 'warning',
      message: `Only ${Math.round(activation * 100)}% of the ${joined} members who joined this period made a first contribution.`,
      numbers: { joined, contributed: funnelCur?.counts.firstActivity ?? 0, share: activation },
      action:
        'Send joiners a welcome with one concrete first task (introduce yourself, answer one question), and point them to the next call.',
    });
  const firstTimers = funnelCur?.counts.firstActivity ?? 0;
  const answeredShare = funnelCur?.conversion.firstResponse ?? null;
  if (answeredShare !== null && firstTimers >= 5 && answeredShare < th.newcomerResponse)
    findings.push({
      id: 'newcomers-unanswered',
      severity: 'warning',
      message: `Only ${funnelCur?.counts.firstResponse ?? 0} of ${firstTimers} newcomers who contributed this period got a reply from anyone.`,
      numbers: {
        contributed: firstTimers,
        answered: funnelCur?.counts.firstResponse ?? 0,
        share: answeredShare,
      },
      action:
        "Set up a welcome rota so every newcomer's first post gets a reply within a day; newcomers who get an answer come back more often.",
    });
  const registeredCur = gatherCur.items.reduce((a, g) => a + g.registered, 0);
  if (gatherCur.showUpRate !== null && registeredCur >= 10 && gatherCur.showUpRate < th.showUp)
    findings.push({
      id: 'low-show-up',
      severity: 'info',
      message: `${Math.round(gatherCur.showUpRate * 100)}% of the ${registeredCur} registrations for this period's gatherings turned up.`,
      numbers: {
        registered: registeredCur,
        showUpRate: gatherCur.showUpRate,
        gatherings: gatherCur.gatherings,
      },
      action:
        'Send a reminder the day before and a calendar invite; ask no-shows whether the time suits them.',
    });
  if (
    gatherCur.activeAfterShare !== null &&
    gatherCur.attendance >= 10 &&
    gatherCur.activeAfterShare < th.gatheringFollowUp
  )
    findings.push({
      id: 'gatherings-no-follow-up',
      severity: 'info',
      message: `Only ${Math.round(gatherCur.activeAfterShare * 100)}% of gathering attendees were active in the community in the 30 days after.`,
      numbers: { attendance: gatherCur.attendance, activeAfterShare: gatherCur.activeAfterShare },
      action:
        'End each gathering with a next step in the community (a thread to continue in, a task to pick up).',
    });
  const ret = get('retention');
  if (ret.current !== null && ret.current < th.retention)
    findings.push({
      id: 'newcomers-not-staying',
      severity: 'warning',
      message: `Only ${Math.round(ret.current * 100)}% of last period's newcomers were active again this period.`,
      numbers: { retention: ret.current, previous: ret.previous },
      action:
        'Follow up with newcomers after their first contribution; offer a mentor or an onboarding call.',
    });
  return {
    community: community.name,
    asOf: opts.asOf.toISOString(),
    period: { unit, current: periodOf(curStart, curEnd), previous: periodOf(prevStart, prevEnd) },
    metrics,
    findings,
    keyContributors: cafCur.members,
    keyOrganisations: efCur.members,
  };
}
