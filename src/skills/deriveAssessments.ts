import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { IdSchema } from '../model/ids.js';
import type { SkillAssessment } from '../model/skillAssessment.js';
import { parseWith } from '../model/validate.js';

/**
 * A rule deriving a skill level from activity: count the member's activities
 * of some kinds in the window; reaching `thresholds[k]` gives level k + 1.
 *
 * @example
 * ```ts
 * DerivationRuleSchema.parse({ kinds: ['host'], frameworkId: 'cscce-skills-wheel', skillId: 'cscce/program-management/meeting-facilitation', thresholds: [1, 3, 8] });
 * ```
 */
export const DerivationRuleSchema = z.object({
  kinds: z.array(ActivityKindSchema).min(1),
  frameworkId: IdSchema,
  skillId: IdSchema,
  /** Counts for levels 1, 2, 3… (ascending). */
  thresholds: z
    .array(z.number().int().positive())
    .min(1)
    .refine((t) => t.every((x, i) => i === 0 || x > (t[i - 1] as number)), {
      message: 'thresholds must increase',
    }),
});

/** A rule deriving a skill level from activity. */
export type DerivationRule = z.output<typeof DerivationRuleSchema>;

const W = 'cscce-skills-wheel';

/**
 * The default derivation rules (our own, documented in docs/skills.md):
 * hosting gatherings → meeting facilitation; answering questions → technical
 * support; mentoring sessions → mentoring; organising → event planning;
 * presenting → speaking and presenting; documenting → content creation and
 * curation; translating → cultural competence. Thresholds give aware, working
 * and proficient; activity alone never claims expert.
 *
 * @example
 * ```ts
 * DEFAULT_DERIVATION_RULES.length; // → 7
 * ```
 */
export const DEFAULT_DERIVATION_RULES: readonly DerivationRule[] = [
  {
    kinds: ['host'],
    frameworkId: W,
    skillId: 'cscce/program-management/meeting-facilitation',
    thresholds: [1, 3, 8],
  },
  { kinds: ['answer'], frameworkId: W, skillId: 'cscce/technical/technical-support', thresholds: [2, 8, 25] },
  {
    kinds: ['mentor-session'],
    frameworkId: W,
    skillId: 'cscce/interpersonal/mentoring',
    thresholds: [1, 4, 12],
  },
  {
    kinds: ['organise'],
    frameworkId: W,
    skillId: 'cscce/program-management/event-planning',
    thresholds: [1, 3, 8],
  },
  {
    kinds: ['present'],
    frameworkId: W,
    skillId: 'cscce/communication/speaking-and-presenting',
    thresholds: [1, 3, 6],
  },
  {
    kinds: ['document'],
    frameworkId: W,
    skillId: 'cscce/communication/content-creation-and-curation',
    thresholds: [2, 6, 15],
  },
  {
    kinds: ['translate'],
    frameworkId: W,
    skillId: 'cscce/interpersonal/cultural-competence',
    thresholds: [1, 4, 10],
  },
];

/**
 * Options of {@link deriveAssessments}.
 *
 * @example
 * ```ts
 * DeriveAssessmentsOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date, windowDays: 365, rules: [...] }
 * ```
 */
export const DeriveAssessmentsOptionsSchema = z.object({
  /** End of the window (exclusive) and the date stamped on the assessments. */
  asOf: DateInputSchema,
  /** Length of the window in days. */
  windowDays: z.number().int().positive().default(365),
  /** The rules (default: {@link DEFAULT_DERIVATION_RULES}). */
  rules: z.array(DerivationRuleSchema).default(() => [...DEFAULT_DERIVATION_RULES]),
});

/** Options of {@link deriveAssessments}. */
export type DeriveAssessmentsOptions = z.input<typeof DeriveAssessmentsOptionsSchema>;

/**
 * Evidence-based skill levels from what members did: for each rule, counts
 * each member's activities of the rule's kinds in the window and turns the
 * count into a level by the rule's thresholds. Every result has
 * `source: 'derived'` and its evidence in words ("hosted 4 times in 365
 * days"), so it is never mixed silently with human assessments (`skillProfile`
 * uses derived levels only where no human assessed the skill). Members below
 * the first threshold get no assessment. Sorted by member id, then skill id.
 *
 * Cost: O(a × r) for a activities and r rules.
 *
 * @param community - a parsed community
 * @param options - `asOf`, `windowDays`, `rules`
 * @returns derived skill assessments
 * @throws {@link ValidationError} when a rule is invalid
 *
 * @example
 * ```ts
 * deriveAssessments(sampleCommunity(), { asOf: '2026-01-01' }).find((a) => a.memberId === 'm-001');
 * // → { memberId: 'm-001', skillId: 'cscce/program-management/event-planning', level: 3, source: 'derived', evidence: 'organise: 21 in 365 days', … }
 * ```
 */
export function deriveAssessments(
  community: Community,
  options: DeriveAssessmentsOptions,
): SkillAssessment[] {
  const opts = parseWith('deriveAssessments', DeriveAssessmentsOptionsSchema, options, 'options');
  const end = opts.asOf.getTime();
  const start = end - opts.windowDays * 86_400_000;
  const counts = opts.rules.map(() => new Map<string, number>());
  const kindRules = new Map<string, number[]>();
  opts.rules.forEach((r, i) => {
    for (const k of r.kinds) kindRules.set(k, [...(kindRules.get(k) ?? []), i]);
  });
  for (const a of community.activities) {
    const t = a.at.getTime();
    if (t < start || t >= end) continue;
    for (const i of kindRules.get(a.kind) ?? []) {
      const m = counts[i] as Map<string, number>;
      m.set(a.memberId, (m.get(a.memberId) ?? 0) + 1);
    }
  }
  const out: SkillAssessment[] = [];
  opts.rules.forEach((rule, i) => {
    for (const [memberId, n] of counts[i] as Map<string, number>) {
      const level = rule.thresholds.filter((x) => n >= x).length;
      if (level === 0) continue;
      out.push({
        memberId,
        frameworkId: rule.frameworkId,
        skillId: rule.skillId,
        level,
        assessedAt: new Date(end - 1),
        source: 'derived',
        evidence: `${rule.kinds.join(', ')}: ${n} in ${opts.windowDays} days`,
      });
    }
  });
  return out.sort((a, b) =>
    a.memberId < b.memberId
      ? -1
      : a.memberId > b.memberId
        ? 1
        : a.skillId < b.skillId
          ? -1
          : a.skillId > b.skillId
            ? 1
            : 0,
  );
}
