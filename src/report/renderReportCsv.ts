import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type CommunityReport, CommunityReportSchema } from './communityReport.js';
import { csvText } from './internal/csvText.js';
import { uniqueStems } from './internal/markdownText.js';
import { markdownToHtml } from './internal/markdownToHtml.js';

/**
 * Options of {@link renderReportCsv}.
 *
 * @example
 * ```ts
 * RenderReportCsvOptionsSchema.parse({}); // → { guardFormulas: true }
 * ```
 */
export const RenderReportCsvOptionsSchema = z.strictObject({
  /**
   * Make text cells a spreadsheet would run as a formula inert: a cell
   * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
   * leading `'` (plain numbers such as `-3` are left alone). On by default,
   * because reports are opened in spreadsheets and the text comes from
   * community data; turn it off for data tools only (pandas, polars).
   */
  guardFormulas: z.boolean().default(true),
});

/** Options of {@link renderReportCsv}. */
export type RenderReportCsvOptions = z.input<typeof RenderReportCsvOptionsSchema>;

/** One table of the report as a CSV file. */
export interface ReportCsvFile {
  /** File name: only `a-z`, `0-9` and `-`, then `.csv`; unique within the report. */
  fileName: string;
  /** What the table is ("Monthly active members", "Roles and staffing, table 1"). */
  title: string;
  /** The CSV text (RFC 4180: header row, CRLF line ends, quotes where needed). */
  csv: string;
}

/** A table found in the report, before it is named. */
interface FoundTable {
  key: string;
  title: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * Every table of a report as CSV, for pandas, polars and spreadsheets: the
 * tables in each section's text and the numbers behind each chart, in report
 * order. File names are made only of `a-z`, `0-9` and `-` from the section
 * and figure ids (`health-active-members.csv`, `roles-table-1.csv`), unique,
 * never a path and never a reserved device name, so written into a folder
 * they stay in it whatever the ids are. Cells are plain text (the Markdown
 * of section tables is resolved: `**3**` → `3`, `a \| b` → `a | b`), numbers
 * as numbers, `null` as an empty field. Pure and deterministic: the files
 * are returned, not written.
 *
 * @param report - from `communityReport`
 * @param options - `guardFormulas` (default `true`)
 * @returns one `{ fileName, title, csv }` per table
 * @throws {@link ValidationError} when the report or an option is invalid
 *
 * @example
 * ```ts
 * const files = renderReportCsv(communityReport(sampleCommunity(), { asOf: '2026-01-01' }));
 * files.some((f) => f.fileName === 'health-active-members.csv'); // → true
 * files.find((f) => f.fileName === 'health-active-members.csv')?.csv.split('\r\n')[0]; // → 'Month,Active members'
 * ```
 */
export function renderReportCsv(
  report: CommunityReport,
  options: RenderReportCsvOptions = {},
): ReportCsvFile[] {
  const r = parseWith('renderReportCsv', CommunityReportSchema, report, 'report');
  const opts = parseWith('renderReportCsv', RenderReportCsvOptionsSchema, options, 'options');
  const found: FoundTable[] = r.sections.flatMap((s) => [
    ...markdownTables(s.markdown).map((t, k) => ({
      key: `${s.id.slice(0, 48)}-table-${k + 1}`,
      title: `${s.title}, table ${k + 1}`,
      ...t,
    })),
    ...s.figures.flatMap((f) =>
      f.table === undefined ? [] : [{ key: `${s.id.slice(0, 48)}-${f.id}`, title: f.title, ...f.table }],
    ),
  ]);
  const stems = uniqueStems(
    found.map((t) => t.key),
    (i) => `table-${i + 1}`,
  ).map((stem) => (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(stem) ? `${stem}-table` : stem));
  return found.map((t, i) => ({
    fileName: `${stems[i]}.csv`,
    title: t.title,
    csv: csvText(t.columns, t.rows, opts.guardFormulas),
  }));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Our converter's HTML of one cell as plain text: tags dropped, entities resolved. */
function cellText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] as string)
    .trim();
}

/**
 * The pipe tables of a section's Markdown, read through the report's own
 * Markdown converter (so escapes and emphasis mean what they mean in the
 * web page): columns and rows of plain text; a number-only cell becomes a
 * number.
 */
function markdownTables(markdown: string): { columns: string[]; rows: (string | number | null)[][] }[] {
  const html = markdownToHtml(markdown);
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => {
    const rowsHtml = [...(m[1] as string).matchAll(/<tr>([\s\S]*?)<\/tr>/g)];
    const cells = rowsHtml.map((row) =>
      [...(row[1] as string).matchAll(/<(th|td)[^>]*>([\s\S]*?)<\/\1>/g)].map((c) =>
        cellText(c[2] as string),
      ),
    );
    const hasHead = /^<thead>/.test(m[1] as string);
    const width = Math.max(1, ...cells.map((c) => c.length));
    const columns = hasHead
      ? (cells[0] as string[])
      : Array.from({ length: width }, (_, k) => `Column ${k + 1}`);
    const body = (hasHead ? cells.slice(1) : cells).map((row) =>
      row.map((c): string | number => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)),
    );
    return { columns, rows: body };
  });
}
