import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { AtSchema, CatalogueSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';

/**
 * Options of {@link workload}.
 *
 * @example
 * ```ts
 * WorkloadOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, threshold: 1, catalogue: […] }
 * ```
 */
export const WorkloadOptionsSchema = z.strictObject({
  /** The instant to read assignments at. */
  at: AtSchema,
  /** Total allocation above which a member counts as overloaded (FTE; default 1.0). */
  threshold: z.number().positive().max(10).default(1),
  /** The roles, to know which are core roles (default: the Community of Practice roles). */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
});

/** Options of {@link workload}. */
export type WorkloadOptions = z.input<typeof WorkloadOptionsSchema>;

/**
 * Result of {@link workload}.
 *
 * @example
 * ```ts
 * WorkloadSchema.shape.overloaded; // members above the threshold
 * ```
 */
export const WorkloadSchema = z.object({
  /** Every member holding at least one role at `at`, most loaded first (ties by id). */
  members: z.array(
    z.object({
      memberId: z.string(),
      roles: z.array(z.object({ roleId: z.string(), allocation: z.number(), intermittent: z.boolean() })),
      /** Sum of allocations (FTE). */
      total: z.number(),
      overloaded: z.boolean(),
    }),
  ),
  /** Members whose total allocation exceeds the threshold, with their total. */
  overloaded: z.array(z.object({ memberId: z.string(), total: z.number(), threshold: z.number() })),
  /** Core roles held by exactly one member: if that person leaves, nobody covers the role. */
  singlePointsOfFailure: z.array(z.object({ memberId: z.string(), roleIds: z.array(z.string()) })),
  /** Assignments of the same role to the same member whose intervals overlap (likely duplicates). */
  overlaps: z.array(
    z.object({ memberId: z.string(), roleId: z.string(), indices: z.tuple([z.number(), z.number()]) }),
  ),
});

/** Result of {@link workload}. */
export type Workload = z.output<typeof WorkloadSchema>;

/**
 * Each member's roles and total allocation at an instant; who is overloaded
 * (total above a threshold, 1.0 FTE by default — allowed, but flagged); the
 * single points of failure (a core role held by one person only); and
 * assignments of the same role to the same member that overlap in time
 * (counted twice in the totals, and flagged so they can be fixed).
 *
 * Cost: O(a log a) for a assignments.
 *
 * @param community - a parsed community
 * @param options - `at`, `threshold`, `catalogue`
 * @returns the workload table and its flags
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * workload(sampleCommunity(), { at: '2026-01-01' }).overloaded;
 * // → [{ memberId: 'm-001', total: 1.4, threshold: 1 }]
 * ```
 */
export function workload(community: Community, options: WorkloadOptions): Workload {
  requireParsedCommunity('workload', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('workload', WorkloadOptionsSchema, options, 'options');
  const t = opts.at.getTime();
  const core = new Set(opts.catalogue.filter((r) => r.coreTeam).map((r) => r.id));
  const byMember = new Map<string, Workload['members'][number]['roles']>();
  const holders = new Map<string, Set<string>>();
  community.roleAssignments.forEach((a) => {
    if (!isActiveAt(a, t)) return;
    const list = byMember.get(a.memberId) ?? [];
    list.push({ roleId: a.roleId, allocation: a.allocation, intermittent: a.intermittent });
    byMember.set(a.memberId, list);
    const h = holders.get(a.roleId) ?? new Set<string>();
    h.add(a.memberId);
    holders.set(a.roleId, h);
  });
  const round = (x: number): number => Math.round(x * 1e9) / 1e9;
  const members = [...byMember]
    .map(([memberId, roles]) => {
      const total = round(roles.reduce((s, r) => s + r.allocation, 0));
      roles.sort((a, b) => (a.roleId < b.roleId ? -1 : a.roleId > b.roleId ? 1 : 0));
      return { memberId, roles, total, overloaded: total > opts.threshold };
    })
    .sort((a, b) => b.total - a.total || (a.memberId < b.memberId ? -1 : 1));
  const spof = new Map<string, string[]>();
  for (const [roleId, who] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!core.has(roleId) || who.size !== 1) continue;
    const [memberId] = [...who] as [string];
    spof.set(memberId, [...(spof.get(memberId) ?? []), roleId]);
  }
  const overlaps: Workload['overlaps'] = [];
  const seen = new Map<string, number[]>();
  community.roleAssignments.forEach((a, i) => {
    const key = `${a.memberId}\u0000${a.roleId}`;
    for (const j of seen.get(key) ?? []) {
      const b = community.roleAssignments[j]!;
      const aEnd = a.to?.getTime() ?? Number.POSITIVE_INFINITY;
      const bEnd = b.to?.getTime() ?? Number.POSITIVE_INFINITY;
      if (a.from.getTime() < bEnd && b.from.getTime() < aEnd)
        overlaps.push({ memberId: a.memberId, roleId: a.roleId, indices: [j, i] });
    }
    seen.set(key, [...(seen.get(key) ?? []), i]);
  });
  return {
    members,
    overloaded: members
      .filter((m) => m.overloaded)
      .map((m) => ({ memberId: m.memberId, total: m.total, threshold: opts.threshold })),
    singlePointsOfFailure: [...spof]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([memberId, roleIds]) => ({ memberId, roleIds })),
    overlaps,
  };
}
