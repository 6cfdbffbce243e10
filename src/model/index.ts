/**
 * The shared domain model: members, activities, gatherings, role assignments,
 * skill assessments, stakeholders and the community that holds them — zod
 * schemas with their inferred types, `parseCommunity` / `safeParseCommunity`,
 * the error classes, time periods, a seeded random number generator and the
 * embedded sample community.
 *
 * @module model
 */
export * from './activity.js';
export * from './activityKinds.js';
export * from './activityLog.js';
export * from './community.js';
export * from './communityJsonSchema.js';
export * from './dataCoverage.js';
export * from './dateInput.js';
export * from './errors.js';
export * from './formatPath.js';
export * from './gathering.js';
export * from './ids.js';
export * from './member.js';
export * from './parseCommunity.js';
export * from './periods.js';
export * from './provenance.js';
export * from './rng.js';
export * from './roleAssignment.js';
export * from './serializeCommunity.js';
export * from './signals.js';
export * from './skillAssessment.js';
export * from './stakeholder.js';
export * from './validate.js';
