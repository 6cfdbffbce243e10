import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import { DateInputSchema } from '../model/dateInput.js';

/**
 * Options of {@link interactionGraph} and {@link interactionTies}.
 *
 * @example
 * ```ts
 * InteractionGraphOptionsSchema.parse({}); // → { halfLife: 180, include: { replies: true, threads: true, gatherings: true, mentoring: true, cohosting: true, coworking: 'auto' }, coworking: { windowDays: 90, topics: true, reviews: true }, maxGroupSize: 500, includeBots: false }
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
      /**
       * Co-working: members who worked on the same things (see `coworking`).
       * `auto` (default): on when no activity in the window is part of a
       * conversation (no replies, no threads) — a git history, say — so that
       * such a community is not mostly isolated members; off otherwise, where
       * conversations already tie the people who work together.
       */
      coworking: z.union([z.boolean(), z.literal('auto')]).default('auto'),
    })
    .default({
      replies: true,
      threads: true,
      gatherings: true,
      mentoring: true,
      cohosting: true,
      coworking: 'auto',
    }),
  /** What co-working is made of (when `include.coworking` is on). */
  coworking: z
    .strictObject({
      /**
       * Two members co-work when their work activities on the same thing fall
       * in the same calendar window of this many days (counted from
       * 1970-01-01 UTC; default 90, about a quarter).
       */
      windowDays: z.number().int().min(1).max(36_500).default(90),
      /** Work activities (commits, pull requests, reviews, documents, translations) sharing a topic — a file, a directory, an area. */
      topics: z.boolean().default(true),
      /** Reviews in the same thread — reviewers of the same pull request. */
      reviews: z.boolean().default(true),
    })
    .default({ windowDays: 90, topics: true, reviews: true }),
  /** Threads and gatherings with more participants than this are skipped (their ties would be noise). */
  maxGroupSize: z.number().int().min(2).default(500),
  /** Make members with `kind: 'bot'` nodes (default: left out with their ties, and counted in `botsLeftOut`). */
  includeBots: z.boolean().default(false),
});

/** Options of {@link interactionGraph} and {@link interactionTies}. */
export type InteractionGraphOptions = z.input<typeof InteractionGraphOptionsSchema>;
