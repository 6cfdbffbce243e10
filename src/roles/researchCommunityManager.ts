import { req } from './internal/requirement.js';
import type { RoleDefinition } from './roleDefinition.js';
import { ROLE_SOURCES } from './sources.js';

/**
 * The community manager of a research or scientific open-source community, as
 * The Turing Way, Scientific Python and a practitioner of the RDO/OpenStack
 * community describe the role: catalysing connections among all stakeholders,
 * linking people by expertise and interests, translating between technical and
 * non-technical colleagues, encouraging reproducible, ethical, inclusive and
 * collaborative practice, and creating sub-networks — with the day-to-day
 * tasks in `tasks` (see {@link communityManagerTasks}) and the challenges the
 * role meets in `challenges`.
 *
 * @example
 * ```ts
 * researchCommunityManager.tasks.includes('host-community-calls'); // → true
 * ```
 */
export const researchCommunityManager: RoleDefinition = {
  id: 'research-community-manager',
  name: 'Research Community Manager',
  summary:
    'Brings researchers, scientists, developers, patients and the public together around shared research goals: connects people, makes the community welcoming and resilient, and translates between groups that speak different languages.',
  responsibilities: [
    'Catalyse connections with and between all stakeholders',
    'Grow, foster and integrate communities',
    'Link people up by expertise and interests',
    'Be an active member of the community',
    'Translate technical topics for non-technical colleagues, and back',
    'Encourage reproducible, ethical, inclusive and collaborative practice',
    'Create sub-networks (for example an early-career researcher network)',
    'Empower others to lead and help resolve conflicts',
    'Be the channel between users and developers: bring user needs into the roadmap and gather feedback',
  ],
  scope: ['engagement', 'onboarding', 'events', 'communications', 'training', 'mentoring', 'reporting'],
  tasks: [
    'host-community-calls',
    'onboard-new-members',
    'attend-leadership-meetings',
    'write-community-report',
    'write-newsletter',
    'maintain-community-site',
    'post-on-social-media',
    'plan-initiatives',
    'run-training',
    'read-publications',
    'manage-membership-lists',
    'mentor-contributions',
    'create-informational-materials',
    'triage-questions',
    'gather-user-stories',
  ],
  coreTeam: true,
  allocation: { min: 0.2, max: 1 },
  reportsTo: 'community-leader',
  reportingCadence: 'quarterly',
  holders: { min: 1, max: 3, recommended: 1 },
  intermittent: false,
  external: false,
  recommended: false,
  skills: [
    req('cscce/interpersonal/engagement', 'proficient', 3),
    req('cscce/interpersonal/networking', 'proficient', 3),
    req('cscce/interpersonal/mentoring', 'working', 2),
    req('cscce/interpersonal/teaching-and-training', 'working', 2),
    req('cscce/program-management/meeting-facilitation', 'proficient', 3),
    req('cscce/program-management/project-reporting', 'working', 2),
    req('cscce/communication/knowledge-brokering', 'proficient', 3),
    req('cscce/communication/social-media', 'working', 1),
    req('cscce/program-development/recruitment-welcoming-and-onboarding', 'proficient', 2),
  ],
  source: { ...ROLE_SOURCES.turingWayCommunityManagers },
  relations: [
    'Often holds the Community Manager role of a Community of Practice; may delegate parts to maintainers in an open-source project.',
    'Finding one: define scope and responsibilities, look for familiarity with the domain and for outreach in adjacent communities.',
  ],
  challenges: [
    'Mediating between members',
    'Building trust',
    'Needing many different skills',
    'Supporting engagement',
    'Building infrastructure from scratch',
    'Being seen as a professional',
    'Reaching new audiences',
    'Translating between groups',
    'Little formal process',
    'Stakeholder groups with different priorities',
    'Being invisible when things go well',
    'No formal career progression',
  ],
};
