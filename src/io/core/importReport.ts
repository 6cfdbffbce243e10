import { z } from 'zod';
import { parseWith } from '../../model/validate.js';
import { IdentityMergeSchema, IgnoredEmailSchema, KeptApartSchema } from './resolveIdentities.js';

/**
 * A likely pair of identities for a person to confirm (never merged
 * automatically): the score (0–1), the reasons, and the alias group that
 * merges them if confirmed (paste it into the alias file's `groups`).
 *
 * @example
 * ```ts
 * MergeSuggestionSchema.parse({ identities: ['git:a', 'git:b'], score: 0.9, reasons: ['same name "ada lovelace"'], alias: [{ id: 'git:a' }, { id: 'git:b' }] }).score; // → 0.9
 * ```
 */
export const MergeSuggestionSchema = z.object({
  /** The two identity ids. */
  identities: z.tuple([z.string(), z.string()]),
  /** How likely they are one person, 0–1. */
  score: z.number().min(0).max(1),
  /** Why. */
  reasons: z.array(z.string()),
  /** The alias group to add when confirmed. */
  alias: z.array(z.object({ id: z.string() })),
});

/** A merge suggestion (see {@link MergeSuggestionSchema}). */
export type MergeSuggestion = z.output<typeof MergeSuggestionSchema>;

const ExampleList = z.object({ count: z.number().int().min(0), examples: z.array(z.string()) });

/**
 * What `assembleCommunity` did, for a person to check: what each extract
 * held, what was skipped and why, every merge with its rule and evidence,
 * merges refused by keepApart, the bots and why, members without an
 * affiliation, guesses it did not act on, merge suggestions, and warnings.
 *
 * @example
 * ```ts
 * ImportReportSchema.shape.merges.parse([]); // → []
 * ```
 */
export const ImportReportSchema = z.object({
  /** Always `community-kit/import-report@1`. */
  format: z.literal('community-kit/import-report@1'),
  /** Per extract: its source, description, files, what the adapter read, and what it holds. */
  extracts: z.array(
    z.object({
      source: z.string(),
      description: z.string().optional(),
      files: z.array(z.string()),
      read: z.record(z.string(), z.number()),
      identities: z.number().int(),
      activities: z.number().int(),
      gatherings: z.number().int(),
      profiles: z.number().int(),
      roleAssignments: z.number().int(),
      skillAssessments: z.number().int(),
    }),
  ),
  /** Totals after assembly. */
  totals: z.object({
    identities: z.number().int(),
    members: z.number().int(),
    bots: z.number().int(),
    activities: z.number().int(),
    gatherings: z.number().int(),
    roleAssignments: z.number().int(),
    skillAssessments: z.number().int(),
  }),
  /** Records left out, by source and reason (the adapters' and assembly's own). */
  skipped: z.array(
    z.object({
      source: z.string(),
      reason: z.string(),
      count: z.number().int(),
      examples: z.array(z.string()),
    }),
  ),
  /** Every merge, with rule and evidence. */
  merges: z.array(IdentityMergeSchema),
  /** Merges by rule. */
  mergesByRule: z.record(z.string(), z.number().int()),
  /** Merges a rule wanted and keepApart refused. */
  keptApart: z.array(KeptApartSchema),
  /** E-mails never matched on, and why. */
  ignoredEmails: z.array(IgnoredEmailSchema),
  /** Members counted as bots, with the reason. */
  bots: z.array(z.object({ memberId: z.string(), reason: z.string() })),
  /** Members a name pattern suggests are bots (not acted on). */
  botSuggestions: z.array(z.object({ memberId: z.string(), reason: z.string() })),
  /** Members (people) without an affiliation. */
  unaffiliated: ExampleList,
  /** Affiliations by e-mail domain not applied: a domain only one person uses (likely personal), unless mapped. */
  affiliationGuesses: z.array(z.object({ memberId: z.string(), domain: z.string(), reason: z.string() })),
  /** Likely pairs for a person to confirm. */
  suggestedMerges: z.array(MergeSuggestionSchema),
  /** Things to know. */
  warnings: z.array(z.string()),
});

/** What `assembleCommunity` did (see {@link ImportReportSchema}). */
export type ImportReport = z.output<typeof ImportReportSchema>;

const n = (x: number): string => x.toLocaleString('en-US');

/**
 * The one-paragraph summary the CLI prints: extracts read, activities and
 * identities, members and merges by rule, bots, unaffiliated, skipped by reason.
 *
 * @param report - an import report
 * @returns one line, e.g. `read 2 extracts: 3 activities, 4 identities → 2 members (2 merges: 2 same e-mail); 0 bots; 1 unaffiliated; 0 skipped`
 *
 * @example
 * ```ts
 * importReportSummary({
 *   format: 'community-kit/import-report@1', extracts: [], skipped: [{ source: 'git', reason: 'merge commit', count: 12, examples: [] }],
 *   totals: { identities: 4, members: 2, bots: 1, activities: 1204, gatherings: 0, roleAssignments: 0, skillAssessments: 0 },
 *   merges: [], mergesByRule: { 'same-email': 1, mailmap: 1 }, keptApart: [], ignoredEmails: [], bots: [], botSuggestions: [],
 *   unaffiliated: { count: 1, examples: [] }, affiliationGuesses: [], suggestedMerges: [], warnings: [],
 * });
 * // → 'read 0 extracts: 1,204 activities, 4 identities → 2 members (2 merges: 1 mailmap, 1 same e-mail); 1 bot; 1 unaffiliated; 12 skipped (merge commit ×12)'
 * ```
 */
export function importReportSummary(report: ImportReport): string {
  parseWith('importReportSummary', ImportReportSchema, report, 'report');
  const t = report.totals;
  const rules = Object.entries(report.mergesByRule)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(
      ([r, c]) =>
        `${n(c)} ${r.replace('same-email', 'same e-mail').replace('same-username', 'same username')}`,
    );
  const merged = Object.values(report.mergesByRule).reduce((s, c) => s + c, 0);
  const skippedTotal = report.skipped.reduce((s, k) => s + k.count, 0);
  const byReason = new Map<string, number>();
  for (const k of report.skipped) byReason.set(k.reason, (byReason.get(k.reason) ?? 0) + k.count);
  const reasons = [...byReason]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([r, c]) => `${r} ×${n(c)}`);
  const e = report.extracts.length;
  return (
    `read ${n(e)} extract${e === 1 ? '' : 's'}: ${n(t.activities)} activities, ${n(t.identities)} identities → ` +
    `${n(t.members)} members (${n(merged)} merge${merged === 1 ? '' : 's'}${rules.length > 0 ? `: ${rules.join(', ')}` : ''}); ` +
    `${n(t.bots)} bot${t.bots === 1 ? '' : 's'}; ${n(report.unaffiliated.count)} unaffiliated; ` +
    `${n(skippedTotal)} skipped${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}` +
    (report.keptApart.length > 0 ? `; ${n(report.keptApart.length)} kept apart` : '') +
    (report.suggestedMerges.length > 0
      ? `; ${n(report.suggestedMerges.length)} suggested merges to review`
      : '') +
    (report.warnings.length > 0
      ? `; ${n(report.warnings.length)} warning${report.warnings.length === 1 ? '' : 's'}`
      : '')
  );
}
