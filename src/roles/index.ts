/**
 * Roles as data: the roles of a community (the Community of Practice roles,
 * the specialised community roles, the research community manager), the
 * recurring tasks of community management, who holds which role, what is
 * vacant, who is overloaded, who could step in.
 *
 * @module roles
 */

export * from './activeAssignments.js';
export * from './candidatesFor.js';
export * from './communityManagerTasks.js';
export * from './communityOfPracticeRoles.js';
export * from './coreTeam.js';
export * from './defineRole.js';
export * from './reportingDue.js';
export * from './researchCommunityManager.js';
export * from './roleCatalog.js';
export * from './roleCoverage.js';
export * from './roleDefinition.js';
export * from './roleFit.js';
export * from './sources.js';
export * from './specialisedRoles.js';
export * from './succession.js';
export * from './taskDefinition.js';
export * from './workload.js';
