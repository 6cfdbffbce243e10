import { gapsFor } from '../../skills/internal/gapsFor.js';
import type { ResolvedRequirement } from '../../skills/internal/requirements.js';
import type { SkillProfile } from '../../skills/skillProfile.js';
import type { SkillsFramework } from '../../skills/skillsFramework.js';

/**
 * The rule behind `roleFit`: a profile already parsed against a role's
 * requirements already resolved (no validation here), with the reasons in
 * words. Shared by `roleFit` and `candidatesFor`, which ranks every member
 * against one role and so resolves the role once.
 *
 * @param roleId - the role checked
 * @param requirementCount - how many skills the role requires
 * @param profile - the member's skill profile
 * @param resolved - the role's requirements, resolved against `frameworks`
 * @param frameworks - the frameworks, to name levels
 * @returns the fit, as `roleFit` returns it
 */
export function fitFor(
  roleId: string,
  requirementCount: number,
  profile: SkillProfile,
  resolved: readonly ResolvedRequirement[],
  frameworks: readonly SkillsFramework[],
) {
  const gaps = gapsFor(profile, resolved);
  const levelName = (frameworkId: string, level: number): string =>
    frameworks.find((f) => f.id === frameworkId)?.scale.levels[level]?.id ?? String(level);
  const reasons = [`meets ${gaps.met.length} of ${requirementCount} required skills`];
  for (const g of gaps.ranked)
    reasons.push(
      g.status === 'missing'
        ? `not assessed in ${g.name} (needs ${g.requiredId})`
        : `below in ${g.name} (${levelName(g.frameworkId, g.current ?? 0)}, needs ${g.requiredId})`,
    );
  if (!profile.assessed) reasons.unshift('no skill assessments: fit unknown');
  return { ...gaps, roleId, assessed: profile.assessed, reasons };
}
