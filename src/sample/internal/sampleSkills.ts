/**
 * Which skills the sample community's members assess themselves in, per
 * framework: plain ids (the model does not import the skills module; a test
 * in test/skills checks that every id here resolves in the built-in frameworks).
 */
export const SAMPLE_SKILL_ASSESSMENT_PLAN: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'cscce-skills-wheel',
    [
      'cscce/interpersonal/engagement',
      'cscce/interpersonal/mentoring',
      'cscce/interpersonal/teaching-and-training',
      'cscce/program-management/event-planning',
      'cscce/program-management/meeting-facilitation',
      'cscce/program-management/community-governance',
      'cscce/program-development/strategy-development',
      'cscce/communication/social-media',
      'cscce/communication/speaking-and-presenting',
      'cscce/technical/data-management',
      'cscce/technical/technical-support',
    ],
  ],
  [
    'roundtable-skills-framework',
    [
      'roundtable/engagement/listening-and-analyzing',
      'roundtable/engagement/new-member-welcoming',
      'roundtable/engagement/facilitating-connections',
      'roundtable/strategic/community-strategy-development',
      'roundtable/technical/technical-support',
    ],
  ],
];

/** More wheel skills that only the six core members assess (so the team wheel has texture). */
export const SAMPLE_CORE_EXTRA_SKILLS: readonly string[] = [
  'cscce/interpersonal/networking',
  'cscce/interpersonal/moderation-mediation-and-intervention',
  'cscce/program-management/record-keeping',
  'cscce/program-management/project-reporting',
  'cscce/program-management/financial-management',
  'cscce/program-development/proposal-development',
  'cscce/program-development/recruitment-welcoming-and-onboarding',
  'cscce/communication/media-relations',
  'cscce/communication/knowledge-brokering',
  'cscce/technical/data-visualization',
  'cscce/technical/web-and-ui-design',
];

/** Skills nobody in the sample holds at working level: the gaps the report should show. */
export const SAMPLE_WEAK_SKILLS: readonly string[] = [
  'cscce/program-management/financial-management',
  'cscce/communication/media-relations',
  'cscce/technical/web-and-ui-design',
];

/** Skills exactly one core member (by index) holds at working level or above: single points of failure. */
export const SAMPLE_SINGLE_HOLDER_SKILLS: Readonly<Record<string, number>> = {
  'cscce/technical/data-visualization': 3,
  'cscce/program-development/proposal-development': 2,
};
