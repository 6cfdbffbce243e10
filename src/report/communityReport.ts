import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import { type ReportSection, ReportSectionSchema } from './reportSection.js';
import { healthSection } from './sections/healthSection.js';
import { matchingSection } from './sections/matchingSection.js';
import { rolesSection } from './sections/rolesSection.js';
import { skillsSection } from './sections/skillsSection.js';
import { stakeholdersSection } from './sections/stakeholdersSection.js';
import { summarySection } from './sections/summarySection.js';

/**
 * Options of {@link communityReport}.
 *
 * @example
 * ```ts
 * CommunityReportOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, seed: 1 }
 * ```
 */
export const CommunityReportOptionsSchema = z.object({
  /** End of the reporting window (exclusive); nothing after it counts. */
  asOf: DateInputSchema,
  /** Seed for the parts that use randomness (clustering, layouts). */
  seed: z.number().int().default(1),
  /** Only these section ids, in this order (default: every section). */
  sections: z.array(z.string()).optional(),
});

/** Options of {@link communityReport}. */
export type CommunityReportOptions = z.input<typeof CommunityReportOptionsSchema>;

/** A section builder: the community and the report options in, one section out. */
type SectionBuilder = (community: Community, options: { asOf: Date; seed: number }) => ReportSection;

/** Every section, in report order. */
const BUILDERS: readonly [string, SectionBuilder][] = [
  ['summary', summarySection],
  ['health', healthSection],
  ['roles', rolesSection],
  ['skills', skillsSection],
  ['stakeholders', stakeholdersSection],
  ['matching', matchingSection],
];

/** The ids of the sections {@link communityReport} can build, in report order. */
export const REPORT_SECTION_IDS: readonly string[] = BUILDERS.map(([id]) => id);

/**
 * A community report, as data: a title, the window it covers and its sections.
 *
 * @example
 * ```ts
 * CommunityReportSchema.parse({ title: 'x', community: 'x', asOf: '2026-01-01T00:00:00.000Z', sections: [] });
 * ```
 */
export const CommunityReportSchema = z.object({
  /** Report title. */
  title: z.string(),
  /** The community's name. */
  community: z.string(),
  /** End of the reporting window (ISO-8601). */
  asOf: z.string(),
  /** Sections in order. */
  sections: z.array(ReportSectionSchema),
});

/** A community report, as data (JSON-serialisable). */
export type CommunityReport = z.output<typeof CommunityReportSchema>;

/**
 * Builds the report a community manager hands a sponsor: a summary of the
 * community, then one section per module (health, roles, skills,
 * stakeholders, matching) — each with its numbers, the reasons behind them
 * and SVG figures. The result is plain data; render it with
 * `renderReportMarkdown`, or serialise it as JSON.
 *
 * @param community - a parsed community (see `parseCommunity`)
 * @param options - `asOf` (required), `seed`, and optionally which sections
 * @returns the report
 * @throws {@link ValidationError} when an option is invalid or a section id is unknown
 *
 * @example
 * ```ts
 * const report = communityReport(sampleCommunity(), { asOf: '2026-01-01' });
 * report.sections[0]?.id; // → 'summary'
 * ```
 */
export function communityReport(community: Community, options: CommunityReportOptions): CommunityReport {
  const opts = parseWith('communityReport', CommunityReportOptionsSchema, options, 'options');
  const wanted = opts.sections ?? REPORT_SECTION_IDS;
  const builders = new Map(BUILDERS);
  const unknown = wanted.findIndex((id) => !builders.has(id));
  if (unknown >= 0) {
    parseWith(
      'communityReport',
      z.enum(REPORT_SECTION_IDS as [string, ...string[]]),
      wanted[unknown],
      `options.sections[${unknown}]`,
    );
  }
  const sections = wanted.map((id) => {
    const section = (builders.get(id) as SectionBuilder)(community, { asOf: opts.asOf, seed: opts.seed });
    return ReportSectionSchema.parse(section);
  });
  return {
    title: `${community.name}: community report`,
    community: community.name,
    asOf: opts.asOf.toISOString(),
    sections,
  };
}
