import { z } from 'zod';

/**
 * A crosswalk between two frameworks: which skills of one correspond to which
 * of the other (one-to-many).
 *
 * @example
 * ```ts
 * CrosswalkSchema.parse({ id: 'x', from: 'a', to: 'b', pairs: [{ from: 'a/x/y', to: ['b/x/y'] }] });
 * ```
 */
export const CrosswalkSchema = z.object({
  id: z.string(),
  /** Framework id of the source skills. */
  from: z.string(),
  /** Framework id of the target skills. */
  to: z.string(),
  /** Whose judgement the mapping is. */
  note: z.string().default(''),
  pairs: z.array(z.object({ from: z.string(), to: z.array(z.string()).min(1) })),
});

/** A crosswalk between two frameworks. */
export type Crosswalk = z.output<typeof CrosswalkSchema>;
