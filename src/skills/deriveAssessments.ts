import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import type { ValidationIssue } from '../model/errors.js';
import { IdSchema } from '../model/ids.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import type { SkillAssessment } from '../model/skillAssessment.js';
import { fail, parseWith } from '../model/validate.js';
import { indexFrameworks } from './internal/frameworkIndex.js';
import { frameworksOption } from './internal/frameworksOption.js';

const DAY = 86_400_000;

/**
 * A rule deriving a skill level from activity: count the member's activities
 * of some kinds in the window; reaching `thresholds[k]` gives level k + 1.
 *
 * @example
 * ```ts
 * DerivationRuleSchema.parse({ kinds: ['host'], frameworkId: 'cscce-skills-wheel', skillId: 'cscce/program-management/meeting-facilitation', thresholds: [1, 3, 8] });
 * ```
 */
export const DerivationRuleSchema = z
  .object({
    /** Activity kinds that count as evidence. */
    kinds: z.array(ActivityKindSchema).default([]),
    /**
     * Parts a member plays in a gathering that count as evidence (`hosts`,
     * `speakers`): each such gathering counts once, and an activity whose
     * `thread` is that gathering's id is not counted again.
     */
    gatheringRoles: z.array(z.enum(['hosts', 'speakers'])).default([]),
    frameworkId: IdSchema,
    skillId: IdSchema,
    /** Counts for levels 1, 2, 3… (ascending). */
    thresholds: z
      .array(z.number().int().positive())
      .min(1)
      .refine((t) => t.every((x, i) => i === 0 || x > (t[i - 1] as number)), {
        message: 'thresholds must increase',
      }),
  })
  .refine((r) => r.kinds.length > 0 || r.gatheringRoles.length > 0, {
    message: 'a rule needs at least one activity kind or gathering role',
    path: ['kinds'],
  });

/** A rule deriving a skill level from activity. */
export type DerivationRule = z.output<typeof DerivationRuleSchema>;
/** A derivation rule as accepted on input. */
export type DerivationRuleInput = z.input<typeof DerivationRuleSchema>;

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
    gatheringRoles: ['hosts'],
    frameworkId: W,
    skillId: 'cscce/program-management/meeting-facilitation',
    thresholds: [1, 3, 8],
  },
  {
    kinds: ['answer'],
    gatheringRoles: [],
    frameworkId: W,
    skillId: 'cscce/technical/technical-support',
    thresholds: [2, 8, 25],
  },
  {
    kinds: ['mentor-session'],
    gatheringRoles: [],
    frameworkId: W,
    skillId: 'cscce/interpersonal/mentoring',
    thresholds: [1, 4, 12],
  },
  {
    kinds: ['organise'],
    gatheringRoles: [],
    frameworkId: W,
    skillId: 'cscce/program-management/event-planning',
    thresholds: [1, 3, 8],
  },
  {
    kinds: ['present'],
    gatheringRoles: ['speakers'],
    frameworkId: W,
    skillId: 'cscce/communication/speaking-and-presenting',
    thresholds: [1, 3, 6],
  },
  {
    kinds: ['document'],
    gatheringRoles: [],
    frameworkId: W,
    skillId: 'cscce/communication/content-creation-and-curation',
    thresholds: [2, 6, 15],
  },
  {
    kinds: ['translate'],
    gatheringRoles: [],
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
 * DeriveAssessmentsOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, windowDays: 365, rules: […], frameworks: […] }
 * ```
 */
export const DeriveAssessmentsOptionsSchema = z.strictObject({
  /** End of the window (exclusive) and the date stamped on the assessments. */
  asOf: DateInputSchema,
  /** Length of the window in days. */
  windowDays: z
    .number()
    .int()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(365),
  /** The rules (default: {@link DEFAULT_DERIVATION_RULES}). */
  rules: z.array(DerivationRuleSchema).default(() => [...DEFAULT_DERIVATION_RULES]),
  /** Frameworks the rules' skills must exist in (default: the built-in ones). */
  frameworks: frameworksOption(),
});

/** Options of {@link deriveAssessments}. */
export type DeriveAssessmentsOptions = z.input<typeof DeriveAssessmentsOptionsSchema>;

/**
 * Evidence-based skill levels from what members did: for each rule, counts
 * each member's activities of the rule's kinds and the gatherings they hosted
 * or spoke at (the rule's `gatheringRoles`) in the window `[asOf − windowDays,
 * asOf)`, and turns the count into a level by the rule's thresholds
 * (`thresholds[k]` reached → level k + 1). A hosted gathering and a `host`
 * activity whose `thread` is that gathering's id count once, not twice. Every
 * result has `source: 'derived'` and its evidence in words ("host, gathering
 * hosts: 4 in 365 days"), so it is never mixed silently with human
 * assessments (`skillProfile` uses derived levels only where no human
 * assessed the skill). Members below the first threshold get no assessment.
 * Sorted by member id, then skill id. The rules are our own judgement
 * (docs/skills.md lists them); pass `rules` to replace them.
 *
 * Cost: O(a × k + g × p) for a activities, g gatherings, k rules per activity
 * kind and p people per gathering.
 *
 * @param community - a parsed community
 * @param options - `asOf`, `windowDays`, `rules`, `frameworks`
 * @returns derived skill assessments
 * @throws {@link ValidationError} when a rule is invalid, names a framework or skill that does not exist, or has more thresholds than its framework's scale has levels above the lowest
 *
 * @example
 * ```ts
 * deriveAssessments(sampleCommunity(), { asOf: '2026-01-01' }).find((a) => a.memberId === 'm-001');
 * // → { memberId: 'm-001', skillId: 'cscce/communication/content-creation-and-curation', level: 3, source: 'derived', evidence: 'document: 25 in 365 days', … }
 * ```
 */
export function deriveAssessments(
  community: Community,
  options: DeriveAssessmentsOptions,
): SkillAssessment[] {
  requireParsedCommunity('deriveAssessments', community);
  const opts = parseWith('deriveAssessments', DeriveAssessmentsOptionsSchema, options, 'options');
  const index = indexFrameworks(opts.frameworks);
  const issues: ValidationIssue[] = [];
  opts.rules.forEach((rule, i) => {
    const f = index.framework.get(rule.frameworkId);
    if (!f)
      issues.push({
        path: `options.rules[${i}].frameworkId`,
        message: `no framework "${rule.frameworkId}"; known: ${[...index.framework.keys()].join(', ')}`,
        code: 'unknown-reference',
      });
    else if (!index.skill.has(`${f.id}\u0000${rule.skillId}`))
      issues.push({
        path: `options.rules[${i}].skillId`,
        message: `no skill "${rule.skillId}" in framework "${f.id}"`,
        code: 'unknown-reference',
      });
    else if (rule.thresholds.length > f.scale.levels.length - 1)
      issues.push({
        path: `options.rules[${i}].thresholds`,
        message: `${rule.thresholds.length} thresholds, but the scale of "${f.id}" has only ${f.scale.levels.length - 1} levels above the lowest`,
        code: 'invalid-input',
      });
  });
  if (issues.length > 0) fail('deriveAssessments', issues);

  const end = opts.asOf.getTime();
  const start = end - opts.windowDays * DAY;
  const inWindow = (t: number): boolean => t >= start && t < end;
  // Per rule: member → the distinct pieces of evidence (activity ids, gathering ids).
  const evidence = opts.rules.map(() => new Map<string, Set<string>>());
  const note = (i: number, memberId: string, key: string): void => {
    const m = evidence[i] as Map<string, Set<string>>;
    const set = m.get(memberId) ?? new Set<string>();
    set.add(key);
    m.set(memberId, set);
  };
  // Gatherings first: which (member, gathering) pairs each rule counts.
  const gatheringParts = new Set<string>();
  opts.rules.forEach((rule, i) => {
    if (rule.gatheringRoles.length === 0) return;
    for (const g of community.gatherings) {
      if (!inWindow(g.start.getTime())) continue;
      for (const role of rule.gatheringRoles)
        for (const memberId of g[role]) {
          note(i, memberId, `g\u0000${g.id}`);
          gatheringParts.add(`${i}\u0000${memberId}\u0000${g.id}`);
        }
    }
  });
  const kindRules = new Map<string, number[]>();
  opts.rules.forEach((r, i) => {
    for (const k of r.kinds) kindRules.set(k, [...(kindRules.get(k) ?? []), i]);
  });
  for (const a of community.activities) {
    if (!inWindow(a.at.getTime())) continue;
    for (const i of kindRules.get(a.kind) ?? []) {
      const sameGathering =
        a.thread !== undefined && gatheringParts.has(`${i}\u0000${a.memberId}\u0000${a.thread}`);
      note(i, a.memberId, sameGathering ? `g\u0000${a.thread}` : `a\u0000${a.id}`);
    }
  }
  const out: SkillAssessment[] = [];
  opts.rules.forEach((rule, i) => {
    const what = [...rule.kinds, ...rule.gatheringRoles.map((r) => `gathering ${r}`)].join(', ');
    for (const [memberId, keys] of evidence[i] as Map<string, Set<string>>) {
      const n = keys.size;
      const level = rule.thresholds.filter((x) => n >= x).length;
      if (level === 0) continue;
      out.push({
        memberId,
        frameworkId: rule.frameworkId,
        skillId: rule.skillId,
        level,
        assessedAt: new Date(end - 1),
        source: 'derived',
        evidence: `${what}: ${n} in ${opts.windowDays} days`,
      });
    }
  });
  return out.sort(
    (a, b) =>
      (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0) ||
      (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0) ||
      (a.frameworkId < b.frameworkId ? -1 : a.frameworkId > b.frameworkId ? 1 : 0) ||
      (b.level as number) - (a.level as number),
  );
}
