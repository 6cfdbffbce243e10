import { z } from 'zod';

/**
 * Result of {@link contributorAbsenceFactor} and {@link elephantFactor}.
 *
 * @example
 * ```ts
 * AbsenceFactorResultSchema.parse({ value: 1, members: [{ id: 'a', count: 5 }], share: 1, total: 5, threshold: 0.5 }).value; // → 1
 * ```
 */
export const AbsenceFactorResultSchema = z.object({
  /** The factor: how many members (or organisations) cover the threshold; 0 without contributions. */
  value: z.number().int(),
  /** Those members (organisations), most active first, with their counts. */
  members: z.array(z.object({ id: z.string(), count: z.number() })),
  /** Share of all contributions they cover. */
  share: z.number(),
  /** Total contributions in the window. */
  total: z.number(),
  /** The threshold used. */
  threshold: z.number(),
});
/** Result of {@link contributorAbsenceFactor} and {@link elephantFactor}. */
export type AbsenceFactorResult = z.output<typeof AbsenceFactorResultSchema>;
