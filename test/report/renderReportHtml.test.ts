import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/errors.js';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { type CommunityReport, communityReport } from '../../src/report/communityReport.js';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { hostileCommunity } from './hostileCommunity.js';

const asOf = '2026-01-01';
const community = sampleCommunity({
  seed: 3,
  members: 60,
  months: 14,
  asOf: new Date('2026-01-01T00:00:00Z'),
});
const report = communityReport(community, { asOf });
const html = renderReportHtml(report);

/** The page without the hrefs of links (a link is followed by the reader, never fetched). */
const withoutLinkTargets = (page: string): string => page.replace(/<a href="[^"]*">/g, '<a>');

describe('renderReportHtml structure', () => {
  it('is one HTML document with its CSS inline and no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import|@font-face|url\(|\ssrc=/i);
  });

  it('fetches nothing: every address is the target of a link, none is a resource', () => {
    expect(withoutLinkTargets(html)).not.toMatch(/https?:|\/\//);
    const targets = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]);
    for (const t of targets)
      expect(t).toMatch(/^(#[a-z0-9-]+|https:\/\/(chaoss\.community|www\.cscce\.org)\/)/);
  });

  it('has a table of contents linking every section in order, the summary first and "How to read this" last', () => {
    const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([...report.sections.map((s) => s.id), 'how-to-read-this']);
    const sections = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(links);
  });

  it('puts the summary first even when the report lists it later', () => {
    const moved: CommunityReport = {
      ...report,
      sections: [...report.sections.slice(1), report.sections[0]!],
    };
    const ids = [...renderReportHtml(moved).matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe('summary');
    expect(ids.slice(1, -1)).toEqual(report.sections.slice(1).map((s) => s.id));
  });

  it('gives every chart a caption, an accessible name and, where the section has them, its numbers in a details table', () => {
    const figures = html
      .split('<figure')
      .slice(1)
      .map((f) => f.slice(0, f.indexOf('</figure>')));
    const expected = report.sections.flatMap((s) => s.figures);
    expect(figures).toHaveLength(expected.length);
    figures.forEach((f, k) => {
      const figure = expected[k]!;
      expect(f).toContain(`<figcaption id=`);
      expect(f).toMatch(/<svg role="img" aria-label="[^"]+"/);
      if (figure.table === undefined) expect(f).not.toContain('<details>');
      else {
        expect(f).toMatch(
          /<details>\n<summary>The numbers behind this chart<\/summary>\n<div class="table-wrap"><table>\n<caption>/,
        );
        expect(f.match(/<tr>/g)).toHaveLength(figure.table.rows.length + 1);
      }
    });
    // The summary chart: its numbers and a reading.
    const summary = report.sections[0]!.figures[0]!;
    expect(summary.table?.rows).toHaveLength(12);
    expect(html).toContain(`<p class="reading">${summary.reading}</p>`);
    const [month, active] = summary.table!.rows[11]!;
    expect(html).toContain(`<tr><th scope="row">${month}</th><td class="number">${active}</td></tr>`);
  });

  it('has print rules, both colour schemes and the Okabe–Ito palette', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).toMatch(/figure[^{]*\{[^}]*break-inside: avoid/);
    expect(html).toMatch(/table[^{]*\{[^}]*break-inside: avoid/);
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('--okabe-ito-vermillion: #d55e00;');
  });

  it('leaves the charts out with figures: none, keeping their tables', () => {
    const plain = renderReportHtml(report, { figures: 'none' });
    expect(plain).not.toContain('<svg');
    expect(plain.match(/<details>/g)?.length).toBe(html.match(/<details>/g)?.length);
  });

  it('is deterministic', () => {
    expect(renderReportHtml(report)).toBe(html);
    expect(renderReportHtml(JSON.parse(JSON.stringify(report)) as CommunityReport)).toBe(html);
  });
});

describe('renderReportHtml with hostile input', () => {
  const hostile = renderReportHtml(communityReport(hostileCommunity(), { asOf }));

  it('escapes every string the data gave', () => {
    expect(hostile).toContain(
      '<title>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;: community report</title>',
    );
    expect(hostile).toContain(
      '<h1>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;: community report</h1>',
    );
    expect(hostile).not.toMatch(/<script|<img|<b>/i);
    expect(hostile).not.toMatch(/href="(?!#|https:\/\/(chaoss\.community|www\.cscce\.org)\/)/);
    expect(hostile).toContain('[x](javascript:alert(1))'); // shown as text
    expect(hostile).toContain('![i](https://evil.example/x.png)'); // shown as text…
    expect(hostile).not.toMatch(/="[^"]*evil\.example/); // …never as an attribute
    expect(hostile).toContain('# [click](javascript:alert(2)) &lt;b&gt;hi&lt;/b&gt;');
  });

  it('leaves out figures that are not plain pictures and makes ids safe', () => {
    const svg = barChartSvg({ title: 'x', labels: ['a'], values: [1] });
    const evil: CommunityReport = {
      title: 'T',
      community: 'T',
      asOf: '2026-01-01T00:00:00.000Z',
      sections: [
        {
          id: '../../../tmp/evil" onload="x',
          title: '<i>S</i>',
          markdown: '<script>x</script> [a](javascript:b)',
          figures: [
            { id: 'good', title: 'Good', svg },
            { id: 'bad', title: 'Bad', svg: '<svg onload="alert(1)"></svg>' },
          ],
          data: {},
        },
      ],
    };
    const page = renderReportHtml(evil);
    expect(page).toContain('<section id="tmp-evil-onload-x" aria-labelledby="tmp-evil-onload-x-title">');
    expect(page).toContain('<h2 id="tmp-evil-onload-x-title">&lt;i&gt;S&lt;/i&gt;</h2>');
    expect(page).toContain('<p>&lt;script&gt;x&lt;/script&gt; [a](javascript:b)</p>');
    expect(page).toContain('Chart left out: it is not a plain SVG picture.');
    expect(page).not.toMatch(/\sonload=|<script/);
  });
});

describe('renderReportHtml validation', () => {
  it('throws a ValidationError for a report or an option that is not right', () => {
    expect(() => renderReportHtml({} as CommunityReport)).toThrow(ValidationError);
    expect(() => renderReportHtml(report, { figures: 'files' } as never)).toThrow(ValidationError);
    expect(() => renderReportHtml(report, { colour: 'red' } as never)).toThrow(/options/);
  });
});
