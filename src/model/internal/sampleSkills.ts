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
