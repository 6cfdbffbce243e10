/**
 * Reading communities from the places they live: source adapters turn an
 * export (git log, CSV, GitHub JSON, mbox, chat exports…) into a
 * `SourceExtract`; `assembleCommunity` resolves identities across extracts into
 * one member per person. Pure functions over text, bytes or streams; the CLI
 * does the file I/O.
 *
 * @module io
 */
export * from './chat/exportInput.js';
export * from './core/affiliationMaps.js';
export * from './core/affiliationsAt.js';
export * from './core/assembleCommunity.js';
export * from './core/classifyBot.js';
export * from './core/emailAddress.js';
export * from './core/freeMailDomains.js';
export * from './core/identityAliases.js';
export * from './core/importReport.js';
export * from './core/knownBots.js';
export * from './core/mailmap.js';
export * from './core/resolveIdentities.js';
export * from './core/skipTally.js';
export * from './core/sourceExtract.js';
export * from './core/suggestMerges.js';
export * from './core/textInput.js';
export * from './csv/attendanceTools.js';
export * from './csv/likertAnswers.js';
export * from './csv/parseAttendanceCsv.js';
export * from './csv/parseRoleAssignmentsCsv.js';
export * from './csv/parseRosterCsv.js';
export * from './csv/parseSkillSurveyCsv.js';
export * from './discord/importDiscord.js';
export * from './discourse/importDiscourse.js';
export * from './git/gitCommit.js';
export * from './git/gitExtract.js';
export * from './git/gitLogArgs.js';
export * from './git/parseGitLog.js';
export * from './github/ghArchiveExtract.js';
export * from './github/githubExtract.js';
export * from './github/githubInputFile.js';
export * from './mbox/readMbox.js';
export * from './parseCommunityJson.js';
export * from './pseudonymise.js';
export * from './pseudonymiseExtract.js';
export * from './slack/importSlack.js';
export * from './zulip/importZulip.js';
