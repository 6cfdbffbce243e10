import { z } from 'zod';

/**
 * One section of the community report: a title, its Markdown (which may embed
 * SVG), and the data behind it (JSON-serialisable) for the JSON output.
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
  /** The data behind the section (JSON-serialisable). */
  data: z.unknown(),
});

/** One section of the community report. */
export type ReportSection = z.output<typeof ReportSectionSchema>;
