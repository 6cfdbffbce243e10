import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { builtInFrameworks } from '../skills/builtInFrameworks.js';
import { SkillsFrameworkSchema } from '../skills/skillsFramework.js';
import { candidatesFor, RoleCandidateSchema } from './candidatesFor.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { AtSchema, CatalogueSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';

/**
 * Options of {@link succession}.
 *
 * @example
 * ```ts
 * SuccessionOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, top: 3, readyFit: 0.75, … }
 * ```
 */
export const SuccessionOptionsSchema = z.strictObject({
  /** The instant to read assignments and assessments at. */
  at: AtSchema,
  /** Candidates listed per role. */
  top: z.number().int().positive().default(3),
  /** Fit from which a candidate counts as ready to step in. */
  readyFit: z.number().min(0).max(1).default(0.75),
  /** The roles (default: the Community of Practice roles); only core roles are planned for. */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
  /** Frameworks the roles' skills refer to. */
  frameworks: z.array(SkillsFrameworkSchema).default(() => [...builtInFrameworks]),
});

/** Options of {@link succession}. */
export type SuccessionOptions = z.input<typeof SuccessionOptionsSchema>;

/**
 * The succession plan for one core role.
 *
 * @example
 * ```ts
 * SuccessionPlanSchema.parse({ roleId: 'community-manager', name: 'Community Manager', holders: ['m-001'],
 *   candidates: [], covered: false, verdict: 'nobody is ready to step in' });
 * ```
 */
export const SuccessionPlanSchema = z.object({
  roleId: z.string(),
  name: z.string(),
  /** Who holds it now. */
  holders: z.array(z.string()),
  /** Who could step in, best first, each with what they lack (`ranked`). */
  candidates: z.array(RoleCandidateSchema),
  /** Whether someone is ready (fit ≥ readyFit). */
  covered: z.boolean(),
  /** A plain-language verdict. */
  verdict: z.string(),
});

/** The succession plan for one core role. */
export type SuccessionPlan = z.output<typeof SuccessionPlanSchema>;

/**
 * For each core role (sponsor, leader, manager in the default catalogue): who
 * holds it, who could step in — internal candidates ranked by skill fit, each
 * with what they lack — and whether anyone is ready (fit at least `readyFit`,
 * 0.75 by default). Roles with requirements nobody meets are the succession
 * gaps a manager should plan training for.
 *
 * @param community - a parsed community
 * @param options - `at` (required), `top`, `readyFit`, `catalogue`, `frameworks`
 * @returns one plan per core role, in catalogue order
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * succession(sampleCommunity(), { at: '2026-01-01' }).map((p) => [p.roleId, p.covered]);
 * // → [['community-manager', true], ['community-leader', true], ['community-sponsor', false]]
 * ```
 */
export function succession(community: Community, options: SuccessionOptions): SuccessionPlan[] {
  requireParsedCommunity('succession', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('succession', SuccessionOptionsSchema, options, 'options');
  const t = opts.at.getTime();
  return opts.catalogue
    .filter((r) => r.coreTeam && r.recommended)
    .map((role) => {
      const holders = [
        ...new Set(
          community.roleAssignments
            .filter((a) => a.roleId === role.id && isActiveAt(a, t))
            .map((a) => a.memberId),
        ),
      ].sort();
      const candidates = candidatesFor(role, community, {
        at: opts.at,
        top: opts.top,
        frameworks: opts.frameworks,
      });
      const ready = candidates.filter((c) => c.fit >= opts.readyFit);
      const best = candidates[0];
      const verdict =
        role.skills.length === 0
          ? 'the role states no skills, so readiness cannot be judged from skills'
          : ready.length > 0
            ? `${ready.length} candidate(s) ready: ${ready.map((c) => c.memberId).join(', ')}`
            : best
              ? `nobody ready; closest is ${best.memberId} at ${Math.round(best.fit * 100)}% fit, lacking ${best.ranked
                  .slice(0, 3)
                  .map((g) => g.name)
                  .join(', ')}`
              : 'no assessed member could step in';
      return { roleId: role.id, name: role.name, holders, candidates, covered: ready.length > 0, verdict };
    });
}
