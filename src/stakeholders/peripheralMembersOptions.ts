import { z } from 'zod';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';

/**
 * Options of `peripheralMembers`.
 *
 * @example
 * ```ts
 * PeripheralMembersOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, weakTie: 0.5, newcomerDays: 90, welcomeAfterWeeks: 4 }
 * ```
 */
export const PeripheralMembersOptionsSchema = z.strictObject({
  /** The reference date for "newcomer". */
  asOf: DateInputSchema,
  /** Members whose total tie weight is below this are weakly tied. */
  weakTie: z.number().min(0).default(0.5),
  /** Members who joined within this many days are newcomers. */
  newcomerDays: z
    .number()
    .int()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(90),
  /** A newcomer still without a tie this many weeks after joining needs a welcome. */
  welcomeAfterWeeks: z.number().min(0).default(4),
});

/** Options of `peripheralMembers`. */
export type PeripheralMembersOptions = z.input<typeof PeripheralMembersOptionsSchema>;

/**
 * A member at the edge of the network, and why (from `peripheralMembers`).
 *
 * @example
 * ```ts
 * PeripheralMemberSchema.shape.kind.options; // → ['isolated', 'weakly-tied', 'newcomer-without-tie']
 * ```
 */
export const PeripheralMemberSchema = z.object({
  memberId: z.string(),
  /** Number of ties. */
  degree: z.number().int(),
  /** Total tie weight. */
  strength: z.number(),
  kind: z.enum(['isolated', 'weakly-tied', 'newcomer-without-tie']),
  /** Days since joining, when known. */
  daysSinceJoining: z.number().nullable(),
  reason: z.string(),
});

/** A member at the edge of the network, and why. */
export type PeripheralMember = z.output<typeof PeripheralMemberSchema>;
