import type { TaskDefinition } from './taskDefinition.js';

/**
 * The community manager's recurring tasks — from the day-to-day lists of
 * research community managers (The Turing Way), open-source project community
 * managers (Scientific Python, the RDO/OpenStack practitioner's account) and
 * the Community of Practice toolkit — each with a typical cadence (our
 * judgement where the sources give none), the roles that usually own it, and
 * the skills it exercises.
 *
 * @example
 * ```ts
 * communityManagerTasks.find((t) => t.id === 'write-community-report')?.cadence; // → 'quarterly'
 * ```
 */
export const communityManagerTasks: readonly TaskDefinition[] = [
  {
    id: 'host-community-calls',
    name: 'Organise and host community calls',
    description: 'Set the agenda, invite speakers, facilitate the call and share notes afterwards.',
    cadence: 'monthly',
    owners: ['community-manager', 'research-community-manager'],
    skills: ['cscce/program-management/meeting-facilitation', 'cscce/program-management/event-planning'],
  },
  {
    id: 'onboard-new-members',
    name: 'Welcome and onboard new members',
    description:
      'Greet newcomers, point them to resources and people, and help them make a first contribution.',
    cadence: 'weekly',
    owners: [
      'community-manager',
      'research-community-manager',
      'community-success-manager',
      'community-manager-moderation',
    ],
    skills: [
      'cscce/program-development/recruitment-welcoming-and-onboarding',
      'roundtable/engagement/new-member-welcoming',
    ],
  },
  {
    id: 'attend-leadership-meetings',
    name: 'Attend community leadership meetings',
    description: 'Bring the view from the community to the people who steer it, and take decisions back.',
    cadence: 'monthly',
    owners: ['community-leader', 'community-manager', 'research-community-manager'],
    skills: ['cscce/program-management/community-governance'],
  },
  {
    id: 'write-community-report',
    name: 'Write the community report',
    description:
      'Summarise activity, health and outcomes for the sponsor and leadership, and ask for their input.',
    cadence: 'quarterly',
    owners: [
      'community-manager',
      'research-community-manager',
      'chief-community-officer',
      'internal-community-manager',
    ],
    skills: [
      'cscce/program-management/project-reporting',
      'cscce/program-management/evaluation-and-assessment',
    ],
  },
  {
    id: 'review-community-report',
    name: 'Review the community report and give input',
    description: 'Read the report, respond with priorities and support.',
    cadence: 'quarterly',
    owners: ['community-sponsor'],
    skills: [],
  },
  {
    id: 'write-newsletter',
    name: 'Write the newsletter',
    description:
      'Collect news, highlights and opportunities from across the community into a regular newsletter.',
    cadence: 'monthly',
    owners: ['research-community-manager', 'community-marketer', 'communications-advisor'],
    skills: [
      'cscce/communication/content-creation-and-curation',
      'cscce/communication/copywriting-and-editing',
    ],
  },
  {
    id: 'maintain-community-site',
    name: 'Maintain the community site and platform',
    description: 'Keep the website, forum or wiki current, working and easy to find things in.',
    cadence: 'monthly',
    owners: ['technical-expert', 'research-community-manager', 'community-operations'],
    skills: [
      'cscce/technical/content-management-system-cms-administration',
      'cscce/technical/web-and-ui-design',
    ],
  },
  {
    id: 'post-on-social-media',
    name: 'Post on social media',
    description: "Share the community's news and people's work on its social channels, and answer there.",
    cadence: 'weekly',
    owners: ['research-community-manager', 'community-marketer', 'communications-advisor'],
    skills: ['cscce/communication/social-media'],
  },
  {
    id: 'plan-initiatives',
    name: 'Plan initiatives',
    description:
      'Design new programmes or sub-networks (for example an early-career network) and plan how to run them.',
    cadence: 'quarterly',
    owners: ['research-community-manager', 'chief-community-officer'],
    skills: [
      'cscce/program-development/project-programme-design',
      'cscce/program-development/strategy-development',
    ],
  },
  {
    id: 'run-training',
    name: 'Run training courses and workshops',
    description: 'Organise and teach courses and workshops that upskill members.',
    cadence: 'quarterly',
    owners: ['research-community-manager'],
    skills: ['cscce/interpersonal/teaching-and-training', 'cscce/program-management/event-planning'],
  },
  {
    id: 'read-publications',
    name: 'Read publications relevant to the community',
    description: 'Keep up with the field to know who works on what and what matters to members.',
    cadence: 'weekly',
    owners: ['research-community-manager'],
    skills: ['cscce/program-development/landscape-analysis'],
  },
  {
    id: 'manage-membership-lists',
    name: 'Manage membership lists',
    description: 'Keep the member directory and mailing lists accurate and respectful of privacy.',
    cadence: 'monthly',
    owners: ['research-community-manager', 'admin-support'],
    skills: ['cscce/program-management/record-keeping', 'roundtable/technical/member-database-management'],
  },
  {
    id: 'mentor-contributions',
    name: 'Mentor contributions and newcomers',
    description: 'Guide newcomers through their first contributions and help members grow into active roles.',
    cadence: 'weekly',
    owners: ['research-community-manager', 'community-manager'],
    skills: ['cscce/interpersonal/mentoring'],
  },
  {
    id: 'create-informational-materials',
    name: 'Create informational materials',
    description:
      'Write guides, templates and explainers that help members and outsiders understand the community.',
    cadence: 'as-needed',
    owners: ['research-community-manager', 'knowledge-management-advisor'],
    skills: ['cscce/communication/content-creation-and-curation', 'cscce/communication/knowledge-brokering'],
  },
  {
    id: 'moderate',
    name: 'Moderate conversations',
    description:
      'Keep conversations productive and safe: apply the code of conduct, mediate, step in when needed.',
    cadence: 'daily',
    owners: ['community-manager', 'community-manager-moderation'],
    skills: [
      'cscce/interpersonal/moderation-mediation-and-intervention',
      'roundtable/engagement/moderation-and-conflict-facilitation',
    ],
  },
  {
    id: 'plan-events',
    name: 'Plan events and their logistics',
    description:
      'Regional meetups, social events around larger events, travel support for speakers, and the logistics behind them.',
    cadence: 'as-needed',
    owners: ['community-manager', 'admin-support', 'community-marketer'],
    skills: ['cscce/program-management/event-planning', 'cscce/program-management/financial-management'],
  },
  {
    id: 'triage-questions',
    name: 'Triage questions (first-tier support)',
    description: 'Answer what you can and route the rest to the person who knows — knowing who knows what.',
    cadence: 'daily',
    owners: ['community-manager', 'research-community-manager'],
    skills: ['cscce/technical/technical-support', 'roundtable/engagement/response-and-escalation'],
  },
  {
    id: 'gather-user-stories',
    name: 'Gather and tell user stories',
    description: "Collect members' stories and feed users' needs and feedback into the project's roadmap.",
    cadence: 'quarterly',
    owners: ['research-community-manager', 'community-marketer'],
    skills: ['cscce/interpersonal/consultation-and-listening', 'cscce/communication/outreach'],
  },
];
