/**
 * The built-in frameworks against ../shared/reference/frameworks.md, transcribed here (the test does not read ../shared, so it runs in any clone): every
 * family and skill name exactly as the reference spells it, and every id —
 * the contract other modules and users' data rely on — unchanged.
 */
import { describe, expect, it } from 'vitest';
import { communityMaturityModel } from '../../src/skills/communityMaturityModel.js';
import { communityParticipationModel } from '../../src/skills/communityParticipationModel.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { frameworkSkills } from '../../src/skills/frameworkSkills.js';
import { roundtableSkillsFramework } from '../../src/skills/roundtableSkillsFramework.js';

/** The reference's lists (§1), transcribed name by name. */
const WHEEL: Record<string, string[]> = {
  Interpersonal: [
    'Engagement',
    'Collaboration',
    'Teaching and training',
    'Networking',
    'Mentoring',
    'Moderation, mediation and intervention',
    'Emotional integration',
    'Cultural competence',
    'Consultation and listening',
  ],
  'Program management': [
    'Operational planning and implementation',
    'Time management',
    'Record-keeping',
    'Project Reporting',
    'Evaluation and assessment',
    'Event planning',
    'Financial management',
    'Community governance',
    'Meeting facilitation',
  ],
  'Program development': [
    'Strategy development',
    'Landscape analysis',
    'Business Modeling',
    'Proposal development',
    'Advancement, growth and sustainability',
    'Advocacy',
    'Project/programme design',
    'Change management',
    'Recruitment, welcoming and onboarding',
  ],
  Communication: [
    'Content planning',
    'Content creation and curation',
    'Copywriting and editing',
    'Marketing and branding',
    'Knowledge brokering',
    'Media relations',
    'Outreach',
    'Speaking and presenting',
    'Social media',
  ],
  Technical: [
    'Media production',
    'Data analysis',
    'Data visualization',
    'Data management',
    'Systems administration and maintenance',
    'Product management of technology platforms',
    'Web and UI design',
    'Content Management System (CMS) administration',
    'Technical support',
  ],
};

/** The reference's verified Community Skills Framework names (§2); Business and Content were not retrieved. */
const ROUNDTABLE: Record<string, string[]> = {
  Engagement: [
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
  ],
  Strategic: [
    'Community Strategy Development',
    'Roadmap Development',
    'Policy & Guideline Development',
    'Needs & Competitive Analysis',
    'Measurement, Benchmarking & Reporting',
    'Trendspotting & Synthesizing',
    'Consulting',
  ],
  Business: [],
  Content: [],
  Technical: [
    'Systems Administration & Configuration',
    'Data Collection & Analysis',
    'Tool Evaluation & Recommendation',
    'Technical Support',
    'Member Database Management',
    'Platform Architecture & Integration',
    'Technology Issue Resolution',
  ],
};

/** The ids as published in docs/skills.md: changing one breaks users' data. */
const WHEEL_IDS = [
  'cscce/interpersonal/engagement',
  'cscce/interpersonal/collaboration',
  'cscce/interpersonal/teaching-and-training',
  'cscce/interpersonal/networking',
  'cscce/interpersonal/mentoring',
  'cscce/interpersonal/moderation-mediation-and-intervention',
  'cscce/interpersonal/emotional-integration',
  'cscce/interpersonal/cultural-competence',
  'cscce/interpersonal/consultation-and-listening',
  'cscce/program-management/operational-planning-and-implementation',
  'cscce/program-management/time-management',
  'cscce/program-management/record-keeping',
  'cscce/program-management/project-reporting',
  'cscce/program-management/evaluation-and-assessment',
  'cscce/program-management/event-planning',
  'cscce/program-management/financial-management',
  'cscce/program-management/community-governance',
  'cscce/program-management/meeting-facilitation',
  'cscce/program-development/strategy-development',
  'cscce/program-development/landscape-analysis',
  'cscce/program-development/business-modeling',
  'cscce/program-development/proposal-development',
  'cscce/program-development/advancement-growth-and-sustainability',
  'cscce/program-development/advocacy',
  'cscce/program-development/project-programme-design',
  'cscce/program-development/change-management',
  'cscce/program-development/recruitment-welcoming-and-onboarding',
  'cscce/communication/content-planning',
  'cscce/communication/content-creation-and-curation',
  'cscce/communication/copywriting-and-editing',
  'cscce/communication/marketing-and-branding',
  'cscce/communication/knowledge-brokering',
  'cscce/communication/media-relations',
  'cscce/communication/outreach',
  'cscce/communication/speaking-and-presenting',
  'cscce/communication/social-media',
  'cscce/technical/media-production',
  'cscce/technical/data-analysis',
  'cscce/technical/data-visualization',
  'cscce/technical/data-management',
  'cscce/technical/systems-administration-and-maintenance',
  'cscce/technical/product-management-of-technology-platforms',
  'cscce/technical/web-and-ui-design',
  'cscce/technical/content-management-system-cms-administration',
  'cscce/technical/technical-support',
];

const ROUNDTABLE_IDS = [
  'roundtable/engagement/listening-and-analyzing',
  'roundtable/engagement/response-and-escalation',
  'roundtable/engagement/moderation-and-conflict-facilitation',
  'roundtable/engagement/promoting-productive-behaviors',
  'roundtable/engagement/empathy-and-member-support',
  'roundtable/engagement/facilitating-connections',
  'roundtable/engagement/new-member-recruitment',
  'roundtable/engagement/new-member-welcoming',
  'roundtable/engagement/member-advocacy',
  'roundtable/engagement/behavior-change-and-gamification',
  'roundtable/strategic/community-strategy-development',
  'roundtable/strategic/roadmap-development',
  'roundtable/strategic/policy-and-guideline-development',
  'roundtable/strategic/needs-and-competitive-analysis',
  'roundtable/strategic/measurement-benchmarking-and-reporting',
  'roundtable/strategic/trendspotting-and-synthesizing',
  'roundtable/strategic/consulting',
  'roundtable/technical/systems-administration-and-configuration',
  'roundtable/technical/data-collection-and-analysis',
  'roundtable/technical/tool-evaluation-and-recommendation',
  'roundtable/technical/technical-support',
  'roundtable/technical/member-database-management',
  'roundtable/technical/platform-architecture-and-integration',
  'roundtable/technical/technology-issue-resolution',
];

const byFamily = (f: typeof cscceSkillsWheel): Record<string, string[]> =>
  Object.fromEntries(f.families.map((fam) => [fam.name, fam.skills.map((s) => s.name)]));

describe('cscceSkillsWheel against the reference', () => {
  it('spells every competency and all 45 skill names exactly as the reference, in its order', () => {
    expect(byFamily(cscceSkillsWheel)).toEqual(WHEEL);
  });

  it('keeps every skill id stable (the ids docs/skills.md publishes)', () => {
    expect(frameworkSkills(cscceSkillsWheel).map((s) => s.id)).toEqual(WHEEL_IDS);
    expect(new Set(WHEEL_IDS).size).toBe(45);
  });

  it('links each uncertain name to the glossary slug the reference gives, and each certain one to its own slug', () => {
    const slugOf = (id: string): string | undefined =>
      frameworkSkills(cscceSkillsWheel)
        .find((s) => s.id === id)
        ?.sourceUrl?.replace('https://www.cscce.org/glossary/', '')
        .replace(/\/$/, '');
    expect(slugOf('cscce/program-management/project-reporting')).toBe('reporting');
    expect(slugOf('cscce/program-development/landscape-analysis')).toBe('analysis');
    expect(slugOf('cscce/program-development/business-modeling')).toBe('synthesis');
    expect(slugOf('cscce/program-development/project-programme-design')).toBe('program-design');
    expect(slugOf('cscce/communication/copywriting-and-editing')).toBe('editorial');
    expect(slugOf('cscce/interpersonal/mentoring')).toBe('mentoring');
  });

  it('writes its own description for every skill (no empty descriptions)', () => {
    for (const s of frameworkSkills(cscceSkillsWheel)) expect(s.description.length).toBeGreaterThan(10);
  });
});

describe('roundtableSkillsFramework against the reference', () => {
  it('has the five families with exactly the verified skill names, and none invented', () => {
    expect(byFamily(roundtableSkillsFramework)).toEqual(ROUNDTABLE);
    expect(roundtableSkillsFramework.complete).toBe(false);
  });

  it('keeps every skill id stable', () => {
    expect(frameworkSkills(roundtableSkillsFramework).map((s) => s.id)).toEqual(ROUNDTABLE_IDS);
  });

  it('states the publisher, the 2015 edition and the CC BY-NC-ND 4.0 licence', () => {
    expect(roundtableSkillsFramework.publisher).toBe('The Community Roundtable');
    expect(roundtableSkillsFramework.year).toBe(2015);
    expect(roundtableSkillsFramework.licence).toMatch(/^CC BY-NC-ND 4\.0/);
  });
});

describe('the participation and maturity models against the reference', () => {
  it('communityParticipationModel maps the modes to the verified information flows', () => {
    expect(communityParticipationModel.modes.map((m) => [m.name, m.flow])).toEqual([
      ['CONVEY/CONSUME', 'transmissive'],
      ['CONTRIBUTE', 'transactional'],
      ['COLLABORATE', 'transactional'],
      ['CO-CREATE', 'transformational'],
      ['CHAMPION', null],
    ]);
    expect(communityParticipationModel.doi).toBe('10.5281/zenodo.3997802');
  });

  it('communityMaturityModel has the eight competencies and four stages in the published order', () => {
    expect(communityMaturityModel.competencies.map((c) => c.name)).toEqual([
      'Strategy',
      'Leadership',
      'Culture',
      'Community Management',
      'Content & Programming',
      'Policies & Governance',
      'Tools',
      'Metrics & Measurement',
    ]);
    expect(communityMaturityModel.stages.map((s) => s.name)).toEqual([
      'Hierarchy',
      'Emergent Community',
      'Community',
      'Network',
    ]);
    expect(communityMaturityModel.licence).toBe('CC BY-NC-ND 4.0');
  });
});
