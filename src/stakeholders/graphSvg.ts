import forceAtlas2 from 'graphology-layout-forceatlas2';
import { z } from 'zod';
import { createRng } from '../model/rng.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';
import { escapeXml } from './internal/xml.js';

const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * Options of {@link graphSvg}.
 *
 * @example
 * ```ts
 * GraphSvgOptionsSchema.parse({}); // → { seed: 1, iterations: 200, size: 640, title: 'Who interacts with whom' }
 * ```
 */
export const GraphSvgOptionsSchema = z.strictObject({
  /** Cluster of every node (from `findClusters`): nodes are coloured by it. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Seed of the initial positions: same seed, same picture. */
  seed: z.union([z.number().int(), z.string()]).default(1),
  /** ForceAtlas2 iterations. */
  iterations: z.number().int().min(0).max(5000).default(200),
  /** Width and height in px. */
  size: z.number().int().min(100).max(4000).default(640),
  title: z.string().max(200).default('Who interacts with whom'),
});

/** Options of {@link graphSvg}. */
export type GraphSvgOptions = z.input<typeof GraphSvgOptionsSchema>;

/**
 * A static SVG picture of the network, laid out with ForceAtlas2 (Jacomy et
 * al. 2014, via graphology-layout-forceatlas2) from seeded initial positions —
 * the same graph and seed always give the same picture. Nodes are coloured by
 * cluster (eight colours, then grey) and sized by degree; edges get darker with
 * weight. The input graph is not changed. Viewable in a notebook, a report or
 * a browser; no DOM needed.
 *
 * @param graph - any graphology graph
 * @param options - `clusterOf`, `seed`, `iterations`, `size`, `title`
 * @returns the SVG document
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity());
 * const { clusterOf } = findClusters(graph, { seed: 1 });
 * graphSvg(graph, { clusterOf, seed: 1 }).startsWith('<svg'); // → true
 * ```
 */
export function graphSvg(graph: CommunityGraph, options: GraphSvgOptions = {}): string {
  requireGraph('graphSvg', graph, 'graph', { multi: true });
  const opts = parseWith('graphSvg', GraphSvgOptionsSchema, options, 'options');
  const copy = graph.copy() as CommunityGraph;
  const rng = createRng(opts.seed);
  const nodes = copy.nodes().sort();
  for (const n of nodes) copy.mergeNodeAttributes(n, { x: rng() * 100, y: rng() * 100 });
  const positions: Record<string, { x: number; y: number }> =
    copy.order > 1 && opts.iterations > 0
      ? forceAtlas2(copy as never, {
          iterations: opts.iterations,
          getEdgeWeight: (_e: string, a: Record<string, unknown>) => edgeWeight(a),
          settings: { ...forceAtlas2.inferSettings(copy as never), barnesHutOptimize: copy.order > 500 },
        })
      : Object.fromEntries(
          nodes.map((n) => [
            n,
            { x: copy.getNodeAttribute(n, 'x') as number, y: copy.getNodeAttribute(n, 'y') as number },
          ]),
        );
  const xs = nodes.map((n) => positions[n]!.x);
  const ys = nodes.map((n) => positions[n]!.y);
  // Not Math.min(...xs): spreading 100,000 arguments can overflow the stack.
  const minX = xs.reduce((m, x) => Math.min(m, x), 0);
  const maxX = xs.reduce((m, x) => Math.max(m, x), 1);
  const minY = ys.reduce((m, y) => Math.min(m, y), 0);
  const maxY = ys.reduce((m, y) => Math.max(m, y), 1);
  const pad = 24;
  const top = 30;
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = (opts.size - 2 * pad) / span;
  const px = (n: string): [number, number] => [
    pad + (positions[n]!.x - minX) * scale,
    top + pad + (positions[n]!.y - minY) * scale,
  ];
  let maxW = 0;
  graph.forEachEdge((_e, a) => {
    maxW = Math.max(maxW, edgeWeight(a));
  });
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${opts.size}" height="${opts.size + top}" viewBox="0 0 ${opts.size} ${opts.size + top}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(opts.title)}</title>`,
    `<rect width="${opts.size}" height="${opts.size + top}" fill="#ffffff"/>`,
    `<text x="${pad}" y="20" font-size="14" font-weight="bold">${escapeXml(opts.title)}</text>`,
  ];
  const edges = graph.mapEdges((_e, a, s, t) => ({ s, t, w: edgeWeight(a) })).sort((a, b) => a.w - b.w);
  for (const { s, t, w } of edges) {
    const [x1, y1] = px(s);
    const [x2, y2] = px(t);
    parts.push(
      `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#555" stroke-opacity="${(0.08 + 0.5 * (maxW === 0 ? 0 : w / maxW)).toFixed(2)}" stroke-width="0.6"/>`,
    );
  }
  for (const n of nodes) {
    const [x, y] = px(n);
    const c = opts.clusterOf?.[n];
    const colour = c !== undefined && c < PALETTE.length ? PALETTE[c] : '#9e9e9e';
    const r = 2 + Math.sqrt(graph.degree(n));
    const label = `${String(graph.getNodeAttribute(n, 'label') ?? n)}${c !== undefined ? ` (cluster ${c})` : ''}`;
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" stroke="#ffffff" stroke-width="0.5"><title>${escapeXml(label)}</title></circle>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
