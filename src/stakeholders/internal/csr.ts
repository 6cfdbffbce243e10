/**
 * The one compressed-sparse-row (CSR) builder of the graph kernels: Louvain,
 * Brandes betweenness, Burt's measures and articulation points all read the
 * adjacency it builds from edge columns.
 */

/**
 * An undirected weighted graph in CSR form: node `i` has neighbours
 * `targets[offsets[i] .. offsets[i+1])` with tie strengths `weights[…]`;
 * every non-loop edge appears in both directions (rows keep edge order).
 */
export interface Csr {
  /** Number of nodes. */
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Strength of every arc; null when built without weights: every arc weighs 1, a merged pair too (a third less memory). */
  weights: Float64Array | null;
  /** Self-loop weight of every node (counted once); all 0 when self-loops are dropped. */
  loops: Float64Array;
}

/** How {@link csrFromEdges} treats self-loops, parallel edges and non-positive weights. */
export interface CsrOptions {
  /** `keep`: a self-loop adds its weight to `loops[u]`; `drop`: it is ignored. */
  selfLoops: 'keep' | 'drop';
  /** `sum`: one arc per neighbour, strengths summed; `keep`: one arc per edge; `refuse`: a repeated pair throws. */
  parallel: 'sum' | 'keep' | 'refuse';
  /** `drop` (default): only weights > 0 are edges; `zero`: an edge of weight ≤ 0 (or NaN) stays, with strength 0 (a neighbour without strength). */
  nonPositive?: 'drop' | 'zero';
}

/** Edge columns: edge `e` joins `source[e]` and `target[e]` (node indices in [0, n)) with weight `weight[e]` (1 when `weight` is null). */
export interface EdgeColumns {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array | null;
}

/**
 * Builds the CSR adjacency of `n` nodes from edge columns, in two passes over
 * the columns (count, then fill) and, with `parallel` `sum` or `refuse`, one
 * over the arcs. Rows keep edge order (a merged pair stays where it first
 * appeared), so the same columns always give the same CSR. Without weights,
 * `weights` is null: every arc weighs 1, and a pair joined twice is one tie
 * of weight 1 when parallel edges are summed (a tie exists or not).
 *
 * @throws RangeError with `parallel: 'refuse'` when two edges join the same pair
 */
export function csrFromEdges(n: number, edges: EdgeColumns, options: CsrOptions): Csr {
  const { source, target, weight } = edges;
  const m = source.length;
  const keepLoops = options.selfLoops === 'keep';
  const zero = options.nonPositive === 'zero';
  const loops = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const w = strengthOf(weight, e, zero);
    if (w < 0) continue;
    const u = source[e] as number;
    const v = target[e] as number;
    if (u === v) {
      if (keepLoops) loops[u] = (loops[u] as number) + w;
      continue;
    }
    offsets[u + 1] = (offsets[u + 1] as number) + 1;
    offsets[v + 1] = (offsets[v + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const pos = offsets.slice(0, n);
  const total = offsets[n] as number;
  const targets = new Int32Array(total);
  const weights = weight === null ? null : new Float64Array(total);
  for (let e = 0; e < m; e++) {
    const w = strengthOf(weight, e, zero);
    if (w < 0) continue;
    const u = source[e] as number;
    const v = target[e] as number;
    if (u === v) continue;
    let p = pos[u] as number;
    pos[u] = p + 1;
    targets[p] = v;
    if (weights !== null) weights[p] = w;
    p = pos[v] as number;
    pos[v] = p + 1;
    targets[p] = u;
    if (weights !== null) weights[p] = w;
  }
  const csr = { n, offsets, targets, weights, loops };
  return options.parallel === 'keep' ? csr : mergeParallel(csr, options.parallel === 'refuse');
}

/** The strength of edge `e` (1 without weights); a weight ≤ 0 or NaN gives 0 when `zero`, else −1: no edge. */
function strengthOf(weight: Float64Array | null, e: number, zero: boolean): number {
  if (weight === null) return 1;
  const w = weight[e] as number;
  return w > 0 ? w : zero ? 0 : -1;
}

/** The CSR with each row's repeated neighbours merged into their first arc (strengths summed), compacted in place. */
function mergeParallel(g: Csr, refuse: boolean): Csr {
  const { n, offsets, targets, weights } = g;
  const last = new Int32Array(n).fill(-1);
  let out = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1] as number;
    const rowStart = out;
    for (let p = start; p < end; p++) {
      const t = targets[p] as number;
      const q = last[t] as number;
      if (q >= rowStart) {
        if (refuse) throw new RangeError(`parallel edges between nodes ${i} and ${t}`);
        if (weights !== null) weights[q] = (weights[q] as number) + (weights[p] as number);
      } else {
        last[t] = out;
        targets[out] = t;
        if (weights !== null) weights[out] = weights[p] as number;
        out++;
      }
    }
    start = end;
    offsets[i + 1] = out;
  }
  if (out === targets.length) return g;
  return { ...g, targets: targets.slice(0, out), weights: weights?.slice(0, out) ?? null };
}
