import { parseWith } from '../model/validate.js';
import { type Skill, type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/** A skill with the id and name of its family. */
export interface SkillInFamily extends Skill {
  /** The family's id. */
  familyId: string;
  /** The family's name. */
  familyName: string;
}

/**
 * Every skill of a framework, in order, with its family.
 *
 * @param framework - a framework
 * @returns the skills, family by family
 *
 * @example
 * ```ts
 * frameworkSkills(cscceSkillsWheel).length; // → 45
 * ```
 */
export function frameworkSkills(framework: SkillsFramework): SkillInFamily[] {
  parseWith('frameworkSkills', SkillsFrameworkSchema, framework, 'framework');
  return framework.families.flatMap((f) =>
    f.skills.map((s) => ({ ...s, familyId: f.id, familyName: f.name })),
  );
}
