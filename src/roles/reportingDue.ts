import { utc } from '@date-fns/utc';
import { differenceInCalendarDays } from 'date-fns';
import { match } from 'ts-pattern';
import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { addPeriods, type PeriodUnit, periodKey, periodStart } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { communityOfPracticeRoles } from './communityOfPracticeRoles.js';
import { CatalogueSchema, isActiveAt } from './internal/options.js';
import { ROLE_COLLECTIONS } from './internal/roleCollections.js';
import type { ReportingCadence } from './roleDefinition.js';

/**
 * Options of {@link reportingDue}.
 *
 * @example
 * ```ts
 * ReportingDueOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, catalogue: […] }
 * ```
 */
export const ReportingDueOptionsSchema = z.strictObject({
  /** Today, for the purpose of the schedule. */
  asOf: DateInputSchema,
  /** The roles with their reporting lines and cadences (default: the Community of Practice roles). */
  catalogue: CatalogueSchema.default(() => [...communityOfPracticeRoles]),
});

/** Options of {@link reportingDue}. */
export type ReportingDueOptions = z.input<typeof ReportingDueOptionsSchema>;

/**
 * One report owed along a reporting line.
 *
 * @example
 * ```ts
 * ReportDueSchema.shape.dueAt; // the end of the current period
 * ```
 */
export const ReportDueSchema = z.object({
  /** The reporting role and who holds it. */
  fromRoleId: z.string(),
  fromMemberIds: z.array(z.string()),
  /** The role reported to and who holds it (empty when vacant). */
  toRoleId: z.string(),
  toMemberIds: z.array(z.string()),
  cadence: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
  /** The period the report covers, e.g. `2026-Q1`. */
  period: z.string(),
  /** When it is due: the first instant of the next period. */
  dueAt: z.date(),
  /** Whole calendar days from `asOf` to `dueAt` (UTC). */
  daysLeft: z.number(),
  /** Set when nobody holds the role reported to. */
  warning: z.string().optional(),
});

/** One report owed along a reporting line. */
export type ReportDue = z.output<typeof ReportDueSchema>;

const UNIT = (cadence: ReportingCadence): PeriodUnit =>
  match(cadence)
    .with('weekly', () => 'week' as const)
    .with('monthly', () => 'month' as const)
    .with('quarterly', () => 'quarter' as const)
    .with('yearly', () => 'year' as const)
    .exhaustive();

/**
 * Which reports are due to whom: for each role held at `asOf` that has a
 * reporting line (`reportsTo`) and a cadence, the report for the current
 * calendar period (UTC), due when the period ends — e.g. the Community Leader's
 * quarterly report to the Community Sponsor. Sorted by due date, then role id.
 *
 * @param community - a parsed community
 * @param options - `asOf` and the `catalogue`
 * @returns the reports due, soonest first
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * reportingDue(sampleCommunity(), { asOf: '2025-11-15' }).find((r) => r.toRoleId === 'community-sponsor');
 * // → { fromRoleId: 'community-leader', cadence: 'quarterly', period: '2025-Q4', dueAt: Date 2026-01-01, daysLeft: 47, … }
 * ```
 */
export function reportingDue(community: Community, options: ReportingDueOptions): ReportDue[] {
  requireParsedCommunity('reportingDue', community, 'community', ROLE_COLLECTIONS);
  const opts = parseWith('reportingDue', ReportingDueOptionsSchema, options, 'options');
  const t = opts.asOf.getTime();
  const holders = new Map<string, Set<string>>();
  for (const a of community.roleAssignments) {
    if (!isActiveAt(a, t)) continue;
    const set = holders.get(a.roleId) ?? new Set<string>();
    set.add(a.memberId);
    holders.set(a.roleId, set);
  }
  const out: ReportDue[] = [];
  for (const role of opts.catalogue) {
    const from = holders.get(role.id);
    if (!from || role.reportsTo === undefined || role.reportingCadence === undefined) continue;
    const unit = UNIT(role.reportingCadence);
    const start = periodStart(opts.asOf, unit);
    const dueAt = addPeriods(start, unit, 1);
    const to = [...(holders.get(role.reportsTo) ?? [])].sort();
    const due: ReportDue = {
      fromRoleId: role.id,
      fromMemberIds: [...from].sort(),
      toRoleId: role.reportsTo,
      toMemberIds: to,
      cadence: role.reportingCadence,
      period: periodKey(start, unit),
      dueAt,
      daysLeft: differenceInCalendarDays(dueAt, opts.asOf, { in: utc }),
    };
    if (to.length === 0) due.warning = `nobody holds ${role.reportsTo}: the report has no recipient`;
    out.push(due);
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.fromRoleId < b.fromRoleId ? -1 : 1));
}
