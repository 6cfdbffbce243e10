import { z } from 'zod';

/**
 * Options of `powerInterestGrid` and `stakeholderSalience`.
 *
 * @example
 * ```ts
 * StakeholderMapOptionsSchema.parse({}); // → { threshold: 0.5 }
 * ```
 */
export const StakeholderMapOptionsSchema = z.strictObject({
  /** A rating at or above this counts as high (ratings are 0–1; low/medium/high read as 1/6, 1/2, 5/6). */
  threshold: z.number().min(0).max(1).default(0.5),
});

/** Options of the stakeholder maps. */
export type StakeholderMapOptions = z.input<typeof StakeholderMapOptionsSchema>;
