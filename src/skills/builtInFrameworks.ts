import { CommunityKitError } from '../model/errors.js';
import { cscceSkillsWheel } from './cscceSkillsWheel.js';
import { roundtableSkillsFramework } from './roundtableSkillsFramework.js';
import type { Skill, SkillsFramework } from './skillsFramework.js';

/**
 * The built-in skills frameworks: the CSCCE Skills Wheel and the Community
 * Roundtable's Community Skills Framework.
 *
 * @example
 * ```ts
 * builtInFrameworks.map((f) => f.id); // → ['cscce-skills-wheel', 'roundtable-skills-framework']
 * ```
 */
export const builtInFrameworks: readonly SkillsFramework[] = [cscceSkillsWheel, roundtableSkillsFramework];

/**
 * Finds a framework by id.
 *
 * @param frameworks - where to look (e.g. {@link builtInFrameworks} plus your own)
 * @param id - the framework id
 * @returns the framework
 * @throws {@link CommunityKitError} `unknown-reference` naming the known ids when there is none, `duplicate-id` when several share the id
 *
 * @example
 * ```ts
 * getFramework(builtInFrameworks, 'cscce-skills-wheel').families.length; // → 5
 * ```
 */
export function getFramework(frameworks: readonly SkillsFramework[], id: string): SkillsFramework {
  const found = frameworks.filter((f) => f.id === id);
  if (found.length > 1)
    throw new CommunityKitError(
      `getFramework: ${found.length} frameworks have the id "${id}"; ids must be unique (give your own framework its own id, or use extendFramework)`,
      { code: 'duplicate-id', path: 'frameworks', value: id },
    );
  if (found[0]) return found[0];
  throw new CommunityKitError(
    `getFramework: no framework "${id}"; known frameworks: ${frameworks.map((f) => f.id).join(', ') || '(none)'}`,
    { code: 'unknown-reference', path: 'id', value: id },
  );
}

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
  return framework.families.flatMap((f) =>
    f.skills.map((s) => ({ ...s, familyId: f.id, familyName: f.name })),
  );
}

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
  for (const f of framework.families) {
    const s = f.skills.find((x) => x.id === skillId);
    if (s) return { ...s, familyId: f.id, familyName: f.name };
  }
  return undefined;
}
