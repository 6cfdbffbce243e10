import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type SkillLevel, type SkillProfile, SkillProfileSchema } from './skillProfile.js';

/**
 * A crosswalk between two frameworks: which skills of one correspond to which
 * of the other (one-to-many).
 *
 * @example
 * ```ts
 * CrosswalkSchema.parse({ id: 'x', from: 'a', to: 'b', pairs: [{ from: 'a/x/y', to: ['b/x/y'] }] });
 * ```
 */
export const CrosswalkSchema = z.object({
  id: z.string(),
  /** Framework id of the source skills. */
  from: z.string(),
  /** Framework id of the target skills. */
  to: z.string(),
  /** Whose judgement the mapping is. */
  note: z.string().default(''),
  pairs: z.array(z.object({ from: z.string(), to: z.array(z.string()).min(1) })),
});

/** A crosswalk between two frameworks. */
export type Crosswalk = z.output<typeof CrosswalkSchema>;

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

/**
 * The same correspondences read the other way (`to` → `from`).
 *
 * @param crosswalk - a crosswalk
 * @returns the reversed crosswalk (pairs sorted by source skill id)
 *
 * @example
 * ```ts
 * reverseCrosswalk(roundtableToCscce).from; // → 'cscce-skills-wheel'
 * ```
 */
export function reverseCrosswalk(crosswalk: Crosswalk): Crosswalk {
  const cw = parseWith('reverseCrosswalk', CrosswalkSchema, crosswalk, 'crosswalk');
  const back = new Map<string, Set<string>>();
  for (const p of cw.pairs) for (const t of p.to) back.set(t, (back.get(t) ?? new Set()).add(p.from));
  return {
    id: `${cw.id}-reversed`,
    from: cw.to,
    to: cw.from,
    note: cw.note,
    pairs: [...back].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, to]) => ({ from, to: [...to].sort() })),
  };
}

/**
 * Translates a profile from one framework into another through a crosswalk:
 * each target skill gets the highest level among the source skills mapped to
 * it, with `source`, `stale` and `evidence` taken from that source skill. Levels are indices, so both frameworks should share a scale
 * (the built-ins do). Skills of other frameworks are dropped.
 *
 * @param profile - a profile with levels in `crosswalk.from`
 * @param crosswalk - e.g. {@link roundtableToCscce}
 * @returns a profile with levels in `crosswalk.to`
 * @throws {@link ValidationError} when the profile or crosswalk is malformed
 *
 * @example
 * ```ts
 * translateProfile(roundtableProfile, roundtableToCscce).levels['cscce/technical/technical-support']?.level; // → the member's Roundtable Technical Support level
 * ```
 */
export function translateProfile(profile: SkillProfile, crosswalk: Crosswalk): SkillProfile {
  const p = parseWith('translateProfile', SkillProfileSchema, profile, 'profile');
  const cw = parseWith('translateProfile', CrosswalkSchema, crosswalk, 'crosswalk');
  const levels: Record<string, SkillLevel> = {};
  for (const pair of cw.pairs) {
    const have = p.levels[pair.from];
    if (!have || have.frameworkId !== cw.from) continue;
    for (const target of pair.to) {
      const prev = levels[target];
      if (prev && prev.level >= have.level) continue;
      levels[target] = {
        ...have,
        frameworkId: cw.to,
        skillId: target,
        evidence: have.evidence,
      };
    }
  }
  const sorted: Record<string, SkillLevel> = {};
  for (const k of Object.keys(levels).sort()) sorted[k] = levels[k] as SkillLevel;
  return { memberId: p.memberId, asOf: p.asOf, assessed: Object.keys(sorted).length > 0, levels: sorted };
}
