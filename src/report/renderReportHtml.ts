import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type CommunityReport, CommunityReportSchema } from './communityReport.js';
import { uniqueStems } from './internal/markdownText.js';
import { escapeHtml, markdownToHtml } from './internal/markdownToHtml.js';
import { READING_NOTES_ID, READING_NOTES_TITLE, readingNotesMarkdown } from './internal/readingNotes.js';
import { REPORT_CSS } from './internal/reportCss.js';
import { safeInlineSvg } from './internal/safeSvg.js';
import type { FigureTable, ReportFigure } from './reportSection.js';

/**
 * Options of {@link renderReportHtml}.
 *
 * @example
 * ```ts
 * RenderReportHtmlOptionsSchema.parse({}); // → { figures: 'inline' }
 * ```
 */
export const RenderReportHtmlOptionsSchema = z.strictObject({
  /** `inline`: every chart drawn in the page as SVG; `none`: no charts (their tables stay). */
  figures: z.enum(['inline', 'none']).default('inline'),
});

/** Options of {@link renderReportHtml}. */
export type RenderReportHtmlOptions = z.input<typeof RenderReportHtmlOptionsSchema>;

/**
 * Renders a {@link CommunityReport} as one self-contained web page a sponsor
 * can open, print or save as PDF: a title, a table of contents, the summary
 * first, each section with its charts (inline SVG, each with a title, a
 * one-line reading where the section gives one, and its numbers as a table
 * in a `<details>` element), and a closing "How to read this". The page
 * needs no script and fetches nothing: CSS is inline, fonts are the
 * reader's system fonts, colours follow the reader's light or dark scheme
 * with a colour-blind-safe palette, and a print stylesheet keeps each chart
 * on one page (A4 or Letter). Every string from the data is escaped; a
 * figure that is not a plain SVG picture is left out. Deterministic.
 *
 * @param report - from `communityReport`
 * @param options - `figures: 'inline' | 'none'`
 * @returns the HTML document
 * @throws {@link ValidationError} when the report or an option is invalid
 *
 * @example
 * ```ts
 * const html = renderReportHtml(communityReport(sampleCommunity(), { asOf: '2026-01-01' }));
 * html.startsWith('<!doctype html>'); // → true
 * html.includes('<script'); // → false
 * ```
 */
export function renderReportHtml(report: CommunityReport, options: RenderReportHtmlOptions = {}): string {
  const r = parseWith('renderReportHtml', CommunityReportSchema, report, 'report');
  const opts = parseWith('renderReportHtml', RenderReportHtmlOptionsSchema, options, 'options');
  // The summary first, then the others in report order.
  const sections = [
    ...r.sections.filter((s) => s.id === 'summary'),
    ...r.sections.filter((s) => s.id !== 'summary'),
  ];
  const stems = uniqueStems([READING_NOTES_ID, ...sections.map((s) => s.id)], (i) => `section-${i}`).slice(1);
  const title = escapeHtml(r.title);
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${title}</title>`,
    `<style>\n${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p class="window">Reporting window ends ${escapeHtml(r.asOf.slice(0, 10))} (exclusive).</p>`,
    '</header>',
    '<nav class="toc" aria-labelledby="contents">',
    '<h2 id="contents">Contents</h2>',
    '<ol>',
    ...sections.map((s, i) => `<li><a href="#${stems[i]}">${escapeHtml(s.title)}</a></li>`),
    `<li><a href="#${READING_NOTES_ID}">${READING_NOTES_TITLE}</a></li>`,
    '</ol>',
    '</nav>',
    '<main>',
  ];
  sections.forEach((s, i) => {
    const stem = stems[i] as string;
    out.push(
      `<section id="${stem}" aria-labelledby="${stem}-title">`,
      `<h2 id="${stem}-title">${escapeHtml(s.title)}</h2>`,
      wrapTables(markdownToHtml(s.markdown, { headingOffset: 2 })),
    );
    const figureStems = uniqueStems(
      s.figures.map((f) => f.id),
      (k) => `figure-${k + 1}`,
    );
    s.figures.forEach((f, k) => {
      out.push(figureHtml(f, `${stem}-${figureStems[k]}`, opts.figures === 'inline'));
    });
    out.push('</section>');
  });
  out.push(
    `<section id="${READING_NOTES_ID}" aria-labelledby="${READING_NOTES_ID}-title">`,
    `<h2 id="${READING_NOTES_ID}-title">${READING_NOTES_TITLE}</h2>`,
    markdownToHtml(readingNotesMarkdown(sections.map((s) => s.id)), { headingOffset: 2 }),
    '</section>',
    '</main>',
    `<footer><p>${title}. Made with community-kit from the community’s own records.</p></footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

/** Tables scroll sideways on narrow screens instead of widening the page. */
function wrapTables(html: string): string {
  return html.replace(/^<table>[\s\S]*?<\/table>$/gm, (t) => `<div class="table-wrap">${t}</div>`);
}

/** One figure: caption, reading, the chart, and its numbers in a details element. */
function figureHtml(f: ReportFigure, id: string, drawChart: boolean): string {
  const title = escapeHtml(f.title);
  const parts = [
    `<figure id="${id}" aria-labelledby="${id}-caption">`,
    `<figcaption id="${id}-caption">${title}</figcaption>`,
  ];
  if (f.reading !== undefined) parts.push(`<p class="reading">${escapeHtml(f.reading)}</p>`);
  if (drawChart) {
    const svg = safeInlineSvg(f.svg);
    parts.push(
      svg === undefined
        ? '<p class="figure-left-out">Chart left out: it is not a plain SVG picture.</p>'
        : `<div class="chart">${svg.replace(/^<svg/, `<svg role="img" aria-label="${title}"`)}</div>`,
    );
  }
  if (f.table !== undefined)
    parts.push(
      '<details>',
      '<summary>The numbers behind this chart</summary>',
      `<div class="table-wrap">${figureTableHtml(f.table, title)}</div>`,
      '</details>',
    );
  parts.push('</figure>');
  return parts.join('\n');
}

/** The numbers behind a chart as an accessible table: caption, column headers, numbers right-aligned. */
function figureTableHtml(t: FigureTable, caption: string): string {
  const numeric = t.columns.map(
    (_, k) => t.rows.length > 0 && t.rows.every((row) => typeof row[k] !== 'string'),
  );
  const cls = (k: number): string => (numeric[k] ? ' class="number"' : '');
  const cell = (v: string | number | null | undefined): string =>
    v === null || v === undefined ? '—' : escapeHtml(typeof v === 'number' ? formatNumber(v) : v);
  const head = t.columns.map((c, k) => `<th scope="col"${cls(k)}>${escapeHtml(c)}</th>`).join('');
  const body = t.rows
    .map(
      (row) =>
        `<tr>${t.columns
          .map((_, k) =>
            k === 0 ? `<th scope="row"${cls(k)}>${cell(row[k])}</th>` : `<td${cls(k)}>${cell(row[k])}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Numbers as a reader expects them: integers as they are, others to two decimals at most. */
function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}
