/**
 * The community report: Markdown with SVG charts, no browser needed.
 *
 * @module report
 */
export * from './reportSection.js';
