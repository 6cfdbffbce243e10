/**
 * Reading communities from the formats they are kept in. Pure functions over
 * text; the CLI does the file I/O.
 *
 * @module io
 */
export * from './parseCommunityJson.js';
