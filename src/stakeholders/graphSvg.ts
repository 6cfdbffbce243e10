import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { requireGraph } from './internal/graphInput.js';
import { type NetworkPicture, networkPicture } from './internal/networkPicture.js';
import { escapeXml } from './internal/xml.js';

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

/** The SVG text of a picture's texts (names get a white backing so edges do not cross them). */
function textSvg(t: NetworkPicture['texts'][number]): string {
  const parts: string[] = [];
  if (t.backed)
    parts.push(
      `<rect x="${t.box.x.toFixed(1)}" y="${t.box.y.toFixed(1)}" width="${t.box.w.toFixed(1)}" height="${t.box.h.toFixed(1)}" fill="#ffffff" fill-opacity="0.85"/>`,
    );
  if (t.swatch)
    parts.push(
      `<circle cx="${(t.x - 8).toFixed(1)}" cy="${(t.baseline - t.fontSize / 3).toFixed(1)}" r="5" fill="${t.swatch}"/>`,
    );
  parts.push(
    `<text x="${t.x.toFixed(1)}" y="${t.baseline.toFixed(1)}"${t.fontSize !== 11 ? ` font-size="${t.fontSize}"` : ''}${t.bold ? ' font-weight="bold"' : ''} fill="#222222">${escapeXml(t.text)}</text>`,
  );
  return parts.join('');
}

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
  const p = networkPicture(graph, opts);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>${escapeXml(opts.title)}</title>`,
    `<desc>${escapeXml(p.caption.join(' '))}</desc>`,
    `<rect width="${p.width}" height="${p.height}" fill="#ffffff"/>`,
  ];
  // Ties as one path per shade (opacity by weight, in tenths): a tenth of the bytes of one <line> each.
  const shades = new Map<string, string[]>();
  for (const e of p.edges) {
    const a = p.nodes[e.s]!;
    const b = p.nodes[e.t]!;
    const shade = (Math.round(e.opacity * 10) / 10).toFixed(1);
    const d = `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    const list = shades.get(shade);
    if (list) list.push(d);
    else shades.set(shade, [d]);
  }
  for (const [shade, ds] of [...shades].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    parts.push(
      `<path d="${ds.join('')}" fill="none" stroke="#555555" stroke-opacity="${shade}" stroke-width="0.6"/>`,
    );
  for (const n of p.nodes)
    parts.push(
      `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${n.colour}" stroke="${n.named ? '#000000' : '#ffffff'}" stroke-width="${n.named ? 1.5 : 0.5}"><title>${escapeXml(n.tooltip)}</title></circle>`,
    );
  for (const t of p.texts) parts.push(textSvg(t));
  parts.push('</svg>');
  return parts.join('\n');
}
