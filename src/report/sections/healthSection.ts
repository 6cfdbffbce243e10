import { activeMembers } from '../../health/activeMembers.js';
import { activityLog } from '../../health/activityLog.js';
import { healthReport } from '../../health/healthReport.js';
import { memberFlow } from '../../health/memberFlow.js';
import { renderHealthMarkdown } from '../../health/renderHealthMarkdown.js';
import type { Community } from '../../model/community.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { addPeriods, periodStart } from '../../model/periods.js';
import { parseWith } from '../../model/validate.js';
import { barChartSvg } from '../barChartSvg.js';
import { totalReading, trendReading } from '../internal/chartReading.js';
import { lineChartSvg } from '../lineChartSvg.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

/**
 * The report's health section: the quarter against the one before (active,
 * new, returning and churned members, retention, activity, absence and
 * elephant factors, participation inequality) with findings and what to do,
 * and charts of monthly active and new members over the last two years.
 *
 * @param community - a parsed community
 * @param options - `asOf`: the end of the current quarter (exclusive)
 * @returns the section
 *
 * @example
 * ```ts
 * healthSection(sampleCommunity(), { asOf: new Date('2026-01-01Z') }).title; // → 'Health'
 * ```
 */
export function healthSection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('healthSection', community);
  const opts = parseWith('healthSection', SectionOptionsSchema, options, 'options');
  const report = healthReport(community, { asOf: opts.asOf, period: 'quarter' });
  const log = activityLog(community);
  const from = addPeriods(periodStart(new Date(opts.asOf.getTime() - 1), 'month'), 'month', -23);
  const monthly = activeMembers(log, { unit: 'month', from, asOf: opts.asOf });
  const flow = memberFlow(log, { unit: 'month', asOf: opts.asOf }).periods.filter(
    (p) => p.start >= from.toISOString(),
  );
  const figures =
    monthly.periods.length === 0
      ? []
      : [
          {
            id: 'active-members',
            title: 'Monthly active members',
            svg: lineChartSvg({
              title: 'Monthly active members',
              labels: monthly.periods.map((p) => p.key),
              series: [{ name: 'active members', values: monthly.periods.map((p) => p.active) }],
            }),
            reading: trendReading(
              'active members',
              monthly.periods.map((p) => p.key),
              monthly.periods.map((p) => p.active),
            ),
            table: {
              columns: ['Month', 'Active members'],
              rows: monthly.periods.map((p) => [p.key, p.active]),
            },
          },
          {
            id: 'new-members',
            title: 'New members per month',
            svg: barChartSvg({
              title: 'New members per month',
              labels: flow.map((p) => p.key),
              values: flow.map((p) => p.new),
            }),
            reading: totalReading(
              'new members',
              'month',
              flow.map((p) => p.key),
              flow.map((p) => p.new),
            ),
            table: { columns: ['Month', 'New members'], rows: flow.map((p) => [p.key, p.new]) },
          },
        ];
  const markdown = [
    `${report.period.current.key} compared with ${report.period.previous.key}. Definitions follow CHAOSS where one exists; see "How to read this" at the end.`,
    '',
    renderHealthMarkdown(report),
  ].join('\n');
  return { id: 'health', title: 'Health', markdown, figures, data: report };
}
