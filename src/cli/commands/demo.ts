import { sampleCommunity } from '../../sample/sampleCommunity.js';
import { expectPositionals } from '../internal/flags.js';
import { REPORT_FLAGS, REPORT_OUTPUT_HELP, reportOutput, writeReport } from '../internal/writeReport.js';
import type { CliCommand } from './command.js';

/** `community-kit demo`: the report on the embedded sample community. */
export const demoCommand: CliCommand = {
  words: ['demo'],
  summary: 'The report on the embedded sample community.',
  usage: `Usage: community-kit demo [--format md|json|html|csv] [--out FILE|DIR] [--figures none|inline|files] [--seed N]

The community report on the embedded sample community (as of 2026-01-01).

${REPORT_OUTPUT_HELP}
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
