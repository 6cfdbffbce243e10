import type { Rng } from '../../model/rng.js';
import { betweennessChunks, chunksInSequence } from './betweennessChunks.js';
import { componentsOf } from './components.js';
import type { Csr } from './csr.js';
import { foldLeaves, isFoldedLeaf } from './leafFolding.js';
import { type BrandesKernel, unweightedBrandesKernel } from './levelBrandes.js';

/**
 * The length of every arc of `g` when ties are weighted: a tie of strength w
 * is a path of length 1/w (a strong tie is short); strength 0 becomes a
 * near-infinite length (1e12).
 */
export function tieLengths(g: Csr): Float64Array {
  const { weights } = g;
  const lengths = new Float64Array(g.targets.length);
  for (let p = 0; p < lengths.length; p++)
    lengths[p] = weights === null ? 1 : 1 / Math.max(weights[p] as number, 1e-12);
  return lengths;
}

/** Work buffers for single-source shortest-path counting on a CSR graph (BFS, or Dijkstra over `lengths`). */
export class ShortestPaths {
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  readonly order: Int32Array;
  readonly delta: Float64Array;
  settled = 0;
  private readonly heapKey: Float64Array;
  private readonly heapNode: Int32Array;
  private readonly done: Uint8Array;

  constructor(
    private readonly g: Csr,
    /** Arc lengths (see {@link tieLengths}); null: every tie has length 1. */
    private readonly lengths: Float64Array | null,
  ) {
    this.dist = new Float64Array(g.n);
    this.sigma = new Float64Array(g.n);
    this.order = new Int32Array(g.n);
    this.delta = new Float64Array(g.n);
    const cap = lengths !== null ? g.targets.length + g.n + 1 : 1;
    this.heapKey = new Float64Array(cap);
    this.heapNode = new Int32Array(cap);
    this.done = new Uint8Array(lengths !== null ? g.n : 0);
  }

  /** Runs BFS (unweighted) or Dijkstra (weighted) from `s`; stops early once `stopAt` is settled. */
  run(s: number, stopAt = -1): void {
    const { dist, sigma, order } = this;
    const { offsets, targets } = this.g;
    dist.fill(Number.POSITIVE_INFINITY);
    sigma.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let count = 0;
    const lengths = this.lengths;
    if (lengths === null) {
      order[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const v = order[head++] as number;
        count++;
        if (v === stopAt) break;
        const dv = (dist[v] as number) + 1;
        const sv = sigma[v] as number;
        for (let p = offsets[v] as number, end = offsets[v + 1] as number; p < end; p++) {
          const w = targets[p] as number;
          const dw = dist[w] as number;
          if (dw === Number.POSITIVE_INFINITY) {
            dist[w] = dv;
            order[tail++] = w;
            sigma[w] = sv;
          } else if (dw === dv) sigma[w] = (sigma[w] as number) + sv;
        }
      }
      this.settled = count;
      return;
    }
    const { heapKey, heapNode, done } = this;
    done.fill(0);
    let size = 0;
    const push = (key: number, node: number): void => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((heapKey[parent] as number) <= key) break;
        heapKey[i] = heapKey[parent] as number;
        heapNode[i] = heapNode[parent] as number;
        i = parent;
      }
      heapKey[i] = key;
      heapNode[i] = node;
    };
    const pop = (): number => {
      const top = heapNode[0] as number;
      const key = heapKey[--size] as number;
      const node = heapNode[size] as number;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && (heapKey[c + 1] as number) < (heapKey[c] as number)) c++;
        if ((heapKey[c] as number) >= key) break;
        heapKey[i] = heapKey[c] as number;
        heapNode[i] = heapNode[c] as number;
        i = c;
      }
      heapKey[i] = key;
      heapNode[i] = node;
      return top;
    };
    push(0, s);
    while (size > 0) {
      const v = pop();
      if (done[v]) continue;
      done[v] = 1;
      order[count++] = v;
      if (v === stopAt) break;
      const d = dist[v] as number;
      const sv = sigma[v] as number;
      for (let p = offsets[v] as number, end = offsets[v + 1] as number; p < end; p++) {
        const w = targets[p] as number;
        if (done[w]) continue;
        const alt = d + (lengths[p] as number);
        const dw = dist[w] as number;
        if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sv;
          push(alt, w);
        } else if (alt === dw) sigma[w] = (sigma[w] as number) + sv;
      }
    }
    this.settled = count;
  }

  /** True when `v` precedes `w` on a shortest path (tie at CSR position `p` from w to v). */
  isPredecessor(v: number, w: number, p: number): boolean {
    const dv = this.dist[v] as number;
    if (dv === Number.POSITIVE_INFINITY) return false;
    const lengths = this.lengths;
    return lengths !== null ? dv + (lengths[p] as number) === this.dist[w] : dv + 1 === this.dist[w];
  }
}

/**
 * Exact betweenness by Brandes' algorithm (2001): the sum over ordered pairs
 * (s, t) of the share of shortest s–t paths through each node (each unordered
 * pair counted twice). Searches start only at nodes with a tie, and not at
 * leaves (see `foldLeaves`). Unweighted — or weighted with every tie of the
 * same length, where the shortest paths are the fewest-tie paths —
 * direction-optimising BFS (see `unweightedBetweenness`); else Dijkstra
 * ({@link weightedBrandesKernel}). The sources are split into the chunks of
 * `betweennessChunks`, run one after the other here — as threads run them in
 * `brandesPool`, to the same bytes.
 * O(V·E) unweighted, O(V·E + V² log V) with `lengths`.
 */
export function exactBetweenness(g: Csr, lengths: Float64Array | null): Float64Array {
  const folded = foldLeaves(g);
  return chunksInSequence(g.n, betweennessChunks(g), exactKernel(g, lengths, folded));
}

/** The kernel of exact betweenness on `g`: BFS when `lengths` is null or all equal, else Dijkstra. */
export function exactKernel(g: Csr, lengths: Float64Array | null, folded: Int32Array): BrandesKernel {
  const dijkstra = searchLengths(lengths);
  return dijkstra === null ? unweightedBrandesKernel(g, folded) : weightedBrandesKernel(g, dijkstra, folded);
}

/** The arc lengths Dijkstra needs, or null when breadth-first searches find the same paths (no lengths, or all equal). */
export function searchLengths(lengths: Float64Array | null): Float64Array | null {
  return lengths === null || allEqual(lengths) ? null : lengths;
}

/**
 * Weighted Brandes (Dijkstra with a binary heap) over a range of sources, its
 * buffers allocated once (see `BrandesKernel`; leaves folded as in
 * `unweightedBetweenness`).
 */
export function weightedBrandesKernel(g: Csr, lengths: Float64Array, folded: Int32Array): BrandesKernel {
  const sp = new ShortestPaths(g, lengths);
  const { sigma, order, delta } = sp;
  const { offsets, targets } = g;
  return (first, last, bc) => {
    for (let s = first; s < last; s++) {
      // A member without a tie lies on no path and starts none: no search (and no O(n) reset).
      if (offsets[s + 1] === offsets[s] || isFoldedLeaf(g, s)) continue;
      sp.run(s);
      const times = 1 + (folded[s] as number);
      for (let i = 0; i < sp.settled; i++) delta[order[i] as number] = 0;
      for (let i = sp.settled - 1; i > 0; i--) {
        const w = order[i] as number;
        const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
        for (let p = offsets[w] as number, end = offsets[w + 1] as number; p < end; p++) {
          const v = targets[p] as number;
          if (sp.isPredecessor(v, w, p)) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
        }
        bc[w] = (bc[w] as number) + times * (delta[w] as number);
      }
      bc[s] = (bc[s] as number) + (folded[s] as number) * (sp.settled - 2);
    }
  };
}

/** True when every entry of `xs` is the same number. */
function allEqual(xs: Float64Array): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

/**
 * An upper bound on the vertex diameter VD of `g` — the most nodes on one
 * shortest path, in any connected component — as Riondato–Kornaropoulos's
 * sample size needs it. In a component of n_c nodes, a search from one node s
 * finds its eccentricity e(s); every shortest path is at most 2·e(s) long, so
 * it has at most 2·e(s) + 1 nodes unweighted; weighted, a path of h ties is
 * at least as long as the component's h shortest ties together, so it has at
 * most h + 1 nodes for the largest h whose h shortest ties fit in 2·e(s) —
 * and never more than n_c.
 * Components are visited largest first, and a component no larger than the
 * bound so far needs no search.
 */
export function vertexDiameterBound(g: Csr, lengths: Float64Array | null): number {
  const n = g.n;
  const comps = componentsOf(g);
  const roots: number[] = [];
  const sizes: number[] = [];
  for (let c = 0; c + 1 < comps.start.length; c++) {
    if (comps.arcs[c] === 0) continue;
    roots.push(comps.nodes[comps.start[c] as number] as number);
    sizes.push((comps.start[c + 1] as number) - (comps.start[c] as number));
  }
  const bySize = roots.map((_, i) => i).sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
  const sp = new ShortestPaths(g, lengths);
  let vd = Math.min(n, 2);
  for (const c of bySize) {
    const size = sizes[c] as number;
    if (size <= vd) break;
    sp.run(roots[c] as number);
    let ecc = 0;
    for (let i = 0; i < sp.settled; i++) ecc = Math.max(ecc, sp.dist[sp.order[i] as number] as number);
    const hops = lengths === null ? 2 * ecc : mostTiesWithin(sp, g, lengths, 2 * ecc);
    vd = Math.max(vd, Math.min(size, hops + 1));
  }
  return vd;
}

/**
 * The most ties a simple path of length at most `bound` can have in the
 * component `sp` just searched: the largest h such that its h shortest ties
 * add up to no more than `bound` (a simple path uses each tie once).
 */
function mostTiesWithin(sp: ShortestPaths, g: Csr, lengths: Float64Array, bound: number): number {
  const { offsets, targets } = g;
  const ties: number[] = [];
  for (let i = 0; i < sp.settled; i++) {
    const v = sp.order[i] as number;
    for (let p = offsets[v] as number, end = offsets[v + 1] as number; p < end; p++)
      if (v < (targets[p] as number)) ties.push(lengths[p] as number);
  }
  const sorted = Float64Array.from(ties).sort();
  // (1 + 1e-9): float sums in another order may differ by a rounding
  const limit = bound * (1 + 1e-9);
  let sum = 0;
  let h = 0;
  while (h < sorted.length && sum + (sorted[h] as number) <= limit) sum += sorted[h++] as number;
  return h;
}

/** Result of the Riondato–Kornaropoulos estimate. */
export interface SampledBetweenness {
  /** Estimated share of all ordered pairs' shortest paths through each node (RK normalisation). */
  estimate: Float64Array;
  samples: number;
  /** The ε the sample count gives: the one asked, or a larger one when `maxSamples` capped the count. */
  epsilon: number;
  vertexDiameterBound: number;
}

/**
 * Riondato & Kornaropoulos (2016), "Fast approximation of betweenness
 * centrality through sampling", DMKD 30(2): draws r = ⌈(c/ε²)(⌊log₂(VD−2)⌋ + 1
 * + ln(1/δ))⌉ random pairs (c = 0.5, VD a bound on the vertex diameter) and one
 * uniformly chosen shortest path per pair (VD from {@link vertexDiameterBound});
 * with probability ≥ 1−δ every
 * estimate is within ε of the true normalised betweenness. When r exceeds
 * `maxSamples`, r = `maxSamples` and ε is the one that r gives (solving the
 * same formula for ε), so the work stays within budget and the bound stays true.
 */
export function sampledBetweenness(
  g: Csr,
  lengths: Float64Array | null,
  epsilon: number,
  deltaProb: number,
  rng: Rng,
  maxSamples = Number.POSITIVE_INFINITY,
): SampledBetweenness {
  const estimate = new Float64Array(g.n);
  if (g.n < 3) return { estimate, samples: 0, epsilon, vertexDiameterBound: g.n };
  const sp = new ShortestPaths(g, lengths);
  const vd = vertexDiameterBound(g, lengths);
  const logTerm = Math.floor(Math.log2(Math.max(1, vd - 2))) + 1 + Math.log(1 / deltaProb);
  const wanted = Math.ceil((0.5 / (epsilon * epsilon)) * logTerm);
  const r = Math.max(1, Math.min(wanted, Math.floor(maxSamples)));
  const epsilonUsed = r === wanted ? epsilon : Math.sqrt((0.5 * logTerm) / r);
  const { offsets, targets } = g;
  const inc = 1 / r;
  for (let k = 0; k < r; k++) {
    const u = Math.floor(rng() * g.n);
    let v = Math.floor(rng() * (g.n - 1));
    if (v >= u) v++;
    sp.run(u, v);
    if (sp.dist[v] === Number.POSITIVE_INFINITY) continue;
    let w = v;
    while (w !== u) {
      // Pick a predecessor z with probability sigma[z] / sigma[w].
      let x = rng() * (sp.sigma[w] as number);
      let chosen = -1;
      for (let p = offsets[w] as number, end = offsets[w + 1] as number; p < end; p++) {
        const z = targets[p] as number;
        if (!sp.isPredecessor(z, w, p)) continue;
        chosen = z;
        x -= sp.sigma[z] as number;
        if (x < 0) break;
      }
      if (chosen === u || chosen < 0) break;
      estimate[chosen] = (estimate[chosen] as number) + inc;
      w = chosen;
    }
  }
  return { estimate, samples: r, epsilon: epsilonUsed, vertexDiameterBound: vd };
}
