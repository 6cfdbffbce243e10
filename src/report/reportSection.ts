import { z } from 'zod';
import { type ActivityLog, isActivityLog } from '../model/activityLog.js';
import { DataCoverageSchema } from '../model/dataCoverage.js';
import { DateInputSchema } from '../model/dateInput.js';

/**
 * The numbers behind a figure, as a table: column headings and rows of
 * cells (text, numbers or `null` for none). The HTML report shows it under
 * the chart, for readers who cannot see the picture and for copying.
 *
 * @example
 * ```ts
 * FigureTableSchema.parse({ columns: ['Month', 'Active members'], rows: [['2025-12', 42]] }).rows.length; // → 1
 * ```
 */
export const FigureTableSchema = z.object({
  /** Column headings. */
  columns: z.array(z.string().max(200)).min(1).max(50),
  /** Rows, one cell per column. */
  rows: z.array(z.array(z.union([z.string().max(2000), z.number(), z.null()])).max(50)).max(10_000),
});

/** The numbers behind a figure. */
export type FigureTable = z.output<typeof FigureTableSchema>;

/**
 * A picture attached to a report section: a standalone SVG document, and
 * optionally a one-line reading and the numbers behind it.
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
  /** One sentence saying what the chart shows ("Active members rose 33% …"), shown above it. */
  reading: z.string().max(500).optional(),
  /** The numbers behind the chart (shown as a table in the HTML report). */
  table: FigureTableSchema.optional(),
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

/**
 * Options of every section builder (`summarySection`, `healthSection`…):
 * the end of the reporting window, the seed of the parts that use
 * randomness, what the data holds (`coverage`, computed when absent) and the
 * horizon of "current members" where leaves are not recorded.
 *
 * @example
 * ```ts
 * SectionOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01T00:00:00.000Z, seed: 1, currentHorizonDays: 365 }
 * ```
 */
export const SectionOptionsSchema = z.strictObject({
  /** End of the reporting window (exclusive). */
  asOf: DateInputSchema,
  /** Seed for clustering and layouts. */
  seed: z.number().int().default(1),
  /** Why the window ends at `asOf`, said in the basis section (the CLI fills it). */
  asOfReason: z.string().min(1).max(500).optional(),
  /** What the data holds (from `dataCoverage`); computed from the community when absent. */
  coverage: DataCoverageSchema.optional(),
  /**
   * The community's activity log without bots (`activityLog(community)`),
   * built once by `communityReport` and read by the sections that need it;
   * built from the community when absent. It must be that community's log.
   */
  log: z.custom<ActivityLog>(isActivityLog, 'expected an activity log (activityLog(community))').optional(),
  /** Where leaves are not recorded, "current members" are those active within this many days (default 365). */
  currentHorizonDays: z.number().int().min(1).max(36_500).default(365),
});

/** Options of a section builder. */
export type SectionOptions = z.input<typeof SectionOptionsSchema>;
