import type { ValidationIssue } from '../../model/errors.js';
import type { SkillRequirement } from '../skillRequirement.js';
import type { FrameworkIndex } from './frameworkIndex.js';

/** A requirement with its level resolved to an index and its skill's name. */
export interface ResolvedRequirement extends SkillRequirement {
  required: number;
  requiredId: string;
  name: string;
  familyId: string;
}

/** Resolves requirements against frameworks, collecting every problem with its path. */
export function resolveRequirements(
  index: FrameworkIndex,
  requirements: readonly SkillRequirement[],
  root: string,
  issues: ValidationIssue[],
): ResolvedRequirement[] {
  const out: ResolvedRequirement[] = [];
  requirements.forEach((r, i) => {
    const f = index.framework.get(r.frameworkId);
    if (!f) {
      issues.push({
        path: `${root}[${i}].frameworkId`,
        message: `no framework "${r.frameworkId}"`,
        code: 'unknown-reference',
      });
      return;
    }
    const skill = index.skill.get(`${f.id}\u0000${r.skillId}`);
    if (!skill) {
      issues.push({
        path: `${root}[${i}].skillId`,
        message: `no skill "${r.skillId}" in framework "${f.id}"`,
        code: 'unknown-reference',
      });
      return;
    }
    const required =
      typeof r.level === 'number' ? r.level : f.scale.levels.findIndex((l) => l.id === r.level);
    if (required < 0 || required >= f.scale.levels.length) {
      issues.push({
        path: `${root}[${i}].level`,
        message: `level ${JSON.stringify(r.level)} is not on the scale of "${f.id}"`,
        code: 'invalid-input',
      });
      return;
    }
    out.push({
      ...r,
      required,
      requiredId: f.scale.levels[required]!.id,
      name: skill.name,
      familyId: skill.familyId,
    });
  });
  return out;
}
