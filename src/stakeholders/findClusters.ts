import { z } from 'zod';
import { freeBuffers } from '../model/internal/ownedColumns.js';
import { createRng } from '../model/rng.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { clusterPartition } from './internal/clusterPartition.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges } from './internal/graphInput.js';
import { isTieList, type TieList } from './tieList.js';

/**
 * Options of {@link findClusters}.
 *
 * @example
 * ```ts
 * FindClustersOptionsSchema.parse({}); // → { resolution: 1, seed: 1, weighted: true }
 * ```
 */
export const FindClustersOptionsSchema = z.strictObject({
  /** Louvain resolution: above 1 gives more, smaller clusters. */
  resolution: z.number().positive().default(1),
  /** Seed of the random order Louvain visits nodes in: same seed, same clusters. */
  seed: z.union([z.number().int(), z.string()]).default(1),
  /** Use edge weights (attribute `weight`); false treats every tie as 1. */
  weighted: z.boolean().default(true),
});

/** Options of {@link findClusters}. */
export type FindClustersOptions = z.input<typeof FindClustersOptionsSchema>;

/**
 * A cluster: its members and what characterises them.
 *
 * @example
 * ```ts
 * ClusterSchema.shape.topTopics; // the most common interests in the cluster
 * ```
 */
export const ClusterSchema = z.object({
  id: z.number(),
  members: z.array(z.string()),
  size: z.number(),
  /** Most common node `topics`, with counts (up to 5). */
  topTopics: z.array(z.object({ topic: z.string(), members: z.number() })),
  /** Most common node `groups`, with counts (up to 3). */
  dominantGroups: z.array(z.object({ group: z.string(), members: z.number() })),
});

/** A cluster. */
export type Cluster = z.output<typeof ClusterSchema>;

/** Result of {@link findClusters}. */
export interface Clusters {
  /** Cluster id per tied node (isolated nodes have none). */
  clusterOf: Record<string, number>;
  /** Clusters of tied nodes, largest first (ids 0, 1, 2… in that order; ties by smallest member id). */
  clusters: Cluster[];
  /** Nodes without a (positive-weight) tie, sorted: isolated members, not clusters. */
  isolated: string[];
  /** Newman–Girvan modularity of the partition (at the given resolution). */
  modularity: number;
}

/**
 * The sub-networks of a community: Louvain community detection
 * (Blondel et al. 2008) with a seeded random visiting order, so the same seed
 * always gives the same clusters. Our own implementation on typed arrays, with
 * the speed-ups of networkit's PLM (Staudt & Meyerhenke 2016): only nodes whose
 * neighbourhood changed are visited again. Modularity is Newman's (2006), as
 * {@link partitionModularity} and NetworkX compute it. Clusters are renumbered
 * largest first (ties by smallest member id); each lists its members, its most
 * common topics and stakeholder groups (from node attributes `topics` and
 * `groups`). Edge direction is ignored; parallel edges add up; zero-weight
 * edges count as no tie. Members without a tie are listed in `isolated`,
 * not as clusters of one (so a community of 50,000 members, most of them
 * silent, gives a handful of clusters, not tens of thousands). An empty
 * graph gives no clusters and modularity 0; a graph without (positive-weight)
 * edges gives no clusters, every member isolated, and modularity 0.
 *
 * Cost: about O(m) per level for m edges, usually a handful of levels.
 *
 * @param graph - an undirected graph (e.g. from `interactionGraph`), or a {@link TieList} (e.g. from `interactionTies`: no graphology graph to build or read on big communities)
 * @param options - `resolution`, `seed`, `weighted`
 * @returns `clusterOf`, `clusters`, `isolated`, `modularity`
 * @throws {@link ValidationError} when `graph` is neither a graphology graph nor a valid tie list, or an option is invalid
 *
 * @example
 * ```ts
 * const { clusters, modularity } = findClusters(interactionGraph(sampleCommunity()), { seed: 1 });
 * clusters[0]?.topTopics[0]; // → { topic: 'reproducibility', members: 73 }
 * ```
 */
export function findClusters(graph: CommunityGraph | TieList, options: FindClustersOptions = {}): Clusters {
  const opts = parseWith('findClusters', FindClustersOptionsSchema, options, 'options');
  const input = indexedEdges('findClusters', graph, 'graph', { weights: opts.weighted });
  const csr = csrFromEdges(input.ids.length, input, { selfLoops: 'keep', parallel: 'keep' });
  const clusters = clusterPartition(input, csr, opts.resolution, createRng(opts.seed));
  // The adjacency (and the columns read from a graphology graph — a tie
  // list's are the caller's) is private: its memory goes back now, before it
  // counts towards a full collection of the caller's heap (see freeBuffers).
  freeBuffers([csr.offsets, csr.targets, csr.weights, csr.loops]);
  if (!isTieList(graph)) freeBuffers([input.source, input.target, input.weight]);
  return clusters;
}
