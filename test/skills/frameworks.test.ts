import { describe, expect, it } from 'vitest';
import {
  SAMPLE_CORE_EXTRA_SKILLS,
  SAMPLE_SKILL_ASSESSMENT_PLAN,
} from '../../src/sample/internal/sampleSkills.js';
import { builtInFrameworks } from '../../src/skills/builtInFrameworks.js';
import { communityMaturityModel } from '../../src/skills/communityMaturityModel.js';
import { communityParticipationModel } from '../../src/skills/communityParticipationModel.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { defineFramework } from '../../src/skills/defineFramework.js';
import { extendFramework } from '../../src/skills/extendFramework.js';
import { findSkill } from '../../src/skills/findSkill.js';
import { frameworkSkills } from '../../src/skills/frameworkSkills.js';
import { getFramework } from '../../src/skills/getFramework.js';
import { defaultProficiencyScale, ProficiencyScaleSchema } from '../../src/skills/proficiencyScale.js';
import { resolveLevel } from '../../src/skills/resolveLevel.js';
import {
  ROUNDTABLE_FAMILIES,
  roundtableSkillsFramework,
} from '../../src/skills/roundtableSkillsFramework.js';
import { roundtableToCscce } from '../../src/skills/roundtableToCscce.js';
import { SkillsFrameworkSchema } from '../../src/skills/skillsFramework.js';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

describe('cscceSkillsWheel', () => {
  it('has five competencies of nine skills each, 45 in all, named as published', () => {
    expect(cscceSkillsWheel.families.map((f) => f.name)).toEqual([
      'Interpersonal',
      'Program management',
      'Program development',
      'Communication',
      'Technical',
    ]);
    expect(cscceSkillsWheel.families.map((f) => f.skills.length)).toEqual([9, 9, 9, 9, 9]);
    expect(frameworkSkills(cscceSkillsWheel)).toHaveLength(45);
    const names = frameworkSkills(cscceSkillsWheel).map((s) => s.name);
    for (const name of [
      'Engagement',
      'Moderation, mediation and intervention',
      'Consultation and listening',
      'Record-keeping',
      'Project Reporting',
      'Advancement, growth and sustainability',
      'Project/programme design',
      'Recruitment, welcoming and onboarding',
      'Content creation and curation',
      'Speaking and presenting',
      'Content Management System (CMS) administration',
      'Product management of technology platforms',
    ])
      expect(names).toContain(name);
  });

  it('carries its source: authors in citation order, year, DOI', () => {
    expect(cscceSkillsWheel.authors[0]).toBe('Lou Woodley');
    expect(cscceSkillsWheel.authors).toHaveLength(6);
    expect(cscceSkillsWheel.year).toBe(2021);
    expect(cscceSkillsWheel.doi).toBe('10.5281/zenodo.4437294');
  });

  it('flags exactly the five names whose glossary slug differs, with a note, and links every skill to the glossary', () => {
    const uncertain = frameworkSkills(cscceSkillsWheel).filter((s) => s.uncertain);
    expect(uncertain.map((s) => s.name)).toEqual([
      'Project Reporting',
      'Landscape analysis',
      'Business Modeling',
      'Project/programme design',
      'Copywriting and editing',
    ]);
    for (const s of uncertain) expect(s.note).toBeTruthy();
    for (const s of frameworkSkills(cscceSkillsWheel))
      expect(s.sourceUrl).toMatch(/^https:\/\/www\.cscce\.org\/glossary\/[a-z0-9-]+\/$/);
  });
});

describe('roundtableSkillsFramework', () => {
  it('has all five families, is marked incomplete, and holds only the verified skill names', () => {
    expect(roundtableSkillsFramework.complete).toBe(false);
    expect(roundtableSkillsFramework.families.map((f) => f.name)).toEqual([
      'Engagement',
      'Strategic',
      'Business',
      'Content',
      'Technical',
    ]);
    expect(roundtableSkillsFramework.families.map((f) => f.skills.length)).toEqual([10, 7, 0, 0, 7]);
    expect(ROUNDTABLE_FAMILIES.map((f) => f.knownSkills)).toEqual([10, 7, 0, 0, 7]);
    const engagement = roundtableSkillsFramework.families[0]!.skills.map((s) => s.name);
    expect(engagement).toEqual([
      'Listening & Analyzing',
      'Response & Escalation',
      'Moderation & Conflict Facilitation',
      'Promoting Productive Behaviors',
      'Empathy & Member Support',
      'Facilitating Connections',
      'New Member Recruitment',
      'New Member Welcoming',
      'Member Advocacy',
      'Behavior Change & Gamification',
    ]);
    expect(roundtableSkillsFramework.licence).toContain('CC BY-NC-ND 4.0');
  });
});

describe('built-in frameworks', () => {
  it('are valid, with ids that follow the shared slug rule and are unique', () => {
    for (const f of builtInFrameworks) {
      expect(SkillsFrameworkSchema.parse(f)).toEqual(f);
      const prefix = f.id === 'cscce-skills-wheel' ? 'cscce' : 'roundtable';
      const ids = frameworkSkills(f).map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const fam of f.families) {
        expect(fam.id).toBe(slug(fam.name));
        for (const s of fam.skills) expect(s.id).toBe(`${prefix}/${fam.id}/${slug(s.name)}`);
      }
    }
  });

  it('resolve every skill the sample community is assessed in', () => {
    for (const [frameworkId, skillIds] of SAMPLE_SKILL_ASSESSMENT_PLAN) {
      const f = getFramework(builtInFrameworks, frameworkId);
      for (const id of skillIds) expect(findSkill(f, id), id).toBeDefined();
    }
    for (const id of SAMPLE_CORE_EXTRA_SKILLS) expect(findSkill(cscceSkillsWheel, id), id).toBeDefined();
  });

  it('getFramework names the known ids when one is missing', () => {
    expect(() => getFramework(builtInFrameworks, 'nope')).toThrow(
      /no framework "nope"; known frameworks: cscce-skills-wheel, roundtable-skills-framework/,
    );
  });

  it('the crosswalk maps every stored Roundtable skill to existing wheel skills', () => {
    const rt = new Set(frameworkSkills(roundtableSkillsFramework).map((s) => s.id));
    expect(new Set(roundtableToCscce.pairs.map((p) => p.from))).toEqual(rt);
    for (const p of roundtableToCscce.pairs)
      for (const to of p.to) expect(findSkill(cscceSkillsWheel, to), to).toBeDefined();
  });
});

describe('participation and maturity models', () => {
  it('the Community Participation Model has the five modes with their information flows', () => {
    expect(communityParticipationModel.modes.map((m) => [m.name, m.flow])).toEqual([
      ['CONVEY/CONSUME', 'transmissive'],
      ['CONTRIBUTE', 'transactional'],
      ['COLLABORATE', 'transactional'],
      ['CO-CREATE', 'transformational'],
      ['CHAMPION', null],
    ]);
  });
  it('the Community Maturity Model has eight competencies and four stages', () => {
    expect(communityMaturityModel.competencies).toHaveLength(8);
    expect(communityMaturityModel.stages.map((s) => s.name)).toEqual([
      'Hierarchy',
      'Emergent Community',
      'Community',
      'Network',
    ]);
  });
});

describe('scales and levels', () => {
  it('the default scale has five levels of our own, working at 2 and teaching at 3', () => {
    expect(defaultProficiencyScale.levels.map((l) => l.id)).toEqual([
      'none',
      'aware',
      'working',
      'proficient',
      'expert',
    ]);
    expect(resolveLevel(defaultProficiencyScale, 'proficient')).toBe(3);
    expect(resolveLevel(defaultProficiencyScale, 0)).toBe(0);
    expect(() => resolveLevel(defaultProficiencyScale, 'guru')).toThrow(/no level "guru"/);
    expect(() => resolveLevel(defaultProficiencyScale, 5)).toThrow(/outside the scale/);
  });
  it('a scale with duplicate level ids or a working level beyond the end is rejected with its path', () => {
    const r = ProficiencyScaleSchema.safeParse({
      id: 's',
      levels: [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ],
      workingLevel: 5,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['levels.1.id', 'workingLevel']),
    );
  });
});

describe('defineFramework and extendFramework', () => {
  const base = {
    id: 'ours',
    name: 'Our skills',
    families: [{ id: 'care', name: 'Care', skills: [{ id: 'ours/care/welcoming', name: 'Welcoming' }] }],
    scale: defaultProficiencyScale,
  };
  it('defineFramework fills defaults and rejects duplicate ids and empty families with paths', () => {
    expect(defineFramework(base).complete).toBe(true);
    expect(() =>
      defineFramework({
        ...base,
        families: [
          { id: 'care', name: 'Care', skills: [{ id: 'x', name: 'X' }] },
          { id: 'care', name: 'Again', skills: [{ id: 'x', name: 'X' }] },
          { id: 'empty', name: 'Empty', skills: [] },
        ],
      }),
    ).toThrow(
      /framework\.families\[1\]\.id: duplicate family id "care"[\s\S]*framework\.families\[1\]\.skills\[0\]\.id: duplicate skill id "x"[\s\S]*framework\.families\[2\]\.skills: family "empty" has no skills/,
    );
    expect(() =>
      defineFramework({ ...base, scale: { id: 's', levels: [{ id: 'one', label: 'One' }] } }),
    ).toThrow(/framework\.scale\.levels/);
  });

  it('extendFramework adds skills to a family and a new family, sharing what did not change', () => {
    const fuller = extendFramework(roundtableSkillsFramework, {
      families: [
        { id: 'business', skills: [{ id: 'roundtable/business/budgeting', name: 'Budgeting' }] },
        { id: 'extra', name: 'Extra', skills: [{ id: 'roundtable/extra/x', name: 'X' }] },
      ],
    });
    expect(fuller.families.find((f) => f.id === 'business')!.skills).toHaveLength(1);
    expect(fuller.families.at(-1)!.id).toBe('extra');
    expect(fuller.families[0]).toBe(roundtableSkillsFramework.families[0]);
    expect(roundtableSkillsFramework.families.find((f) => f.id === 'business')!.skills).toHaveLength(0);
  });

  it('extendFramework overrides a skill with the same id and rejects a nameless new family', () => {
    const renamed = extendFramework(cscceSkillsWheel, {
      families: [
        {
          id: 'interpersonal',
          skills: [{ id: 'cscce/interpersonal/mentoring', name: 'Mentoring', description: 'ours' }],
        },
      ],
    });
    expect(findSkill(renamed, 'cscce/interpersonal/mentoring')!.description).toBe('ours');
    expect(frameworkSkills(renamed)).toHaveLength(45);
    expect(() => extendFramework(cscceSkillsWheel, { families: [{ id: 'new', skills: [] }] })).toThrow(
      /additions\.families\[0\]\.name/,
    );
  });
});
