import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type CommunityReport, CommunityReportSchema } from './communityReport.js';
import { escapeMarkdown, uniqueStems } from './internal/markdownText.js';
import { READING_NOTES_ID, READING_NOTES_TITLE, readingNotesMarkdown } from './internal/readingNotes.js';
import { safeInlineSvg } from './internal/safeSvg.js';

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
 * window it covers, a table of contents, each section with its figures and
 * a closing "How to read this" with definitions and sources. Text from the
 * data (names, titles) is escaped; anchors and figure file names are made
 * only of `a-z`, `0-9` and `-`, so every figure path stays inside
 * `figureDir` whatever the section ids are. Pure: figure files are returned,
 * not written.
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
  // Anchors and file names come from ids the data gave: only safe characters, unique, never a path
  // (a section id with nothing usable becomes section-N, N counted from 1).
  const stems = uniqueStems(
    [READING_NOTES_ID, ...report.sections.map((s) => s.id)],
    (i) => `section-${i}`,
  ).slice(1);
  const out: string[] = [
    `# ${escapeMarkdown(report.title)}`,
    '',
    `Reporting window ends ${escapeMarkdown(report.asOf.slice(0, 10))} (exclusive).`,
    '',
  ];
  if (report.sections.length > 1) {
    out.push('Contents:', '');
    report.sections.forEach((s, i) => {
      out.push(`- [${escapeMarkdown(s.title)}](#${stems[i]})`);
    });
    out.push(`- [${READING_NOTES_TITLE}](#${READING_NOTES_ID})`, '');
  }
  report.sections.forEach((s, i) => {
    out.push(`<a id="${stems[i]}"></a>`, '', `## ${escapeMarkdown(s.title)}`, '', s.markdown.trim(), '');
    const figureStems = uniqueStems(
      s.figures.map((f) => f.id),
      (k) => `figure-${k}`,
    );
    s.figures.forEach((f, k) => {
      const title = escapeMarkdown(f.title);
      if (opts.figures === 'none') return;
      // A report is data: a figure that is not a plain picture (scripts, links, remote resources) is left out.
      if (safeInlineSvg(f.svg) === undefined)
        out.push(`*${title}: figure left out (not a plain SVG picture).*`, '');
      else if (opts.figures === 'inline') out.push(f.svg.trim(), '', `*${title}*`, '');
      else if (opts.figures === 'files') {
        const path = `${opts.figureDir}/${stems[i]}-${figureStems[k]}.svg`;
        files.push({ path, content: f.svg });
        out.push(`![${title}](${path})`, '');
      }
    });
  });
  out.push(
    `<a id="${READING_NOTES_ID}"></a>`,
    '',
    `## ${READING_NOTES_TITLE}`,
    '',
    readingNotesMarkdown(report.sections.map((s) => s.id)),
    '',
  );
  return { markdown: `${out.join('\n').trimEnd()}\n`, files };
}
