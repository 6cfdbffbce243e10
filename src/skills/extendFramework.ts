import { z } from 'zod';
import { fail, parseWith } from '../model/validate.js';
import { frameworkIssues } from './internal/frameworkIssues.js';
import { SkillSchema, type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * What {@link extendFramework} adds: skills per family (a skill whose id
 * exists replaces it; a new id is appended), new families, and optionally
 * whether the result is now complete.
 *
 * @example
 * ```ts
 * FrameworkAdditionsSchema.parse({ families: [{ id: 'business', skills: [{ id: 'roundtable/business/x', name: 'X' }] }] });
 * ```
 */
export const FrameworkAdditionsSchema = z.object({
  families: z
    .array(
      z.object({
        id: z.string().min(1),
        /** Needed only for a new family. */
        name: z.string().min(1).optional(),
        description: z.string().optional(),
        skills: z.array(SkillSchema).default([]),
      }),
    )
    .default([]),
  complete: z.boolean().optional(),
  version: z.string().optional(),
});

/** What {@link extendFramework} adds. */
export type FrameworkAdditions = z.input<typeof FrameworkAdditionsSchema>;

/**
 * A new framework with skills added or overridden, sharing every unchanged
 * family and skill object with the base (nothing is deep-copied, and the base
 * is not changed). Use it to add the Community Roundtable skills you hold the
 * published list for, or your own skills to a built-in framework.
 *
 * @param base - a framework (built-in or your own)
 * @param additions - skills per family, new families, `complete`
 * @returns the extended framework (validated as a whole)
 * @throws {@link ValidationError} when a new family has no name, or the result has duplicate ids
 *
 * @example
 * ```ts
 * const fuller = extendFramework(roundtableSkillsFramework, {
 *   families: [{ id: 'business', skills: [{ id: 'roundtable/business/budgeting', name: 'Budgeting' }] }],
 * });
 * fuller.families.find((f) => f.id === 'business')?.skills.length; // → 1
 * fuller.families[0] === roundtableSkillsFramework.families[0]; // → true — shared, not copied
 * ```
 */
export function extendFramework(base: SkillsFramework, additions: FrameworkAdditions): SkillsFramework {
  const baseFramework = parseWith('extendFramework', SkillsFrameworkSchema, base, 'base');
  const add = parseWith('extendFramework', FrameworkAdditionsSchema, additions, 'additions');
  const byId = new Map(add.families.map((f) => [f.id, f]));
  const families = base.families.map((family) => {
    const extra = byId.get(family.id);
    if (!extra) return family;
    byId.delete(family.id);
    const replaced = new Map(extra.skills.map((s) => [s.id, s]));
    const skills = family.skills.map((s) => {
      const r = replaced.get(s.id);
      if (!r) return s;
      replaced.delete(s.id);
      return r;
    });
    return {
      ...family,
      ...(extra.name ? { name: extra.name } : {}),
      ...(extra.description ? { description: extra.description } : {}),
      skills: [...skills, ...replaced.values()],
    };
  });
  const issues = [...byId.values()]
    .filter((f) => f.name === undefined)
    .map((f) => ({
      path: `additions.families[${add.families.indexOf(f)}].name`,
      message: `new family "${f.id}" needs a name`,
      code: 'invalid-input' as const,
    }));
  if (issues.length > 0) fail('extendFramework', issues);
  const result: SkillsFramework = {
    ...base,
    ...(add.version ? { version: add.version } : {}),
    complete: add.complete ?? baseFramework.complete,
    families: [
      ...families,
      ...[...byId.values()].map((f) => ({
        id: f.id,
        name: f.name as string,
        description: f.description ?? '',
        skills: f.skills,
      })),
    ],
  };
  const resultIssues = frameworkIssues(result, 'result');
  if (resultIssues.length > 0) fail('extendFramework', resultIssues);
  return result;
}
