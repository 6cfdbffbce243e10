import type { PeriodFacts } from './periodFacts.js';

/** One row of the health report's metric table: what it is, and how to read it from a period's facts. */
export interface HealthMetricRow {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly value: (f: PeriodFacts) => number | null;
}

/** The metrics of the health report, in the order it lists them (the signals each needs: `HEALTH_METRIC_NEEDS`). */
export const HEALTH_METRIC_TABLE: readonly HealthMetricRow[] = [
  {
    id: 'active',
    label: 'Active members',
    definition:
      'Members with at least one activity (other than joining or leaving) in the period (CHAOSS Contributors).',
    value: (f) => f.active,
  },
  {
    id: 'new',
    label: 'New members',
    definition: 'Members whose first activity ever falls in the period (CHAOSS New Contributors).',
    value: (f) => f.flow.new,
  },
  {
    id: 'returning',
    label: 'Returning members',
    definition: 'Active in the period, active before, but not in the period just before.',
    value: (f) => f.flow.returning,
  },
  {
    id: 'churned',
    label: 'Churned members',
    definition: 'Active in the period before, not in this one.',
    value: (f) => f.flow.churned,
  },
  {
    id: 'churnRate',
    label: 'Churn rate',
    definition: 'Churned ÷ active in the period before.',
    value: (f) => f.flow.churnRate,
  },
  {
    id: 'retention',
    label: 'Newcomers still active one period later',
    definition:
      "Share of the previous period's new members active in this period (cohort retention at offset 1).",
    value: (f) => f.retention.share,
  },
  {
    id: 'activities',
    label: 'Activities',
    definition: 'Counted activities in the period.',
    value: (f) => f.activities,
  },
  {
    id: 'medianResponseHours',
    label: 'Median time to first response (hours)',
    definition:
      'Hours from a new post, issue or pull request to the first response by someone else (CHAOSS Time to First Response); median of the answered ones.',
    value: (f) => f.responses.medianHours,
  },
  {
    id: 'p90ResponseHours',
    label: 'Slowest tenth: time to first response (hours)',
    definition: '90th percentile of the same (quantile type 7).',
    value: (f) => f.responses.p90Hours,
  },
  {
    id: 'unanswered',
    label: 'Questions unanswered after 7 days',
    definition:
      'Share of threads started at least 7 days before the end of the period with no response within 7 days.',
    value: (f) => f.responses.shareUnansweredAfterN,
  },
  {
    id: 'absenceFactor',
    label: 'Contributor absence factor',
    definition:
      'The fewest members who together did half of the activity (CHAOSS Contributor Absence Factor): low means fragile.',
    // No activity in the period: there is no half to cover, so no factor (not 0).
    value: (f) => (f.absence.total === 0 ? null : f.absence.value),
  },
  {
    id: 'elephantFactor',
    label: 'Elephant factor',
    definition: 'The fewest organisations that together did half of the activity (CHAOSS Elephant Factor).',
    // No activity by members with a known organisation in the period: not measured then (not 0).
    value: (f) => (f.elephant.total === 0 ? null : f.elephant.value),
  },
  {
    id: 'gini',
    label: 'Participation inequality (Gini)',
    definition:
      'Gini coefficient of activity counts among active members: 0 equal, near 1 a few do everything.',
    value: (f) => f.inequality.gini,
  },
  {
    id: 'top10Share',
    label: 'Share of activity from the top 10%',
    definition: 'Share of activities done by the most active tenth of active members.',
    value: (f) => f.inequality.top10Share,
  },
  {
    id: 'joined',
    label: 'Members who joined',
    definition: 'Members whose joining date (roster, join record, else first activity) falls in the period.',
    value: (f) => f.funnel?.counts.joined ?? 0,
  },
  {
    id: 'activation',
    label: 'Joiners who contributed',
    definition:
      "Share of the period's joiners with a first activity by the end of the period (onboarding funnel; CHAOSS Newcomer Experience).",
    value: (f) => f.funnel?.conversion.firstActivity ?? null,
  },
  {
    id: 'newcomerResponse',
    label: 'First-time contributors who got a response',
    definition:
      'Of those joiners, the share who received a reply from another member by the end of the period.',
    value: (f) => f.funnel?.conversion.firstResponse ?? null,
  },
  {
    id: 'gatherings',
    label: 'Gatherings',
    definition: 'Calls, workshops, meetups… that started in the period.',
    value: (f) => f.gatherings.gatherings,
  },
  {
    id: 'gatheringAttendance',
    label: 'Gathering attendance',
    definition: 'Sum of attendees over the gatherings of the period.',
    value: (f) => f.gatherings.attendance,
  },
  {
    id: 'showUpRate',
    label: 'Gathering show-up rate',
    definition: 'Registered members who attended ÷ registered (walk-ins not counted).',
    value: (f) => f.gatherings.showUpRate,
  },
  {
    id: 'gatheringActiveAfter',
    label: 'Attendees active in the 30 days after',
    definition:
      'Share of attendances followed by an activity of the attendee within 30 days of the gathering.',
    value: (f) => f.gatherings.activeAfterShare,
  },
];
