import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { clusterTopicScores } from './internal/clusterTopicScores.js';

/**
 * Options of {@link clusterTopics}.
 *
 * @example
 * ```ts
 * ClusterTopicsOptionsSchema.parse({}); // → { top: 5, minActivities: 2 }
 * ```
 */
export const ClusterTopicsOptionsSchema = z.strictObject({
  /** Only activities at or after this instant. */
  from: DateInputSchema.optional(),
  /** Only activities before this instant. */
  to: DateInputSchema.optional(),
  /** Topics per cluster, at most. */
  top: z.number().int().positive().default(5),
  /** A topic names a cluster only when at least this many of its members' activities have it. */
  minActivities: z.number().int().positive().default(2),
});

/** Options of {@link clusterTopics}. */
export type ClusterTopicsOptions = z.input<typeof ClusterTopicsOptionsSchema>;

/** The clusters {@link clusterTopics} reads: an id and the member ids (a `Cluster` of `findClusters` fits). */
const ClustersInputSchema = z.array(z.object({ id: z.number(), members: z.array(z.string()) }));

/**
 * The topics of one cluster, most specific first.
 *
 * @example
 * ```ts
 * ClusterTopicSchema.parse({ clusterId: 0, topics: [{ topic: 'parser', activities: 4, score: 2.2 }] });
 * ```
 */
export const ClusterTopicSchema = z.object({
  clusterId: z.number(),
  topics: z.array(
    z.object({
      topic: z.string(),
      /** The cluster's members' activities with this topic. */
      activities: z.number().int(),
      /** c-TF-IDF weight: activities × ln(1 + A / activities with the topic in the whole community). */
      score: z.number(),
    }),
  ),
});

/** The topics of one cluster. */
export type ClusterTopic = z.output<typeof ClusterTopicSchema>;

/**
 * What each cluster works on, from the topics of its members' activities —
 * not their stated interests, which imported communities rarely have. Each
 * topic t of cluster c is weighted by class-based TF-IDF (c-TF-IDF,
 * Grootendorst 2022, "BERTopic"): tf(t, c) × ln(1 + A / f(t)), where
 * tf(t, c) is the number of the cluster's members' activities with t, f(t)
 * the number of the whole community's activities with t (everyone's, in
 * the window, not only clustered members'), and A the community's topic
 * occurrences per cluster. So a topic the whole community works on (a
 * lesson's `episodes` directory) ranks below one that is the cluster's own,
 * however often both occur. Topics with fewer than `minActivities`
 * activities in the cluster are left out (one commit does not name a
 * group); ties are broken by topic name. Deterministic.
 *
 * Cost: O(activities × topics per activity + Σ topics per cluster · log).
 *
 * @param community - a parsed community
 * @param clusters - clusters with `id` and `members` (e.g. `findClusters(graph).clusters`)
 * @param options - window (`from`, `to`), `top`, `minActivities`
 * @returns one entry per cluster, in the clusters' order
 * @throws {@link ValidationError} when the clusters or an option are invalid
 *
 * @example
 * ```ts
 * const community = parseCommunity({
 *   name: 'code',
 *   members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }, { id: 'di' }],
 *   activities: [
 *     { id: 'a1', memberId: 'ana', at: '2025-01-01', kind: 'commit', topics: ['parser', 'docs'] },
 *     { id: 'a2', memberId: 'bo', at: '2025-01-02', kind: 'commit', topics: ['parser', 'docs'] },
 *     { id: 'a3', memberId: 'cy', at: '2025-01-03', kind: 'commit', topics: ['ui', 'docs'] },
 *     { id: 'a4', memberId: 'di', at: '2025-01-04', kind: 'commit', topics: ['ui', 'docs'] },
 *   ],
 * });
 * clusterTopics(community, [{ id: 0, members: ['ana', 'bo'] }, { id: 1, members: ['cy', 'di'] }])
 *   .map((c) => c.topics.map((t) => t.topic));
 * // → [['parser', 'docs'], ['ui', 'docs']] — each cluster's own area first, the shared docs after
 * ```
 */
export function clusterTopics(
  community: Community,
  clusters: readonly { id: number; members: readonly string[] }[],
  options: ClusterTopicsOptions = {},
): ClusterTopic[] {
  requireParsedCommunity('clusterTopics', community);
  const list = parseWith('clusterTopics', ClustersInputSchema, clusters, 'clusters');
  const opts = parseWith('clusterTopics', ClusterTopicsOptionsSchema, options, 'options');
  return clusterTopicScores(
    community.activities,
    list,
    opts.from?.getTime() ?? Number.NEGATIVE_INFINITY,
    opts.to?.getTime() ?? Number.POSITIVE_INFINITY,
    opts.top,
    opts.minActivities,
  );
}
