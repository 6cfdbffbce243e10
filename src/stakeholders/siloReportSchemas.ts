import { z } from 'zod';

/**
 * Options of `siloReport`.
 *
 * @example
 * ```ts
 * SiloReportOptionsSchema.parse({ by: 'group' }); // → { by: 'group', maxDensityRatio: 0.1, minSharedTopics: 1, minGroupSize: 3 }
 * ```
 */
export const SiloReportOptionsSchema = z.strictObject({
  /**
   * How to group members: `cluster` (needs `clusterOf`), `group` (node
   * attribute `groups`; a member may be in several), `organisation` (node
   * attribute `affiliation`), or the name of any node attribute.
   */
  by: z.string().min(1).default('cluster'),
  /** Cluster of every node, from `findClusters` (for `by: 'cluster'`). */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** A pair of groups is a silo when its tie density is at most this share of the mean density between groups. */
  maxDensityRatio: z.number().min(0).default(0.1),
  /** …and the two groups share at least this many topics. */
  minSharedTopics: z.number().int().min(1).default(1),
  /** Groups smaller than this are reported but never called silos (a lone member is not a silo). */
  minGroupSize: z.number().int().min(1).default(3),
});

/** Options of `siloReport`. */
export type SiloReportOptions = z.input<typeof SiloReportOptionsSchema>;

/**
 * One group's internal and external ties, in a `siloReport`'s result.
 *
 * @example
 * ```ts
 * SiloGroupSchema.parse({ id: 'policy', size: 12, internal: 30, external: 2, eiIndex: -0.875, topics: ['open-access'] });
 * ```
 */
export const SiloGroupSchema = z.object({
  id: z.string(),
  size: z.number().int(),
  /** Sum of tie weight between members of the group. */
  internal: z.number(),
  /** Sum of tie weight from members of the group to non-members. */
  external: z.number(),
  /** Krackhardt–Stern E–I index: (E − I) / (E + I), from −1 (all ties inside) to +1 (all outside); null without ties. */
  eiIndex: z.number().min(-1).max(1).nullable(),
  /** Most common topics of its members. */
  topics: z.array(z.string()),
});

/** One group's internal and external ties. */
export type SiloGroup = z.output<typeof SiloGroupSchema>;

/**
 * A pair of groups that share topics but barely talk: a silo to bridge.
 *
 * @example
 * ```ts
 * SiloSchema.shape.evidence.parse('both care about reproducibility; no ties between them');
 * ```
 */
export const SiloSchema = z.object({
  a: z.string(),
  b: z.string(),
  sharedTopics: z.array(z.string()),
  /** Tie weight between them. */
  tieWeight: z.number(),
  /** Tie weight per possible pair (|A|·|B|). */
  density: z.number(),
  /** Their density relative to the mean density between groups. */
  densityRatio: z.number(),
  /** Why it is listed, in words. */
  evidence: z.string(),
});

/** A pair of groups that share topics but barely talk. */
export type Silo = z.output<typeof SiloSchema>;

/**
 * The tie density between two groups (or within one, when `a` equals `b`), in a `siloReport`'s result.
 *
 * @example
 * ```ts
 * GroupDensitySchema.parse({ a: 'policy', b: 'software', tieWeight: 3, density: 0.025 });
 * ```
 */
export const GroupDensitySchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Sum of tie weight between them (within the group when `a` equals `b`). */
  tieWeight: z.number(),
  /** Tie weight per possible pair: |A|·|B| between groups, |A|(|A|−1)/2 within one. */
  density: z.number(),
});

/** The tie density between two groups. */
export type GroupDensity = z.output<typeof GroupDensitySchema>;

/**
 * Result of `siloReport`, as a schema.
 *
 * @example
 * ```ts
 * SiloReportSchema.parse({ by: 'cluster', groups: [], density: { pairs: [], meanBetween: 0 }, silos: [] });
 * ```
 */
export const SiloReportSchema = z.object({
  by: z.string(),
  groups: z.array(SiloGroupSchema),
  /**
   * Sparse group × group tie density: only the pairs of groups with ties
   * (a pair missing here has density 0), in group order, `a` before `b`;
   * and the mean density over every pair of distinct groups.
   */
  density: z.object({ pairs: z.array(GroupDensitySchema), meanBetween: z.number() }),
  /** Silos, most shared topics and lowest density first. */
  silos: z.array(SiloSchema),
});

/** Result of `siloReport`. */
export type SiloReport = z.output<typeof SiloReportSchema>;
