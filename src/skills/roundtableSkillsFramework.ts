import { defaultProficiencyScale } from './proficiencyScale.js';
import type { Skill, SkillsFramework } from './skillsFramework.js';

const ENGAGEMENT_URL = 'https://communityroundtable.com/?p=23850';
const TECHNICAL_URL = 'https://communityroundtable.com/?p=39982';

function skill(
  family: string,
  slugId: string,
  name: string,
  description: string,
  url: string,
  extra: Partial<Skill> = {},
): Skill {
  return {
    id: `roundtable/${family}/${slugId}`,
    name,
    description,
    sourceUrl: url,
    tags: [],
    uncertain: false,
    ...extra,
  };
}

/**
 * The Community Roundtable's Community Skills Framework™ (2015 edition and
 * later: five skill families of ten skills each). It is stored **incomplete**
 * (`complete: false`): only the skill names our reference could verify are
 * here — all ten Engagement skills, seven Strategic and seven Technical
 * skills; the Business and Content families have no verified names, so they
 * are present but empty until you add their skills with `extendFramework`. No name is invented. The framework is published under
 * CC BY-NC-ND 4.0; community-kit stores the names (facts) and its own
 * descriptions, not the publisher's text.
 *
 * @example
 * ```ts
 * roundtableSkillsFramework.families.map((f) => f.skills.length); // → [10, 7, 0, 0, 7]
 * ROUNDTABLE_FAMILIES.map((f) => f.name); // → ['Engagement', 'Strategic', 'Business', 'Content', 'Technical']
 * ```
 */
export const roundtableSkillsFramework: SkillsFramework = {
  id: 'roundtable-skills-framework',
  name: 'Community Skills Framework',
  version: '2015',
  publisher: 'The Community Roundtable',
  authors: ['The Community Roundtable'],
  year: 2015,
  url: TECHNICAL_URL,
  licence: 'CC BY-NC-ND 4.0 (Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International)',
  complete: false,
  notes: [
    'Five families of ten skills each (50 skills) since the 2015 edition; the 2014 edition had 37 skills in four families.',
    'Engagement: all 10 names verified. Strategic: 7 of 10 verified. Technical: 7 of 10 verified (an eighth, "Software & Application …", was cut off in the source and is left out).',
    'Business and Content: no skill names verified; add them with extendFramework if you hold the published list.',
    "No proficiency levels are published for this framework: the scale is community-kit's own.",
  ],
  families: [
    {
      id: 'engagement',
      name: 'Engagement',
      description: 'Working with members day to day.',
      skills: [
        skill(
          'engagement',
          'listening-and-analyzing',
          'Listening & Analyzing',
          'Following what members say and reading what it means.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'response-and-escalation',
          'Response & Escalation',
          'Answering members, and passing on what needs someone else.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'moderation-and-conflict-facilitation',
          'Moderation & Conflict Facilitation',
          'Keeping discussion productive and helping people through disagreement.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'promoting-productive-behaviors',
          'Promoting Productive Behaviors',
          'Encouraging the behaviours that make a community work.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'empathy-and-member-support',
          'Empathy & Member Support',
          'Understanding members and helping them when they struggle.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'facilitating-connections',
          'Facilitating Connections',
          'Introducing members who should know each other.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'new-member-recruitment',
          'New Member Recruitment',
          'Finding and inviting the people the community needs.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'new-member-welcoming',
          'New Member Welcoming',
          'Making newcomers feel expected and showing them around.',
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'member-advocacy',
          'Member Advocacy',
          "Representing members' interests to the organisation.",
          ENGAGEMENT_URL,
        ),
        skill(
          'engagement',
          'behavior-change-and-gamification',
          'Behavior Change & Gamification',
          'Designing incentives and mechanics that change how people take part.',
          ENGAGEMENT_URL,
        ),
      ],
    },
    {
      id: 'strategic',
      name: 'Strategic',
      description: 'Direction, planning and measurement.',
      skills: [
        skill(
          'strategic',
          'community-strategy-development',
          'Community Strategy Development',
          'Setting the goals and approach of the community.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'roadmap-development',
          'Roadmap Development',
          'Planning community initiatives over time.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'policy-and-guideline-development',
          'Policy & Guideline Development',
          'Writing the rules and guidance the community runs on.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'needs-and-competitive-analysis',
          'Needs & Competitive Analysis',
          'Understanding what members need and what alternatives they have.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'measurement-benchmarking-and-reporting',
          'Measurement, Benchmarking & Reporting',
          'Measuring the community, comparing it, and reporting the results.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'trendspotting-and-synthesizing',
          'Trendspotting & Synthesizing',
          'Spotting trends early and drawing them together into insight.',
          ENGAGEMENT_URL,
        ),
        skill(
          'strategic',
          'consulting',
          'Consulting',
          'Advising others in the organisation on community.',
          ENGAGEMENT_URL,
        ),
      ],
    },
    {
      id: 'business',
      name: 'Business',
      description:
        'Tying the community to the goals of the organisation. (Skill names not verified: none stored.)',
      skills: [],
    },
    {
      id: 'content',
      name: 'Content',
      description:
        'Planning and producing what the community reads and shares. (Skill names not verified: none stored.)',
      skills: [],
    },
    {
      id: 'technical',
      name: 'Technical',
      description: 'Platforms, data and tools.',
      skills: [
        skill(
          'technical',
          'systems-administration-and-configuration',
          'Systems Administration & Configuration',
          'Setting up and running the community platform.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'data-collection-and-analysis',
          'Data Collection & Analysis',
          'Gathering community data and making sense of it.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'tool-evaluation-and-recommendation',
          'Tool Evaluation & Recommendation',
          'Comparing tools and recommending the right one.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'technical-support',
          'Technical Support',
          'Helping members with technical problems.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'member-database-management',
          'Member Database Management',
          'Keeping member records accurate and useful.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'platform-architecture-and-integration',
          'Platform Architecture & Integration',
          'Designing how the platform fits with other systems.',
          TECHNICAL_URL,
        ),
        skill(
          'technical',
          'technology-issue-resolution',
          'Technology Issue Resolution',
          'Diagnosing and fixing technology problems.',
          TECHNICAL_URL,
        ),
      ],
    },
  ],
  scale: defaultProficiencyScale,
};

/**
 * The five families of the Community Skills Framework, all verified, with how
 * many of their ten skills are in {@link roundtableSkillsFramework}.
 *
 * @example
 * ```ts
 * ROUNDTABLE_FAMILIES.find((f) => f.id === 'business')?.knownSkills; // → 0
 * ```
 */
export const ROUNDTABLE_FAMILIES = [
  { id: 'engagement', name: 'Engagement', knownSkills: 10, publishedSkills: 10 },
  { id: 'strategic', name: 'Strategic', knownSkills: 7, publishedSkills: 10 },
  { id: 'business', name: 'Business', knownSkills: 0, publishedSkills: 10 },
  { id: 'content', name: 'Content', knownSkills: 0, publishedSkills: 10 },
  { id: 'technical', name: 'Technical', knownSkills: 7, publishedSkills: 10 },
] as const;
