import { resolve, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/errors.js';
import { type CommunityReport, communityReport } from '../../src/report/communityReport.js';
import { renderReportCsv } from '../../src/report/renderReportCsv.js';
import { renderReportHtml } from '../../src/report/renderReportHtml.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.csv$/;

/** A report of one section per id, each with a Markdown table and a figure table. */
function reportOf(
  sections: { id: string; title: string; cells: (string | number | null)[][] }[],
): CommunityReport {
  return {
    title: 't',
    community: 'c',
    asOf: '2026-01-01T00:00:00.000Z',
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      markdown: '| A | B |\n|---|---|\n| 1 | x |',
      figures: [
        { id: 'chart', title: s.title, svg: '<svg/>', table: { columns: ['A', 'B'], rows: s.cells } },
      ],
      data: {},
    })),
  };
}

describe('renderReportCsv', () => {
  const sample = communityReport(sampleCommunity(), { asOf: '2026-01-01' });
  const files = renderReportCsv(sample);

  it('writes every table of the report: the ones in the text and the numbers behind each chart', () => {
    const names = files.map((f) => f.fileName);
    expect(names).toContain('health-active-members.csv');
    expect(names).toContain('health-new-members.csv');
    expect(names).toContain('roles-table-1.csv');
    expect(names).toContain('skills-member-wheel.csv');
    // As many as the web page shows: its text tables and the tables under its charts.
    expect(files).toHaveLength(renderReportHtml(sample).match(/<table>/g)!.length);
    for (const n of names) expect(n).toMatch(SAFE_NAME);
    expect(new Set(names).size).toBe(names.length);
    const health = files.find((f) => f.fileName === 'health-active-members.csv')!;
    expect(health.title).toBe('Monthly active members');
    expect(health.csv.startsWith('Month,Active members\r\n2024-01,17\r\n')).toBe(true);
  });

  it('round-trips through csv-parse: every figure table reads back cell for cell', () => {
    const plain = renderReportCsv(sample, { guardFormulas: false });
    for (const s of sample.sections)
      for (const f of s.figures) {
        if (f.table === undefined) continue;
        const file = plain.find((p) => p.fileName === `${s.id}-${f.id}.csv`)!;
        const back = parse(file.csv, { relax_column_count: false }) as string[][];
        expect(back).toEqual([
          f.table.columns,
          ...f.table.rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
        ]);
      }
  });

  it('quotes as RFC 4180 says: commas, quotes, CR and LF; CRLF after every record; null as empty', () => {
    const [, file] = renderReportCsv(
      reportOf([
        {
          id: 's',
          title: 'S',
          cells: [
            ['a,b', 'say "hi"'],
            ['line\nbreak', null],
            ['cr\r', 1.5],
          ],
        },
      ]),
    );
    expect(file!.csv).toBe('A,B\r\n"a,b","say ""hi"""\r\n"line\nbreak",\r\n"cr\r",1.5\r\n');
    expect(parse(file!.csv)).toEqual([
      ['A', 'B'],
      ['a,b', 'say "hi"'],
      ['line\nbreak', ''],
      ['cr\r', '1.5'],
    ]);
  });

  it('makes formulas inert for spreadsheets, leaving plain numbers alone; guardFormulas: false keeps the text as it is', () => {
    const cells: (string | number | null)[][] = [
      ['=HYPERLINK("https://evil.example")', '+1+cmd|x'],
      ['@SUM(A1)', '-2+3'],
      ['\tx', '-3'],
      ['+12%', -5],
    ];
    const [, guarded] = renderReportCsv(reportOf([{ id: 's', title: 'S', cells }]));
    expect(parse(guarded!.csv)).toEqual([
      ['A', 'B'],
      ['\'=HYPERLINK("https://evil.example")', "'+1+cmd|x"],
      ["'@SUM(A1)", "'-2+3"],
      ["'\tx", '-3'],
      ['+12%', '-5'],
    ]);
    const [, raw] = renderReportCsv(reportOf([{ id: 's', title: 'S', cells }]), { guardFormulas: false });
    expect((parse(raw!.csv) as string[][])[1]).toEqual(['=HYPERLINK("https://evil.example")', '+1+cmd|x']);
  });

  it('reads Markdown tables as plain text: escapes and emphasis resolved, numbers as numbers', () => {
    const report = reportOf([{ id: 's', title: 'S', cells: [] }]);
    report.sections[0]!.markdown =
      'Text.\n\n| a \\| b | **Total** |\n|---|---|\n| &lt;x&gt; | 4 |\n| `c` | -1.5 |';
    const [file] = renderReportCsv(report);
    expect(file).toEqual({
      fileName: 's-table-1.csv',
      title: 'S, table 1',
      csv: 'a | b,Total\r\n<x>,4\r\nc,-1.5\r\n',
    });
  });

  it('names files only from safe characters, so they stay inside the folder whatever the ids', () => {
    const hostile = [
      '../../../tmp/evil',
      '..',
      '/etc/passwd',
      'C:\\Windows\\x',
      '',
      'con',
      'nul',
      '__proto__',
      'évil',
      'a'.repeat(300),
      's',
      's',
    ];
    const out = renderReportCsv(reportOf(hostile.map((id) => ({ id, title: '../../x', cells: [] }))));
    const names = out.map((f) => f.fileName);
    const a48 = 'a'.repeat(48);
    expect(names).toEqual([
      'tmp-evil-table-1.csv',
      'tmp-evil-chart.csv',
      'table-1.csv',
      'chart.csv',
      'etc-passwd-table-1.csv',
      'etc-passwd-chart.csv',
      'c-windows-x-table-1.csv',
      'c-windows-x-chart.csv',
      'table-1-2.csv',
      'chart-2.csv',
      'con-table-1.csv',
      'con-chart.csv',
      'nul-table-1.csv',
      'nul-chart.csv',
      'proto-table-1.csv',
      'proto-chart.csv',
      'vil-table-1.csv',
      'vil-chart.csv',
      `${a48}-table-1.csv`,
      `${a48}-chart.csv`,
      's-table-1.csv',
      's-chart.csv',
      's-table-1-2.csv',
      's-chart-2.csv',
    ]);
    for (const n of names) {
      expect(n).toMatch(SAFE_NAME);
      expect(n).not.toMatch(/^(con|nul|prn|aux)\.csv$/);
      expect(resolve('/out', n).startsWith(`${resolve('/out')}${sep}`)).toBe(true);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds for any ids, titles and cells: safe unique names, and cells that read back', () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ maxLength: 80 }),
            title: fc.string({ maxLength: 40 }),
            cells: fc.array(fc.tuple(cell, cell), { maxLength: 5 }),
          }),
          { maxLength: 8 },
        ),
        (sections) => {
          const out = renderReportCsv(reportOf(sections), { guardFormulas: false });
          expect(out).toHaveLength(2 * sections.length);
          const names = out.map((f) => f.fileName);
          for (const n of names) expect(n).toMatch(SAFE_NAME);
          expect(new Set(names).size).toBe(names.length);
          sections.forEach((s, i) => {
            const back = parse(out[2 * i + 1]!.csv) as string[][];
            expect(back).toEqual([
              ['A', 'B'],
              ...s.cells.map((r) => r.map((v) => (v === null ? '' : String(v)))),
            ]);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses an unknown option', () => {
    expect(() => renderReportCsv(sample, { bom: true } as never)).toThrow(ValidationError);
  });

  it('refuses something that is not a report with a ValidationError naming the field', () => {
    expect(() => renderReportCsv(null as never)).toThrow(/renderReportCsv: .*\n {2}- report: /);
    expect(() => renderReportCsv({ sections: 'x' } as never)).toThrow(ValidationError);
    expect(() => renderReportCsv({} as never)).toThrow(/report\.title/);
  });
});
