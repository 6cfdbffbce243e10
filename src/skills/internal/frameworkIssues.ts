import type { ValidationIssue } from '../../model/errors.js';
import type { SkillsFramework } from '../skillsFramework.js';

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
