import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { AtSchema, CatalogueSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';

/**
 * Options of {@link coreTeam}.
 *
 * @example
 * ```ts
 * CoreTeamOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, catalogue: […] }
 * ```
 */
export const CoreTeamOptionsSchema = z.strictObject({
  /** The instant to read assignments at. */
  at: AtSchema,
  /** The roles; those with `coreTeam: true` make the core team (default: the Community of Practice roles). */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
});

/** Options of {@link coreTeam}. */
export type CoreTeamOptions = z.input<typeof CoreTeamOptionsSchema>;

/**
 * A member of the core team and the core roles they hold.
 *
 * @example
 * ```ts
 * CoreTeamMemberSchema.parse({ memberId: 'm-1', roleIds: ['community-manager'], allocation: 1 });
 * ```
 */
export const CoreTeamMemberSchema = z.object({
  memberId: z.string(),
  roleIds: z.array(z.string()),
  /** Their total allocation to core roles (FTE). */
  allocation: z.number(),
});

/** A member of the core team. */
export type CoreTeamMember = z.output<typeof CoreTeamMemberSchema>;

/**
 * The core team at an instant: the people for whom the community is part of
 * the job — holders of roles marked `coreTeam` (in the Community of Practice
 * catalogue: sponsor, leader, manager). Sorted by member id.
 *
 * @param community - a parsed community
 * @param options - `at` and the `catalogue`
 * @returns the core team members with their core roles
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * coreTeam(sampleCommunity(), { at: '2026-01-01' }).map((m) => m.memberId); // → ['m-001', 'm-002', 'm-003']
 * ```
 */
export function coreTeam(community: Community, options: CoreTeamOptions): CoreTeamMember[] {
  requireParsedCommunity('coreTeam', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('coreTeam', CoreTeamOptionsSchema, options, 'options');
  const t = opts.at.getTime();
  const core = new Set(opts.catalogue.filter((r) => r.coreTeam).map((r) => r.id));
  const byMember = new Map<string, { roleIds: Set<string>; allocation: number }>();
  for (const a of community.roleAssignments) {
    if (!isActiveAt(a, t) || !core.has(a.roleId)) continue;
    const entry = byMember.get(a.memberId) ?? { roleIds: new Set<string>(), allocation: 0 };
    entry.roleIds.add(a.roleId);
    entry.allocation = Math.round((entry.allocation + a.allocation) * 1e9) / 1e9;
    byMember.set(a.memberId, entry);
  }
  return [...byMember]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([memberId, e]) => ({ memberId, roleIds: [...e.roleIds].sort(), allocation: e.allocation }));
}
