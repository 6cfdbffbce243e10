import type { Community } from '../../model/community.js';
import { dataCoverage } from '../../model/dataCoverage.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { SIGNALS, type Signal, SignalSchema } from '../../model/signals.js';
import { parseWith } from '../../model/validate.js';
import { type ReportSection, type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

const day = (d: Date | null): string => (d === null ? '' : d.toISOString().slice(0, 10));

/** Signals not worth a "not in the data" line: no section or finding needs them on their own. */
const NOT_NAMED_WHEN_ABSENT: ReadonlySet<Signal> = new Set([
  'answers',
  'reviews',
  'reactions',
  'text',
  'interests',
  'bots',
]);

/**
 * The report's "What this report is based on" section: which kinds of
 * evidence the data holds (with counts, members and the span they cover),
 * which it lacks and what to import or record for each, and the bots left
 * out; first, the last day the figures count and why (`asOfReason`, which
 * the CLI fills: "the end of the last complete quarter…"). Every other
 * section states only what this evidence supports.
 *
 * @param community - a parsed community
 * @param options - `asOf`, optionally `asOfReason`, and `coverage` from `dataCoverage(community)` (computed when absent)
 * @returns the section
 *
 * @example
 * ```ts
 * const community = parseCommunity({ name: 'x', members: [{ id: 'a' }], activities: [{ id: '1', memberId: 'a', at: '2024-01-01', kind: 'commit' }] });
 * const basis = basisSection(community, { asOf: '2025-01-01', asOfReason: 'the end of 2024' });
 * basis.markdown.split('\n')[0]; // → 'As of 2024-12-31 (end of day), the end of 2024.'
 * basis.markdown.split('\n')[4];
 * // → '| dated activity by members | 1 | 1 | 2024-01-01 to 2024-01-01 |'
 * ```
 */
export function basisSection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('basisSection', community);
  const opts = parseWith('basisSection', SectionOptionsSchema, options, 'options');
  const coverage = opts.coverage ?? dataCoverage(community);
  const rows = SignalSchema.options
    .filter((s) => s !== 'bots' && coverage.signals[s].count > 0)
    .map((s) => {
      const c = coverage.signals[s];
      const span = c.from === null ? '' : `${day(c.from)} to ${day(c.to)}`;
      return `| ${SIGNALS[s].is} | ${c.count} | ${c.members} | ${span} |`;
    });
  const absent = SignalSchema.options.filter(
    (s) => !NOT_NAMED_WHEN_ABSENT.has(s) && coverage.signals[s].count === 0,
  );
  const lastDay = day(new Date(opts.asOf.getTime() - 1));
  const asOfLine = `As of ${lastDay} (end of day)${opts.asOfReason === undefined ? '' : `, ${opts.asOfReason}`}.`;
  const lines = [
    asOfLine,
    '',
    '| Evidence | Records | Members | From – to |',
    '|---|---|---|---|',
    ...(rows.length > 0 ? rows : ['| nothing yet | 0 | 0 | |']),
    '',
  ];
  if (coverage.affiliatedActivityShare !== null && coverage.signals.affiliations.count > 0)
    lines.push(
      `${Math.round(coverage.affiliatedActivityShare * 100)}% of the activity is by members with a known organisation; statements about organisations speak of that part only.`,
      '',
    );
  if (absent.length > 0)
    lines.push(
      'Not in the data, so not measured in this report:',
      '',
      ...absent.map((s) => `- ${SIGNALS[s].is}: ${SIGNALS[s].toGet}.`),
      '',
    );
  if (coverage.botsLeftOut.members > 0)
    lines.push(
      `${coverage.botsLeftOut.members === 1 ? 'One bot account' : `${coverage.botsLeftOut.members} bot accounts`} (${coverage.botsLeftOut.activities} ${coverage.botsLeftOut.activities === 1 ? 'activity' : 'activities'}) ${coverage.botsLeftOut.members === 1 ? 'is' : 'are'} left out of every number.`,
    );
  return {
    id: 'basis',
    title: 'What this report is based on',
    markdown: lines.join('\n').trimEnd(),
    figures: [],
    data: {
      asOf: { end: opts.asOf.toISOString(), lastDay, reason: opts.asOfReason ?? null },
      present: coverage.present,
      absent,
      signals: Object.fromEntries(
        Object.entries(coverage.signals).map(([s, c]) => [
          s,
          { ...c, from: c.from?.toISOString() ?? null, to: c.to?.toISOString() ?? null },
        ]),
      ),
      affiliatedActivityShare: coverage.affiliatedActivityShare,
      botsLeftOut: coverage.botsLeftOut,
      members: community.members.length,
    },
  };
}
