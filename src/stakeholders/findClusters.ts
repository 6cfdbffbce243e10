import { z } from 'zod';
import { createRng } from '../model/rng.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges } from './internal/graphInput.js';
import { louvainCsr } from './internal/louvain.js';
import type { TieList } from './tieList.js';

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

function top<K extends string>(
  values: string[][],
  n: number,
  key: K,
): ({ [P in K]: string } & { members: number })[] {
  const counts = new Map<string, number>();
  for (const list of values) {
    // most members have no topics or groups: no Set for them (a million members, two lists each)
    if (list.length === 0) continue;
    for (const v of list.length === 1 ? list : new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
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
  const nodes = input.ids;
  if (nodes.length === 0) return { clusterOf: {}, clusters: [], isolated: [], modularity: 0 };
  // Parallel arcs are kept: Louvain sums a node's weight per community anyway.
  const csr = csrFromEdges(nodes.length, input, { selfLoops: 'keep', parallel: 'keep' });
  const { offsets } = csr;
  const result = louvainCsr(csr, opts.resolution, createRng(opts.seed));
  const modularity = result.modularity;
  const groups = new Map<number, number[]>();
  const isolated: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (offsets[i + 1] === offsets[i]) {
      isolated.push(nodes[i] as string);
      continue;
    }
    const c = result.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  const byId = (a: number, b: number): number => ((nodes[a] as string) < (nodes[b] as string) ? -1 : 1);
  const ordered = [...groups.values()]
    .map((m) => m.sort(byId))
    .sort((a, b) => b.length - a.length || byId(a[0] as number, b[0] as number));
  const clusterOf: Record<string, number> = {};
  const clusters: Cluster[] = ordered.map((indices, id) => {
    const members = indices.map((i) => nodes[i] as string);
    for (const m of members) clusterOf[m] = id;
    const attr = (i: number, k: string): string[] => {
      const v = input.attribute(i, k);
      return Array.isArray(v) ? (v as string[]) : [];
    };
    return {
      id,
      members,
      size: members.length,
      topTopics: top(
        indices.map((i) => attr(i, 'topics')),
        5,
        'topic',
      ),
      dominantGroups: top(
        indices.map((i) => attr(i, 'groups')),
        3,
        'group',
      ),
    };
  });
  isolated.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { clusterOf, clusters, isolated, modularity };
}
