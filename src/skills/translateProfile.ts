import { parseWith } from '../model/validate.js';
import { type Crosswalk, CrosswalkSchema } from './crosswalk.js';
import { type SkillLevel, type SkillProfile, SkillProfileSchema } from './skillProfile.js';

/**
 * Translates a profile from one framework into another through a crosswalk:
 * each target skill gets the highest level among the source skills mapped to
 * it, with `source`, `stale` and `evidence` taken from that source skill. Levels are indices, so both frameworks should share a scale
 * (the built-ins do). Skills of other frameworks are dropped.
 *
 * @param profile - a profile with levels in `crosswalk.from`
 * @param crosswalk - e.g. {@link roundtableToCscce}
 * @returns a profile with levels in `crosswalk.to`
 * @throws {@link ValidationError} when the profile or crosswalk is malformed
 *
 * @example
 * ```ts
 * const roundtableProfile = skillProfile(sampleCommunity(), 'm-001', { asOf: '2026-01-01' });
 * roundtableProfile.levels['roundtable/technical/technical-support']?.level; // → 3
 * translateProfile(roundtableProfile, roundtableToCscce).levels['cscce/technical/technical-support']?.level; // → 3
 * ```
 */
export function translateProfile(profile: SkillProfile, crosswalk: Crosswalk): SkillProfile {
  const p = parseWith('translateProfile', SkillProfileSchema, profile, 'profile');
  const cw = parseWith('translateProfile', CrosswalkSchema, crosswalk, 'crosswalk');
  const levels: Record<string, SkillLevel> = {};
  for (const pair of cw.pairs) {
    const have = p.levels[pair.from];
    if (!have || have.frameworkId !== cw.from) continue;
    for (const target of pair.to) {
      const prev = levels[target];
      if (prev && prev.level >= have.level) continue;
      levels[target] = {
        ...have,
        frameworkId: cw.to,
        skillId: target,
        evidence: have.evidence,
      };
    }
  }
  const sorted: Record<string, SkillLevel> = {};
  for (const k of Object.keys(levels).sort()) sorted[k] = levels[k] as SkillLevel;
  return { memberId: p.memberId, asOf: p.asOf, assessed: Object.keys(sorted).length > 0, levels: sorted };
}
