import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import {
  BETWEENNESS_DEFAULTS,
  BetweennessCentralityOptionsSchema,
  type BetweennessResult,
} from './betweennessCentrality.js';
import type { CommunityGraph } from './communityGraph.js';
import { brokerRanking } from './internal/brokerRanking.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges } from './internal/graphInput.js';
import type { TieList } from './tieList.js';

/**
 * Options of {@link brokers}.
 *
 * @example
 * ```ts
 * BrokersOptionsSchema.parse({}); // → { top: 10, weighted: true, method: 'auto', budget: 1000000000, epsilon: 0.01, delta: 0.1, seed: 1, threads: 'auto' }
 * ```
 */
export const BrokersOptionsSchema = z.strictObject({
  /** How many brokers to return. */
  top: z.number().int().positive().default(10),
  /** Weighted measures (ties stronger → shorter paths; weights in constraint). */
  weighted: z.boolean().default(true),
  /** Cluster of every node (from `findClusters`), to name the clusters each broker bridges. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Betweenness method: `auto` (by `budget`), `exact` or `sampled`. */
  method: z.enum(['auto', 'exact', 'sampled']).default(BETWEENNESS_DEFAULTS.method),
  /** Work budget of betweenness (node and tie visits): exact when it fits, a sampled estimate with a stated bound above (see `betweennessCentrality`). */
  budget: z.number().positive().default(BETWEENNESS_DEFAULTS.budget),
  /** Error bound ε of the sampled estimate (Riondato–Kornaropoulos scale). */
  epsilon: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.epsilon),
  /** Probability δ that the sampled estimate misses its bound. */
  delta: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.delta),
  /** Seed of the sampler. */
  seed: z.number().int().default(BETWEENNESS_DEFAULTS.seed),
  /** Threads of exact betweenness: `auto` (worker threads in Node when the work pays for them) or a count; 1 keeps it on the calling thread (see `betweennessCentrality`). */
  threads: BetweennessCentralityOptionsSchema.shape.threads,
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
  /** How betweenness was computed: `exact`, or `sampled` with ε, δ, the sample count and the error bound on the normalised scale; with the estimated exact work and the budget. */
  betweenness: Omit<BetweennessResult, 'scores'>;
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
 * Betweenness comes from {@link betweennessCentrality}: exact (Brandes) when
 * its estimated work fits `budget` (default 10⁹ node and tie visits, seconds
 * on a small machine), above that a Riondato–Kornaropoulos sampled estimate;
 * `result.betweenness` says which, with ε, δ, the sample count, the error
 * bound, the estimated exact work and the budget.
 *
 * Cost: O(n m + n² log n) for exact weighted betweenness (O(r m) sampled);
 * O(Σ_i Σ_{j∈N(i)} deg j) for Burt's measures; O(n + m) for articulation
 * points. Self-loops are ignored (they are no contact of one's own).
 *
 * @param input - an undirected graph (e.g. from `interactionGraph`), or a {@link TieList} (read as it is, no graphology graph built; parallel ties add up, as {@link graphFromTies} merges them)
 * @param options - `top`, `weighted`, `clusterOf`, and the betweenness work budget with ε, δ, seed and threads
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
  const edges = indexedEdges('brokers', input, 'graph', { weights: opts.weighted });
  const ids = edges.ids;
  const g = csrFromEdges(ids.length, edges, { selfLoops: 'drop', parallel: 'sum', nonPositive: 'zero' });
  return brokerRanking(input, edges, g, opts.top, opts.clusterOf, {
    weighted: opts.weighted,
    normalized: true,
    method: opts.method,
    budget: opts.budget,
    epsilon: opts.epsilon,
    delta: opts.delta,
    seed: opts.seed,
    threads: opts.threads,
  });
}
