/**
 * The `community-kit/health` entry point: community health metrics from
 * activity — CHAOSS definitions and the papers they cite — computed over a
 * columnar {@link ActivityLog} by mergeable accumulators.
 *
 * @module health
 */
export * from './absenceFactorResult.js';
export * from './activeMembers.js';
export * from './activityBreakdown.js';
export * from './activityLog.js';
export * from './contributorAbsenceFactor.js';
export * from './coreGroup.js';
export * from './coreSize.js';
export * from './elephantFactor.js';
export * from './gatheringMetrics.js';
export * from './healthFindingRules.js';
export * from './healthMetric.js';
export * from './healthReport.js';
export * from './healthReportSchema.js';
export * from './lapsedMembers.js';
export * from './memberFlow.js';
export * from './memberPeriodCounts.js';
export * from './metricAccumulator.js';
export * from './onboardingFunnel.js';
export * from './participationInequality.js';
export * from './participationLevels.js';
export * from './renderHealthMarkdown.js';
export * from './retentionCohorts.js';
export * from './timeToFirstResponse.js';
export * from './wilsonInterval.js';
