import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { SkillInFamily } from './frameworkSkills.js';
import { type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * Finds a skill by id in a framework.
 *
 * @param framework - a framework
 * @param skillId - the skill id
 * @returns the skill with its family, or `undefined`
 *
 * @example
 * ```ts
 * findSkill(cscceSkillsWheel, 'cscce/interpersonal/mentoring')?.name; // → 'Mentoring'
 * ```
 */
export function findSkill(framework: SkillsFramework, skillId: string): SkillInFamily | undefined {
  parseWith('findSkill', SkillsFrameworkSchema, framework, 'framework');
  parseWith('findSkill', z.string(), skillId, 'skillId');
  for (const f of framework.families) {
    const s = f.skills.find((x) => x.id === skillId);
    if (s) return { ...s, familyId: f.id, familyName: f.name };
  }
  return undefined;
}
