import { z } from 'zod';
import { createRng } from '../model/rng.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { betweennessWork } from './internal/betweennessWork.js';
import { sampledBetweenness, tieLengths } from './internal/brandes.js';
import { exactBetweennessThreaded, threadCount } from './internal/brandesPool.js';
import { csrFromEdges } from './internal/csr.js';
import { indexedEdges } from './internal/graphInput.js';
import type { TieList } from './tieList.js';

/** Defaults of {@link BetweennessCentralityOptionsSchema}. */
export const BETWEENNESS_DEFAULTS = {
  weighted: false,
  normalized: true,
  method: 'auto',
  budget: 1_000_000_000,
  epsilon: 0.01,
  delta: 0.1,
  seed: 1,
  threads: 'auto',
} as const;

/** The fewest samples drawn, whatever the budget: below this the bound says nothing. */
const MIN_SAMPLES = 100;

/**
 * Options of {@link betweennessCentrality}.
 *
 * @example
 * ```ts
 * BetweennessCentralityOptionsSchema.parse({}); // → { weighted: false, normalized: true, method: 'auto', budget: 1000000000, epsilon: 0.01, delta: 0.1, seed: 1, threads: 'auto' }
 * ```
 */
export const BetweennessCentralityOptionsSchema = z.strictObject({
  /** Read the `weight` attribute as tie strength: a tie of strength w has length 1/w (as `brokers` does). */
  weighted: z.boolean().default(BETWEENNESS_DEFAULTS.weighted),
  /** Divide by (n−1)(n−2), as NetworkX's `betweenness_centrality(normalized=True)` does on undirected graphs. */
  normalized: z.boolean().default(BETWEENNESS_DEFAULTS.normalized),
  /** `auto` chooses by `budget`; `exact` and `sampled` force one (sampled still draws no more samples than fit the budget). */
  method: z.enum(['auto', 'exact', 'sampled']).default(BETWEENNESS_DEFAULTS.method),
  /**
   * Work budget, in node and tie visits of shortest-path searches (× log₂ of
   * the component size when weighted; measured, about 3·10⁸ a second on a
   * small machine, so the default is a few seconds): exact (Brandes) when its estimated work
   * fits, else a sampled estimate (Riondato–Kornaropoulos) with as many
   * samples as ε asks for — or as fit the budget, with the larger ε they give.
   */
  budget: z.number().positive().default(BETWEENNESS_DEFAULTS.budget),
  /** Additive error bound ε wanted of the sampled estimate, on Riondato–Kornaropoulos's scale (share of all ordered pairs). */
  epsilon: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.epsilon),
  /** Probability δ that some sampled estimate misses its bound. */
  delta: z.number().gt(0).lt(1).default(BETWEENNESS_DEFAULTS.delta),
  /** Seed of the sampler (same seed, same estimate). */
  seed: z.number().int().default(BETWEENNESS_DEFAULTS.seed),
  /**
   * Threads for exact betweenness: `auto` uses up to `os.availableParallelism()`
   * worker threads in Node when the estimated work is large enough to pay for
   * starting them (4·10⁷, about 0.3 s on one thread), else one; a number uses
   * that many (the calling thread included). The scores are the same bytes
   * whatever the count; browsers, and runtimes without worker threads,
   * shared memory or `Atomics.wait`, always run on one thread.
   */
  threads: z.union([z.literal('auto'), z.number().int().positive()]).default(BETWEENNESS_DEFAULTS.threads),
});

/** Options of {@link betweennessCentrality} (as accepted). */
export type BetweennessCentralityOptions = z.input<typeof BetweennessCentralityOptionsSchema>;

/**
 * Result of {@link betweennessCentrality}.
 *
 * @example
 * ```ts
 * BetweennessResultSchema.shape.method.options; // → ['exact', 'sampled']
 * ```
 */
export const BetweennessResultSchema = z.object({
  /** Betweenness of every node, by node id. */
  scores: z.record(z.string(), z.number()),
  /** `exact` (Brandes) or `sampled` (Riondato–Kornaropoulos). */
  method: z.enum(['exact', 'sampled']),
  /** For `sampled`: ε used, the additive error bound on Riondato–Kornaropoulos's scale (larger than asked when the budget capped the samples); null when exact. */
  epsilon: z.number().nullable(),
  /** For `sampled`: δ, the probability that some score misses its bound; null when exact. */
  delta: z.number().nullable(),
  /** For `sampled`: the number of random shortest paths drawn; null when exact. */
  samples: z.number().int().nullable(),
  /** For `sampled`: with probability ≥ 1 − δ every score is within this of the exact one (on the scale of `scores`); 0 when exact. */
  errorBound: z.number(),
  /** Estimated work of exact betweenness (Σ over connected components of searches × (nodes + 2 × ties), × log₂ nodes when weighted; a search from every member with a tie but the folded leaves), compared with `budget`. */
  exactWork: z.number(),
  /** The work budget the method was chosen by. */
  budget: z.number(),
  /** Whether ties were weighted (length 1/weight). */
  weighted: z.boolean(),
  /** Whether scores are normalised by (n−1)(n−2). */
  normalized: z.boolean(),
});

/** Result of {@link betweennessCentrality}. */
export type BetweennessResult = z.output<typeof BetweennessResultSchema>;

/**
 * Betweenness centrality of every node: the share of shortest paths between
 * other pairs that pass through it (Freeman 1977), computed exactly with
 * Brandes' algorithm (2001) on a compact typed-array adjacency when its
 * estimated work fits `budget`, else estimated by Riondato & Kornaropoulos's
 * sampling ("Fast approximation of betweenness centrality through sampling",
 * DMKD 2016) with a stated error bound. The work of exact betweenness is
 * estimated per connected component (n_c · (n_c + 2 m_c) summed, × log₂ n_c
 * when weighted): members
 * without a tie cost nothing, so a big community whose talking core is small
 * stays exact. A member with one contact starts no search of its own: every
 * path from it runs through that contact, so its dependencies are the
 * contact's (the degree-1 case of Baglioni et al. 2012) — on community graphs,
 * where many members talk to one person only, that saves many of the
 * searches, and the work estimate counts only the searches that run.
 * Unweighted searches (and weighted ones where every tie has the same
 * length) are direction-optimising breadth-first searches (Beamer et al.
 * 2012): a level whose unreached nodes have fewer ties than the frontier is
 * found from the unreached side, and a search stops once its component is
 * reached — the work estimate is then an upper bound. The sampled
 * estimate draws the samples ε and δ ask for, at most as many as fit the
 * budget (at least 100); when the budget caps them, ε
 * is the larger one they give — `epsilon` and `errorBound` in the result are
 * always the ones that hold. Scores equal NetworkX's `betweenness_centrality` on
 * undirected graphs (to 1e-9). With `weighted`, a tie of strength w is a path
 * of length 1/w (a strong tie is a short path), as in `brokers`; zero or
 * negative weights become a near-infinite length (1e12). The graph is read as
 * undirected; self-loops are ignored; parallel edges are merged. A tie
 * list gives the same scores as the graphology graph with the same ties.
 *
 * Threads: exact betweenness runs on worker threads in Node (≥ 20.16 or
 * 22.3) when `threads` asks for more than one — `auto`, the default, does
 * when the estimated work is at least 4·10⁷ (about 0.3 s on one thread),
 * with up to `os.availableParallelism()` threads. The function stays
 * synchronous: the calling thread works too, then blocks in `Atomics.wait`
 * until the workers are done; workers are terminated at the end and never
 * keep the process alive. The searches are split into chunks fixed by the
 * graph alone, each summed into its own buffer and added in chunk order, so
 * the scores are the same bytes whatever the thread count — and in browsers,
 * or wherever worker threads, shared memory or `Atomics.wait` are missing or
 * the worker file cannot be found, the same chunks run one after the other.
 *
 * Cost: exact O(V·E) unweighted, O(V·E + V² log V) weighted; sampled
 * O(r·E) with r = ⌈(0.5/ε²)(⌊log₂(VD−2)⌋ + 1 + ln(1/δ))⌉ paths, VD a bound on
 * the vertex diameter; either way about `budget` visits at most (plus a
 * minimum of 100 samples).
 *
 * @param graph - a graphology graph (e.g. from `interactionGraph`) or a {@link TieList} (e.g. from `interactionTies`)
 * @param options - weighting, normalisation, method (auto, exact, sampled), work budget, ε, δ, seed, threads
 * @returns scores by node id, with the method, sample count and error bound used
 * @throws {@link ValidationError} when `graph` is neither a graphology graph nor a valid tie list, or an option is invalid
 * @throws {@link CommunityKitError} with code `thread-failed` when a worker thread fails
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
 * const r = betweennessCentrality(florentine);
 * r.scores.Medici; // ≈ 0.521978 — NetworkX: 0.5219780220
 * r.method; // → 'exact'
 * ```
 */
export function betweennessCentrality(
  graph: CommunityGraph | TieList,
  options: BetweennessCentralityOptions = {},
): BetweennessResult {
  const opts = parseWith('betweennessCentrality', BetweennessCentralityOptionsSchema, options, 'options');
  const input = indexedEdges('betweennessCentrality', graph, 'graph', { weights: opts.weighted });
  const ids = input.ids;
  const n = ids.length;
  const g = csrFromEdges(n, input, { selfLoops: 'drop', parallel: 'sum', nonPositive: 'zero' });
  const lengths = opts.weighted ? tieLengths(g) : null;
  const work = betweennessWork(g, opts.weighted);
  const base = {
    exactWork: work.exact,
    budget: opts.budget,
    weighted: opts.weighted,
    normalized: opts.normalized,
  };
  const scores: Record<string, number> = {};
  const exact = opts.method === 'auto' ? work.exact <= opts.budget : opts.method === 'exact';
  if (exact || n < 3) {
    const raw = exactBetweennessThreaded(g, lengths, threadCount(opts.threads, work.exact)).scores;
    const scale = opts.normalized ? (n > 2 ? 1 / ((n - 1) * (n - 2)) : 0) : 0.5;
    for (let i = 0; i < n; i++) scores[ids[i] as string] = (raw[i] as number) * scale;
    return { scores, method: 'exact', epsilon: null, delta: null, samples: null, errorBound: 0, ...base };
  }
  const maxSamples = Math.max(MIN_SAMPLES, Math.floor(opts.budget / Math.max(1, work.perSample)));
  const s = sampledBetweenness(g, lengths, opts.epsilon, opts.delta, createRng(opts.seed), maxSamples);
  // RK estimates Σ σ_uv(w)/σ_uv / (n(n−1)) over ordered pairs; NetworkX's normalised scale is that × n/(n−2).
  const scale = opts.normalized ? n / (n - 2) : (n * (n - 1)) / 2;
  for (let i = 0; i < n; i++) scores[ids[i] as string] = (s.estimate[i] as number) * scale;
  return {
    scores,
    method: 'sampled',
    epsilon: s.epsilon,
    delta: opts.delta,
    samples: s.samples,
    errorBound: s.epsilon * scale,
    ...base,
  };
}
