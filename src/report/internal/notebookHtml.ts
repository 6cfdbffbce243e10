import type { FigureTable, ReportFigure } from '../reportSection.js';
import { escapeHtml, markdownToHtml } from './markdownToHtml.js';
import { READING_NOTES_TITLE, readingNotesMarkdown } from './readingNotes.js';
import { safeInlineSvg } from './safeSvg.js';

/**
 * HTML fragments for notebooks (Jupyter, VS Code): no `<style>`, no
 * document shell and no ids, so nothing restyles or collides with the
 * notebook page; the notebook's own styles draw the headings and tables.
 * Every string from the data is escaped and every SVG goes through
 * `safeInlineSvg` first, as in the web page.
 */

/** A section as data the fragments read (a parsed `ReportSection`). */
interface SectionLike {
  id: string;
  title: string;
  markdown: string;
  figures?: readonly ReportFigure[] | undefined;
}

/** A table as an HTML `<table>`: optional caption, column headers, numbers right-aligned, `null` as "—". */
export function tableFragment(t: FigureTable, caption?: string): string {
  const numeric = t.columns.map(
    (_, k) => t.rows.length > 0 && t.rows.every((row) => typeof row[k] !== 'string'),
  );
  const align = (k: number): string => (numeric[k] ? ' style="text-align:right"' : '');
  const cell = (v: string | number | null | undefined): string =>
    v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))
      ? '—'
      : escapeHtml(String(v));
  const head = t.columns.map((c, k) => `<th${align(k)}>${escapeHtml(c)}</th>`).join('');
  const body = t.rows.map(
    (row) => `<tr>${t.columns.map((_, k) => `<td${align(k)}>${cell(row[k])}</td>`).join('')}</tr>`,
  );
  return [
    '<table>',
    ...(caption === undefined ? [] : [`<caption>${escapeHtml(caption)}</caption>`]),
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** A chart as inline SVG, or a line saying it was left out when it is not a plain SVG picture. */
export function svgFragment(svg: string, title: string): string {
  const safe = safeInlineSvg(svg);
  return safe === undefined
    ? '<p><em>Chart left out: it is not a plain SVG picture.</em></p>'
    : `<div>${safe.replace(/^<svg/, `<svg role="img" aria-label="${escapeHtml(title)}"`)}</div>`;
}

/** A figure: its title in bold, its reading, the chart and the numbers behind it (folded). */
export function figureFragment(f: ReportFigure): string {
  return [
    `<p><strong>${escapeHtml(f.title)}</strong></p>`,
    ...(f.reading === undefined ? [] : [`<p>${escapeHtml(f.reading)}</p>`]),
    svgFragment(f.svg, f.title),
    ...(f.table === undefined
      ? []
      : [
          '<details>',
          '<summary>The numbers behind this chart</summary>',
          tableFragment(f.table),
          '</details>',
        ]),
  ].join('\n');
}

/** A section: its title as a heading at `level`, its body, its figures. */
export function sectionFragment(s: SectionLike, level = 2): string {
  const h = Math.min(6, Math.max(1, level));
  return [
    `<h${h}>${escapeHtml(s.title)}</h${h}>`,
    markdownToHtml(s.markdown, { headingOffset: h }),
    ...(s.figures ?? []).map(figureFragment),
  ].join('\n');
}

/** A whole report: title, window, each section, and "How to read this" for the sections present. */
export function reportFragment(title: string, asOf: string, sections: readonly SectionLike[]): string {
  return [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>Reporting window ends ${escapeHtml(asOf.slice(0, 10))} (exclusive).</p>`,
    ...sections.map((s) => sectionFragment(s, 2)),
    `<h2>${READING_NOTES_TITLE}</h2>`,
    markdownToHtml(readingNotesMarkdown(sections.map((s) => s.id)), { headingOffset: 2 }),
  ].join('\n');
}
