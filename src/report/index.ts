/**
 * The community report: what a community manager hands a sponsor — Markdown
 * with SVG charts, no browser needed — plus the chart helpers it uses.
 *
 * @module report
 */
export * from './barChartSvg.js';
export * from './communityReport.js';
export * from './forNotebook.js';
export * from './lineChartSvg.js';
export * from './renderReportCsv.js';
export * from './renderReportHtml.js';
export * from './renderReportMarkdown.js';
export * from './reportSection.js';
export * from './sections/basisSection.js';
export * from './sections/healthSection.js';
export * from './sections/matchingSection.js';
export * from './sections/rolesSection.js';
export * from './sections/skillsSection.js';
export * from './sections/stakeholdersSection.js';
export * from './sections/summarySection.js';
