import { parseWith } from '../model/validate.js';
import { type HealthReport, HealthReportSchema } from './healthReportSchema.js';

/** Metrics that are shares (shown as percentages, changes in percentage points). */
const SHARES = [
  'churnRate',
  'retention',
  'top10Share',
  'unanswered',
  'activation',
  'newcomerResponse',
  'showUpRate',
  'gatheringActiveAfter',
];

const fmt = (id: string, v: number | null): string => {
  if (v === null) return '—';
  if (SHARES.includes(id)) return `${Math.round(v * 100)}%`;
  if (id.endsWith('Hours')) return v.toFixed(1);
  if (id === 'gini') return v.toFixed(2);
  return String(Math.round(v * 100) / 100);
};

/** `magnitude` (written without its sign) with a plus sign or a true minus sign (U+2212), as a change reads in a table. */
function signed(x: number, magnitude: string): string {
  return `${x >= 0 ? '+' : '−'}${magnitude}`;
}

/**
 * Renders a health report as Markdown: a table of every metric for the two
 * periods with the change, then the findings with their suggested actions.
 *
 * @param report - from `healthReport`
 * @returns the Markdown text
 *
 * @example
 * ```ts
 * renderHealthMarkdown(healthReport(sampleCommunity(), { asOf: '2026-01-01' })).split('\n')[0];
 * // → '| Metric | 2025-Q3 | 2025-Q4 | Change |'
 * ```
 */
export function renderHealthMarkdown(report: HealthReport): string {
  parseWith('renderHealthMarkdown', HealthReportSchema, report, 'report');
  const { current, previous } = report.period;
  const lines: string[] = [];
  if (report.period.partial)
    lines.push(
      `${current.key} is not over yet: it runs to ${report.asOf.slice(0, 10)} here, and is compared with the same span of ${previous.key} (${previous.start.slice(0, 10)} to ${previous.end.slice(0, 10)}).`,
      '',
    );
  lines.push(`| Metric | ${previous.key} | ${current.key} | Change |`, '|---|---|---|---|');
  for (const m of report.metrics) {
    if (m.notMeasured !== undefined) continue;
    const change =
      m.change === null
        ? '—'
        : m.relativeChange !== null && !SHARES.includes(m.id) && m.id !== 'gini' && !m.id.endsWith('Hours')
          ? `${signed(m.change, String(Math.round(Math.abs(m.change) * 100) / 100))} (${signed(m.relativeChange, `${Math.round(Math.abs(m.relativeChange) * 100)}%`)})`
          : SHARES.includes(m.id)
            ? `${signed(m.change, String(Math.round(Math.abs(m.change) * 100)))} pp`
            : signed(m.change, fmt(m.id, Math.abs(m.change)));
    lines.push(`| ${m.label} | ${fmt(m.id, m.previous)} | ${fmt(m.id, m.current)} | ${change} |`);
  }
  lines.push('');
  for (const n of report.notMeasured) lines.push(`- ${n.message}`);
  if (report.botsLeftOut.members > 0)
    lines.push(
      `- Bot accounts (${report.botsLeftOut.members}) and their activities (${report.botsLeftOut.activities}) are left out of every number.`,
    );
  if (report.notMeasured.length > 0 || report.botsLeftOut.members > 0) lines.push('');
  if (report.findings.length === 0) lines.push('No findings: nothing crossed a threshold this period.');
  else {
    lines.push('Findings:', '');
    const icon = { warning: '⚠', info: 'ℹ', good: '✓' } as const;
    for (const f of report.findings) lines.push(`- ${icon[f.severity]} **${f.message}** ${f.action}`);
  }
  return lines.join('\n');
}
