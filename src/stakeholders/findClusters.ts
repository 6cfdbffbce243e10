import { z } from 'zod';
import { createRng } from '../model/rng.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { csrFromVisitor, louvainCsr } from './internal/louvain.js';

/**
 * Options of {@link findClusters}.
 *
 * @example
 * ```ts
 * FindClustersOptionsSchema.parse({}); // → { resolution: 1, seed: 1, weighted: true }
 * ```
 */
export const FindClustersOptionsSchema = z.object({
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
  /** Cluster id per node. */
  clusterOf: Record<string, number>;
  /** Clusters, largest first (ids 0, 1, 2… in that order; ties by smallest member id). */
  clusters: Cluster[];
  /** Newman–Girvan modularity of the partition (at the given resolution). */
  modularity: number;
}

function top<K extends string>(
  values: string[][],
  n: number,
  key: K,
): ({ [P in K]: string } & { members: number })[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([v, members]) => ({ [key]: v, members }) as { [P in K]: string } & { members: number });
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
 * edges count as no tie. Isolated members form clusters of one. An empty
 * graph gives no clusters and modularity 0; a graph without (positive-weight)
 * edges gives one cluster per member and modularity 0.
 *
 * Cost: about O(m) per level for m edges, usually a handful of levels.
 *
 * @param graph - an undirected graph (e.g. from `interactionGraph`)
 * @param options - `resolution`, `seed`, `weighted`
 * @returns `clusterOf`, `clusters`, `modularity`
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const { clusters, modularity } = findClusters(interactionGraph(sampleCommunity()), { seed: 1 });
 * clusters[0]?.topTopics[0]; // → { topic: 'python', members: 48 } (for example)
 * ```
 */
export function findClusters(graph: CommunityGraph, options: FindClustersOptions = {}): Clusters {
  const opts = parseWith('findClusters', FindClustersOptionsSchema, options, 'options');
  if (graph.order === 0) return { clusterOf: {}, clusters: [], modularity: 0 };
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i] as string, i);
  const csr = csrFromVisitor(nodes.length, (emit) =>
    graph.forEachEdge((_edge, attrs, source, target) =>
      emit(index.get(source) as number, index.get(target) as number, opts.weighted ? edgeWeight(attrs) : 1),
    ),
  );
  const result = louvainCsr(csr, opts.resolution, createRng(opts.seed));
  const modularity = result.modularity;
  const groups = new Map<number, string[]>();
  for (let i = 0; i < nodes.length; i++) {
    const c = result.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(nodes[i] as string);
    else groups.set(c, [nodes[i] as string]);
  }
  const ordered = [...groups.values()]
    .map((m) => m.sort())
    .sort((a, b) => b.length - a.length || ((a[0] as string) < (b[0] as string) ? -1 : 1));
  const clusterOf: Record<string, number> = {};
  const clusters: Cluster[] = ordered.map((members, id) => {
    for (const m of members) clusterOf[m] = id;
    const attr = (m: string, k: string): string[] => {
      const v = graph.getNodeAttribute(m, k);
      return Array.isArray(v) ? (v as string[]) : [];
    };
    return {
      id,
      members,
      size: members.length,
      topTopics: top(
        members.map((m) => attr(m, 'topics')),
        5,
        'topic',
      ),
      dominantGroups: top(
        members.map((m) => attr(m, 'groups')),
        3,
        'group',
      ),
    };
  });
  return { clusterOf, clusters, modularity };
}
