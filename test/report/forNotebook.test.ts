import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/errors.js';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import {
  type CommunityReport,
  CommunityReportSchema,
  communityReport,
} from '../../src/report/communityReport.js';
import { forNotebook, JUPYTER_DISPLAY } from '../../src/report/forNotebook.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { hostileCommunity } from './hostileCommunity.js';

/** Calls the display method a notebook would call, the way Deno's kernel finds it. */
function display(value: unknown): Record<string, string> {
  const method = (value as Record<symbol, unknown>)[Symbol.for('Jupyter.display')];
  expect(typeof method).toBe('function');
  return (method as () => Record<string, string>).call(value);
}

const report: CommunityReport = communityReport(sampleCommunity(), { asOf: '2026-01-01' });

describe('the report displays in a Jupyter notebook', () => {
  it('uses the symbol Deno looks for', () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
  });

  it('the report from communityReport shows as HTML: title, sections, tables, charts, "How to read this"', () => {
    const bundle = display(report);
    const html = bundle['text/html']!;
    expect(
      html.startsWith(
        '<h1>Open Research Commons: community report</h1>\n<p>Reporting window ends 2026-01-01',
      ),
    ).toBe(true);
    for (const s of report.sections) expect(html).toContain(`<h2>${s.title}</h2>`);
    expect(html).toContain('<h2>How to read this</h2>');
    expect(html).toContain('<table>');
    const charts = report.sections.reduce((n, s) => n + s.figures.length, 0);
    expect(html.match(/<svg role="img"/g)).toHaveLength(charts);
    expect(html).not.toMatch(/<script|<style|<html|<body/);
    expect(bundle['text/plain']!.split('\n')[0]).toBe('Open Research Commons: community report');
  });

  it('each section and each figure shows on its own', () => {
    const summary = display(report.sections[0]);
    expect(summary['text/html']!.startsWith('<h2>Summary</h2>\n')).toBe(true);
    expect(summary['text/plain']!.startsWith(`Summary\n\n${report.sections[0]!.markdown}`)).toBe(true);
    const health = report.sections.find((s) => s.id === 'health')!;
    const figure = display(health.figures[0]);
    expect(figure['image/svg+xml']!.startsWith('<svg')).toBe(true);
    expect(figure['text/html']).toContain(
      '<thead><tr><th>Month</th><th style="text-align:right">Active members</th></tr></thead>',
    );
    expect(figure['text/plain']!.split('\n')[0]).toBe('Monthly active members');
  });

  it('JSON, keys, spreads and clones do not see the display method', () => {
    const plain = CommunityReportSchema.parse(report);
    expect(Object.getOwnPropertySymbols(plain)).toEqual([]);
    expect(JSON.stringify(report)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(report, null, 2)).toBe(JSON.stringify(plain, null, 2));
    expect(Object.keys(report)).toEqual(['title', 'community', 'asOf', 'sections']);
    expect(Object.keys(report.sections[0]!)).toEqual(Object.keys(plain.sections[0]!));
    expect(Object.getOwnPropertySymbols(report)).toEqual([JUPYTER_DISPLAY]);
    expect(Object.prototype.propertyIsEnumerable.call(report, JUPYTER_DISPLAY)).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...report })).toEqual([]);
    expect(structuredClone(report)).toEqual(plain);
    expect(report).toStrictEqual(plain);
  });

  it('is deterministic', () => {
    expect(display(communityReport(sampleCommunity(), { asOf: '2026-01-01' }))).toEqual(display(report));
  });

  it('escapes every string from the data', () => {
    const html = display(communityReport(hostileCommunity(), { asOf: '2026-01-01' }))['text/html']!;
    expect(html).not.toMatch(/<script|<img|<a href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('forNotebook', () => {
  it('shows a table as an HTML table, numbers right-aligned, null as a dash', () => {
    const table = forNotebook({
      columns: ['Month', 'Active'],
      rows: [
        ['2025-12', 42],
        ['<b>', null],
      ],
    });
    expect(display(table)).toEqual({
      'text/html': [
        '<table>',
        '<thead><tr><th>Month</th><th style="text-align:right">Active</th></tr></thead>',
        '<tbody>',
        '<tr><td>2025-12</td><td style="text-align:right">42</td></tr>',
        '<tr><td>&lt;b&gt;</td><td style="text-align:right">—</td></tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
      'text/plain': 'Month\tActive\n2025-12\t42\n<b>\t',
    });
    expect(JSON.stringify(table)).toBe('{"columns":["Month","Active"],"rows":[["2025-12",42],["<b>",null]]}');
  });

  it('shows SVG text as a picture, and refuses to show an SVG that is not a plain picture', () => {
    const svg = barChartSvg({ title: 'New members', labels: ['Jan'], values: [3] });
    const shown = display(forNotebook(svg));
    expect(shown['image/svg+xml']).toBe(svg);
    expect(shown['text/plain']).toBe('[chart] New members');
    const hostile = display(
      forNotebook('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    );
    expect(Object.keys(hostile)).toEqual(['text/plain']);
  });

  it('makes a section built on its own displayable, in place', () => {
    const section = { id: 'mine', title: 'Mine', markdown: '| a | b |\n|---|---|\n| 1 | 2 |', data: {} };
    const shown = forNotebook(section);
    expect(shown).toBe(section);
    expect(display(section)['text/html']).toBe(
      '<h2>Mine</h2>\n<table><thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    );
  });

  it('refuses anything else with a ValidationError', () => {
    expect(() => forNotebook({ x: 1 } as never)).toThrow(ValidationError);
    expect(() => forNotebook({ x: 1 } as never)).toThrow(/value: expected a report, a report section/);
  });
});
