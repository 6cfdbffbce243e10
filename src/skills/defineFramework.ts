import type { ValidationIssue } from '../model/errors.js';
import { fail, parseWith } from '../model/validate.js';
import { type SkillsFramework, type SkillsFrameworkInput, SkillsFrameworkSchema } from './skillsFramework.js';

/** Every problem with a parsed framework that its schema cannot see. */
export function frameworkIssues(f: SkillsFramework, root = 'framework'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const families = new Set<string>();
  const skills = new Set<string>();
  f.families.forEach((family, i) => {
    if (families.has(family.id))
      issues.push({
        path: `${root}.families[${i}].id`,
        message: `duplicate family id "${family.id}"`,
        code: 'duplicate-id',
      });
    families.add(family.id);
    if (family.skills.length === 0 && f.complete)
      issues.push({
        path: `${root}.families[${i}].skills`,
        message: `family "${family.id}" has no skills (allowed only in a framework marked complete: false)`,
        code: 'empty-input',
      });
    family.skills.forEach((s, j) => {
      if (skills.has(s.id))
        issues.push({
          path: `${root}.families[${i}].skills[${j}].id`,
          message: `duplicate skill id "${s.id}"`,
          code: 'duplicate-id',
        });
      skills.add(s.id);
    });
  });
  return issues;
}

/**
 * Validates a skills framework of your own — its schema, then unique family
 * and skill ids and no empty family (unless the framework is marked
 * `complete: false`) — and fills in the defaults.
 *
 * @param input - the framework as plain data
 * @returns the parsed framework
 * @throws {@link ValidationError} listing every problem with its path (`framework.families[1].skills[0].id: duplicate skill id "x"`)
 *
 * @example
 * ```ts
 * const ours = defineFramework({
 *   id: 'our-skills', name: 'Our skills',
 *   families: [{ id: 'care', name: 'Care', skills: [{ id: 'our/care/welcoming', name: 'Welcoming' }] }],
 *   scale: defaultProficiencyScale,
 * });
 * ours.families[0]?.skills[0]?.description; // → ''
 * ```
 */
export function defineFramework(input: SkillsFrameworkInput): SkillsFramework {
  const framework = parseWith('defineFramework', SkillsFrameworkSchema, input, 'framework');
  const issues = frameworkIssues(framework);
  if (issues.length > 0) fail('defineFramework', issues);
  return framework;
}
