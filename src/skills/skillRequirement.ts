import { z } from 'zod';
import { IdSchema } from '../model/ids.js';

/**
 * A required skill: a skill of a framework at a minimum level (a level id of
 * the framework's scale, e.g. `working`, or its index), with an importance
 * (1 nice to have – 3 essential) used to rank gaps. Roles state their needs
 * this way.
 *
 * @example
 * ```ts
 * SkillRequirementSchema.parse({ frameworkId: 'cscce-skills-wheel', skillId: 'cscce/interpersonal/mentoring', level: 'working' });
 * // → { …, importance: 2 }
 * ```
 */
export const SkillRequirementSchema = z.object({
  /** The framework the skill belongs to. */
  frameworkId: IdSchema,
  /** The skill's id in that framework. */
  skillId: IdSchema,
  /** Minimum level: a level id of the framework's scale, or its index. */
  level: z.union([IdSchema, z.number().int().min(0)]),
  /** How much the requirement matters, 1 (nice to have) to 3 (essential). */
  importance: z.number().int().min(1).max(3).default(2),
});

/** A required skill. */
export type SkillRequirement = z.output<typeof SkillRequirementSchema>;
/** A required skill as accepted on input. */
export type SkillRequirementInput = z.input<typeof SkillRequirementSchema>;
