import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import type { RoleAssignment } from '../model/roleAssignment.js';
import { parseWith } from '../model/validate.js';
import { AtSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';

/**
 * Options of {@link activeAssignments}.
 *
 * @example
 * ```ts
 * ActiveAssignmentsOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01 }
 * ```
 */
export const ActiveAssignmentsOptionsSchema = z.strictObject({
  /** The instant to read assignments at: active means `from ≤ at < to` (an open `to` never ends). */
  at: AtSchema,
});

/** Options of {@link activeAssignments}. */
export type ActiveAssignmentsOptions = z.input<typeof ActiveAssignmentsOptionsSchema>;

/**
 * The role assignments in force at an instant, sorted by member id then role
 * id. An assignment is in force from its `from` (inclusive) to its `to`
 * (exclusive); one without `to` is open-ended.
 *
 * @param community - a parsed community
 * @param options - `at`, the instant
 * @returns the active assignments (the community's own objects, not copies)
 * @throws {@link ValidationError} when `at` is not a date
 *
 * @example
 * ```ts
 * activeAssignments(sampleCommunity(), { at: '2026-01-01' }).map((a) => a.roleId);
 * // → ['community-leader', 'community-manager', 'community-leader', 'community-sponsor', …]
 * ```
 */
export function activeAssignments(community: Community, options: ActiveAssignmentsOptions): RoleAssignment[] {
  requireParsedCommunity('activeAssignments', community, 'community', ROLE_COLLECTIONS);
  const { at } = parseWith('activeAssignments', ActiveAssignmentsOptionsSchema, options, 'options');
  const t = at.getTime();
  return community.roleAssignments
    .filter((a) => isActiveAt(a, t))
    .sort((a, b) =>
      a.memberId < b.memberId
        ? -1
        : a.memberId > b.memberId
          ? 1
          : a.roleId < b.roleId
            ? -1
            : a.roleId > b.roleId
              ? 1
              : 0,
    );
}
