import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type SkillGapsOptions, skillGaps } from './skillGaps.js';
import type { SkillProfile } from './skillProfile.js';
import type { SkillRequirementSchema } from './skillRequirement.js';

/**
 * One step of a career path: raise one skill by one level.
 *
 * @example
 * ```ts
 * CareerStepSchema.shape.to; // the level this step reaches
 * ```
 */
export const CareerStepSchema = z.object({
  order: z.number(),
  skillId: z.string(),
  name: z.string(),
  from: z.number(),
  to: z.number(),
  importance: z.number(),
});

/** One step of a career path. */
export type CareerStep = z.output<typeof CareerStepSchema>;

/**
 * The ordered skill steps from a current profile to a target role's
 * requirements — the "career progression" the field lacks. Each step raises
 * one skill by one level. Order: essential skills first; within the same
 * importance, the skills closest to the target first (quick wins), then skill
 * id; each skill's steps stay together. A skill never assessed starts at
 * level 0.
 *
 * @param profile - from `skillProfile`
 * @param target - a role (anything with `skills`: requirements) or a plain list of requirements
 * @param options - `frameworks` (default: the built-in ones)
 * @returns the steps, the number of levels to climb, and the requirements already met
 * @throws {@link ValidationError} when a requirement names an unknown framework, skill or level, or two frameworks share an id
 *
 * @example
 * ```ts
 * const profile = skillProfile(sampleCommunity(), 'm-005', { asOf: '2026-01-01' });
 * careerPath(profile, { skills: [{ frameworkId: 'cscce-skills-wheel', skillId: 'cscce/interpersonal/mentoring', level: 'proficient' }] }).steps;
 * // → [{ order: 1, skillId: 'cscce/interpersonal/mentoring', name: 'Mentoring', from: 2, to: 3, importance: 2 }]
 * ```
 */
export function careerPath(
  profile: SkillProfile,
  target:
    | { skills: readonly z.input<typeof SkillRequirementSchema>[] }
    | readonly z.input<typeof SkillRequirementSchema>[],
  options: SkillGapsOptions = {},
): { steps: CareerStep[]; levelsToClimb: number; alreadyMet: string[] } {
  const requirements = parseWith(
    'careerPath',
    z.union([z.array(z.unknown()), z.object({ skills: z.array(z.unknown()) })], {
      error: 'expected the skill requirements, or a role with skills',
    }),
    target,
    'target',
  );
  const list = (Array.isArray(requirements) ? requirements : requirements.skills) as z.input<
    typeof SkillRequirementSchema
  >[];
  const gaps = skillGaps(profile, list, options);
  const ordered = [...gaps.below, ...gaps.missing].sort(
    (a, b) => b.importance - a.importance || a.shortfall - b.shortfall || (a.skillId < b.skillId ? -1 : 1),
  );
  const steps: CareerStep[] = [];
  for (const g of ordered)
    for (let level = g.current ?? 0; level < g.required; level++)
      steps.push({
        order: steps.length + 1,
        skillId: g.skillId,
        name: g.name,
        from: level,
        to: level + 1,
        importance: g.importance,
      });
  return { steps, levelsToClimb: steps.length, alreadyMet: gaps.met.map((g) => g.skillId) };
}
