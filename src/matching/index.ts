/**
 * Matching: who knows what, mentor pairing, speakers and teams — the optimal
 * assignment solver, stable matching with capacities, expertise search and the
 * mentor, speaker and team functions built on them, every match with its
 * reasons.
 *
 * @module matching
 */
export * from './expertiseIndex.js';
export * from './findExperts.js';
export * from './findSpeakers.js';
export * from './formTeam.js';
export * from './learningPairsPlan.js';
export * from './matchMentors.js';
export * from './routeQuestion.js';
export * from './solveAssignment.js';
export * from './stableMatching.js';
