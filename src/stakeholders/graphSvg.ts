import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges, requireGraph } from './internal/graphInput.js';
import { networkPicture, type PictureNetwork } from './internal/networkPicture.js';
import { pictureSvg } from './internal/pictureSvg.js';

/**
 * Options of {@link graphSvg}.
 *
 * @example
 * ```ts
 * GraphSvgOptionsSchema.parse({}).maxNodes; // → 250
 * ```
 */
export const GraphSvgOptionsSchema = z.strictObject({
  /** Cluster of every node (from `findClusters`): nodes are coloured by it, and the legend names each colour. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Words for a cluster in the legend, by cluster id (e.g. its top topics). */
  clusterLabels: z.record(z.string(), z.string().max(200)).optional(),
  /** Members named on the picture, most important first (e.g. the top brokers); names that find no free room are listed in the caption. */
  named: z.array(z.string()).max(50).optional(),
  /** Who the named members are, for the caption ("Named: …"). */
  namedDescription: z.string().max(200).default('the members asked for'),
  /** The most members drawn: the most connected of each cluster, in proportion to its size (named members are added). */
  maxNodes: z.number().int().min(1).max(20_000).default(250),
  /** The most ties drawn: the strongest between drawn members. */
  maxEdges: z.number().int().min(0).max(200_000).default(1000),
  /** Seed of the initial positions: same seed, same picture. */
  seed: z.union([z.number().int(), z.string()]).default(1),
  /** ForceAtlas2 iterations at most. */
  iterations: z.number().int().min(0).max(5000).default(200),
  /** Work budget of the layout (about node pairs visited over all iterations): fewer iterations when the drawn graph is big. */
  layoutBudget: z.number().min(0).max(1e11).default(2e7),
  /** Width and height in px. */
  size: z.number().int().min(100).max(4000).default(640),
  title: z.string().max(200).default('Who interacts with whom'),
});

/** Options of {@link graphSvg}. */
export type GraphSvgOptions = z.input<typeof GraphSvgOptionsSchema>;

/**
 * A static SVG picture of the network a sponsor can read: the most connected
 * members of each cluster (at most `maxNodes`, in proportion to the
 * clusters' sizes, plus the `named` members) and the strongest ties between
 * them (at most `maxEdges`), laid out with ForceAtlas2 (Jacomy et al. 2014,
 * via graphology-layout-forceatlas2) over the drawn members only, from
 * seeded positions — the same graph and seed always give the same picture.
 * Nodes are coloured by cluster with the colour-blind-safe Okabe–Ito palette
 * (the eight biggest clusters; smaller ones grey) and sized by weighted
 * degree; a legend names each colour with the cluster's size (and its
 * `clusterLabels` words); the `named` members are labelled next to their
 * dots, no label overlapping another or the picture's edge; a caption (also
 * the SVG's `desc`) says what was drawn and what was left out, members with
 * no ties included ("412 members with no ties, not drawn"). The input graph
 * is not changed. Viewable in a notebook, a report or a browser; no DOM
 * needed. Cost: linear in the graph plus the layout of the drawn members,
 * bounded by `layoutBudget`.
 *
 * @param graph - any graphology graph
 * @param options - `clusterOf`, `clusterLabels`, `named`, `namedDescription`, `maxNodes`, `maxEdges`, `seed`, `iterations`, `layoutBudget`, `size`, `title`
 * @returns the SVG document
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity());
 * const { clusterOf } = findClusters(graph, { seed: 1 });
 * graphSvg(graph, { clusterOf, seed: 1 }).includes('Cluster 0: '); // → true
 * ```
 */
export function graphSvg(graph: CommunityGraph, options: GraphSvgOptions = {}): string {
  requireGraph('graphSvg', graph, 'graph', { multi: true });
  const opts = parseWith('graphSvg', GraphSvgOptionsSchema, options, 'options');
  return pictureSvg(networkPicture(pictureNetwork(graph), opts), opts.title);
}

/** A graph read for its picture: self-loops left out, parallel edges each kept (see {@link PictureNetwork}). */
function pictureNetwork(graph: CommunityGraph): PictureNetwork {
  const edges = indexedEdges('graphSvg', graph, 'graph', { multi: true });
  const n = edges.ids.length;
  const csr = csrFromEdges(n, edges, { selfLoops: 'drop', parallel: 'keep', nonPositive: 'zero' });
  const strength = new Float64Array(n);
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = csr.offsets[i] as number; p < (csr.offsets[i + 1] as number); p++)
      s += csr.weights?.[p] ?? 1;
    strength[i] = s;
    degree[i] = (csr.offsets[i + 1] as number) - (csr.offsets[i] as number);
  }
  return {
    ids: edges.ids,
    index: new Map(edges.ids.map((id, i) => [id, i])),
    label: (i) => String(edges.attribute(i, 'label') ?? edges.ids[i]),
    csr,
    strength,
    degree,
    ties: edges.source.length,
  };
}
