import { z } from 'zod';
import { activityLog } from '../model/activityLog.js';
import type { Community } from '../model/community.js';
import { dataCoverage, missingSignals, notMeasured } from '../model/dataCoverage.js';
import { DateInputSchema } from '../model/dateInput.js';
import { requireParsedCommunity, withCheckedCommunity } from '../model/internal/parsedCommunity.js';
import type { Signal } from '../model/signals.js';
import { parseWith } from '../model/validate.js';
import { displayableReport } from './internal/notebookDisplay.js';
import { type ReportSection, ReportSectionSchema, type SectionOptions } from './reportSection.js';
import { basisSection } from './sections/basisSection.js';
import { healthSection } from './sections/healthSection.js';
import { matchingSection } from './sections/matchingSection.js';
import { rolesSection } from './sections/rolesSection.js';
import { skillsSection } from './sections/skillsSection.js';
import { stakeholdersSection } from './sections/stakeholdersSection.js';
import { summarySection } from './sections/summarySection.js';

/** The ids of the sections {@link communityReport} can build, in report order. */
export const REPORT_SECTION_IDS = [
  'summary',
  'basis',
  'health',
  'roles',
  'skills',
  'stakeholders',
  'matching',
] as const;

/**
 * Options of {@link communityReport}.
 *
 * @example
 * ```ts
 * CommunityReportOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, seed: 1, currentHorizonDays: 365 }
 * ```
 */
export const CommunityReportOptionsSchema = z.strictObject({
  /** End of the reporting window (exclusive); nothing after it counts. */
  asOf: DateInputSchema,
  /** Seed for the parts that use randomness (clustering, layouts). */
  seed: z.number().int().default(1),
  /**
   * Why the window ends at `asOf` ("the end of the last complete quarter…"),
   * said in the basis section and kept in the result; the CLI fills it.
   */
  asOfReason: z.string().min(1).max(500).optional(),
  /** Only these section ids, in this order (default: every section). */
  sections: z.array(z.enum(REPORT_SECTION_IDS)).optional(),
  /**
   * Where nothing records members leaving, "current members" means members
   * active within this many days before `asOf` (default 365), and the
   * summary says so.
   */
  currentHorizonDays: z.number().int().min(1).max(36_500).default(365),
  /**
   * Called just before each section is built, with its id, its place and
   * how many sections there are: progress for a long report, computed in one
   * call (the community is checked and its coverage counted once).
   */
  onSection: z
    .custom<(id: (typeof REPORT_SECTION_IDS)[number], index: number, count: number) => void>(
      (v) => typeof v === 'function',
      'expected a function (id, index, count) => void',
    )
    .optional(),
});

/** Options of {@link communityReport}. */
export type CommunityReportOptions = z.input<typeof CommunityReportOptionsSchema>;

/** A section builder: the community and the report context in, one section out. */
type SectionBuilder = (community: Community, options: SectionOptions) => ReportSection;

/**
 * Every section, in report order, with the signals it cannot do without:
 * when the data lacks them the section is one "Not measured" line. Sections
 * with parts that need different data (network and stakeholders, mentors and
 * experts) check each part themselves.
 */
const BUILDERS: Readonly<
  Record<
    (typeof REPORT_SECTION_IDS)[number],
    { title: string; needs: readonly Signal[]; build: SectionBuilder }
  >
> = {
  summary: { title: 'Summary', needs: [], build: summarySection },
  basis: { title: 'What this report is based on', needs: [], build: basisSection },
  health: { title: 'Health', needs: ['activity'], build: healthSection },
  roles: { title: 'Roles and staffing', needs: ['roles'], build: rolesSection },
  skills: { title: 'Skills', needs: ['skillAssessments'], build: skillsSection },
  stakeholders: { title: 'Network and stakeholders', needs: [], build: stakeholdersSection },
  matching: { title: 'Who knows what: mentors and experts', needs: [], build: matchingSection },
};

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
  /** Why the window ends there, when the caller said (the CLI does). */
  asOfReason: z.string().optional(),
  /** Sections in order. */
  sections: z.array(ReportSectionSchema),
});

/** A community report, as data (JSON-serialisable). */
export type CommunityReport = z.output<typeof CommunityReportSchema>;

/**
 * Builds the report a community manager hands a sponsor: a summary of the
 * community, what the report is based on (the evidence the data holds and
 * lacks, see `dataCoverage`), then one section per module (health, roles, skills,
 * stakeholders, matching) — each with its numbers, the reasons behind them
 * and SVG figures. A section whose evidence the data lacks is one
 * "Not measured" line naming what to import. The result is plain data; render it with
 * `renderReportMarkdown` or `renderReportHtml`, or serialise it as JSON. In a
 * Jupyter notebook (Deno's kernel) the report and each of its sections show
 * as HTML with their charts (see `forNotebook`).
 *
 * @param community - a parsed community (see `parseCommunity`)
 * @param options - `asOf` (required), `seed`, optionally `asOfReason`, which sections, and `currentHorizonDays`
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
  requireParsedCommunity('communityReport', community);
  // Checked once here: the sections and the functions they call trust it.
  return withCheckedCommunity(community, () => reportOn(community, options));
}

/** The sections that read the shared activity log (the network section only when the community has no bots). */
const LOG_READERS: ReadonlySet<(typeof REPORT_SECTION_IDS)[number]> = new Set([
  'health',
  'roles',
  'stakeholders',
]);

/** {@link communityReport} on a community already checked. */
function reportOn(community: Community, options: CommunityReportOptions): CommunityReport {
  const opts = parseWith('communityReport', CommunityReportOptionsSchema, options, 'options');
  const wanted = opts.sections ?? REPORT_SECTION_IDS;
  const coverage = dataCoverage(community);
  const context: SectionOptions = {
    asOf: opts.asOf,
    seed: opts.seed,
    coverage,
    // One log for the sections that read the activities as columns.
    ...(wanted.some((id) => LOG_READERS.has(id)) ? { log: activityLog(community) } : {}),
    ...(opts.asOfReason === undefined ? {} : { asOfReason: opts.asOfReason }),
    currentHorizonDays: opts.currentHorizonDays,
  };
  const sections = wanted.map((id, i) => {
    opts.onSection?.(id, i, wanted.length);
    const b = BUILDERS[id];
    const missing = missingSignals(coverage, b.needs);
    const section: ReportSection =
      missing.length > 0
        ? {
            id,
            title: b.title,
            markdown: notMeasured('this section', missing),
            figures: [],
            data: { notMeasured: missing },
          }
        : b.build(community, context);
    return parseWith('communityReport', ReportSectionSchema, section, `sections[${i}]`);
  });
  // Shown as HTML in a Jupyter notebook (a non-enumerable method: JSON and spreads do not see it).
  return displayableReport({
    title: `${community.name}: community report`,
    community: community.name,
    asOf: opts.asOf.toISOString(),
    ...(opts.asOfReason === undefined ? {} : { asOfReason: opts.asOfReason }),
    sections,
  });
}
