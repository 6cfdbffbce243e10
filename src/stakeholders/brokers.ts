import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import {
  BETWEENNESS_DEFAULTS,
  type BetweennessResult,
  betweennessCentrality,
} from './betweennessCentrality.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { graphOf, requireGraph } from './internal/graphInput.js';
import type { TieList } from './tieList.js';

/**
 * Options of {@link brokers}.
 *
 * @example
 * ```ts
 * BrokersOptionsSchema.parse({}); // → { top: 10, weighted: true, exactUpTo: 20000, epsilon: 0.01, delta: 0.1, seed: 1 }
 * ```
 */
export const BrokersOptionsSchema = z.strictObject({
  /** How many brokers to return. */
  top: z.number().int().positive().default(10),
  /** Weighted measures (ties stronger → shorter paths; weights in constraint). */
  weighted: z.boolean().default(true),
  /** Cluster of every node (from `findClusters`), to name the clusters each broker bridges. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Exact betweenness up to this many members; a sampled estimate with a stated bound above (see `betweennessCentrality`). */
  exactUpTo: z.number().int().min(0).default(BETWEENNESS_DEFAULTS.exactUpTo),
  /** Error bound ε of the sampled estimate (Riondato–Kornaropoulos scale). */
  epsilon: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.epsilon),
  /** Probability δ that the sampled estimate misses its bound. */
  delta: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.delta),
  /** Seed of the sampler. */
  seed: z.number().int().default(BETWEENNESS_DEFAULTS.seed),
});

/** Options of {@link brokers}. */
export type BrokersOptions = z.input<typeof BrokersOptionsSchema>;

/** One broker, with every measure behind the ranking. */
export interface Broker {
  memberId: string;
  /** Normalised betweenness (shortest paths through the member; path length = 1/weight when weighted). */
  betweenness: number;
  /** True when removing the member disconnects part of the community. */
  articulationPoint: boolean;
  /** Burt's constraint: low means the member's contacts are not connected to each other (a broker). */
  constraint: number | null;
  /** Burt's effective size: non-redundant contacts. */
  effectiveSize: number | null;
  degree: number;
  /** Clusters among the member's neighbours and their own (when `clusterOf` is given), sorted. */
  bridges: number[];
}

/** Result of {@link brokers}. */
export interface Brokers {
  /** The top brokers by betweenness (ties by id). */
  top: Broker[];
  /** Every articulation point, sorted. */
  articulationPoints: string[];
  /** How betweenness was computed: `exact`, or `sampled` with ε, δ, the sample count and the error bound on the normalised scale. */
  betweenness: Omit<BetweennessResult, 'scores'>;
}

/** Articulation points of an undirected graph (Hopcroft–Tarjan, iterative so deep graphs cannot overflow). */
export function articulationPointsOf(graph: CommunityGraph): Set<string> {
  requireGraph('articulationPointsOf', graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const points = new Set<string>();
  let counter = 0;
  for (const root of graph.nodes()) {
    if (index.has(root)) continue;
    index.set(root, counter);
    low.set(root, counter++);
    let rootChildren = 0;
    const stack: { node: string; parent: string | null; neighbours: string[]; i: number }[] = [
      { node: root, parent: null, neighbours: graph.neighbors(root), i: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.i < frame.neighbours.length) {
        const next = frame.neighbours[frame.i++] as string;
        if (next === frame.parent) continue;
        if (index.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        else {
          index.set(next, counter);
          low.set(next, counter++);
          if (frame.node === root) rootChildren++;
          stack.push({ node: next, parent: frame.node, neighbours: graph.neighbors(next), i: 0 });
        }
      } else {
        stack.pop();
        const parent = frame.parent;
        if (parent !== null) {
          low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
          if (parent !== root && low.get(frame.node)! >= index.get(parent)!) points.add(parent);
        }
      }
    }
    if (rootChildren > 1) points.add(root);
  }
  return points;
}

/**
 * Burt's constraint and effective size (Burt 1992), as NetworkX computes them
 * for undirected graphs: p_ij = w_ij / Σ_k w_ik; constraint c_i = Σ_j (p_ij +
 * Σ_q p_iq p_qj)²; effective size e_i = Σ_j (1 − Σ_q p_iq m_jq) with m_jq =
 * w_jq / max_k w_jk. Null for isolated nodes.
 */
export function burtMeasures(
  graph: CommunityGraph,
  weighted: boolean,
): Map<string, { constraint: number | null; effectiveSize: number | null }> {
  requireGraph('burtMeasures', graph);
  const w = (u: string, v: string): number =>
    graph.hasEdge(u, v) ? (weighted ? edgeWeight(graph.getEdgeAttributes(u, v)) : 1) : 0;
  const strength = new Map<string, number>();
  const maxW = new Map<string, number>();
  for (const n of graph.nodes()) {
    let s = 0;
    let m = 0;
    for (const v of graph.neighbors(n)) {
      const x = w(n, v);
      s += x;
      m = Math.max(m, x);
    }
    strength.set(n, s);
    maxW.set(n, m);
  }
  const p = (i: string, j: string): number => {
    const s = strength.get(i)!;
    return s === 0 ? 0 : w(i, j) / s;
  };
  const out = new Map<string, { constraint: number | null; effectiveSize: number | null }>();
  for (const i of graph.nodes()) {
    const ns = graph.neighbors(i);
    if (ns.length === 0) {
      out.set(i, { constraint: null, effectiveSize: null });
      continue;
    }
    let constraint = 0;
    let eff = 0;
    for (const j of ns) {
      let indirect = 0;
      let redundancy = 0;
      for (const q of ns) {
        if (q === j) continue;
        indirect += p(i, q) * p(q, j);
        const mj = maxW.get(j)!;
        redundancy += p(i, q) * (mj === 0 ? 0 : w(j, q) / mj);
      }
      constraint += (p(i, j) + indirect) ** 2;
      eff += 1 - redundancy;
    }
    out.set(i, { constraint, effectiveSize: eff });
  }
  return out;
}

/**
 * The members whose removal would most disconnect the community: ranked by
 * normalised betweenness centrality (Brandes 2001; with weights, a strong tie
 * is a short path: length = 1/weight), with articulation points (members whose
 * removal splits the graph), Burt's constraint and effective size (structural
 * holes), and — given `clusterOf` — the clusters each one bridges. Values agree
 * with NetworkX (`betweenness_centrality`, `articulation_points`,
 * `constraint`, `effective_size`).
 *
 * An empty graph has no brokers; isolated members have betweenness 0 and null
 * constraint.
 *
 * Betweenness comes from {@link betweennessCentrality}: exact (Brandes) up to
 * `exactUpTo` members (default 20,000), above that a Riondato–Kornaropoulos
 * sampled estimate; `result.betweenness` says which, with ε, δ, the sample
 * count and the error bound.
 *
 * Cost: O(n m + n² log n) for exact weighted betweenness (O(r m) sampled);
 * O(Σ deg²) for Burt's measures.
 *
 * @param input - an undirected graph (e.g. from `interactionGraph`), or a {@link TieList} (turned into its graphology graph first, as {@link graphFromTies} does)
 * @param options - `top`, `weighted`, `clusterOf`, and the exact/sampled threshold with ε, δ, seed
 * @returns the top brokers, every articulation point and how betweenness was computed
 * @throws {@link ValidationError} when an option is invalid, or a tie list breaks a rule of {@link TieListSchema}
 *
 * @example
 * ```ts
 * import Graph from 'graphology';
 * // Padgett's Florentine families: 20 marriage ties (NetworkX's florentine_families_graph)
 * const florentine = new Graph({ type: 'undirected' });
 * const marriages = [
 *   ['Acciaiuoli', 'Medici'], ['Albizzi', 'Ginori'], ['Albizzi', 'Guadagni'], ['Albizzi', 'Medici'],
 *   ['Barbadori', 'Castellani'], ['Barbadori', 'Medici'], ['Bischeri', 'Guadagni'], ['Bischeri', 'Peruzzi'],
 *   ['Bischeri', 'Strozzi'], ['Castellani', 'Peruzzi'], ['Castellani', 'Strozzi'], ['Guadagni', 'Lamberteschi'],
 *   ['Guadagni', 'Tornabuoni'], ['Medici', 'Ridolfi'], ['Medici', 'Salviati'], ['Medici', 'Tornabuoni'],
 *   ['Pazzi', 'Salviati'], ['Peruzzi', 'Strozzi'], ['Ridolfi', 'Strozzi'], ['Ridolfi', 'Tornabuoni'],
 * ];
 * for (const [a, b] of marriages) florentine.mergeEdge(a, b, { weight: 1 });
 * brokers(florentine, { top: 1 }).top[0]; // ≈ { memberId: 'Medici', betweenness: 0.521978, articulationPoint: true, … }
 * ```
 */
export function brokers(input: CommunityGraph | TieList, options: BrokersOptions = {}): Brokers {
  const opts = parseWith('brokers', BrokersOptionsSchema, options, 'options');
  const graph = graphOf('brokers', input);
  const { scores: bc, ...method } = betweennessCentrality(graph, {
    weighted: opts.weighted,
    normalized: true,
    exactUpTo: opts.exactUpTo,
    epsilon: opts.epsilon,
    delta: opts.delta,
    seed: opts.seed,
  });
  const aps = articulationPointsOf(graph);
  const burt = burtMeasures(graph, opts.weighted);
  const all: Broker[] = graph.nodes().map((n) => {
    const b = burt.get(n)!;
    const bridges = opts.clusterOf
      ? [
          ...new Set(
            [opts.clusterOf[n], ...graph.neighbors(n).map((v) => opts.clusterOf![v])].filter(
              (c): c is number => c !== undefined,
            ),
          ),
        ].sort((x, y) => x - y)
      : [];
    return {
      memberId: n,
      betweenness: bc[n] ?? 0,
      articulationPoint: aps.has(n),
      constraint: b.constraint,
      effectiveSize: b.effectiveSize,
      degree: graph.degree(n),
      bridges,
    };
  });
  all.sort((a, b) => b.betweenness - a.betweenness || (a.memberId < b.memberId ? -1 : 1));
  return { top: all.slice(0, opts.top), articulationPoints: [...aps].sort(), betweenness: method };
}
