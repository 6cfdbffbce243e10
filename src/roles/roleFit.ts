import { z } from 'zod';
import { IdSchema } from '../model/ids.js';
import { fail, parseWith } from '../model/validate.js';
import { builtInFrameworks } from '../skills/builtInFrameworks.js';
import { SkillGapsSchema, skillGaps } from '../skills/skillGaps.js';
import { type SkillProfile, SkillProfileSchema } from '../skills/skillProfile.js';
import { SkillsFrameworkSchema } from '../skills/skillsFramework.js';
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
  frameworks: z.array(SkillsFrameworkSchema).default(() => [...builtInFrameworks]),
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
  parseWith('roleFit', RoleDefinitionSchema, role, 'role');
  parseWith('roleFit', SkillProfileSchema, profile, 'profile');
  if (profile.memberId !== memberId)
    fail('roleFit', [
      {
        path: 'profile.memberId',
        message: `expected the profile of "${memberId}", got the profile of "${profile.memberId}"`,
        code: 'invalid-input',
      },
    ]);
  const gaps = skillGaps(profile, role.skills, { frameworks: opts.frameworks });
  const levelName = (frameworkId: string, level: number): string =>
    opts.frameworks.find((f) => f.id === frameworkId)?.scale.levels[level]?.id ?? String(level);
  const reasons = [`meets ${gaps.met.length} of ${role.skills.length} required skills`];
  for (const g of gaps.ranked)
    reasons.push(
      g.status === 'missing'
        ? `not assessed in ${g.name} (needs ${g.requiredId})`
        : `below in ${g.name} (${levelName(g.frameworkId, g.current ?? 0)}, needs ${g.requiredId})`,
    );
  if (!profile.assessed) reasons.unshift('no skill assessments: fit unknown');
  return { ...gaps, roleId: role.id, assessed: profile.assessed, reasons };
}
