/**
 * A custom report: two of the built-in sections, one section of your own with
 * a chart, rendered to Markdown with the figures as separate files.
 * Run: npx tsx examples/report-custom.ts
 */
import { activeMembers, activityLog } from 'community-kit/health';
import {
  communityReport,
  lineChartSvg,
  type ReportSection,
  renderReportMarkdown,
} from 'community-kit/report';
import { sampleCommunity } from 'community-kit/sample';

const community = sampleCommunity({ seed: 1 });
const asOf = '2026-01-01';

// The built-in sections you want, in your order.
const report = communityReport(community, { asOf, sections: ['summary', 'health'] });

// A section of your own: plain data, Markdown and SVG figures.
const monthly = activeMembers(activityLog(community), { unit: 'month', from: '2025-01-01', asOf }).periods;
const own: ReportSection = {
  id: 'monthly-active',
  title: 'Monthly active members in 2025',
  markdown: `The busiest month had ${Math.max(...monthly.map((p) => p.active))} active members.`,
  figures: [
    {
      id: 'monthly-active',
      title: 'Active members per month',
      svg: lineChartSvg({
        title: 'Active members',
        labels: monthly.map((p) => p.key),
        series: [{ name: 'active', values: monthly.map((p) => p.active) }],
      }),
    },
  ],
  data: monthly,
};
report.sections.push({ ...own, figures: own.figures ?? [] });

const { markdown, files } = renderReportMarkdown(report, { figures: 'files', figureDir: 'report-figures' });
console.log(markdown.split('\n').slice(0, 12).join('\n'));
console.log(`… ${markdown.length} characters; figure files: ${files.map((f) => f.path).join(', ')}`);
