import type { z } from 'zod';
import { HealthReportOptionsSchema } from '../../health/healthReport.js';
import type { HealthReport } from '../../health/healthReportSchema.js';
import { periodRef } from '../../health/internal/calendar.js';
import { healthReportOf, presentSignals, type ReportSettings } from '../../health/internal/healthReportOf.js';
import { communitySignals } from '../../health/internal/logSignals.js';
import { MemberPeriods } from '../../health/internal/memberPeriods.js';
import { DEFAULT_ACTIVE_KINDS } from '../../health/internal/options.js';
import { renderHealthMarkdown } from '../../health/renderHealthMarkdown.js';
import { type ActivityLog, activityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import { releaseColumns } from '../../model/internal/ownedColumns.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { addPeriods, periodStart } from '../../model/periods.js';
import { parseWith } from '../../model/validate.js';
import { barChartSvg } from '../barChartSvg.js';
import { totalReading, trendReading } from '../internal/chartReading.js';
import { lineChartSvg } from '../lineChartSvg.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

/** The parsed section options. */
type SectionSettings = z.output<typeof SectionOptionsSchema>;

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
  const settings = parseWith(
    'healthSection',
    HealthReportOptionsSchema,
    { asOf: opts.asOf, period: 'quarter' },
    'options',
  );
  // The log the report shares with other sections is read, never freed here.
  if (opts.log !== undefined) return sectionFromLog(community, opts, settings, opts.log);
  // Otherwise one log for the report and the charts, freed when the section
  // is made (nothing of it escapes).
  const log = activityLog(community);
  try {
    return sectionFromLog(community, opts, settings, log);
  } finally {
    releaseColumns(log);
  }
}

/** The section from the community's log: the report (with the coverage passed, else the log's own signals) and the charts. */
function sectionFromLog(
  community: Community,
  opts: SectionSettings,
  settings: ReportSettings,
  log: ActivityLog,
): ReportSection {
  const present =
    opts.coverage === undefined ? communitySignals(log, community) : presentSignals(opts.coverage);
  const report = healthReportOf({ name: community.name, log, gatherings: community, present }, settings);
  return sectionOf(report, monthlyCharts(log, opts.asOf));
}

/**
 * Monthly active members over the last two years (24 months up to `asOf`),
 * and new members per month over the same months: both from one count of
 * the members active each month.
 */
function monthlyCharts(log: ActivityLog, asOf: Date) {
  const from = addPeriods(periodStart(new Date(asOf.getTime() - 1), 'month'), 'month', -23);
  const months = new MemberPeriods('month', DEFAULT_ACTIVE_KINDS, asOf.getTime());
  months.add(log, 0, log.size);
  const shown = months.range(from.getTime());
  const monthly: { key: string; active: number }[] = [];
  if (shown !== null)
    for (let p = shown[0]; p <= shown[1]; p++)
      monthly.push({ key: periodRef(p, 'month').key, active: months.active(p, 1).length });
  // New members from the first month with activity (as memberFlow counts them), in the months shown.
  const all = months.range(undefined);
  const flow: { key: string; new: number }[] = [];
  if (all !== null)
    for (let p = all[0]; p <= all[1]; p++) {
      const ref = periodRef(p, 'month');
      if (ref.start >= from.toISOString()) flow.push({ key: ref.key, new: months.flow(p, 1).new });
    }
  return { monthly, flow };
}

/** The section: the report in words, and the two monthly charts. */
function sectionOf(report: HealthReport, { monthly, flow }: ReturnType<typeof monthlyCharts>): ReportSection {
  const figures =
    monthly.length === 0
      ? []
      : [
          {
            id: 'active-members',
            title: 'Monthly active members',
            svg: lineChartSvg({
              title: 'Monthly active members',
              labels: monthly.map((p) => p.key),
              series: [{ name: 'active members', values: monthly.map((p) => p.active) }],
            }),
            reading: trendReading(
              'active members',
              monthly.map((p) => p.key),
              monthly.map((p) => p.active),
            ),
            table: {
              columns: ['Month', 'Active members'],
              rows: monthly.map((p) => [p.key, p.active]),
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
