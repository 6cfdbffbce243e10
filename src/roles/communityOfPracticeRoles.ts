import { req } from './internal/requirement.js';
import type { RoleDefinition } from './roleDefinition.js';
import { ROLE_SOURCES } from './sources.js';

const src = { ...ROLE_SOURCES.worldBankCoP };

/**
 * The roles of a Community of Practice as the World Bank Group's Communities
 * of Practice Toolkit names them — Community Manager, Community Leader,
 * Community Sponsor, Technical Expert, Knowledge Management Advisor,
 * Communications Advisor, Admin Support and Members — plus the two structures
 * it recommends, Core Team and Core Group. Descriptions are our own words;
 * required skills are our reading of each role against the CSCCE Skills Wheel
 * and the Community Roundtable framework.
 *
 * Facts modelled: one person may hold several roles (especially in a young
 * community); advisors may hold roles intermittently, from other departments;
 * the leader is usually a busy domain expert and leadership is often shared by
 * two (sometimes three or four); the leader reports to the sponsor, and the
 * sponsor should hear from the community regularly — quarterly is suggested.
 *
 * @example
 * ```ts
 * communityOfPracticeRoles.map((r) => r.name);
 * // → ['Community Manager', 'Community Leader', 'Community Sponsor', 'Technical Expert', 'Knowledge Management Advisor',
 * //    'Communications Advisor', 'Admin Support', 'Members', 'Core Team', 'Core Group']
 * ```
 */
export const communityOfPracticeRoles: readonly RoleDefinition[] = [
  {
    id: 'community-manager',
    name: 'Community Manager',
    summary:
      'The person dedicated to running the community day to day. Their craft is building relationships and developing the community, so they need not be a domain expert.',
    responsibilities: [
      'Set and follow the community strategy',
      'Report on the community and tie it to the goals of the organisation',
      'Look after the member experience and moderate',
      'Manage content',
      'Build relationships',
      'Design and facilitate events and activities',
    ],
    scope: [
      'community strategy',
      'reporting and business integration',
      'member experience',
      'moderation',
      'content management',
      'relationship building',
      'events and activities design and facilitation',
    ],
    tasks: [
      'host-community-calls',
      'onboard-new-members',
      'write-community-report',
      'moderate',
      'plan-events',
    ],
    coreTeam: true,
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'community-leader',
    reportingCadence: 'monthly',
    holders: { min: 1, max: 2, recommended: 1 },
    intermittent: false,
    external: false,
    recommended: true,
    skills: [
      req('cscce/interpersonal/engagement', 'proficient', 3),
      req('cscce/program-management/meeting-facilitation', 'proficient', 3),
      req('cscce/program-management/event-planning', 'working', 2),
      req('cscce/program-management/project-reporting', 'working', 3),
      req('cscce/program-development/strategy-development', 'working', 2),
      req('cscce/communication/content-planning', 'working', 2),
      req('cscce/interpersonal/moderation-mediation-and-intervention', 'working', 2),
      req('roundtable/engagement/facilitating-connections', 'proficient', 2),
    ],
    source: src,
    challenges: [],
    relations: ['Reports to the Community Leader; may also hold the leader role in a young community.'],
  },
  {
    id: 'community-leader',
    name: 'Community Leader',
    summary:
      'A domain expert who leads the community alongside a full-time job, so with little time to give; leadership is often shared by two co-leaders, sometimes three or four.',
    responsibilities: [
      'Give the community its direction in the domain',
      'Represent the community to the sponsor',
      'Lend credibility and expertise to discussions',
    ],
    scope: ['direction', 'domain expertise', 'sponsor relationship'],
    tasks: ['attend-leadership-meetings', 'write-community-report'],
    coreTeam: true,
    allocation: { min: 0.05, max: 0.2 },
    reportsTo: 'community-sponsor',
    reportingCadence: 'quarterly',
    holders: { min: 1, max: 4, recommended: 2 },
    intermittent: false,
    external: false,
    recommended: true,
    skills: [
      req('cscce/program-development/strategy-development', 'working', 3),
      req('cscce/program-management/community-governance', 'working', 2),
      req('cscce/communication/speaking-and-presenting', 'working', 2),
    ],
    source: src,
    challenges: [],
    relations: ['Co-leadership: usually 2 co-leaders, sometimes 3 or 4.'],
  },
  {
    id: 'community-sponsor',
    name: 'Community Sponsor',
    summary:
      'The manager in the organisation who funds the community and to whom its leader reports. Not involved day to day, but the more they know and take part, the more the community is valued.',
    responsibilities: [
      'Provide the budget',
      'Receive regular reports and give input',
      'Champion the community in the organisation',
    ],
    scope: ['budget', 'organisational support'],
    tasks: ['review-community-report'],
    coreTeam: true,
    allocation: { min: 0, max: 0.05 },
    holders: { min: 1, max: 1, recommended: 1 },
    intermittent: true,
    external: true,
    recommended: true,
    skills: [req('cscce/program-development/advancement-growth-and-sustainability', 'aware', 1)],
    source: src,
    challenges: [],
    relations: ['The Community Leader reports to the sponsor, suggested quarterly.'],
  },
  {
    id: 'technical-expert',
    name: 'Technical Expert',
    summary:
      'Someone who knows the collaboration platform the community lives on (a forum such as Discourse, a chat, a wiki) inside out, and keeps it working for everyone. Also called Technical/Subject Matter Expert.',
    responsibilities: ['Configure and maintain the platform', 'Help members use it', 'Advise on tools'],
    scope: ['collaboration platform', 'tooling'],
    tasks: ['maintain-community-site'],
    coreTeam: false,
    allocation: { min: 0.05, max: 0.3 },
    reportsTo: 'community-manager',
    reportingCadence: 'monthly',
    holders: { min: 1, max: 3, recommended: 1 },
    intermittent: true,
    external: true,
    recommended: true,
    skills: [
      req('cscce/technical/systems-administration-and-maintenance', 'proficient', 3),
      req('cscce/technical/technical-support', 'proficient', 3),
      req('cscce/technical/content-management-system-cms-administration', 'working', 2),
    ],
    source: src,
    challenges: [],
    relations: [],
  },
  {
    id: 'knowledge-management-advisor',
    name: 'Knowledge Management Advisor',
    summary:
      'A knowledge-management professional who gives an agreed share of their time to help the community capture, package, organise and spread what its members know — much of it tacit.',
    responsibilities: [
      'Capture knowledge shared in the community',
      'Organise and package it',
      'Help it travel beyond the community',
    ],
    scope: ['knowledge capture', 'curation', 'dissemination'],
    tasks: ['create-informational-materials'],
    coreTeam: false,
    allocation: { min: 0.05, max: 0.3 },
    reportsTo: 'community-manager',
    reportingCadence: 'quarterly',
    holders: { min: 0, max: 2, recommended: 1 },
    intermittent: true,
    external: true,
    recommended: true,
    skills: [
      req('cscce/communication/knowledge-brokering', 'proficient', 3),
      req('cscce/communication/content-creation-and-curation', 'working', 2),
      req('cscce/program-management/record-keeping', 'working', 2),
    ],
    source: src,
    challenges: [],
    relations: ['Often comes from another department and holds the role part-time.'],
  },
  {
    id: 'communications-advisor',
    name: 'Communications Advisor',
    summary:
      "Someone from the organisation's communications team who helps promote and position the community to inside and outside audiences, and ties its communications into the organisation's channels.",
    responsibilities: [
      'Advise on promoting the community',
      "Connect community news to the organisation's channels",
    ],
    scope: ['promotion', 'communications strategy'],
    tasks: ['post-on-social-media', 'write-newsletter'],
    coreTeam: false,
    allocation: { min: 0.02, max: 0.2 },
    reportsTo: 'community-manager',
    reportingCadence: 'quarterly',
    holders: { min: 0, max: 2, recommended: 1 },
    intermittent: true,
    external: true,
    recommended: true,
    skills: [
      req('cscce/communication/marketing-and-branding', 'proficient', 3),
      req('cscce/communication/social-media', 'working', 2),
      req('cscce/communication/media-relations', 'working', 1),
    ],
    source: src,
    challenges: [],
    relations: ['Usually from the communications department; intermittent.'],
  },
  {
    id: 'admin-support',
    name: 'Admin Support',
    summary:
      "Help from the organisation's administration for the logistics of the community's many events and activities. Also called Administrative Support.",
    responsibilities: ['Coordinate the logistics of events'],
    scope: ['event logistics'],
    tasks: ['plan-events'],
    coreTeam: false,
    allocation: { min: 0.05, max: 0.3 },
    reportsTo: 'community-manager',
    reportingCadence: 'monthly',
    holders: { min: 0, max: 2, recommended: 1 },
    intermittent: true,
    external: true,
    recommended: true,
    skills: [
      req('cscce/program-management/event-planning', 'working', 3),
      req('cscce/program-management/time-management', 'working', 2),
    ],
    source: src,
    challenges: [],
    relations: [],
  },
  {
    id: 'members',
    name: 'Members',
    summary:
      "The community's wider audience. Their needs should drive what content and programmes the community offers.",
    responsibilities: ['Take part, share and learn'],
    scope: ['participation'],
    tasks: [],
    coreTeam: false,
    allocation: { min: 0, max: 0.1 },
    holders: { min: 0 },
    intermittent: true,
    external: false,
    recommended: false,
    skills: [],
    source: src,
    challenges: [],
    relations: ['Understanding member needs shapes content and programming.'],
  },
  {
    id: 'core-team',
    name: 'Core Team',
    summary:
      'A structure, not a single role: the people with a stake in the community whose job includes it — typically the sponsor, the leader and the community manager.',
    responsibilities: ['Own the success of the community'],
    scope: ['structure'],
    tasks: [],
    coreTeam: true,
    allocation: { min: 0, max: 1 },
    holders: { min: 0 },
    intermittent: false,
    external: false,
    recommended: false,
    skills: [],
    source: src,
    challenges: [],
    relations: ['Made of the roles marked coreTeam (sponsor, leader, manager); computed by coreTeam().'],
  },
  {
    id: 'core-group',
    name: 'Core Group',
    summary:
      'A structure, not a single role: members who care about the community and volunteer to make it work — they help co-design it, contribute regularly and engage others.',
    responsibilities: [
      'Co-design the community',
      'Contribute content regularly',
      'Engage the wider membership',
    ],
    scope: ['structure'],
    tasks: [],
    coreTeam: false,
    allocation: { min: 0, max: 0.2 },
    holders: { min: 0 },
    intermittent: true,
    external: false,
    recommended: false,
    skills: [],
    source: src,
    challenges: [],
    relations: [
      'Volunteers without a core role; measured from activity by coreGroup() (health), given the coreTeam().',
    ],
  },
];
