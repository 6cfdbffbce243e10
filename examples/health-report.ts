/**
 * The quarterly health report of the sample community: every metric for this
 * quarter and the last, and the findings with what to do about them.
 * Run: npx tsx examples/health-report.ts
 */
import { healthReport, renderHealthMarkdown } from 'community-kit/health';
import { sampleCommunity } from 'community-kit/sample';

const community = sampleCommunity({ seed: 1, members: 3000, months: 24 });
const report = healthReport(community, {
  asOf: '2026-01-01',
  period: 'quarter',
  thresholds: { showUp: 0.6 }, // be stricter about gatherings than the default 50%
});
console.log(renderHealthMarkdown(report));
console.log(`\n${report.findings.length} findings; first: ${report.findings[0]?.id ?? 'none'}`);
