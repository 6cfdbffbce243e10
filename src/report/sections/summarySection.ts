import type { Community } from '../../model/community.js';
import { dataCoverage } from '../../model/dataCoverage.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { addPeriods, periodKey, periodStart } from '../../model/periods.js';
import { parseWith } from '../../model/validate.js';
import { trendReading } from '../internal/chartReading.js';
import { escapeMarkdown } from '../internal/markdownText.js';
import { lineChartSvg } from '../lineChartSvg.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

const DAY = 86_400_000;

/**
 * The report's opening section: what the community is, its size, how much
 * happened recently, and monthly active members over the last year.
 *
 * @param community - a parsed community
 * @param options - `asOf`: the end of the reporting window (exclusive)
 * @returns the summary section
 *
 * @example
 * ```ts
 * summarySection(sampleCommunity(), { asOf: new Date('2026-01-01Z') }).title; // → 'Summary'
 * ```
 */
export function summarySection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('summarySection', community);
  const opts = parseWith('summarySection', SectionOptionsSchema, options, 'options');
  const asOf = opts.asOf.getTime();
  const coverage = opts.coverage ?? dataCoverage(community);
  const horizon = opts.currentHorizonDays;
  const bots = new Set(community.members.filter((m) => m.kind === 'bot').map((m) => m.id));
  const members = community.members.filter(
    (m) => !bots.has(m.id) && (!m.joinedAt || m.joinedAt.getTime() < asOf),
  );
  // Who was active (anything but joining or leaving, bots left out) in the
  // last 30 and 90 days, in the horizon, and in each of the last 12 calendar
  // months: one pass over the activities.
  const lastMonth = periodStart(new Date(asOf - 1), 'month');
  const months = Array.from({ length: 12 }, (_, k) => addPeriods(lastMonth, 'month', k - 11).getTime());
  const activeByMonth = months.map(() => new Set<string>());
  const windows = [30, 90, horizon].map((days) => ({ from: asOf - days * DAY, active: new Set<string>() }));
  const earliest = Math.min(months[0] as number, ...windows.map((w) => w.from));
  let first = Number.POSITIVE_INFINITY;
  for (const a of community.activities) {
    const t = a.at.getTime();
    if (t < first) first = t;
    if (t < earliest || t >= asOf || a.kind === 'join' || a.kind === 'leave' || bots.has(a.memberId))
      continue;
    for (const w of windows) if (t >= w.from) w.active.add(a.memberId);
    for (let k = 11; k >= 0; k--)
      if (t >= (months[k] as number)) {
        activeByMonth[k]?.add(a.memberId);
        break;
      }
  }
  const [in30, in90, inHorizon] = windows.map((w) => w.active) as [Set<string>, Set<string>, Set<string>];
  // Where leaving is recorded, current members are those who have not left; where it is not,
  // "current" can only mean recently active, and the summary says so.
  const leavesRecorded = coverage.signals.leaves.count > 0;
  const current = members.filter((m) =>
    leavesRecorded ? !m.leftAt || m.leftAt.getTime() >= asOf : inHorizon.has(m.id),
  );
  const active30 = in30.size;
  const active90 = in90.size;
  const joined90 = members.filter((m) => m.joinedAt && m.joinedAt.getTime() >= asOf - 90 * DAY).length;
  const gatherings90 = community.gatherings.filter(
    (g) => g.start.getTime() >= asOf - 90 * DAY && g.start.getTime() < asOf,
  ).length;

  const series = activeByMonth.map((s) => s.size);
  const labels = months.map((m) => periodKey(new Date(m), 'month'));
  const data = {
    name: community.name,
    stage: community.stage,
    asOf: new Date(asOf).toISOString(),
    firstActivity: Number.isFinite(first) ? new Date(first).toISOString() : null,
    members: members.length,
    currentMembers: current.length,
    currentMeans: leavesRecorded ? 'not left' : `active in the last ${horizon} days`,
    joinedLast90Days: joined90,
    activeLast30Days: active30,
    activeLast90Days: active90,
    activities: community.activities.length,
    gatheringsLast90Days: gatherings90,
    roleAssignments: community.roleAssignments.length,
    stakeholders: community.stakeholders.length,
    monthlyActiveMembers: labels.map((month, i) => ({ month, active: series[i] })),
  };
  const pct = (x: number, of: number): string => (of === 0 ? '0%' : `${Math.round((100 * x) / of)}%`);
  const markdown = [
    ...(community.description ? [escapeMarkdown(community.description), ''] : []),
    `| | |`,
    `|---|---|`,
    `| Stage | ${community.stage} |`,
    leavesRecorded
      ? `| Members (current / ever) | ${current.length} / ${members.length} |`
      : `| Members (active in the last ${horizon} days / ever) | ${current.length} / ${members.length} |`,
    `| Joined in the last 90 days | ${joined90} |`,
    `| Active in the last 30 days | ${active30} (${pct(active30, current.length)} of current members) |`,
    `| Active in the last 90 days | ${active90} (${pct(active90, current.length)}) |`,
    `| Activities recorded | ${community.activities.length}${data.firstActivity ? ` since ${data.firstActivity.slice(0, 10)}` : ''} |`,
    `| Gatherings in the last 90 days | ${gatherings90} |`,
    '',
    `"Active" here means any recorded activity other than joining or leaving.${
      leavesRecorded
        ? ''
        : ` Nothing in the data records members leaving, so "current members" are those active in the last ${horizon} days.`
    }${coverage.botsLeftOut.members > 0 ? ` Bot accounts (${coverage.botsLeftOut.members}) are left out.` : ''}`,
  ].join('\n');
  return {
    id: 'summary',
    title: 'Summary',
    markdown,
    figures: [
      {
        id: 'monthly-active-members',
        title: 'Monthly active members, last 12 months',
        svg: lineChartSvg({
          title: 'Monthly active members',
          labels,
          series: [{ name: 'active members', values: series }],
        }),
        reading: trendReading('active members', labels, series),
        table: { columns: ['Month', 'Active members'], rows: labels.map((l, i) => [l, series[i] ?? 0]) },
      },
    ],
    data,
  };
}
