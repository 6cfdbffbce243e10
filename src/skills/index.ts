/**
 * The community-management skills frameworks as data — the CSCCE Skills
 * Wheel, the Community Roundtable's Community Skills Framework, the CSCCE
 * Community Participation Model and the Community Maturity Model — with
 * assessments, profiles, gaps, team coverage, learning pairs, career paths and
 * skill wheels.
 *
 * @module skills
 */
export * from './assessMaturity.js';
export * from './builtInFrameworks.js';
export * from './careerPath.js';
export * from './communityMaturityModel.js';
export * from './communityParticipationModel.js';
export * from './crosswalk.js';
export * from './cscceSkillsWheel.js';
export * from './defineFramework.js';
export * from './deriveAssessments.js';
export * from './extendFramework.js';
export * from './findSkill.js';
export * from './frameworkSkills.js';
export * from './getFramework.js';
export * from './learningPairs.js';
export * from './proficiencyScale.js';
export * from './resolveLevel.js';
export * from './reverseCrosswalk.js';
export * from './roundtableSkillsFramework.js';
export * from './roundtableToCscce.js';
export * from './skillGaps.js';
export * from './skillProfile.js';
export * from './skillRequirement.js';
export * from './skillsFramework.js';
export * from './skillWheelSvg.js';
export * from './teamCoverage.js';
export * from './translateProfile.js';
