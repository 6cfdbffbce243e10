import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { type CommunityReport, communityReport } from '../../src/report/communityReport.js';
import { renderReportMarkdown } from '../../src/report/renderReportMarkdown.js';
import { hostileCommunity } from './hostileCommunity.js';

const svg = barChartSvg({ title: 'x', labels: ['a'], values: [1] });
const handMade = (sectionIds: string[], figureSvg = svg): CommunityReport => ({
  title: 'T',
  community: 'T',
  asOf: '2026-01-01T00:00:00.000Z',
  sections: sectionIds.map((id) => ({
    id,
    title: `Section ${id}`,
    markdown: 'Body.',
    figures: [{ id: 'chart', title: 'Chart', svg: figureSvg }],
    data: {},
  })),
});

describe('renderReportMarkdown with hostile input', () => {
  const report = communityReport(hostileCommunity(), { asOf: '2026-01-01' });
  const { markdown } = renderReportMarkdown(report, { figures: 'none' });

  it('escapes the community name in the H1 and every user string in the sections', () => {
    expect(markdown.split('\n')[0]).toBe('# &lt;script&gt;alert("name")&lt;/script&gt;: community report');
    expect(markdown).not.toMatch(/<script|<img|<b>/i);
    // No live link: every "](" that follows a "[" the data gave is escaped.
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown).not.toMatch(/(?<!\\)!\[i(?<!\\)\]/);
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    // The description cannot open a heading.
    expect(markdown).toContain('\\# \\[click\\](javascript:alert(2)) &lt;b&gt;hi&lt;/b&gt;');
  });

  it('ends with "How to read this", listed in the contents', () => {
    expect(markdown).toContain('- [How to read this](#how-to-read-this)');
    expect(markdown.slice(markdown.lastIndexOf('\n## '))).toMatch(/^\n## How to read this\n/);
    expect(markdown).toContain('https://chaoss.community/');
  });
});

describe('renderReportMarkdown figure paths', () => {
  it('keeps every figure file inside the figure folder whatever the section ids are', () => {
    const ids = ['../../../tmp/evil', '/etc/passwd', '..', 'a/../../b', 'C:\\x', '', 'health', 'Health'];
    const { markdown, files } = renderReportMarkdown(handMade(ids), { figures: 'files', figureDir: 'out' });
    expect(files.map((f) => f.path)).toEqual([
      'out/tmp-evil-chart.svg',
      'out/etc-passwd-chart.svg',
      'out/section-3-chart.svg',
      'out/a-b-chart.svg',
      'out/c-x-chart.svg',
      'out/section-6-chart.svg',
      'out/health-chart.svg',
      'out/health-2-chart.svg',
    ]);
    expect(markdown).not.toMatch(/\]\([^)]*\.\./); // no link or image target with a .. part
    expect(markdown).toContain('<a id="tmp-evil"></a>');
  });

  it('leaves out a figure that is not a plain SVG picture', () => {
    const bad = '<svg><script>alert(1)</script></svg>';
    const inline = renderReportMarkdown(handMade(['a'], bad), { figures: 'inline' });
    expect(inline.markdown).not.toContain('<script');
    expect(inline.markdown).toContain('*Chart: figure left out (not a plain SVG picture).*');
    expect(renderReportMarkdown(handMade(['a'], bad), { figures: 'files' }).files).toEqual([]);
  });
});
