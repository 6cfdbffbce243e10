import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type CommunityReport, CommunityReportSchema } from './communityReport.js';

/**
 * Options of {@link renderReportMarkdown}.
 *
 * @example
 * ```ts
 * RenderReportMarkdownOptionsSchema.parse({}); // → { figures: 'inline', figureDir: 'figures' }
 * ```
 */
export const RenderReportMarkdownOptionsSchema = z.strictObject({
  /**
   * `inline`: SVG embedded in the Markdown (for notebooks and most Markdown
   * viewers that allow HTML); `files`: figures returned as files and linked
   * as images (for GitHub and static sites); `none`: no figures.
   */
  figures: z.enum(['inline', 'files', 'none']).default('inline'),
  /** Folder (relative to the Markdown file) the figure files are linked from. */
  figureDir: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'expected a relative folder such as "figures"')
    .refine((dir) => !dir.split('/').some((part) => part === '..' || part === '.'), {
      message: 'expected a folder inside the report folder (no "." or ".." parts)',
    })
    .default('figures'),
});

/** Options of {@link renderReportMarkdown}. */
export type RenderReportMarkdownOptions = z.input<typeof RenderReportMarkdownOptionsSchema>;

/** Rendered Markdown and the figure files it links to (empty unless `figures: 'files'`). */
export interface RenderedReport {
  /** The Markdown document. */
  markdown: string;
  /** Files to write beside the Markdown: path relative to it, and content. */
  files: { path: string; content: string }[];
}

/**
 * Renders a {@link CommunityReport} as one Markdown document: a title, the
 * window it covers, a table of contents and each section with its figures.
 * Pure: figure files are returned, not written.
 *
 * @param report - from `communityReport`
 * @param options - how to include figures
 * @returns the Markdown and any figure files
 *
 * @example
 * ```ts
 * const { markdown } = renderReportMarkdown(communityReport(sampleCommunity(), { asOf: '2026-01-01' }));
 * markdown.startsWith('# Open Research Commons'); // → true
 * ```
 */
export function renderReportMarkdown(
  report: CommunityReport,
  options: RenderReportMarkdownOptions = {},
): RenderedReport {
  parseWith('renderReportMarkdown', CommunityReportSchema, report, 'report');
  const opts = parseWith('renderReportMarkdown', RenderReportMarkdownOptionsSchema, options, 'options');
  const files: RenderedReport['files'] = [];
  const out: string[] = [
    `# ${report.title}`,
    '',
    `Reporting window ends ${report.asOf.slice(0, 10)} (exclusive).`,
    '',
  ];
  if (report.sections.length > 1) {
    out.push('Contents:', '');
    for (const s of report.sections) out.push(`- [${s.title}](#${s.id})`);
    out.push('');
  }
  for (const s of report.sections) {
    out.push(`<a id="${s.id}"></a>`, '', `## ${s.title}`, '', s.markdown.trim(), '');
    for (const f of s.figures) {
      if (opts.figures === 'inline') out.push(f.svg, '', `*${f.title}*`, '');
      else if (opts.figures === 'files') {
        const path = `${opts.figureDir}/${s.id}-${f.id}.svg`;
        files.push({ path, content: f.svg });
        out.push(`![${f.title}](${path})`, '');
      }
    }
  }
  return { markdown: `${out.join('\n').trimEnd()}\n`, files };
}
