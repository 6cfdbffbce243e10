import type { SkillProfile } from '../skillProfile.js';
import type { ResolvedRequirement } from './requirements.js';

/** What a requirement's check says: met, below (assessed but short) or missing (never assessed). */
type GapStatus = 'met' | 'below' | 'missing';

/**
 * The rule behind `skillGaps`: each resolved requirement checked against a
 * profile already parsed (no validation here), the unmet ones ranked, and the
 * importance-weighted share met. Shared by `skillGaps` and the role fit, so
 * ranking thousands of members parses nothing per member.
 *
 * @param profile - a skill profile
 * @param resolved - requirements resolved against their frameworks
 * @returns the gaps, as `skillGaps` returns them
 */
export function gapsFor(profile: SkillProfile, resolved: readonly ResolvedRequirement[]) {
  const all = resolved.map((r) => {
    const have = profile.levels[r.skillId];
    const current = have && have.frameworkId === r.frameworkId ? have.level : null;
    const shortfall = Math.max(0, r.required - (current ?? 0));
    const status: GapStatus =
      current === null ? (r.required === 0 ? 'met' : 'missing') : shortfall === 0 ? 'met' : 'below';
    return {
      frameworkId: r.frameworkId,
      skillId: r.skillId,
      name: r.name,
      importance: r.importance,
      required: r.required,
      requiredId: r.requiredId,
      current,
      shortfall,
      status,
      stale: have?.stale ?? false,
    };
  });
  const ranked = all
    .filter((g) => g.status !== 'met')
    .sort(
      (a, b) => b.importance - a.importance || b.shortfall - a.shortfall || (a.skillId < b.skillId ? -1 : 1),
    );
  const weight = all.reduce((s, g) => s + g.importance, 0);
  const metWeight = all.filter((g) => g.status === 'met').reduce((s, g) => s + g.importance, 0);
  return {
    memberId: profile.memberId,
    met: all.filter((g) => g.status === 'met'),
    below: all.filter((g) => g.status === 'below'),
    missing: all.filter((g) => g.status === 'missing'),
    ranked,
    fit: weight === 0 ? 1 : metWeight / weight,
  };
}
