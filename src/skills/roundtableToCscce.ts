import type { Crosswalk } from './crosswalk.js';

const c = (skill: string): string => `cscce/${skill}`;
const r = (skill: string): string => `roundtable/${skill}`;

/**
 * Our crosswalk from the Community Roundtable's Community Skills Framework
 * (the skills stored in `roundtableSkillsFramework`) to the CSCCE Skills
 * Wheel. **It is community-kit's judgement**, not published by either
 * organisation: each Roundtable skill maps to the wheel skills that cover the
 * same work. Reverse it with {@link reverseCrosswalk}.
 *
 * @example
 * ```ts
 * roundtableToCscce.pairs.find((p) => p.from === 'roundtable/engagement/new-member-welcoming')?.to;
 * // → ['cscce/program-development/recruitment-welcoming-and-onboarding']
 * ```
 */
export const roundtableToCscce: Crosswalk = {
  id: 'roundtable-to-cscce',
  from: 'roundtable-skills-framework',
  to: 'cscce-skills-wheel',
  note: "community-kit's own judgement; neither CSCCE nor The Community Roundtable publishes a crosswalk.",
  pairs: [
    {
      from: r('engagement/listening-and-analyzing'),
      to: [c('interpersonal/consultation-and-listening'), c('technical/data-analysis')],
    },
    {
      from: r('engagement/response-and-escalation'),
      to: [c('technical/technical-support'), c('interpersonal/engagement')],
    },
    {
      from: r('engagement/moderation-and-conflict-facilitation'),
      to: [c('interpersonal/moderation-mediation-and-intervention')],
    },
    {
      from: r('engagement/promoting-productive-behaviors'),
      to: [c('interpersonal/engagement'), c('program-management/community-governance')],
    },
    {
      from: r('engagement/empathy-and-member-support'),
      to: [c('interpersonal/emotional-integration'), c('interpersonal/cultural-competence')],
    },
    {
      from: r('engagement/facilitating-connections'),
      to: [c('interpersonal/networking'), c('communication/knowledge-brokering')],
    },
    {
      from: r('engagement/new-member-recruitment'),
      to: [c('program-development/recruitment-welcoming-and-onboarding'), c('communication/outreach')],
    },
    {
      from: r('engagement/new-member-welcoming'),
      to: [c('program-development/recruitment-welcoming-and-onboarding')],
    },
    { from: r('engagement/member-advocacy'), to: [c('program-development/advocacy')] },
    {
      from: r('engagement/behavior-change-and-gamification'),
      to: [c('program-development/change-management'), c('interpersonal/engagement')],
    },
    {
      from: r('strategic/community-strategy-development'),
      to: [c('program-development/strategy-development')],
    },
    {
      from: r('strategic/roadmap-development'),
      to: [
        c('program-development/strategy-development'),
        c('program-management/operational-planning-and-implementation'),
      ],
    },
    {
      from: r('strategic/policy-and-guideline-development'),
      to: [c('program-management/community-governance')],
    },
    {
      from: r('strategic/needs-and-competitive-analysis'),
      to: [c('program-development/landscape-analysis'), c('interpersonal/consultation-and-listening')],
    },
    {
      from: r('strategic/measurement-benchmarking-and-reporting'),
      to: [c('program-management/evaluation-and-assessment'), c('program-management/project-reporting')],
    },
    {
      from: r('strategic/trendspotting-and-synthesizing'),
      to: [c('program-development/landscape-analysis')],
    },
    {
      from: r('strategic/consulting'),
      to: [c('interpersonal/consultation-and-listening'), c('program-development/advocacy')],
    },
    {
      from: r('technical/systems-administration-and-configuration'),
      to: [c('technical/systems-administration-and-maintenance')],
    },
    {
      from: r('technical/data-collection-and-analysis'),
      to: [c('technical/data-analysis'), c('technical/data-management')],
    },
    {
      from: r('technical/tool-evaluation-and-recommendation'),
      to: [c('technical/product-management-of-technology-platforms')],
    },
    { from: r('technical/technical-support'), to: [c('technical/technical-support')] },
    {
      from: r('technical/member-database-management'),
      to: [c('technical/data-management'), c('program-management/record-keeping')],
    },
    {
      from: r('technical/platform-architecture-and-integration'),
      to: [
        c('technical/product-management-of-technology-platforms'),
        c('technical/systems-administration-and-maintenance'),
      ],
    },
    { from: r('technical/technology-issue-resolution'), to: [c('technical/technical-support')] },
  ],
};
