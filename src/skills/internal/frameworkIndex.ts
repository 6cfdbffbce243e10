import type { ValidationIssue } from '../../model/errors.js';
import type { SkillAssessment } from '../../model/skillAssessment.js';
import type { SkillsFramework } from '../skillsFramework.js';

/** Fast lookups over a list of frameworks. */
export interface FrameworkIndex {
  framework: Map<string, SkillsFramework>;
  /** `${frameworkId}\u0000${skillId}` → skill name and family. */
  skill: Map<string, { name: string; familyId: string }>;
}

export function indexFrameworks(frameworks: readonly SkillsFramework[]): FrameworkIndex {
  const framework = new Map<string, SkillsFramework>();
  const skill = new Map<string, { name: string; familyId: string }>();
  for (const f of frameworks) {
    framework.set(f.id, f);
    for (const fam of f.families)
      for (const s of fam.skills) skill.set(`${f.id}\u0000${s.id}`, { name: s.name, familyId: fam.id });
  }
  return { framework, skill };
}

/** Resolves an assessment's level to an index, or returns the issue. */
export function assessmentLevel(
  index: FrameworkIndex,
  a: SkillAssessment,
  path: string,
): { level: number } | { issue: ValidationIssue } {
  const f = index.framework.get(a.frameworkId);
  if (!f)
    return {
      issue: {
        path: `${path}.frameworkId`,
        message: `no framework "${a.frameworkId}"; known: ${[...index.framework.keys()].join(', ')}`,
        code: 'unknown-reference',
      },
    };
  if (!index.skill.has(`${f.id}\u0000${a.skillId}`))
    return {
      issue: {
        path: `${path}.skillId`,
        message: `no skill "${a.skillId}" in framework "${f.id}"`,
        code: 'unknown-reference',
      },
    };
  const levels = f.scale.levels;
  const level = typeof a.level === 'number' ? a.level : levels.findIndex((l) => l.id === a.level);
  if (level < 0 || level >= levels.length)
    return {
      issue: {
        path: `${path}.level`,
        message: `level ${JSON.stringify(a.level)} is not on the scale of "${f.id}" (${levels.map((l, i) => `${i} ${l.id}`).join(', ')})`,
        code: 'invalid-input',
      },
    };
  return { level };
}
