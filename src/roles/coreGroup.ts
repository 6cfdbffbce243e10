import { z } from 'zod';
import { type CoreGroupResult, coreGroup as coreGroupFromActivity } from '../health/coreGroup.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { coreTeam } from './coreTeam.js';
import { CatalogueSchema } from './internal/options.js';

/**
 * Options of {@link coreGroup}.
 *
 * @example
 * ```ts
 * CoreGroupOfCommunityOptionsSchema.parse({ at: '2026-01-01' }); // → { at: Date 2026-01-01, windowDays: 90, catalogue: […] }
 * ```
 */
export const CoreGroupOfCommunityOptionsSchema = z.object({
  /** The end of the window (exclusive) and the instant the core team is read at. */
  at: DateInputSchema,
  /** Length of the activity window in days. */
  windowDays: z.number().int().positive().default(90),
  /** The roles (default: the Community of Practice roles); holders of `coreTeam` roles are the core team. */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
});

/** Options of {@link coreGroup}. */
export type CoreGroupOfCommunityOptions = z.input<typeof CoreGroupOfCommunityOptionsSchema>;

/**
 * The core group: the engaged volunteers a manager should recognise — members
 * without a core role whose share of the activity in the window is at least
 * that of the least active member of the core team (the health module's
 * `coreGroup` measure, given the core team from the roles held at `at`).
 *
 * @param community - a parsed community
 * @param options - `at` (required), `windowDays`, `catalogue`
 * @returns the health measure's result: the threshold used, the core team's shares, and the core group
 * @throws `ValidationError` when an option is invalid
 *
 * @example
 * ```ts
 * coreGroup(sampleCommunity(), { at: '2026-01-01' }).members.map((m) => m.id); // → ['m-004', 'm-005'] — volunteers who contribute like the core team
 * ```
 */
export function coreGroup(community: Community, options: CoreGroupOfCommunityOptions): CoreGroupResult {
  const opts = parseWith('coreGroup', CoreGroupOfCommunityOptionsSchema, options, 'options');
  const team = coreTeam(community, { at: opts.at, catalogue: opts.catalogue }).map((m) => m.memberId);
  return coreGroupFromActivity(community, {
    from: new Date(opts.at.getTime() - opts.windowDays * 86_400_000),
    to: opts.at,
    coreMemberIds: team,
  });
}
