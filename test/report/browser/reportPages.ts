/**
 * The pages the browser tests open: the demo report (what
 * `community-kit demo --format html` writes) and a hostile one, whose every
 * user string is script tags, `javascript:` links or Markdown syntax and whose
 * section and figure ids try to break out of attributes and paths.
 */
import { barChartSvg } from '../../../src/report/barChartSvg.js';
import { type CommunityReport, communityReport } from '../../../src/report/communityReport.js';
import { renderReportHtml } from '../../../src/report/renderReportHtml.js';
import { sampleCommunity } from '../../../src/sample/sampleCommunity.js';
import { hostileCommunity } from '../hostileCommunity.js';

/** The demo's date: the sample community as of 2026-01-01, seed 1, as `community-kit demo` builds it. */
const DEMO_AS_OF = '2026-01-01';

/** The report of the demo (built once per test file: it takes a few seconds). */
export function demoReport(): CommunityReport {
  return communityReport(sampleCommunity({ seed: 1 }), { asOf: DEMO_AS_OF });
}

/** The demo's web page. */
export function demoReportHtml(): string {
  return renderReportHtml(demoReport());
}

/**
 * A hostile report: the hostile sample community, with odd section ids (a
 * path out of the folder, an attribute break-out, `__proto__`) and one extra
 * section whose chart has `<script>` labels.
 */
export function hostileReport(): CommunityReport {
  const base = communityReport(hostileCommunity(), { asOf: DEMO_AS_OF });
  const oddIds = ['../../../tmp/evil', '"><script>alert(1)</script>', '__proto__', 'a b/c?d#e', ''];
  const sections = base.sections.map((s, i) =>
    s.id === 'summary' ? s : { ...s, id: oddIds[i % oddIds.length] ?? s.id },
  );
  const extra = {
    id: '__proto__',
    title: '<script>alert("section")</script>',
    markdown: '<img src=x onerror=alert(1)> and [a](javascript:alert(1))',
    figures: [
      {
        id: 'script-labels',
        title: '<script>alert("figure")</script>',
        svg: barChartSvg({
          title: '<script>alert("chart")</script>',
          labels: ['<script>', '"quoted"', '&amp;', "it's"],
          values: [3, 1, 4, 1],
        }),
        reading: '<b>not bold</b>',
        table: { columns: ['<th>', 'n'], rows: [['<td>', 1]] },
      },
    ],
    data: {},
  };
  return { ...base, sections: [...sections, extra] };
}

/** The hostile report's web page. */
export function hostileReportHtml(): string {
  return renderReportHtml(hostileReport());
}
