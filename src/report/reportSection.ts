import { z } from 'zod';

/**
 * A picture attached to a report section: a standalone SVG document.
 *
 * @example
 * ```ts
 * ReportFigureSchema.parse({ id: 'activity', title: 'Monthly active members', svg: '<svg …/>' });
 * ```
 */
export const ReportFigureSchema = z.object({
  /** Stable id, used as the file name when figures are written beside the report. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  /** Caption. */
  title: z.string(),
  /** The SVG document. */
  svg: z.string(),
});

/** A picture attached to a report section. */
export type ReportFigure = z.output<typeof ReportFigureSchema>;

/**
 * One section of the community report: a title, its Markdown body, optional
 * SVG figures, and the data behind it (JSON-serialisable) for the JSON output.
 *
 * @example
 * ```ts
 * ReportSectionSchema.parse({ id: 'health', title: 'Health', markdown: '…', data: {} });
 * ```
 */
export const ReportSectionSchema = z.object({
  /** Stable id of the section (`summary`, `health`, `skills`…). */
  id: z.string(),
  /** Heading shown in the report. */
  title: z.string(),
  /** The section's body in Markdown (no heading; the report adds it). */
  markdown: z.string(),
  /** Figures shown after the body (inline or as linked files, see `renderReportMarkdown`). */
  figures: z.array(ReportFigureSchema).default([]),
  /** The data behind the section (JSON-serialisable). */
  data: z.unknown(),
});

/** One section of the community report. */
export type ReportSection = z.input<typeof ReportSectionSchema>;
