import { cscceSkillsWheel } from './cscceSkillsWheel.js';
import { roundtableSkillsFramework } from './roundtableSkillsFramework.js';
import type { SkillsFramework } from './skillsFramework.js';

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
