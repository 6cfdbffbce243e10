import { activeMembersAccumulator } from '../../src/health/activeMembers.js';
import { activityBreakdownAccumulator } from '../../src/health/activityBreakdown.js';
import { contributorAbsenceFactorAccumulator } from '../../src/health/contributorAbsenceFactor.js';
import { coreGroupAccumulator } from '../../src/health/coreGroup.js';
import { coreSizeAccumulator } from '../../src/health/coreSize.js';
import { elephantFactorAccumulator } from '../../src/health/elephantFactor.js';
import { lapsedMembersAccumulator } from '../../src/health/lapsedMembers.js';
import { memberFlowAccumulator } from '../../src/health/memberFlow.js';
import type { MetricAccumulator } from '../../src/health/metricAccumulator.js';
import { onboardingFunnelAccumulator } from '../../src/health/onboardingFunnel.js';
import { participationInequalityAccumulator } from '../../src/health/participationInequality.js';
import { participationLevelsAccumulator } from '../../src/health/participationLevels.js';
import { retentionCohortsAccumulator } from '../../src/health/retentionCohorts.js';
import { timeToFirstResponseAccumulator } from '../../src/health/timeToFirstResponse.js';

const asOf = '2024-08-01T00:00:00Z';
/** Every metric's accumulator with fixed options (for the merge property). */
export const ALL_METRIC_ACCUMULATORS: Record<string, () => MetricAccumulator<unknown>> = {
  activityBreakdown: () => activityBreakdownAccumulator({ asOf }),
  activeMembers: () => activeMembersAccumulator({ unit: 'week', minCount: 2 }),
  activeMembersSketch: () => activeMembersAccumulator({ unit: 'week', sketch: { precision: 8 } }),
  memberFlow: () => memberFlowAccumulator({ unit: 'month', asOf }),
  retentionCohorts: () => retentionCohortsAccumulator({ unit: 'month', from: '2024-01-01' }),
  retentionCohortsJoined: () => retentionCohortsAccumulator({ unit: 'month', cohortBy: 'joined', asOf }),
  contributorAbsenceFactor: () => contributorAbsenceFactorAccumulator({ from: '2024-02-01' }),
  elephantFactor: () => elephantFactorAccumulator({ unaffiliated: 'none' }),
  participationInequality: () => participationInequalityAccumulator({ includeInactive: false }),
  timeToFirstResponse: () =>
    timeToFirstResponseAccumulator({
      asOf,
      unit: 'month',
      coreMemberIds: ['m1', 'm2'],
      unansweredAfterDays: 3,
    }),
  timeToFirstResponseFrom: () => timeToFirstResponseAccumulator({ from: '2024-03-01', asOf }),
  lapsedMembers: () => lapsedMembersAccumulator({ days: 30 }),
  lapsedMembersAsOf: () => lapsedMembersAccumulator({ asOf, from: '2024-02-01' }),
  coreGroup: () => coreGroupAccumulator({ coreMemberIds: ['m1', 'm3'], to: asOf }),
  coreSize: () => coreSizeAccumulator({ unit: 'month', threshold: 0.2, asOf }),
  participationLevels: () => participationLevelsAccumulator({ unit: 'month', asOf }),
  onboardingFunnel: () => onboardingFunnelAccumulator({ unit: 'month', regularMonths: 2, asOf }),
  onboardingFunnelFrom: () => onboardingFunnelAccumulator({ from: '2024-02-01' }),
};
