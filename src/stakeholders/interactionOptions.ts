import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import { DateInputSchema } from '../model/dateInput.js';

/**
 * Options of {@link interactionGraph} and {@link interactionTies}.
 *
 * @example
 * ```ts
 * InteractionGraphOptionsSchema.parse({}); // → { halfLife: 180, include: { replies: true, threads: true, gatherings: true, mentoring: true, cohosting: true }, maxGroupSize: 500, includeBots: false }
 * ```
 */
export const InteractionGraphOptionsSchema = z.strictObject({
  /** Only activities and gatherings at or after this instant. */
  from: DateInputSchema.optional(),
  /** Only activities and gatherings before this instant; also the reference for decay (default: the latest activity). */
  to: DateInputSchema.optional(),
  /** Only activities of these kinds (default: all). */
  kinds: z.array(ActivityKindSchema).optional(),
  /** Half-life of a tie's weight in days (an interaction this old counts half); 0 turns decay off. */
  halfLife: z.number().min(0).default(180),
  /** Which interactions make ties. */
  include: z
    .strictObject({
      replies: z.boolean().default(true),
      threads: z.boolean().default(true),
      gatherings: z.boolean().default(true),
      mentoring: z.boolean().default(true),
      cohosting: z.boolean().default(true),
    })
    .default({ replies: true, threads: true, gatherings: true, mentoring: true, cohosting: true }),
  /** Threads and gatherings with more participants than this are skipped (their ties would be noise). */
  maxGroupSize: z.number().int().min(2).default(500),
  /** Make members with `kind: 'bot'` nodes (default: left out with their ties, and counted in `botsLeftOut`). */
  includeBots: z.boolean().default(false),
});

/** Options of {@link interactionGraph} and {@link interactionTies}. */
export type InteractionGraphOptions = z.input<typeof InteractionGraphOptionsSchema>;
