import { sampleCommunity } from '../../sample/sampleCommunity.js';
import { expectPositionals } from '../internal/flags.js';
import { REPORT_FLAGS, reportOutput, writeReport } from '../internal/writeReport.js';
import type { CliCommand } from './command.js';

/** `community-kit demo`: the report on the embedded sample community. */
export const demoCommand: CliCommand = {
  words: ['demo'],
  summary: 'The report on the embedded sample community.',
  usage: `Usage: community-kit demo [--format md|json|html|csv] [--out FILE|DIR] [--figures none|inline|files] [--seed N]

The community report on the embedded sample community (as of 2026-01-01).

  --format FORMAT    md, json, html or csv (default md). html is one self-contained
                     page with its charts, ready to send, print or save as PDF;
                     csv writes every table of the report as a CSV file into
                     the folder --out DIR (for pandas, polars, spreadsheets).
  --out FILE         Write to FILE instead of stdout; with md, figures are
                     written as SVG files in a folder beside it; with csv,
                     the folder the tables are written to (required).
  --figures MODE     none | inline | files (md default: none on stdout, files
                     with --out; html: inline, or none).
  --seed N           Seed of the sample community and of seeded algorithms (an integer).
`,
  options: REPORT_FLAGS,
  async run({ values, positionals }, io) {
    expectPositionals('demo', positionals, 0);
    const output = reportOutput(values);
    if (io.stderrIsTty) io.stderr('\r\x1b[2KBuilding the sample community…');
    const community = sampleCommunity({ seed: output.seed });
    return writeReport(
      community,
      new Date('2026-01-01T00:00:00Z'),
      output,
      io,
      undefined,
      "the end of the sample community's last complete quarter",
    );
  },
};
