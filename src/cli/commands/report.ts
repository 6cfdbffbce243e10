import { toDate } from '../../model/dateInput.js';
import { REPORT_SECTION_IDS } from '../../report/communityReport.js';
import { defaultAsOf } from '../internal/defaultAsOf.js';
import { expectPositionals } from '../internal/flags.js';
import { loadCommunity } from '../internal/loadCommunity.js';
import {
  REPORT_FLAGS,
  REPORT_OUTPUT_HELP,
  type ReportSectionId,
  reportOutput,
  writeReport,
} from '../internal/writeReport.js';
import { type CliCommand, UsageError } from './command.js';

/** `community-kit report FILE`: the report on the user's community. */
export const reportCommand: CliCommand = {
  words: ['report'],
  summary: 'The report on your community (JSON, see docs/data-format.md).',
  usage: `Usage: community-kit report FILE [--as-of DATE] [--format md|json|html|csv] [--out FILE|DIR] [--figures none|inline|files] [--seed N] [--sections LIST]

The community report on FILE (the JSON community format, see docs/data-format.md).

  --as-of DATE       End of the reporting window (exclusive), an ISO-8601 date;
                     default: the end of the last complete quarter of the
                     data (the day after the last activity when the data
                     holds no complete quarter). The report says which.
${REPORT_OUTPUT_HELP}
  --seed N           Seed of seeded algorithms (an integer).
  --sections LIST    Only these sections, comma-separated, in this order:
                     ${REPORT_SECTION_IDS.join(', ')} (default: all).

On a terminal, stderr shows which section is being computed.
`,
  options: { ...REPORT_FLAGS, 'as-of': { type: 'string' }, sections: { type: 'string' } },
  async run({ values, positionals }, io) {
    expectPositionals('report', positionals, 1);
    const output = reportOutput(values);
    const asOfFlag = values['as-of'];
    const asOf = asOfFlag === undefined ? undefined : toDate(asOfFlag);
    if (asOfFlag !== undefined && asOf === undefined)
      throw new UsageError(`--as-of must be an ISO-8601 date, not "${String(asOfFlag)}"`);
    const sections = sectionsFlag(values.sections);
    if (io.stderrIsTty) io.stderr(`\r\x1b[2KReading ${positionals[0]}…`);
    const community = loadCommunity(positionals[0] as string, io);
    if (community === undefined) return 1;
    const choice = asOf === undefined ? defaultAsOf(community) : { asOf, reason: 'as given with --as-of' };
    return writeReport(community, choice.asOf, output, io, sections, choice.reason);
  },
};

/** The section ids of `--sections a,b` (every section without the flag); a UsageError names an unknown one. */
function sectionsFlag(value: unknown): readonly ReportSectionId[] {
  if (value === undefined) return REPORT_SECTION_IDS;
  const ids = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0)
    throw new UsageError(`--sections needs at least one of: ${REPORT_SECTION_IDS.join(', ')}`);
  const known: readonly string[] = REPORT_SECTION_IDS;
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined)
    throw new UsageError(
      `--sections: unknown section "${unknown}" (sections: ${REPORT_SECTION_IDS.join(', ')})`,
    );
  const seen = new Set<string>();
  const duplicate = ids.find((id) => seen.size === seen.add(id).size);
  if (duplicate !== undefined) throw new UsageError(`--sections lists "${duplicate}" twice`);
  return ids as ReportSectionId[];
}
