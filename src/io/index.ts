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
export * from './core/skipTally.js';
export * from './core/sourceExtract.js';
export * from './core/textInput.js';
export * from './discord/importDiscord.js';
export * from './discourse/importDiscourse.js';
export * from './parseCommunityJson.js';
export * from './slack/importSlack.js';
export * from './zulip/importZulip.js';
