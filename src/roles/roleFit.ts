import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { IdSchema } from '../model/ids.js';
import { fail, parseWith } from '../model/validate.js';
import { indexFrameworks } from '../skills/internal/frameworkIndex.js';
import { frameworksOption } from '../skills/internal/frameworksOption.js';
import { resolveRequirements } from '../skills/internal/requirements.js';
import { SkillGapsSchema } from '../skills/skillGaps.js';
import { type SkillProfile, SkillProfileSchema } from '../skills/skillProfile.js';
import { fitFor } from './internal/fitFor.js';
import { type RoleDefinition, RoleDefinitionSchema } from './roleDefinition.js';

/**
 * Options of {@link roleFit}.
 *
 * @example
 * ```ts
 * RoleFitOptionsSchema.parse({}); // → { frameworks: […] } — the built-in frameworks
 * ```
 */
export const RoleFitOptionsSchema = z.strictObject({
  /** Frameworks the role's skills refer to (default: the built-in ones). */
  frameworks: frameworksOption(),
});

/** Options of {@link roleFit}. */
export type RoleFitOptions = z.input<typeof RoleFitOptionsSchema>;

/**
 * How a member's skills meet a role's needs: the skills module's gap analysis
 * plus the role, whether the member was assessed at all, and the reasons.
 *
 * @example
 * ```ts
 * RoleFitSchema.shape.assessed.parse(false); // an unassessed member: fit unknown, not zero
 * ```
 */
export const RoleFitSchema = SkillGapsSchema.extend({
  /** The role checked. */
  roleId: z.string(),
  /** False when the member has no skill assessment at all: the fit is then unknown, not zero. */
  assessed: z.boolean(),
  /** The facts behind the fit, in words. */
  reasons: z.array(z.string()),
});

/** How a member's skills meet a role's needs. */
export type RoleFit = z.output<typeof RoleFitSchema>;

/**
 * How a member's skills meet a role's needs: the skills module's gap analysis
 * of the member's profile against the role's required skills, with the reasons
 * in words. An unassessed member gets `assessed: false` — their fit is
 * unknown, not zero.
 *
 * @param memberId - the member
 * @param role - the role (its `skills` are the requirements)
 * @param profile - the member's profile from `skillProfile`
 * @param options - `frameworks`
 * @returns the fit (0–1, importance-weighted share of requirements met), the gaps and reasons
 * @throws {@link ValidationError} when the role names an unknown skill or level, or the profile is another member's
 *
 * @example
 * ```ts
 * const profile = skillProfile(sampleCommunity(), 'm-002', { asOf: '2026-01-01' });
 * roleFit('m-002', researchCommunityManager, profile).reasons;
 * // → ['meets 7 of 9 required skills', 'below in Knowledge brokering (aware, needs proficient)', …]
 * ```
 */
export function roleFit(
  memberId: string,
  role: RoleDefinition,
  profile: SkillProfile,
  options: RoleFitOptions = {},
): RoleFit {
  const opts = parseWith('roleFit', RoleFitOptionsSchema, options, 'options');
  parseWith('roleFit', IdSchema, memberId, 'memberId');
  const r = parseWith('roleFit', RoleDefinitionSchema, role, 'role');
  const p = parseWith('roleFit', SkillProfileSchema, profile, 'profile');
  if (p.memberId !== memberId)
    fail('roleFit', [
      {
        path: 'profile.memberId',
        message: `expected the profile of "${memberId}", got the profile of "${p.memberId}"`,
        code: 'invalid-input',
      },
    ]);
  const issues: ValidationIssue[] = [];
  const resolved = resolveRequirements(indexFrameworks(opts.frameworks), r.skills, 'role.skills', issues);
  if (issues.length > 0) fail('roleFit', issues);
  return fitFor(r.id, r.skills.length, p, resolved, opts.frameworks);
}
