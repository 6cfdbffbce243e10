import forceAtlas2 from 'graphology-layout-forceatlas2';
import { PALETTE } from '../../model/internal/palette.js';
import { type Box, fitText, placeLabels, textBox, wrapText } from '../../model/internal/textBoxes.js';
import { createRng } from '../../model/rng.js';
import type { Csr } from './csr.js';
import { newUndirectedGraph } from './graph.js';

/** The colours of the biggest clusters: the report's colour-blind-safe palette. */
const CLUSTER_COLOURS = PALETTE;

/** The colour of members in groups past the palette, and of "other groups" in the legend. */
export const OTHER_COLOUR = '#9e9e9e';

/** What the picture is asked to show (options of graphSvg, parsed). */
export interface PictureOptions {
  clusterOf?: Record<string, number> | undefined;
  clusterLabels?: Record<string, string> | undefined;
  named?: readonly string[] | undefined;
  namedDescription: string;
  seed: number | string;
  iterations: number;
  layoutBudget: number;
  maxNodes: number;
  maxEdges: number;
  size: number;
  title: string;
}

/** A drawn member. */
export interface PictureNode {
  id: string;
  x: number;
  y: number;
  r: number;
  colour: string;
  /** The member's name (its `label` attribute, else its id). */
  label: string;
  /** Hover text: name and cluster. */
  tooltip: string;
  named: boolean;
}

/** A drawn tie (indices into `nodes`) and its opacity. */
export interface PictureEdge {
  s: number;
  t: number;
  opacity: number;
}

/** A line of text at a fixed place (title, legend, caption) or a member's name. */
export interface PictureText {
  text: string;
  x: number;
  baseline: number;
  fontSize: number;
  bold: boolean;
  box: Box;
  /** A colour swatch drawn before the text (legend rows). */
  swatch?: string;
  /** A white backing drawn behind the text (names over the network). */
  backed: boolean;
}

/** Everything graphSvg draws, in picture coordinates. */
export interface NetworkPicture {
  width: number;
  height: number;
  nodes: PictureNode[];
  edges: PictureEdge[];
  texts: PictureText[];
  /** The caption lines (also the SVG's description): what is drawn and what is left out. */
  caption: string[];
}

const FONT = 11;
const TITLE_FONT = 14;
const PAD = 12;
const TITLE_HEIGHT = 30;
const LINE = 16;
const NAME_WIDTH = 160;
/** Bold text is drawn wider than textWidth's regular estimate. */
const BOLD_FACTOR = 1.1;

/**
 * The network a picture is drawn from, by node index: a graph's or a tie
 * list's. Self-loops are left out of the adjacency, the strengths and the
 * degrees; parallel ties count each.
 */
export interface PictureNetwork {
  /** Node ids; node i is ids[i]. */
  ids: readonly string[];
  /** Node id → node index. */
  index: ReadonlyMap<string, number>;
  /** The name drawn for node i (its `label` attribute, else its id). */
  label(i: number): string;
  /** Adjacency with tie strengths (a weight that is not a positive number is 0). */
  csr: Csr;
  /** Sum of the weights of each node's ties. */
  strength: ArrayLike<number>;
  /** Ties of each node. */
  degree: ArrayLike<number>;
  /** Every tie of the network (self-loops included), for the caption. */
  ties: number;
}

/** Shares of `total` proportional to `sizes` (largest remainders; ties by order): whole numbers summing to `total`. */
function proportionalQuotas(sizes: readonly number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  if (sum === 0) return sizes.map(() => 0);
  const exact = sizes.map((s) => (total * s) / sum);
  const quotas = exact.map((e, i) => Math.min(Math.floor(e), sizes[i] as number));
  let left = total - quotas.reduce((a, b) => a + b, 0);
  const order = exact.map((_, i) => i).sort((a, b) => (exact[b]! % 1) - (exact[a]! % 1) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    if ((quotas[i] as number) < (sizes[i] as number)) {
      quotas[i] = (quotas[i] as number) + 1;
      left--;
    }
  }
  return quotas;
}

/** 18000 → "18,000". */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The network picture as data: which members are drawn (the most connected
 * of each group, in proportion to the group's size, up to `maxNodes`, plus
 * the named ones), where (ForceAtlas2 over the drawn members only, from
 * seeded positions around one centre per group, with as many iterations as
 * `layoutBudget` allows), the strongest ties between them, the names placed
 * without overlap, the cluster legend and a caption saying what was left out.
 */
export function networkPicture(net: PictureNetwork, o: PictureOptions): NetworkPicture {
  const { ids, strength, degree } = net;
  const byNode = (a: number, b: number): number => byId(ids[a] as string, ids[b] as string);
  const tied: number[] = [];
  for (let i = 0; i < ids.length; i++) if ((degree[i] as number) > 0) tied.push(i);
  tied.sort(byNode);
  const isolated = ids.length - tied.length;
  const groupOf = (n: string): number => o.clusterOf?.[n] ?? -1;
  const members = new Map<number, number[]>();
  for (const i of tied) {
    const g = groupOf(ids[i] as string);
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  // Groups by size, biggest first; members without a cluster (-1) last.
  const groups = [...members.keys()].sort(
    (a, b) =>
      (a === -1 ? 1 : 0) - (b === -1 ? 1 : 0) || members.get(b)!.length - members.get(a)!.length || a - b,
  );
  const quotas = proportionalQuotas(
    groups.map((g) => members.get(g)!.length),
    Math.min(o.maxNodes, tied.length),
  );
  const drawnSet = new Set<string>();
  groups.forEach((g, i) => {
    const chosen = [...members.get(g)!]
      .sort((a, b) => (strength[b] as number) - (strength[a] as number) || byNode(a, b))
      .slice(0, quotas[i]);
    for (const n of chosen) drawnSet.add(ids[n] as string);
  });
  const nodeOf = (n: string): number => net.index.get(n) as number;
  const named = (o.named ?? []).filter(
    (n, i, all) => net.index.has(n) && (degree[nodeOf(n)] as number) > 0 && all.indexOf(n) === i,
  );
  for (const n of named) drawnSet.add(n);
  const drawn = [...drawnSet].sort(byId);
  const index = new Map(drawn.map((n, i) => [n, i]));
  const drawnGroups = new Set(drawn.map(groupOf));
  const groupsLeftOut = groups.filter((g) => !drawnGroups.has(g));
  // Colours go to the biggest groups that have dots: a legend row per colour on the picture.
  const colourOf = new Map<number, string>();
  groups
    .filter((g) => drawnGroups.has(g))
    .forEach((g, i) => {
      colourOf.set(
        g,
        o.clusterOf === undefined
          ? CLUSTER_COLOURS[0]
          : g !== -1 && i < CLUSTER_COLOURS.length
            ? CLUSTER_COLOURS[i]!
            : OTHER_COLOUR,
      );
    });

  // Ties between drawn members, merged per pair (each tie counted from its lower node), the strongest kept.
  const drawnAt = new Map(drawn.map((n, i) => [nodeOf(n), i]));
  const { offsets, targets, weights } = net.csr;
  const pairWeight = new Map<number, number>();
  const nDrawn = drawn.length;
  drawn.forEach((n, i) => {
    const u = nodeOf(n);
    for (let p = offsets[u] as number, end = offsets[u + 1] as number; p < end; p++) {
      const v = targets[p] as number;
      const j = drawnAt.get(v);
      if (j === undefined || v <= u) continue;
      const key = Math.min(i, j) * nDrawn + Math.max(i, j);
      pairWeight.set(key, (pairWeight.get(key) ?? 0) + (weights === null ? 1 : (weights[p] as number)));
    }
  });
  const pairs = [...pairWeight].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxEdges);
  const maxW = pairs.reduce((m, [, w]) => Math.max(m, w), 0);

  // Layout: seeded positions around one centre per group, then ForceAtlas2 over the drawn members.
  const rng = createRng(o.seed);
  const small = newUndirectedGraph();
  // One centre per drawn group, evenly around a circle (groups with no dot take no place).
  const withDots = groups.filter((g) => drawnGroups.has(g));
  const centre = new Map(withDots.map((g, i) => [g, (2 * Math.PI * i) / Math.max(1, withDots.length)]));
  for (const n of drawn) {
    const angle = centre.get(groupOf(n)) as number;
    small.addNode(n, {
      x: 100 * Math.cos(angle) + 30 * (rng() - 0.5),
      y: 100 * Math.sin(angle) + 30 * (rng() - 0.5),
    });
  }
  for (const [key, w] of pairs)
    small.addEdge(drawn[Math.floor(key / nDrawn)]!, drawn[key % nDrawn]!, { weight: w });
  const workPerIteration = nDrawn * (nDrawn <= 500 ? nDrawn : 20 * Math.log2(nDrawn)) + pairs.length;
  const iterations = Math.min(o.iterations, Math.floor(o.layoutBudget / Math.max(1, workPerIteration)));
  const positions: Record<string, { x: number; y: number }> =
    nDrawn > 1 && iterations > 0
      ? forceAtlas2(small as never, {
          iterations,
          getEdgeWeight: 'weight',
          settings: { ...forceAtlas2.inferSettings(small as never), barnesHutOptimize: nDrawn > 500 },
        })
      : Object.fromEntries(drawn.map((n) => [n, small.getNodeAttributes(n) as { x: number; y: number }]));

  // Into the plot square below the title.
  const maxStrength = drawn.reduce((m, n) => Math.max(m, strength[nodeOf(n)] as number), 0) || 1;
  const radius = (n: string): number => 2.5 + 6 * Math.sqrt((strength[nodeOf(n)] as number) / maxStrength);
  const xs = drawn.map((n) => positions[n]!.x);
  const ys = drawn.map((n) => positions[n]!.y);
  const minX = xs.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY);
  const maxX = xs.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);
  const minY = ys.reduce((m, y) => Math.min(m, y), Number.POSITIVE_INFINITY);
  const maxY = ys.reduce((m, y) => Math.max(m, y), Number.NEGATIVE_INFINITY);
  const inner = o.size - 2 * (PAD + 9);
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = inner / span;
  const offX = PAD + 9 + (inner - (maxX - minX) * scale) / 2;
  const offY = TITLE_HEIGHT + PAD + 9 + (inner - (maxY - minY) * scale) / 2;
  const namedSet = new Set(named);
  const nodes: PictureNode[] = drawn.map((n, i) => {
    const g = groupOf(n);
    const label = net.label(nodeOf(n));
    return {
      id: n,
      x: nDrawn === 1 ? o.size / 2 : offX + (xs[i]! - minX) * scale,
      y: nDrawn === 1 ? TITLE_HEIGHT + o.size / 2 : offY + (ys[i]! - minY) * scale,
      r: radius(n),
      colour: colourOf.get(g) as string,
      label,
      tooltip: `${label}${g !== -1 ? ` (cluster ${g})` : ''}`,
      named: namedSet.has(n),
    };
  });
  const edges = pairs.map(([key, w]) => ({
    s: Math.floor(key / nDrawn),
    t: key % nDrawn,
    opacity: 0.12 + 0.5 * (maxW === 0 ? 0 : w / maxW),
  }));

  // Fixed text: the title, the legend and the caption below the plot.
  const width = o.size;
  const textRoom = width - 2 * PAD;
  const texts: PictureText[] = [];
  const fixed = (
    text: string,
    x: number,
    baseline: number,
    fontSize: number,
    bold: boolean,
    swatch?: string,
  ): void => {
    const room = textRoom - (x - PAD);
    const fitted = fitText(text, fontSize, room / (bold ? BOLD_FACTOR : 1));
    const box = textBox(fitted, x, baseline, fontSize);
    if (bold) box.w *= BOLD_FACTOR;
    texts.push({
      text: fitted,
      x,
      baseline,
      fontSize,
      bold,
      box,
      backed: false,
      ...(swatch ? { swatch } : {}),
    });
  };
  fixed(o.title, PAD, 20, TITLE_FONT, true);
  let y = TITLE_HEIGHT + o.size + LINE;
  if (o.clusterOf !== undefined) {
    const coloured = groups.filter((g) => g !== -1 && colourOf.has(g) && colourOf.get(g) !== OTHER_COLOUR);
    for (const g of coloured) {
      const size = members.get(g)!.length;
      const words = o.clusterLabels?.[String(g)];
      fixed(
        `Cluster ${g}: ${thousands(size)} member${size === 1 ? '' : 's'}${words ? ` — ${words}` : ''}`,
        PAD + 14,
        y,
        FONT,
        false,
        colourOf.get(g),
      );
      y += LINE;
    }
    // Drawn groups past the palette share grey; groups with no dot are in the caption.
    const others = groups.filter((g) => colourOf.get(g) === OTHER_COLOUR);
    if (others.length > 0) {
      const size = others.reduce((s, g) => s + members.get(g)!.length, 0);
      const clusters = others.filter((g) => g !== -1).length;
      const parts = [
        clusters > 0 ? `${clusters} smaller cluster${clusters === 1 ? '' : 's'}` : '',
        others.includes(-1) ? 'members without a cluster' : '',
      ].filter((p) => p !== '');
      fixed(
        `Other: ${parts.join(' and ')}, ${thousands(size)} member${size === 1 ? '' : 's'}`,
        PAD + 14,
        y,
        FONT,
        false,
        OTHER_COLOUR,
      );
      y += LINE;
    }
  }
  const drawnTies = pairs.length;
  const allTies = net.ties;
  const caption = [
    drawn.length === tied.length
      ? `All ${thousands(tied.length)} members with ties are drawn${drawnTies < pairWeight.size ? `, with the ${thousands(drawnTies)} strongest of their ${thousands(pairWeight.size)} ties` : ''}.`
      : `Drawn: the ${thousands(drawn.length)} most connected of ${thousands(tied.length)} members with ties (in proportion to each cluster's size) and the ${thousands(drawnTies)} strongest ties between them (of ${thousands(allTies)} in all).`,
    ...(groupsLeftOut.length > 0
      ? [
          `${groupsLeftOut.length} small group${groupsLeftOut.length === 1 ? '' : 's'} (${thousands(groupsLeftOut.reduce((s, g) => s + members.get(g)!.length, 0))} members) too small to draw.`,
        ]
      : []),
    ...(isolated > 0
      ? [`${thousands(isolated)} member${isolated === 1 ? '' : 's'} with no ties, not drawn.`]
      : []),
    ...(named.length > 0 ? [`Named: ${o.namedDescription}.`] : []),
  ];

  // Names next to their members, in the plot, avoiding every other text.
  const plot: Box = { x: 0, y: TITLE_HEIGHT, w: width, h: o.size };
  const requests = named.map((n) => {
    const node = nodes[index.get(n)!]!;
    return { text: fitText(node.label, FONT, NAME_WIDTH), x: node.x, y: node.y, radius: node.r };
  });
  const namedCircles = nodes
    .filter((n) => n.named)
    .map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const placed = placeLabels(requests, FONT, plot, [...texts.map((t) => t.box), ...namedCircles]);
  const unplaced = requests.filter((_, i) => !placed.some((p) => p.index === i)).map((r) => r.text);
  if (unplaced.length > 0) caption.push(`Not labelled for lack of room: ${unplaced.join(', ')}.`);
  for (const p of placed)
    texts.push({
      text: p.text,
      x: p.x,
      baseline: p.baseline,
      fontSize: FONT,
      bold: false,
      box: p.box,
      backed: true,
    });
  y += LINE / 2;
  for (const line of caption.flatMap((c) => wrapText(c, FONT, textRoom))) {
    fixed(line, PAD, y, FONT, false);
    y += LINE;
  }
  return { width, height: Math.ceil(y - LINE + FONT / 3 + PAD), nodes, edges, texts, caption };
}
