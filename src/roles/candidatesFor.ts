import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import type { ValidationIssue } from '../model/errors.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { fail, parseWith } from '../model/validate.js';
import { indexFrameworks } from '../skills/internal/frameworkIndex.js';
import { frameworksOption } from '../skills/internal/frameworksOption.js';
import { resolveRequirements } from '../skills/internal/requirements.js';
import { type SkillProfile, skillProfiles } from '../skills/skillProfile.js';
import { fitFor } from './internal/fitFor.js';
import { isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';
import { type RoleDefinition, RoleDefinitionSchema } from './roleDefinition.js';
import { RoleFitSchema } from './roleFit.js';

/**
 * Options of {@link candidatesFor}.
 *
 * @example
 * ```ts
 * CandidatesForOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, top: 5, includeUnassessed: false, exclude: [], frameworks: […] }
 * ```
 */
export const CandidatesForOptionsSchema = z.strictObject({
  /** The instant: current members, current holders, assessments up to it. */
  at: DateInputSchema,
  /** How many candidates to return. */
  top: z.number().int().positive().default(5),
  /** Also rank members with no assessments (their fit is unknown and sorts last). */
  includeUnassessed: z.boolean().default(false),
  /** Members to leave out. */
  exclude: z.array(z.string()).default([]),
  /** Frameworks the role's skills refer to. */
  frameworks: frameworksOption(),
});

/** Options of {@link candidatesFor}. */
export type CandidatesForOptions = z.input<typeof CandidatesForOptionsSchema>;

/**
 * A candidate for a role: the fit, how loaded they already are, and why.
 *
 * @example
 * ```ts
 * RoleCandidateSchema.shape.currentAllocation.parse(0.4); // FTE already given to other roles
 * ```
 */
export const RoleCandidateSchema = RoleFitSchema.extend({
  memberId: z.string(),
  /** Their current total allocation to roles (FTE). */
  currentAllocation: z.number().min(0),
  /** Whether they said they are willing to volunteer. */
  willing: z.boolean(),
});

/** A candidate for a role: the fit, how loaded they already are, and why. */
export type RoleCandidate = z.output<typeof RoleCandidateSchema>;

/**
 * Ranked internal candidates for a role (typically a vacant one): current
 * members who do not hold it, ordered by skill fit, then by fewer
 * essential gaps, then by willingness to volunteer, then by lighter current
 * load, then by id. Each carries its reasons (skills met and short) and its
 * current load, so a manager can defend the choice.
 *
 * Cost: O(m × a) for m members and a assessments.
 *
 * @param role - the role to fill
 * @param community - a parsed community
 * @param options - `at` (required), `top`, `includeUnassessed`, `exclude`, `frameworks`
 * @returns up to `top` candidates, best first
 * @throws {@link ValidationError} when an option is invalid or the role names an unknown skill
 *
 * @example
 * ```ts
 * const advisor = communityOfPracticeRoles.find((r) => r.id === 'knowledge-management-advisor')!;
 * candidatesFor(advisor, sampleCommunity(), { at: '2026-01-01', top: 3 }).map((c) => c.memberId);
 * // → ['m-006', 'm-001', 'm-005'] — best fit first
 * ```
 */
export function candidatesFor(
  role: RoleDefinition,
  community: Community,
  options: CandidatesForOptions,
): RoleCandidate[] {
  requireParsedCommunity('candidatesFor', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('candidatesFor', CandidatesForOptionsSchema, options, 'options');
  const r = parseWith('candidatesFor', RoleDefinitionSchema, role, 'role');
  const issues: ValidationIssue[] = [];
  const resolved = resolveRequirements(indexFrameworks(opts.frameworks), r.skills, 'role.skills', issues);
  if (issues.length > 0) fail('candidatesFor', issues);
  const t = opts.at.getTime();
  const holders = new Set<string>();
  const load = new Map<string, number>();
  for (const a of community.roleAssignments) {
    if (!isActiveAt(a, t)) continue;
    if (a.roleId === role.id) holders.add(a.memberId);
    load.set(a.memberId, (load.get(a.memberId) ?? 0) + a.allocation);
  }
  const assessed = new Set(
    community.skillAssessments.filter((a) => a.assessedAt.getTime() <= t).map((a) => a.memberId),
  );
  const excluded = new Set(opts.exclude);
  const eligible = community.members.filter(
    (m) =>
      !holders.has(m.id) &&
      !excluded.has(m.id) &&
      !((m.joinedAt && m.joinedAt.getTime() > t) || (m.leftAt && m.leftAt.getTime() <= t)) &&
      (assessed.has(m.id) || opts.includeUnassessed),
  );
  // Every profile in one pass over the assessments, the role resolved once.
  const profiles = skillProfiles(
    community,
    eligible.map((m) => m.id),
    { asOf: opts.at, frameworks: opts.frameworks },
  );
  const out: RoleCandidate[] = [];
  for (const [i, m] of eligible.entries()) {
    const fit = fitFor(r.id, r.skills.length, profiles[i] as SkillProfile, resolved, opts.frameworks);
    const currentAllocation = Math.round((load.get(m.id) ?? 0) * 1e9) / 1e9;
    const reasons = [...fit.reasons];
    if (currentAllocation > 0) reasons.push(`already holds roles at ${currentAllocation} FTE`);
    if (m.willing.volunteer) reasons.push('willing to volunteer');
    out.push({ ...fit, memberId: m.id, currentAllocation, willing: m.willing.volunteer, reasons });
  }
  const essentialGaps = (c: RoleCandidate): number => c.ranked.filter((g) => g.importance === 3).length;
  out.sort(
    (a, b) =>
      Number(b.assessed) - Number(a.assessed) ||
      b.fit - a.fit ||
      essentialGaps(a) - essentialGaps(b) ||
      Number(b.willing) - Number(a.willing) ||
      a.currentAllocation - b.currentAllocation ||
      (a.memberId < b.memberId ? -1 : 1),
  );
  return out.slice(0, opts.top);
}
