import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { fail, parseWith } from '../model/validate.js';
import { indexFrameworks } from './internal/frameworkIndex.js';
import { frameworksOption } from './internal/frameworksOption.js';
import { gapsFor } from './internal/gapsFor.js';
import { resolveRequirements } from './internal/requirements.js';
import { type SkillProfile, SkillProfileSchema } from './skillProfile.js';
import { SkillRequirementSchema } from './skillRequirement.js';

/**
 * Options of {@link skillGaps}.
 *
 * @example
 * ```ts
 * SkillGapsOptionsSchema.parse({}); // → { frameworks: […] } — the built-in frameworks
 * ```
 */
export const SkillGapsOptionsSchema = z.strictObject({
  /** Frameworks the requirements refer to (default: the built-in ones); their ids must be unique. */
  frameworks: frameworksOption(),
});

/** Options of {@link skillGaps}. */
export type SkillGapsOptions = z.input<typeof SkillGapsOptionsSchema>;

/**
 * One requirement checked against a profile.
 *
 * @example
 * ```ts
 * SkillGapSchema.shape.shortfall; // levels missing (0 when met)
 * ```
 */
export const SkillGapSchema = z.object({
  frameworkId: z.string(),
  skillId: z.string(),
  name: z.string(),
  importance: z.number(),
  /** Required level (index and id). */
  required: z.number(),
  requiredId: z.string(),
  /** Current level, or null when the skill was never assessed. */
  current: z.number().nullable(),
  /** How many levels short (required − current, counting unassessed as 0). */
  shortfall: z.number(),
  /** met, below (assessed but short) or missing (never assessed). */
  status: z.enum(['met', 'below', 'missing']),
  /** Set when the current level rests only on stale assessments. */
  stale: z.boolean(),
});

/** One requirement checked against a profile. */
export type SkillGap = z.output<typeof SkillGapSchema>;

/**
 * Result of {@link skillGaps}.
 *
 * @example
 * ```ts
 * SkillGapsSchema.shape.ranked; // unmet requirements, most important first
 * ```
 */
export const SkillGapsSchema = z.object({
  memberId: z.string(),
  met: z.array(SkillGapSchema),
  below: z.array(SkillGapSchema),
  missing: z.array(SkillGapSchema),
  /** Every unmet requirement: importance first, then the larger shortfall, then skill id. */
  ranked: z.array(SkillGapSchema),
  /** Share of requirements met (1 when there are none), weighted by importance. */
  fit: z.number(),
});

/** Result of {@link skillGaps}. */
export type SkillGaps = z.output<typeof SkillGapsSchema>;

/**
 * Checks a profile against required skills (a role's needs, or any list):
 * which are met, which are assessed but below the required level and by how
 * much, which were never assessed; the unmet ones ranked by importance and
 * shortfall, and an importance-weighted fit between 0 and 1.
 *
 * An unassessed skill is `missing` (not known to be absent); its shortfall
 * counts it as level 0, so a ranking can still be made.
 *
 * @param profile - from `skillProfile`
 * @param requirements - what is needed
 * @param options - `frameworks`
 * @returns met, below, missing, ranked, fit
 * @throws {@link ValidationError} when a requirement names an unknown framework, skill or level, or two frameworks share an id
 *
 * @example
 * ```ts
 * const profile = skillProfile(sampleCommunity(), 'm-005', { asOf: '2026-01-01' });
 * const gaps = skillGaps(profile, [{ frameworkId: 'cscce-skills-wheel', skillId: 'cscce/interpersonal/mentoring', level: 'proficient', importance: 3 }]);
 * gaps.ranked[0]; // → { skillId: 'cscce/interpersonal/mentoring', required: 3, current: 2, shortfall: 1, status: 'below', … }
 * ```
 */
export function skillGaps(
  profile: SkillProfile,
  requirements: readonly z.input<typeof SkillRequirementSchema>[],
  options: SkillGapsOptions = {},
): SkillGaps {
  const p = parseWith('skillGaps', SkillProfileSchema, profile, 'profile');
  const reqs = parseWith('skillGaps', z.array(SkillRequirementSchema), requirements, 'requirements');
  const opts = parseWith('skillGaps', SkillGapsOptionsSchema, options, 'options');
  const issues: ValidationIssue[] = [];
  const resolved = resolveRequirements(indexFrameworks(opts.frameworks), reqs, 'requirements', issues);
  if (issues.length > 0) fail('skillGaps', issues);
  return gapsFor(p, resolved);
}
