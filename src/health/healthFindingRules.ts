import { z } from 'zod';
import type { Signal } from '../model/signals.js';
import type { AbsenceFactorResult } from './absenceFactorResult.js';
import type { GatheringMetricsResult } from './gatheringMetrics.js';
import type { HealthMetric } from './healthMetric.js';
import type { Funnel } from './onboardingFunnel.js';
import type { TimeToFirstResponseResult } from './timeToFirstResponse.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * The thresholds of the health report's findings, and the smallest counts a
 * rate or a change must rest on before it becomes a finding; change any of
 * them.
 *
 * @example
 * ```ts
 * HealthThresholdsSchema.parse({}).activeDrop; // → 0.2
 * HealthThresholdsSchema.parse({}).minBase; // → 10
 * ```
 */
export const HealthThresholdsSchema = z.strictObject({
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
  /** A share of the period's joiners who made a first contribution below this is a finding. */
  activation: z.number().min(0).max(1).default(0.3),
  /** A share of first-time contributors who received a response below this is a finding. */
  newcomerResponse: z.number().min(0).max(1).default(0.5),
  /** A gathering show-up rate below this is a finding. */
  showUp: z.number().min(0).max(1).default(0.5),
  /** A share of gathering attendees active in the 30 days after below this is a finding. */
  gatheringFollowUp: z.number().min(0).max(1).default(0.3),
  /** A percentage change is stated only when the earlier value is at least this (no "+100%" on 1 → 2). */
  minBase: z.number().int().min(1).default(10),
  /** A rate or a factor becomes a finding only when it rests on at least this many cases (threads, members, activities). */
  minCases: z.number().int().min(1).default(10),
  /** Funnel findings need at least this many joiners (or first-time contributors). */
  minJoiners: z.number().int().min(1).default(5),
  /** The one-responder finding needs at least this many answered threads. */
  minResponses: z.number().int().min(1).default(5),
  /** The show-up finding needs at least this many registrations. */
  minRegistrations: z.number().int().min(1).default(10),
  /** The follow-up finding needs at least this many attendances. */
  minAttendances: z.number().int().min(1).default(10),
});

/** Thresholds of the findings. */
export type HealthThresholds = z.output<typeof HealthThresholdsSchema>;

/**
 * A finding of the health report: what changed or what is at risk, the
 * numbers behind it (rates with their counts and a 95% Wilson interval
 * `low`–`high`), and what to do.
 *
 * @example
 * ```ts
 * HealthFindingSchema.parse({ id: 'high-churn', severity: 'warning', message: '…', numbers: {}, action: '…' }).severity; // → 'warning'
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

/** What the finding rules read: the metrics and the results behind them, for the current period. */
export interface FindingFacts {
  /** The report's metric with this id. */
  metric: (id: string) => HealthMetric;
  /** The thresholds and minimum counts in force. */
  thresholds: HealthThresholds;
  /** Time to first response in the current and the previous period. */
  responses: { current: TimeToFirstResponseResult; previous: TimeToFirstResponseResult };
  /** The onboarding funnel of the current period's joiners. */
  funnel: Funnel | undefined;
  /** Gathering metrics of the current period. */
  gatherings: GatheringMetricsResult;
  /** The contributor absence factor of the current period. */
  absence: AbsenceFactorResult;
  /** The elephant factor of the current period. */
  elephant: AbsenceFactorResult;
  /** Size of the cohort whose retention the `retention` metric gives. */
  retentionCohort: number;
  /**
   * Members active in the period just before the current one — those who
   * could churn, the churn rate's denominator (churned + retained). The
   * `active` metric's previous value is another count when the periods are
   * partial or `compareTo` is set.
   */
  churnBase: number;
}

/** One rule of {@link HEALTH_FINDING_RULES}: when it fires, what it needs, what it says. */
export interface HealthFindingRule {
  readonly id: string;
  readonly severity: HealthFinding['severity'];
  /** The signals it needs; without them the rule is not evaluated and the report says so. */
  readonly needs: readonly Signal[];
  /** When it fires, in words (docs/health.md's table is checked against these). */
  readonly when: string;
  /** What a community manager might do. */
  readonly action: string;
  /** The message and numbers when it fires, or null. */
  readonly check: (f: FindingFacts) => { message: string; numbers: HealthFinding['numbers'] } | null;
}

const pct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.round(Math.abs(x) * 100)}%`;
const share = (x: number): string => `${Math.round(x * 100)}%`;

/** A rate's numbers: the share, its counts and its 95% Wilson interval. */
function rate(successes: number, trials: number): Record<string, number | null> {
  const w = wilsonInterval(successes, trials);
  return {
    share: trials === 0 ? null : successes / trials,
    count: successes,
    of: trials,
    low: w?.low ?? null,
    high: w?.high ?? null,
  };
}

/**
 * The health report's findings as a table of rules, in the order the report
 * lists them: each with its id, severity, the signals it needs (see
 * `dataCoverage`), when it fires (thresholds and minimum counts from
 * {@link HealthThresholdsSchema}), its sentence and its advice.
 * docs/health.md's table of rules is checked against this table by a test.
 *
 * @example
 * ```ts
 * HEALTH_FINDING_RULES.map((r) => r.id).slice(0, 3); // → ['active-members-fell', 'active-members-rose', 'newcomers-fell']
 * HEALTH_FINDING_RULES.find((r) => r.id === 'questions-unanswered')?.needs; // → ['conversations', 'replies']
 * ```
 */
export const HEALTH_FINDING_RULES: readonly HealthFindingRule[] = [
  {
    id: 'active-members-fell',
    severity: 'warning',
    needs: ['activity'],
    when: 'active members fell by at least `activeDrop`, from at least `minBase`',
    action:
      'Look at which channels and groups went quiet; invite lapsed regulars back personally, and check whether a recurring event stopped.',
    check: ({ metric, thresholds: th }) => {
      const m = metric('active');
      if (m.relativeChange === null || m.previous === null || m.previous < th.minBase) return null;
      if (m.relativeChange > -th.activeDrop) return null;
      return {
        message: `Active members fell from ${m.previous} to ${m.current} (${pct(m.relativeChange)}).`,
        numbers: { previous: m.previous, current: m.current, change: m.relativeChange },
      };
    },
  },
  {
    id: 'active-members-rose',
    severity: 'good',
    needs: ['activity'],
    when: 'active members rose by at least `activeRise`, from at least `minBase`',
    action:
      'Make sure newcomers get answers quickly while activity is high; tell the sponsor what drove the rise.',
    check: ({ metric, thresholds: th }) => {
      const m = metric('active');
      if (m.relativeChange === null || m.previous === null || m.previous < th.minBase) return null;
      if (m.relativeChange < th.activeRise) return null;
      return {
        message: `Active members rose from ${m.previous} to ${m.current} (${pct(m.relativeChange)}).`,
        numbers: { previous: m.previous, current: m.current, change: m.relativeChange },
      };
    },
  },
  {
    id: 'newcomers-fell',
    severity: 'warning',
    needs: ['activity'],
    when: 'new members fell by at least `newcomerDrop`, from at least `minBase`',
    action:
      'Revisit outreach: events in adjacent communities, social posts, the welcome path on the website.',
    check: ({ metric, thresholds: th }) => {
      const m = metric('new');
      if (m.relativeChange === null || m.previous === null || m.previous < th.minBase) return null;
      if (m.relativeChange > -th.newcomerDrop) return null;
      return {
        message: `New members fell from ${m.previous} to ${m.current} (${pct(m.relativeChange)}).`,
        numbers: { previous: m.previous, current: m.current, change: m.relativeChange },
      };
    },
  },
  {
    id: 'few-carry-the-work',
    severity: 'warning',
    needs: ['activity'],
    when: 'contributor absence factor ≤ `absenceFactor`, over at least `minCases` activities',
    action:
      'Spread the work: pair these members with others on their recurring tasks, and document what only they know.',
    check: ({ absence: a, thresholds: th }) => {
      if (a.value === 0 || a.value > th.absenceFactor || a.total < th.minCases) return null;
      return {
        message: `${a.value} member${a.value === 1 ? '' : 's'} did half of all activity this period (${a.members.map((m) => m.id).join(', ')}).`,
        numbers: { absenceFactor: a.value, share: a.share, activities: a.total },
      };
    },
  },
  {
    id: 'one-organisation',
    severity: 'info',
    needs: ['affiliations'],
    when: 'elephant factor ≤ `elephantFactor`, over at least `minCases` affiliated activities',
    action:
      'Invite and support contributors from other organisations so the community does not depend on one employer.',
    check: ({ elephant: e, absence: all, thresholds: th }) => {
      if (e.value === 0 || e.value > th.elephantFactor || e.total < th.minCases) return null;
      const org = e.members[0];
      const affiliatedShare = all.total === 0 ? null : e.total / all.total;
      return {
        message: `One organisation (${org?.id ?? 'unknown'}) accounts for ${share(e.share)} of the affiliated activity (${org?.count ?? 0} of ${e.total}); affiliated activity is ${affiliatedShare === null ? 'unknown' : share(affiliatedShare)} of all activity this period.`,
        numbers: {
          elephantFactor: e.value,
          share: e.share,
          affiliatedActivities: e.total,
          allActivities: all.total,
          affiliatedShare,
        },
      };
    },
  },
  {
    id: 'high-churn',
    severity: 'warning',
    needs: ['activity'],
    when: 'churn rate ≥ `churnRate`, of at least `minCases` members active in the period before',
    action:
      'Ask a few of them why (a short survey or personal message); check for unanswered questions and cancelled events.',
    check: ({ metric, thresholds: th, churnBase: before }) => {
      const rateNow = metric('churnRate').current;
      const churned = metric('churned').current ?? 0;
      if (rateNow === null || rateNow < th.churnRate || before < th.minCases) return null;
      return {
        message: `${share(rateNow)} of last period's active members were not active this period (${churned} of ${before}).`,
        numbers: { churnRate: rateNow, churned, ...rate(churned, before) },
      };
    },
  },
  {
    id: 'unequal-participation',
    severity: 'info',
    needs: ['activity'],
    when: 'Gini ≥ `gini`, among at least `minCases` active members',
    action:
      'Create low-barrier ways to contribute (reviews, translations, answering) and invite occasional members into them.',
    check: ({ metric, thresholds: th }) => {
      const g = metric('gini').current;
      const active = metric('active').current ?? 0;
      if (g === null || g < th.gini || active < th.minCases) return null;
      return {
        message: `Participation is very unequal (Gini ${g.toFixed(2)}; the top 10% did ${share(metric('top10Share').current ?? 0)} of the activity).`,
        numbers: { gini: g, top10Share: metric('top10Share').current, active },
      };
    },
  },
  {
    id: 'newcomers-not-staying',
    severity: 'warning',
    needs: ['activity'],
    when: "share of last period's newcomers active this period < `retention`, of at least `minCases` newcomers",
    action: 'Follow up with newcomers after their first contribution; offer a mentor or an onboarding call.',
    check: ({ metric, thresholds: th, retentionCohort }) => {
      const r = metric('retention');
      if (r.current === null || r.current >= th.retention || retentionCohort < th.minCases) return null;
      const stayed = Math.round(r.current * retentionCohort);
      return {
        message: `Only ${stayed} of last period's ${retentionCohort} newcomers (${share(r.current)}) were active again this period.`,
        numbers: { retention: r.current, previous: r.previous, ...rate(stayed, retentionCohort) },
      };
    },
  },
  {
    id: 'responses-slower',
    severity: 'warning',
    needs: ['conversations', 'replies'],
    when: 'median time to first response grew by ≥ `responseSlowdown` and ≥ 2 h, with at least `minCases` answered threads in each period',
    action:
      'Check whether the usual responders were away; set up a rota or office hours for questions, and point newcomers to it.',
    check: ({ metric, thresholds: th, responses }) => {
      const m = metric('medianResponseHours');
      if (m.current === null || m.previous === null || m.relativeChange === null) return null;
      if (responses.current.answered < th.minCases || responses.previous.answered < th.minCases) return null;
      if (m.current - m.previous < 2 || m.relativeChange < th.responseSlowdown) return null;
      return {
        message: `Time to first response rose from ${m.previous.toFixed(1)} h to ${m.current.toFixed(1)} h (median of ${responses.current.answered} answered threads).`,
        numbers: { previous: m.previous, current: m.current, answered: responses.current.answered },
      };
    },
  },
  {
    id: 'questions-unanswered',
    severity: 'warning',
    needs: ['conversations', 'replies'],
    when: 'share of conversations unanswered after 7 days ≥ `unanswered`, of at least `minCases` conversations 7 days old',
    action:
      'Go through the unanswered conversations, route each to someone who knows the topic, and thank the people who answer.',
    check: ({ responses, thresholds: th }) => {
      const r = responses.current;
      if (
        r.shareUnansweredAfterN === null ||
        r.shareUnansweredAfterN < th.unanswered ||
        r.oldEnough < th.minCases
      )
        return null;
      return {
        message: `${share(r.shareUnansweredAfterN)} of conversations started this period (${r.unansweredAfterN} of ${r.oldEnough}) had no reply from anyone else within 7 days.`,
        numbers: {
          unanswered: r.unansweredAfterN,
          threads: r.oldEnough,
          ...rate(r.unansweredAfterN, r.oldEnough),
        },
      };
    },
  },
  {
    id: 'one-responder',
    severity: 'warning',
    needs: ['conversations', 'replies'],
    when: 'one member gave ≥ `responderShare` of first responses, of at least `minResponses` answered',
    action: 'Responses depend on one person: invite a few knowledgeable members to share first-tier support.',
    check: ({ responses, thresholds: th }) => {
      const r = responses.current;
      const top = r.responders.byMember[0];
      if (top === undefined || r.answered < th.minResponses || top.count / r.answered < th.responderShare)
        return null;
      return {
        message: `${top.id} gave ${top.count} of ${r.answered} first responses (${share(top.count / r.answered)}).`,
        numbers: { responder: top.id, count: top.count, answered: r.answered },
      };
    },
  },
  {
    id: 'newcomers-silent',
    severity: 'warning',
    needs: ['joins'],
    when: "of the period's joiners (at least `minJoiners`), share with a first activity < `activation`",
    action:
      'Send joiners a welcome with one concrete first task (introduce yourself, answer one question), and point them to the next call.',
    check: ({ funnel, thresholds: th }) => {
      const joined = funnel?.counts.joined ?? 0;
      const activation = funnel?.conversion.firstActivity ?? null;
      if (activation === null || joined < th.minJoiners || activation >= th.activation) return null;
      const contributed = funnel?.counts.firstActivity ?? 0;
      return {
        message: `Only ${contributed} of the ${joined} members who joined this period (${share(activation)}) made a first contribution.`,
        numbers: { joined, contributed, ...rate(contributed, joined) },
      };
    },
  },
  {
    id: 'newcomers-unanswered',
    severity: 'warning',
    needs: ['joins', 'replies'],
    when: 'of the joiners with a first activity (at least `minJoiners`), share who received a response < `newcomerResponse`',
    action:
      "Set up a welcome rota so every newcomer's first post gets a reply within a day; newcomers who get an answer come back more often.",
    check: ({ funnel, thresholds: th }) => {
      const firstTimers = funnel?.counts.firstActivity ?? 0;
      const answeredShare = funnel?.conversion.firstResponse ?? null;
      if (answeredShare === null || firstTimers < th.minJoiners || answeredShare >= th.newcomerResponse)
        return null;
      const answered = funnel?.counts.firstResponse ?? 0;
      return {
        message: `Only ${answered} of ${firstTimers} newcomers who contributed this period got a reply from anyone.`,
        numbers: { contributed: firstTimers, answered, ...rate(answered, firstTimers) },
      };
    },
  },
  {
    id: 'low-show-up',
    severity: 'info',
    needs: ['attendance'],
    when: 'gathering show-up rate < `showUp`, of at least `minRegistrations` registrations',
    action: 'Send a reminder the day before and a calendar invite; ask no-shows whether the time suits them.',
    check: ({ gatherings: g, thresholds: th }) => {
      const registered = g.items.reduce((a, x) => a + x.registered, 0);
      const came = g.items.reduce((a, x) => a + x.registeredAndAttended, 0);
      if (g.showUpRate === null || registered < th.minRegistrations || g.showUpRate >= th.showUp) return null;
      return {
        message: `${share(g.showUpRate)} of the ${registered} registrations for this period's gatherings turned up.`,
        numbers: {
          registered,
          gatherings: g.gatherings,
          ...rate(came, registered),
          showUpRate: g.showUpRate,
        },
      };
    },
  },
  {
    id: 'gatherings-no-follow-up',
    severity: 'info',
    needs: ['attendance', 'activity'],
    when: 'share of attendees active in the 30 days after < `gatheringFollowUp`, of at least `minAttendances` attendances',
    action:
      'End each gathering with a next step in the community (a thread to continue in, a task to pick up).',
    check: ({ gatherings: g, thresholds: th }) => {
      if (
        g.activeAfterShare === null ||
        g.attendance < th.minAttendances ||
        g.activeAfterShare >= th.gatheringFollowUp
      )
        return null;
      return {
        message: `Only ${share(g.activeAfterShare)} of gathering attendees were active in the community in the 30 days after.`,
        numbers: { attendance: g.attendance, activeAfterShare: g.activeAfterShare },
      };
    },
  },
];
