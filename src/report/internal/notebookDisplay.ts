import type { FigureTable, ReportFigure } from '../reportSection.js';
import {
  figureFragment,
  reportFragment,
  sectionFragment,
  svgFragment,
  tableFragment,
} from './notebookHtml.js';
import { safeInlineSvg } from './safeSvg.js';

/**
 * The Jupyter display hook: Deno's Jupyter kernel shows a value through the
 * method under `Symbol.for('Jupyter.display')` when it has one, and shows
 * the richest entry of the MIME bundle the method returns.
 *
 * @example
 * ```ts
 * JUPYTER_DISPLAY === Symbol.for('Jupyter.display'); // → true
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display');

/**
 * A MIME bundle: media type → content (`text/plain` always there).
 *
 * @example
 * ```ts
 * const bundle: MimeBundle = { 'text/html': '<b>42</b>', 'text/plain': '42' };
 * ```
 */
export type MimeBundle = { 'text/plain': string } & Readonly<Record<string, string>>;

/**
 * Gives `target` the display method, non-enumerable (so `JSON.stringify`,
 * `Object.keys`, spreads, `structuredClone` and deep-equality tests do not
 * see it) and computed only when a notebook asks. Returns `target`.
 */
export function attachDisplay<T extends object>(target: T, bundle: () => MimeBundle): T {
  Object.defineProperty(target, JUPYTER_DISPLAY, {
    value: bundle,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return target;
}

/** A section as the bundles read it (a parsed `ReportSection`). */
interface SectionLike {
  id: string;
  title: string;
  markdown: string;
  figures?: readonly ReportFigure[] | undefined;
}

/** The text/plain of a table: tab-separated, one row a line. */
function tableText(t: FigureTable): string {
  return [t.columns, ...t.rows]
    .map((row) => row.map((v) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '))).join('\t'))
    .join('\n');
}

/** The bundle of a table: an HTML table, and tab-separated text. */
export function tableBundle(t: FigureTable, caption?: string): MimeBundle {
  return { 'text/html': tableFragment(t, caption), 'text/plain': tableText(t) };
}

/**
 * The bundle of an SVG chart: the picture (only when `safeInlineSvg` finds it a plain SVG
 * picture; the document itself, which keeps its namespace) and its title as text.
 */
export function svgBundle(svg: string): MimeBundle {
  const safe = safeInlineSvg(svg);
  const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? 'chart';
  if (safe === undefined) return { 'text/plain': `(chart left out: not a plain SVG picture) ${title}` };
  return { 'image/svg+xml': svg, 'text/html': svgFragment(svg, title), 'text/plain': `[chart] ${title}` };
}

/** The bundle of a figure: caption, reading, chart and table as HTML; the SVG alone; title and reading as text. */
export function figureBundle(f: ReportFigure): MimeBundle {
  const safe = safeInlineSvg(f.svg);
  return {
    'text/html': figureFragment(f),
    ...(safe === undefined ? {} : { 'image/svg+xml': f.svg }),
    'text/plain': [f.title, f.reading].filter((t) => t !== undefined).join('\n'),
  };
}

/** The bundle of a section: its HTML with figures, its Markdown as text. */
export function sectionBundle(s: SectionLike): MimeBundle {
  return { 'text/html': sectionFragment(s), 'text/plain': `${s.title}\n\n${s.markdown}` };
}

/** The bundle of a report: its HTML, and its title, window and section titles as text. */
export function reportBundle(r: {
  title: string;
  asOf: string;
  sections: readonly SectionLike[];
}): MimeBundle {
  return {
    'text/html': reportFragment(r.title, r.asOf, r.sections),
    'text/plain': [
      r.title,
      `Reporting window ends ${r.asOf.slice(0, 10)} (exclusive).`,
      ...r.sections.map((s) => `- ${s.title}`),
    ].join('\n'),
  };
}

/** Makes a section and its figures displayable in place; returns the section. */
export function displayableSection<S extends SectionLike>(s: S): S {
  for (const f of s.figures ?? []) attachDisplay(f, () => figureBundle(f));
  return attachDisplay(s, () => sectionBundle(s));
}

/** Makes a report, its sections and their figures displayable in place; returns the report. */
export function displayableReport<
  R extends { title: string; asOf: string; sections: readonly SectionLike[] },
>(r: R): R {
  for (const s of r.sections) displayableSection(s);
  return attachDisplay(r, () => reportBundle(r));
}
