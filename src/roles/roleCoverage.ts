import { match } from 'ts-pattern';
import { z } from 'zod';
import type { Community, CommunityStage } from '../model/community.js';
import { CommunityStageSchema } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { AtSchema, CatalogueSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';
import type { RoleDefinition } from './roleDefinition.js';

/**
 * Options of {@link roleCoverage}.
 *
 * @example
 * ```ts
 * RoleCoverageOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, catalogue: […], largeCommunity: 150 }
 * ```
 */
export const RoleCoverageOptionsSchema = z.strictObject({
  /** The instant to read assignments at. */
  at: AtSchema,
  /** The roles to check against (default: the Community of Practice roles). */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
  /** The community's stage (default: the community's own `stage`). */
  stage: CommunityStageSchema.optional(),
  /** Current members at or above which a growing community should also staff its advisory roles. */
  largeCommunity: z.number().int().min(1).default(150),
});

/** Options of {@link roleCoverage}. */
export type RoleCoverageOptions = z.input<typeof RoleCoverageOptionsSchema>;

/** How strongly a role is expected at this stage and size. */
export const RoleExpectationSchema = z.enum(['required', 'recommended', 'optional']);

/** How strongly a role is expected. */
export type RoleExpectation = z.output<typeof RoleExpectationSchema>;

/**
 * Result of {@link roleCoverage}.
 *
 * @example
 * ```ts
 * RoleCoverageSchema.shape.vacancies; // required or recommended roles nobody holds
 * ```
 */
export const RoleCoverageSchema = z.object({
  stage: CommunityStageSchema,
  /** Members current at `at`. */
  members: z.number(),
  roles: z.array(
    z.object({
      roleId: z.string(),
      name: z.string(),
      expectation: RoleExpectationSchema,
      status: z.enum(['filled', 'vacant', 'understaffed', 'overstaffed']),
      holders: z.array(z.object({ memberId: z.string(), allocation: z.number(), intermittent: z.boolean() })),
      /** The holder counts the definition asks for. */
      wanted: z.object({ min: z.number(), max: z.number().nullable(), recommended: z.number().nullable() }),
      /** Why the status is what it is. */
      reason: z.string(),
    }),
  ),
  /** Required or recommended roles that nobody holds. */
  vacancies: z.array(z.string()),
  /** Structural problems, each with its evidence. */
  findings: z.array(
    z.object({
      code: z.enum([
        'missing-sponsor',
        'core-team-without-manager',
        'single-leader',
        'combined-core-roles',
        'understaffed',
        'overstaffed',
      ]),
      message: z.string(),
      roleIds: z.array(z.string()),
      memberIds: z.array(z.string()),
    }),
  ),
  /** Active assignments whose role id is not in the catalogue (flagged, not an error). */
  unknownRoleAssignments: z.array(z.object({ index: z.number(), memberId: z.string(), roleId: z.string() })),
});

/** Result of {@link roleCoverage}. */
export type RoleCoverage = z.output<typeof RoleCoverageSchema>;

/** How much a stage asks of a role: forming communities combine roles; mature ones staff them all. */
function expectationFor(role: RoleDefinition, stage: CommunityStage, large: boolean): RoleExpectation {
  if (!role.recommended) return 'optional';
  return match(stage)
    .with('forming', () => (role.coreTeam ? ('required' as const) : ('optional' as const)))
    .with('growing', () =>
      role.coreTeam ? ('required' as const) : large ? ('recommended' as const) : ('optional' as const),
    )
    .with('mature', 'transforming', () => (role.coreTeam ? ('required' as const) : ('recommended' as const)))
    .exhaustive();
}

/**
 * Checks a community's staffing against a role catalogue at an instant: for
 * each role, whether it is filled, vacant, under- or over-staffed, who holds
 * it and at what allocation — with expectations that depend on the stage and
 * size of the community. A forming community may combine roles in one person
 * and needs only its core team (sponsor, leader, manager); a growing one
 * should add the advisory roles once it is large (150 current members by
 * default); a mature or transforming one should staff every recommended role
 * and not combine core roles in one person. Also checks co-leadership (a
 * single leader where two are recommended), a missing sponsor, and a core team
 * without a manager. Assignments to role ids not in the catalogue are listed,
 * not rejected.
 *
 * Cost: O(a + r) for a assignments and r roles.
 *
 * @param community - a parsed community
 * @param options - `at`, `catalogue`, `stage`, `largeCommunity`
 * @returns the coverage table, vacancies and findings
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * roleCoverage(sampleCommunity(), { at: '2026-01-01' }).vacancies;
 * // → ['knowledge-management-advisor', 'admin-support']
 * ```
 */
export function roleCoverage(community: Community, options: RoleCoverageOptions): RoleCoverage {
  requireParsedCommunity('roleCoverage', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('roleCoverage', RoleCoverageOptionsSchema, options, 'options');
  const t = opts.at.getTime();
  const stage = opts.stage ?? community.stage;
  const members = community.members.filter(
    (m) => (!m.joinedAt || m.joinedAt.getTime() <= t) && (!m.leftAt || m.leftAt.getTime() > t),
  ).length;
  const large = members >= opts.largeCommunity;
  const known = new Set(opts.catalogue.map((r) => r.id));
  const holders = new Map<string, RoleCoverage['roles'][number]['holders']>();
  const unknownRoleAssignments: RoleCoverage['unknownRoleAssignments'] = [];
  community.roleAssignments.forEach((a, index) => {
    if (!isActiveAt(a, t)) return;
    if (!known.has(a.roleId)) {
      unknownRoleAssignments.push({ index, memberId: a.memberId, roleId: a.roleId });
      return;
    }
    const list = holders.get(a.roleId) ?? [];
    if (!list.some((h) => h.memberId === a.memberId))
      list.push({ memberId: a.memberId, allocation: a.allocation, intermittent: a.intermittent });
    holders.set(a.roleId, list);
  });

  const roles: RoleCoverage['roles'] = opts.catalogue
    .filter((r) => r.recommended || holders.has(r.id))
    .map((role) => {
      const held = (holders.get(role.id) ?? []).sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
      const expectation = expectationFor(role, stage, large);
      const min = Math.max(expectation === 'optional' ? 0 : 1, role.holders.min);
      const max = role.holders.max ?? null;
      const n = held.length;
      const [status, reason] =
        n === 0
          ? expectation === 'optional'
            ? ([
                'vacant',
                `nobody holds it; optional for a ${stage} community of ${members} members`,
              ] as const)
            : ([
                'vacant',
                `nobody holds it; ${expectation} for a ${stage} community of ${members} members`,
              ] as const)
          : n < min
            ? (['understaffed', `${n} holder(s); at least ${min} wanted`] as const)
            : max !== null && n > max
              ? (['overstaffed', `${n} holders; at most ${max} wanted`] as const)
              : (['filled', `${n} holder(s)`] as const);
      return {
        roleId: role.id,
        name: role.name,
        expectation,
        status,
        holders: held,
        wanted: { min: role.holders.min, max, recommended: role.holders.recommended ?? null },
        reason,
      };
    });

  const byId = new Map(roles.map((r) => [r.roleId, r]));
  const findings: RoleCoverage['findings'] = [];
  const holdersOf = (id: string): string[] => (byId.get(id)?.holders ?? []).map((h) => h.memberId);
  if (known.has('community-sponsor') && holdersOf('community-sponsor').length === 0)
    findings.push({
      code: 'missing-sponsor',
      message: 'Nobody holds the Community Sponsor role: no one funds the community or receives its reports.',
      roleIds: ['community-sponsor'],
      memberIds: [],
    });
  const coreHeld = roles.filter(
    (r) => opts.catalogue.find((c) => c.id === r.roleId)?.coreTeam && r.holders.length > 0,
  );
  if (known.has('community-manager') && holdersOf('community-manager').length === 0 && coreHeld.length > 0)
    findings.push({
      code: 'core-team-without-manager',
      message: 'The core team has no Community Manager: nobody is dedicated to running the community.',
      roleIds: ['community-manager'],
      memberIds: coreHeld.flatMap((r) => r.holders.map((h) => h.memberId)),
    });
  const leader = byId.get('community-leader');
  if (leader && leader.holders.length === 1 && (leader.wanted.recommended ?? 1) > 1)
    findings.push({
      code: 'single-leader',
      message: `One Community Leader; co-leadership by ${leader.wanted.recommended} is recommended, so leadership does not rest on one busy expert.`,
      roleIds: ['community-leader'],
      memberIds: leader.holders.map((h) => h.memberId),
    });
  if (stage === 'mature' || stage === 'transforming') {
    const coreByMember = new Map<string, string[]>();
    for (const r of coreHeld)
      for (const h of r.holders)
        coreByMember.set(h.memberId, [...(coreByMember.get(h.memberId) ?? []), r.roleId]);
    for (const [memberId, roleIds] of [...coreByMember].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (roleIds.length > 1)
        findings.push({
          code: 'combined-core-roles',
          message: `${memberId} holds ${roleIds.length} core roles (${roleIds.join(', ')}); a ${stage} community should separate them.`,
          roleIds,
          memberIds: [memberId],
        });
  }
  for (const r of roles) {
    if (r.status === 'understaffed' || r.status === 'overstaffed')
      findings.push({
        code: r.status,
        message: `${r.name}: ${r.reason}.`,
        roleIds: [r.roleId],
        memberIds: r.holders.map((h) => h.memberId),
      });
  }
  return {
    stage,
    members,
    roles,
    vacancies: roles
      .filter((r) => r.status === 'vacant' && r.expectation !== 'optional')
      .map((r) => r.roleId),
    findings,
    unknownRoleAssignments,
  };
}
