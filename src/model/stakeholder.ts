import { z } from 'zod';
import { IdSchema, LabelSchema, MetadataSchema } from './ids.js';

/** The number each qualitative rating stands for (centres of the thirds of 0–1). */
export const RATING_VALUES = { low: 1 / 6, medium: 0.5, high: 5 / 6 } as const;

/**
 * A rating on 0–1, given either as a number or as `low` / `medium` / `high`
 * (read as 1/6, 1/2 and 5/6: the centres of the thirds of the scale).
 *
 * @example
 * ```ts
 * RatingSchema.parse('high'); // ≈ 0.8333 — 5/6
 * RatingSchema.parse(0.3); // → 0.3
 * ```
 */
export const RatingSchema = z
  .union([z.number().min(0).max(1), z.enum(['low', 'medium', 'high'])], {
    error: 'expected a number from 0 to 1, or "low", "medium" or "high"',
  })
  .transform((v) => (typeof v === 'number' ? v : RATING_VALUES[v]));

/**
 * An organisation, funder, partner or group outside the membership that has a
 * stake in the community, rated on power, interest, legitimacy and urgency.
 *
 * @example
 * ```ts
 * StakeholderSchema.parse({ id: 's-1', name: 'Funder', type: 'funder', power: 'high', interest: 0.4 });
 * ```
 */
export const StakeholderSchema = z.object({
  /** Unique stakeholder id. */
  id: IdSchema,
  /** Name. */
  name: z.string().max(500),
  /** What kind of stakeholder. */
  type: z.enum(['organisation', 'funder', 'partner', 'group', 'other']).default('organisation'),
  /** Ability to impose its will on the community (0–1 or low/medium/high). */
  power: RatingSchema.default(0.5),
  /** How much it cares about the community's outcomes. */
  interest: RatingSchema.default(0.5),
  /** How proper or accepted its claim is (Mitchell, Agle & Wood 1997). */
  legitimacy: RatingSchema.default(0.5),
  /** How time-sensitive and critical its claims are. */
  urgency: RatingSchema.default(0.5),
  /** The member who is the contact for this stakeholder. */
  contactMemberId: IdSchema.optional(),
  /** Groups it relates to. */
  groups: z.array(LabelSchema).default([]),
  /** Free metadata. */
  metadata: MetadataSchema.optional(),
});

/** A stakeholder (parsed; ratings are numbers in 0–1). */
export type Stakeholder = z.output<typeof StakeholderSchema>;
/** A stakeholder as accepted on input. */
export type StakeholderInput = z.input<typeof StakeholderSchema>;
