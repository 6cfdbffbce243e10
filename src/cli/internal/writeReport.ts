import { dirname, join } from 'node:path';
import type { Community } from '../../model/community.js';
import { type CommunityReport, communityReport, REPORT_SECTION_IDS } from '../../report/communityReport.js';
import { renderReportCsv } from '../../report/renderReportCsv.js';
import { renderReportHtml } from '../../report/renderReportHtml.js';
import { renderReportMarkdown } from '../../report/renderReportMarkdown.js';
import type { CliIo } from '../cliIo.js';
import { UsageError } from '../commands/command.js';
import { choiceFlag, seedFlag } from './flags.js';
import { writeOutput } from './writeOutput.js';

/** The flags `demo` and `report` share, for parseArgs. */
/** The help lines of the output flags `report` and `demo` share (`--format`, `--out`, `--figures`). */
export const REPORT_OUTPUT_HELP = `  --format FORMAT    md, json, html or csv (default md). html is one self-contained
                     page with its charts, ready to send, print or save as PDF;
                     csv writes every table of the report as a CSV file into
                     the folder --out DIR (for pandas, polars, spreadsheets).
  --out FILE         Write to FILE instead of stdout; with md, figures are
                     written as SVG files in a folder beside it; with csv,
                     the folder the tables are written to (required).
  --figures MODE     none | inline | files (md default: none on stdout, files
                     with --out; html: inline, or none).`;

export const REPORT_FLAGS = {
  format: { type: 'string' },
  out: { type: 'string' },
  figures: { type: 'string' },
  seed: { type: 'string' },
} as const;

/** The output flags, checked before any work is done. */
export interface ReportOutput {
  format: 'md' | 'json' | 'html' | 'csv';
  figures: 'none' | 'inline' | 'files';
  out: string | undefined;
  seed: number;
}

/** Reads and checks the output flags (every bad value is a UsageError, whatever the format). */
export function reportOutput(values: Record<string, unknown>): ReportOutput {
  const out = values.out as string | undefined;
  const format = choiceFlag('format', values.format, ['md', 'json', 'html', 'csv'] as const, 'md');
  if (format === 'csv') return csvOutput(values, out);
  const figures = choiceFlag(
    'figures',
    values.figures,
    ['none', 'inline', 'files'] as const,
    format === 'html' ? 'inline' : out === undefined ? 'none' : 'files',
  );
  if (format === 'html' && figures === 'files')
    throw new UsageError('--figures files applies to --format md only (the HTML report holds its charts)');
  if (format === 'json' && values.figures !== undefined)
    throw new UsageError('--figures applies to --format md only (the JSON report holds the figures)');
  if (out !== undefined && (out === '' || /[\\/]$/.test(out)))
    throw new UsageError(`--out must name a file, not "${out}"`);
  return { format, figures, out, seed: seedFlag(values.seed) };
}

/** The output flags of `--format csv`: one file per table, so `--out` names a folder and is required. */
function csvOutput(values: Record<string, unknown>, out: string | undefined): ReportOutput {
  if (out === undefined || out === '')
    throw new UsageError('--format csv writes one file per table: name their folder with --out DIR');
  if (values.figures !== undefined)
    throw new UsageError(
      '--figures applies to --format md only (the CSV files hold the tables, not the charts)',
    );
  return { format: 'csv', figures: 'none', out, seed: seedFlag(values.seed) };
}

/** A section id of the report. */
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/**
 * The report in one call; on a TTY, which section is being computed
 * ("Computing 3/7: health…").
 */
function reportWithProgress(
  community: Community,
  asOf: Date,
  seed: number,
  sections: readonly ReportSectionId[],
  io: CliIo,
  asOfReason: string | undefined,
): CommunityReport {
  const report = communityReport(community, {
    asOf,
    seed,
    sections: [...sections],
    ...(asOfReason === undefined ? {} : { asOfReason }),
    ...(io.stderrIsTty
      ? {
          onSection: (id: ReportSectionId, i: number, count: number) =>
            io.stderr(`\r\x1b[2KComputing ${i + 1}/${count}: ${id}…`),
        }
      : {}),
  });
  if (io.stderrIsTty) io.stderr('\r\x1b[2K');
  return report;
}

/**
 * Computes the report (every section, or only `sections`) and writes it as
 * asked; resolves to the exit code. `asOfReason` says why the window ends at
 * `asOf` (see defaultAsOf.ts).
 */
export async function writeReport(
  community: Community,
  asOf: Date,
  o: ReportOutput,
  io: CliIo,
  sections: readonly ReportSectionId[] = REPORT_SECTION_IDS,
  asOfReason?: string,
): Promise<number> {
  const report = reportWithProgress(community, asOf, o.seed, sections, io, asOfReason);
  const emit = async (text: string): Promise<void> => {
    if (o.out === undefined) io.stdout(text);
    else {
      await writeOutput(o.out, text, io);
      io.stderr(`wrote ${o.out}\n`);
    }
  };
  if (o.format === 'json') {
    await emit(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  if (o.format === 'csv') {
    // File names are only a-z, 0-9 and '-' (renderReportCsv), so every file lands inside the folder.
    const dir = o.out as string;
    const files = renderReportCsv(report);
    for (const f of files) await writeOutput(join(dir, f.fileName), f.csv, io);
    io.stderr(`wrote ${files.length} table(s) as CSV in ${dir}\n`);
    return 0;
  }
  if (o.format === 'html') {
    await emit(renderReportHtml(report, { figures: o.figures === 'none' ? 'none' : 'inline' }));
    return 0;
  }
  if (o.out === undefined || o.figures !== 'files') {
    const { markdown } = renderReportMarkdown(report, {
      figures: o.figures === 'files' ? 'none' : o.figures,
    });
    await emit(markdown);
    if (o.out === undefined && o.figures === 'none' && io.stderrIsTty)
      io.stderr('(figures left out; add --out report.md to write them as SVG files, or --figures inline)\n');
    return 0;
  }
  const base = o.out.replace(/\.md$/i, '');
  const figureDir = `${base.split(/[\\/]/).pop()}-figures`;
  const rendered = renderReportMarkdown(report, { figures: 'files', figureDir });
  await writeOutput(o.out, rendered.markdown, io);
  for (const f of rendered.files) await writeOutput(join(dirname(o.out), f.path), f.content, io);
  io.stderr(`wrote ${o.out} and ${rendered.files.length} figure(s) in ${join(dirname(o.out), figureDir)}\n`);
  return 0;
}
