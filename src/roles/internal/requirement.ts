import type { SkillRequirement } from '../../skills/skillRequirement.js';

/** A built-in role's skill requirement; the framework follows from the skill id's prefix. */
export function req(skillId: string, level: string, importance = 2): SkillRequirement {
  return {
    frameworkId: skillId.startsWith('cscce/') ? 'cscce-skills-wheel' : 'roundtable-skills-framework',
    skillId,
    level,
    importance,
  };
}
