import modularity from 'graphology-metrics/graph/modularity.js';
import { z } from 'zod';
import { fail, parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';

/**
 * Options of {@link partitionModularity}.
 *
 * @example
 * ```ts
 * PartitionModularityOptionsSchema.parse({}); // → { weighted: true, resolution: 1 }
 * ```
 */
export const PartitionModularityOptionsSchema = z.strictObject({
  weighted: z.boolean().default(true),
  resolution: z.number().positive().default(1),
});

/** Options of {@link partitionModularity}. */
export type PartitionModularityOptions = z.input<typeof PartitionModularityOptionsSchema>;

/**
 * The Newman–Girvan modularity of a given partition of an undirected graph
 * (Newman 2006): the share of tie weight inside groups minus what a random
 * graph with the same degrees would put there. Agrees with NetworkX's
 * `modularity` to floating-point precision.
 *
 * @param graph - an undirected graph with at least one edge
 * @param groupOf - the group of every node with a tie (a node without a tie adds nothing to modularity and may have none, as `findClusters` leaves isolated members out of `clusterOf`)
 * @param options - `weighted`, `resolution`
 * @returns the modularity, in [−1/2, 1)
 * @throws {@link ValidationError} when a node with a tie has no group
 *
 * @example
 * ```ts
 * import Graph from 'graphology';
 * // two triangles joined by one tie, split into the two triangles
 * const graph = new Graph({ type: 'undirected' });
 * for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']])
 *   graph.mergeEdge(a, b, { weight: 1 });
 * partitionModularity(graph, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 }); // ≈ 0.357143 — 2 × (3/7 − (7/14)²) = 5/14
 * ```
 */
export function partitionModularity(
  graph: CommunityGraph,
  groupOf: Record<string, string | number>,
  options: PartitionModularityOptions = {},
): number {
  requireGraph('partitionModularity', graph);
  const opts = parseWith('partitionModularity', PartitionModularityOptionsSchema, options, 'options');
  parseWith(
    'partitionModularity',
    z.record(z.string(), z.union([z.string(), z.number()])),
    groupOf,
    'groupOf',
  );
  const tied = (n: string): boolean =>
    graph.someEdge(n, (_e, a) => !opts.weighted || edgeWeight(a as Record<string, unknown>) > 0);
  const missing = graph.nodes().filter((n) => !Object.hasOwn(groupOf, n) && tied(n));
  if (missing.length > 0)
    fail('partitionModularity', [
      {
        path: `groupOf[${JSON.stringify(missing[0])}]`,
        message: `no group for node "${missing[0]}"`,
        code: 'invalid-input',
      },
    ]);
  if (graph.size === 0) return 0;
  return modularity(graph as never, {
    // A node without a tie contributes nothing, whatever its group: give it one of its own.
    getNodeCommunity: (node: string) =>
      Object.hasOwn(groupOf, node) ? (groupOf[node] as string | number) : `\u0000${node}`,
    getEdgeWeight: opts.weighted ? (_e: string, a: Record<string, unknown>) => edgeWeight(a) : null,
    resolution: opts.resolution,
  });
}
