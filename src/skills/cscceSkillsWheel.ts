import { defaultProficiencyScale } from './proficiencyScale.js';
import type { Skill, SkillsFramework } from './skillsFramework.js';

const GLOSSARY = 'https://www.cscce.org/glossary/';

/** A wheel skill; `glossary` is the slug of its CSCCE glossary entry when it differs from the id's slug. */
function skill(
  family: string,
  slugId: string,
  name: string,
  description: string,
  extra: { glossary?: string; uncertain?: boolean; note?: string; confirmed?: boolean } = {},
): Skill {
  return {
    id: `cscce/${family}/${slugId}`,
    name,
    description,
    sourceUrl: `${GLOSSARY}${extra.glossary ?? slugId}/`,
    tags: extra.confirmed ? ['cscce-glossary-confirmed'] : [],
    uncertain: extra.uncertain ?? false,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/**
 * The CSCCE Skills Wheel (Woodley, Pratt, Sandström, Wood-Charlson, Davison
 * and Leidolf, 2021; DOI 10.5281/zenodo.4437294): five core competencies of
 * the community engagement manager in STEM, nine skills each, 45 in all. Names
 * as published (the transcription our reference uses; four are flagged
 * `uncertain` where the label and its glossary entry differ); descriptions are
 * our own words. The wheel covers community-engagement skills, not domain
 * knowledge or personal attributes.
 *
 * @example
 * ```ts
 * cscceSkillsWheel.families.map((f) => f.skills.length); // → [9, 9, 9, 9, 9]
 * ```
 */
export const cscceSkillsWheel: SkillsFramework = {
  id: 'cscce-skills-wheel',
  name: 'The CSCCE Skills Wheel – Five core competencies and 45 skills to describe the role of the community engagement manager in STEM',
  version: '2021',
  publisher: 'Center for Scientific Collaboration and Community Engagement (CSCCE)',
  authors: [
    'Lou Woodley',
    'Katie Pratt',
    'Malin Sandström',
    'Elisha Wood-Charlson',
    'Jennifer Davison',
    'Andreas Leidolf',
  ],
  year: 2021,
  doi: '10.5281/zenodo.4437294',
  url: 'https://www.cscce.org/research/skills-wheel/',
  licence:
    'unverified (check the Zenodo record before reusing CSCCE text; community-kit stores names and its own descriptions only)',
  complete: true,
  notes: [
    'Skill names follow a secondary transcription that links each name to its CSCCE glossary entry; names marked uncertain differ from their glossary slug.',
    'Glossary URLs are built from the slug of the name except where the transcription links a different slug; only entries tagged cscce-glossary-confirmed were confirmed on CSCCE pages.',
    'CSCCE writes "Program" (US spelling); the names keep it.',
    "Proficiency levels are not part of the wheel: the scale is community-kit's own.",
  ],
  families: [
    {
      id: 'interpersonal',
      name: 'Interpersonal',
      description: 'Working with people: engaging, guiding, mediating and listening.',
      skills: [
        skill(
          'interpersonal',
          'engagement',
          'Engagement',
          'Drawing people into the life of the community and keeping them involved.',
        ),
        skill(
          'interpersonal',
          'collaboration',
          'Collaboration',
          'Working with others towards shared goals, and helping members do the same.',
          { confirmed: true },
        ),
        skill(
          'interpersonal',
          'teaching-and-training',
          'Teaching and training',
          'Helping others learn skills and practices, formally or informally.',
        ),
        skill(
          'interpersonal',
          'networking',
          'Networking',
          'Building and using relationships across and beyond the community.',
        ),
        skill(
          'interpersonal',
          'mentoring',
          'Mentoring',
          'Guiding an individual over time as they grow in skill and confidence.',
        ),
        skill(
          'interpersonal',
          'moderation-mediation-and-intervention',
          'Moderation, mediation and intervention',
          'Keeping conversations healthy, settling disagreements and stepping in when needed.',
        ),
        skill(
          'interpersonal',
          'emotional-integration',
          'Emotional integration',
          'Noticing and working with the feelings of others and of oneself.',
        ),
        skill(
          'interpersonal',
          'cultural-competence',
          'Cultural competence',
          'Working respectfully and effectively with people of different backgrounds and norms.',
        ),
        skill(
          'interpersonal',
          'consultation-and-listening',
          'Consultation and listening',
          'Asking members what they need and hearing the answer.',
          { confirmed: true },
        ),
      ],
    },
    {
      id: 'program-management',
      name: 'Program management',
      description: 'Running things: planning, time, records, reporting, events, money and governance.',
      skills: [
        skill(
          'program-management',
          'operational-planning-and-implementation',
          'Operational planning and implementation',
          'Turning plans into schedules, tasks and delivered work.',
        ),
        skill(
          'program-management',
          'time-management',
          'Time management',
          'Planning and protecting time for the work that matters.',
        ),
        skill(
          'program-management',
          'record-keeping',
          'Record-keeping',
          'Keeping the notes, lists and archives a community relies on.',
        ),
        skill(
          'program-management',
          'project-reporting',
          'Project Reporting',
          'Telling funders, sponsors and members what was done and what it achieved.',
          {
            glossary: 'reporting',
            uncertain: true,
            note: 'The transcription labels it "Project Reporting" but links the glossary slug "reporting"; the wheel label may be "Reporting".',
          },
        ),
        skill(
          'program-management',
          'evaluation-and-assessment',
          'Evaluation and assessment',
          'Measuring whether activities achieve their aims, and learning from it.',
        ),
        skill(
          'program-management',
          'event-planning',
          'Event planning',
          'Designing and organising calls, workshops, meetups and conferences.',
        ),
        skill(
          'program-management',
          'financial-management',
          'Financial management',
          'Budgeting, spending and accounting for community money.',
        ),
        skill(
          'program-management',
          'community-governance',
          'Community governance',
          'Setting up and running how the community makes decisions.',
          { confirmed: true },
        ),
        skill(
          'program-management',
          'meeting-facilitation',
          'Meeting facilitation',
          'Running meetings so that everyone can take part and the meeting reaches its goal.',
        ),
      ],
    },
    {
      id: 'program-development',
      name: 'Program development',
      description: 'Shaping what the community does next: strategy, analysis, proposals, growth and change.',
      skills: [
        skill(
          'program-development',
          'strategy-development',
          'Strategy development',
          'Deciding where the community is going and how it will get there.',
        ),
        skill(
          'program-development',
          'landscape-analysis',
          'Landscape analysis',
          'Mapping the people, projects and organisations around the community.',
          {
            glossary: 'analysis',
            uncertain: true,
            note: 'The transcription links the glossary slug "analysis"; the glossary index lists the term as "Analysis".',
          },
        ),
        skill(
          'program-development',
          'business-modeling',
          'Business Modeling',
          'Working out how the community creates value and sustains itself.',
          {
            glossary: 'synthesis',
            uncertain: true,
            note: 'The transcription links the glossary slug "synthesis"; the wheel label may differ.',
          },
        ),
        skill(
          'program-development',
          'proposal-development',
          'Proposal development',
          'Writing proposals that win funding or support.',
        ),
        skill(
          'program-development',
          'advancement-growth-and-sustainability',
          'Advancement, growth and sustainability',
          'Growing the community and securing its future.',
          { confirmed: true },
        ),
        skill(
          'program-development',
          'advocacy',
          'Advocacy',
          'Making the case for the community and its members to those with influence.',
          { confirmed: true },
        ),
        skill(
          'program-development',
          'project-programme-design',
          'Project/programme design',
          'Designing programmes and projects that serve members and the mission.',
          {
            glossary: 'program-design',
            uncertain: true,
            note: 'The transcription links the glossary slug "program-design".',
          },
        ),
        skill(
          'program-development',
          'change-management',
          'Change management',
          'Guiding people and structures through change.',
          { confirmed: true },
        ),
        skill(
          'program-development',
          'recruitment-welcoming-and-onboarding',
          'Recruitment, welcoming and onboarding',
          'Bringing new members in and helping them find their place.',
        ),
      ],
    },
    {
      id: 'communication',
      name: 'Communication',
      description:
        'Telling and connecting: content, writing, marketing, brokering knowledge, media and outreach.',
      skills: [
        skill(
          'communication',
          'content-planning',
          'Content planning',
          'Deciding what to publish, when and for whom.',
          { confirmed: true },
        ),
        skill(
          'communication',
          'content-creation-and-curation',
          'Content creation and curation',
          'Making new material and gathering the best of what exists.',
          { confirmed: true },
        ),
        skill(
          'communication',
          'copywriting-and-editing',
          'Copywriting and editing',
          'Writing clearly and improving the writing of others.',
          {
            glossary: 'editorial',
            uncertain: true,
            note: 'The transcription links the glossary slug "editorial".',
          },
        ),
        skill(
          'communication',
          'marketing-and-branding',
          'Marketing and branding',
          'Making the community recognisable and attractive to the people it wants.',
        ),
        skill(
          'communication',
          'knowledge-brokering',
          'Knowledge brokering',
          'Moving knowledge between people and groups who would not otherwise share it.',
        ),
        skill(
          'communication',
          'media-relations',
          'Media relations',
          'Working with journalists and press offices.',
        ),
        skill('communication', 'outreach', 'Outreach', 'Reaching audiences beyond the current membership.'),
        skill(
          'communication',
          'speaking-and-presenting',
          'Speaking and presenting',
          'Talking to groups, in person or online, so that they listen and understand.',
        ),
        skill(
          'communication',
          'social-media',
          'Social media',
          "Using social platforms to share the community's work and talk with people.",
        ),
      ],
    },
    {
      id: 'technical',
      name: 'Technical',
      description: 'Tools and data: media, analysis, platforms, the web and support.',
      skills: [
        skill('technical', 'media-production', 'Media production', 'Producing audio, video and graphics.'),
        skill('technical', 'data-analysis', 'Data analysis', 'Analysing data about the community or for it.'),
        skill(
          'technical',
          'data-visualization',
          'Data visualization',
          'Showing data in charts and pictures people can read.',
        ),
        skill(
          'technical',
          'data-management',
          'Data management',
          'Collecting, organising and keeping data safe and usable.',
        ),
        skill(
          'technical',
          'systems-administration-and-maintenance',
          'Systems administration and maintenance',
          'Running and looking after the systems the community uses.',
        ),
        skill(
          'technical',
          'product-management-of-technology-platforms',
          'Product management of technology platforms',
          'Deciding how the community platforms should evolve to serve members.',
        ),
        skill(
          'technical',
          'web-and-ui-design',
          'Web and UI design',
          'Designing websites and interfaces that are easy to use.',
        ),
        skill(
          'technical',
          'content-management-system-cms-administration',
          'Content Management System (CMS) administration',
          'Administering the content management system behind the community site.',
          { confirmed: true },
        ),
        skill(
          'technical',
          'technical-support',
          'Technical support',
          'Helping members with tools and technical problems.',
        ),
      ],
    },
  ],
  scale: defaultProficiencyScale,
};
