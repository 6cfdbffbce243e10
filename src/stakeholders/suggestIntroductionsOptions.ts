import { z } from 'zod';

/**
 * Options of `suggestIntroductions`.
 *
 * @example
 * ```ts
 * SuggestIntroductionsOptionsSchema.parse({}); // → { top: 10, minShared: 1, minDistance: 3, perMember: 2, maxPerTopic: 60, includeIsolated: false }
 * ```
 */
export const SuggestIntroductionsOptionsSchema = z.strictObject({
  /** How many introductions to suggest. */
  top: z.number().int().positive().default(10),
  /** Cluster of every node (from `findClusters`); pairs across clusters score higher. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Shared interests (or expertise matching the other's interests) needed. */
  minShared: z.number().int().min(1).default(1),
  /** Pairs closer than this many steps are left out (they will meet anyway). */
  minDistance: z.number().int().min(2).default(3),
  /** The most suggestions any one member appears in. */
  perMember: z.number().int().positive().default(2),
  /** Per topic, only the most connected members are paired (bounds the work on big communities). */
  maxPerTopic: z.number().int().positive().default(60),
  /** Also pair members without any tie (by default they are left to `peripheralMembers`: welcome them first). */
  includeIsolated: z.boolean().default(false),
});

/** Options of `suggestIntroductions`. */
export type SuggestIntroductionsOptions = z.input<typeof SuggestIntroductionsOptionsSchema>;

/**
 * A suggested introduction from `suggestIntroductions`, with its reason.
 *
 * @example
 * ```ts
 * IntroductionSchema.shape.distance.parse(null); // → null — not connected at all
 * ```
 */
export const IntroductionSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  sharedInterests: z.array(z.string()),
  /** Expertise of one that matches the other's interests ("complementary skills"). */
  complementary: z.array(z.string()),
  /** Steps between them in the graph (null: not connected at all). */
  distance: z.number().int().nullable(),
  /** Their clusters, when known. */
  clusters: z.tuple([z.number(), z.number()]).nullable(),
  reason: z.string(),
});

/** A suggested introduction between two members, with the reason. */
export type Introduction = z.output<typeof IntroductionSchema>;
