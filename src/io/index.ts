/**
 * Reading communities from the places they live: source adapters turn an
 * export (git log, CSV, GitHub JSON, mbox, chat exports…) into a
 * `SourceExtract`; `assembleCommunity` resolves identities across extracts into
 * one member per person. Pure functions over text, bytes or streams; the CLI
 * does the file I/O.
 *
 * @module io
 */
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
export * from './parseCommunityJson.js';
export * from './pseudonymise.js';
