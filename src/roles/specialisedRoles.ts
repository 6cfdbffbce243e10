import { req } from './internal/requirement.js';
import type { RoleDefinition } from './roleDefinition.js';
import { ROLE_SOURCES } from './sources.js';

const src = { ...ROLE_SOURCES.communityClubSpecialisation };
const base = {
  coreTeam: true,
  holders: { min: 0 },
  intermittent: false,
  external: false,
  recommended: false,
  source: src,
} as const;

/**
 * The specialised community roles a community department grows into, as The
 * Community Club's article on the specialisation of community management
 * names them: Community Success Manager, Community Marketer, Community
 * Operations, Internal Community Manager, Community Manager (here the
 * moderation-focused role; id `community-manager-moderation` so it can sit
 * beside the Community of Practice manager) and Chief Community Officer, to
 * whom the others report. The article cites the Community Roundtable's finding
 * that 49% of community teams have one or fewer full-time community managers.
 *
 * @example
 * ```ts
 * specialisedRoles.find((r) => r.id === 'community-operations')?.reportsTo; // → 'chief-community-officer'
 * ```
 */
export const specialisedRoles: readonly RoleDefinition[] = [
  {
    ...base,
    id: 'chief-community-officer',
    name: 'Chief Community Officer',
    summary:
      'The executive who makes the case for community to the rest of leadership, decides which community roles the team needs, keeps the roadmap of community initiatives and champions community inside and outside the organisation.',
    responsibilities: [
      'Explain the value of community to the leadership team',
      'Decide which specialised roles the team needs',
      'Set vision and goals with leadership',
      'Watch industry trends and keep the community roadmap',
      'Champion community internally and externally',
    ],
    scope: ['executive leadership', 'roadmap', 'team design'],
    tasks: ['write-community-report', 'plan-initiatives'],
    allocation: { min: 0.8, max: 1 },
    reportingCadence: 'quarterly',
    holders: { min: 0, max: 1, recommended: 1 },
    skills: [
      req('cscce/program-development/strategy-development', 'expert', 3),
      req('cscce/program-development/advocacy', 'proficient', 3),
      req('roundtable/strategic/roadmap-development', 'proficient', 2),
      req('roundtable/strategic/trendspotting-and-synthesizing', 'working', 2),
    ],
    challenges: [],
    relations: ['Top of the community department; the other specialised roles report here.'],
  },
  {
    ...base,
    id: 'community-success-manager',
    name: 'Community Success Manager',
    summary:
      'Part account manager, part community marketer and manager: brings customers into the community, helps them understand and measure community in their own organisation, and stays their point of contact.',
    responsibilities: [
      'Onboard new customers',
      'Advise customers on community and how to measure it',
      'Remain their main contact',
    ],
    scope: ['customer onboarding', 'measurement advice', 'account relationship'],
    tasks: ['onboard-new-members'],
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'chief-community-officer',
    reportingCadence: 'monthly',
    skills: [
      req('cscce/interpersonal/consultation-and-listening', 'proficient', 3),
      req('cscce/program-development/recruitment-welcoming-and-onboarding', 'proficient', 3),
      req('roundtable/strategic/measurement-benchmarking-and-reporting', 'working', 2),
    ],
    challenges: [],
    relations: ['Works beside Community Marketers; grows out of customer success.'],
  },
  {
    ...base,
    id: 'community-marketer',
    name: 'Community Marketer',
    summary:
      'The social-media and events specialist: makes community initiatives seen and heard, talks with members across social channels and gathers what they learn there; newsletters, blog posts and community-centred events fall here.',
    responsibilities: [
      'Promote community initiatives',
      'Engage members on social channels',
      'Run newsletters, blog posts and events',
    ],
    scope: ['social media', 'events', 'newsletters', 'blog'],
    tasks: ['post-on-social-media', 'write-newsletter', 'plan-events'],
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'chief-community-officer',
    reportingCadence: 'monthly',
    skills: [
      req('cscce/communication/social-media', 'proficient', 3),
      req('cscce/communication/marketing-and-branding', 'proficient', 3),
      req('cscce/program-management/event-planning', 'working', 2),
    ],
    challenges: [],
    relations: ['Works closely with Community Managers on the front line.'],
  },
  {
    ...base,
    id: 'community-operations',
    name: 'Community Operations',
    summary:
      'The people behind the scenes who give the team and the community their processes and tools: escalation procedures, rules and guidelines, training new community managers — more strategy and development than day-to-day tactics.',
    responsibilities: [
      'Build escalation procedures',
      'Write rules and guidelines',
      'Choose and run tools',
      'Train new community managers',
    ],
    scope: ['process', 'tooling', 'guidelines', 'training'],
    tasks: ['maintain-community-site'],
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'chief-community-officer',
    reportingCadence: 'monthly',
    skills: [
      req('roundtable/strategic/policy-and-guideline-development', 'proficient', 3),
      req('roundtable/engagement/response-and-escalation', 'proficient', 3),
      req('roundtable/technical/tool-evaluation-and-recommendation', 'working', 2),
      req('cscce/interpersonal/teaching-and-training', 'working', 2),
    ],
    challenges: [],
    relations: ['Supports every other community role with process and tools.'],
  },
  {
    ...base,
    id: 'internal-community-manager',
    name: 'Internal Community Manager',
    summary:
      "Runs communities inside a large, open organisation: sets communication standards across workplace communities, shares their successes, speaks for them to executives, and connects people across teams in line with the organisation's values.",
    responsibilities: [
      'Set communication standards for internal communities',
      'Share community achievements',
      'Be the voice of internal communities with executives',
      'Connect people across teams and functions',
    ],
    scope: ['internal communication', 'culture', 'cross-team connection'],
    tasks: ['write-community-report'],
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'chief-community-officer',
    reportingCadence: 'quarterly',
    skills: [
      req('cscce/interpersonal/networking', 'proficient', 3),
      req('cscce/interpersonal/cultural-competence', 'working', 2),
      req('roundtable/engagement/facilitating-connections', 'proficient', 2),
    ],
    challenges: [],
    relations: ['Needs a large organisation with a culture of openness.'],
  },
  {
    ...base,
    id: 'community-manager-moderation',
    name: 'Community Manager',
    summary:
      'In a specialised team, the front-line role: enforces rules and guidelines, finds and works with super-users, grows the community, and carries out the plans for business goals with marketers and product teams.',
    responsibilities: [
      'Moderate and enforce guidelines',
      'Work with super-users',
      'Grow the community',
      'Carry out plans for business goals',
    ],
    scope: ['moderation', 'super-users', 'growth'],
    tasks: ['moderate', 'onboard-new-members'],
    allocation: { min: 0.5, max: 1 },
    reportsTo: 'chief-community-officer',
    reportingCadence: 'monthly',
    skills: [
      req('roundtable/engagement/moderation-and-conflict-facilitation', 'proficient', 3),
      req('roundtable/engagement/promoting-productive-behaviors', 'proficient', 2),
      req('cscce/interpersonal/moderation-mediation-and-intervention', 'proficient', 3),
    ],
    challenges: [],
    relations: ['The original generalist role, narrowed towards moderation as the team specialises.'],
  },
];
