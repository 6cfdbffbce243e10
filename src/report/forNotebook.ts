import { fail } from '../model/validate.js';
import { type CommunityReport, CommunityReportSchema } from './communityReport.js';
import {
  attachDisplay,
  displayableReport,
  displayableSection,
  figureBundle,
  JUPYTER_DISPLAY,
  type MimeBundle,
  svgBundle,
  tableBundle,
} from './internal/notebookDisplay.js';
import {
  type FigureTable,
  FigureTableSchema,
  type ReportFigure,
  ReportFigureSchema,
  type ReportSection,
  ReportSectionSchema,
} from './reportSection.js';

export { JUPYTER_DISPLAY, type MimeBundle } from './internal/notebookDisplay.js';

/** A value a Jupyter notebook shows richly: it has the display method under {@link JUPYTER_DISPLAY}. */
export interface NotebookDisplayable {
  /** The MIME bundle the notebook shows (`text/html`, `image/svg+xml`, `text/plain`). */
  [JUPYTER_DISPLAY](): MimeBundle;
}

/**
 * Makes a report, a section, a figure, a table or an SVG chart show as
 * HTML or SVG in a Jupyter notebook run by Deno's kernel (or any kernel
 * that follows its protocol: a method under `Symbol.for('Jupyter.display')`
 * returning a MIME bundle) instead of as an object dump:
 *
 * - a report (`communityReport`): its title, window, every section with
 *   its charts, and "How to read this", as HTML;
 * - a section: its heading, body (tables as HTML tables) and charts;
 * - a figure: caption, reading, the chart, and its numbers as a table;
 * - a table (`{ columns, rows }`): an HTML table (tab-separated as text);
 * - an SVG string (`barChartSvg`…): the picture.
 *
 * Objects are made displayable in place and returned: the method is a
 * non-enumerable symbol-keyed property, so `JSON.stringify`, `Object.keys`
 * and spreads do not see it. A string cannot carry a method, so an SVG
 * comes back wrapped as `{ svg }`. The HTML has no styles or scripts of its
 * own; every string from the data is escaped and a chart that is not a
 * plain SVG picture is left out, as in `renderReportHtml`. Reports and
 * sections from `communityReport` are already displayable.
 *
 * @param value - a report, section, figure, table, or SVG text
 * @returns the same object, displayable (an SVG string: `{ svg }`, displayable)
 * @throws {@link ValidationError} when the value is none of these
 *
 * @example
 * ```ts
 * const table = forNotebook({ columns: ['Month', 'Active'], rows: [['2025-12', 42]] });
 * table[JUPYTER_DISPLAY]()['text/plain']; // → 'Month\tActive\n2025-12\t42'
 * JSON.stringify(table); // → '{"columns":["Month","Active"],"rows":[["2025-12",42]]}'
 * Object.keys(forNotebook(barChartSvg({ title: 'New', labels: ['Jan'], values: [3] })) ); // → ['svg']
 * ```
 */
export function forNotebook<T extends CommunityReport | ReportSection | ReportFigure | FigureTable>(
  value: T,
): T & NotebookDisplayable;
export function forNotebook(value: string): { svg: string } & NotebookDisplayable;
export function forNotebook(value: unknown): NotebookDisplayable {
  if (typeof value === 'string') {
    const svg = value;
    return attachDisplay({ svg }, () => svgBundle(svg)) as { svg: string } & NotebookDisplayable;
  }
  // Checked first, then drawn from the value itself (its sections and figures become displayable too).
  if (CommunityReportSchema.safeParse(value).success)
    return displayableReport(value as CommunityReport) as CommunityReport & NotebookDisplayable;
  if (ReportSectionSchema.safeParse(value).success)
    return displayableSection(value as ReportSection) as ReportSection & NotebookDisplayable;
  if (ReportFigureSchema.safeParse(value).success) {
    const f = value as ReportFigure;
    return attachDisplay(f, () => figureBundle(f)) as ReportFigure & NotebookDisplayable;
  }
  if (FigureTableSchema.safeParse(value).success) {
    const t = value as FigureTable;
    return attachDisplay(t, () => tableBundle(t)) as FigureTable & NotebookDisplayable;
  }
  return fail('forNotebook', [
    {
      path: 'value',
      message: 'expected a report, a report section, a figure, a table ({ columns, rows }) or SVG text',
      code: 'invalid-input',
    },
  ]);
}
