import type { Rng } from '../../model/rng.js';
import type { Csr } from './csr.js';

/** Work buffers for single-source shortest-path counting on a CSR graph. */
export class ShortestPaths {
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  readonly order: Int32Array;
  readonly delta: Float64Array;
  settled = 0;
  private readonly heapKey: Float64Array;
  private readonly heapNode: Int32Array;

  constructor(
    private readonly g: Csr,
    private readonly weighted: boolean,
  ) {
    this.dist = new Float64Array(g.n);
    this.sigma = new Float64Array(g.n);
    this.order = new Int32Array(g.n);
    this.delta = new Float64Array(g.n);
    const cap = weighted ? g.targets.length + g.n + 1 : 1;
    this.heapKey = new Float64Array(cap);
    this.heapNode = new Int32Array(cap);
  }

  /** Length of the tie from position `p` in the CSR (1, or 1/strength when weighted). */
  length(p: number): number {
    return this.weighted ? 1 / (this.g.weights[p] as number) : 1;
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
    if (!this.weighted) {
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
    const { heapKey, heapNode, g } = this;
    const weights = g.weights;
    const done = new Uint8Array(g.n);
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
        const alt = d + 1 / (weights[p] as number);
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
    return this.weighted ? dv + 1 / (this.g.weights[p] as number) === this.dist[w] : dv + 1 === this.dist[w];
  }
}

/**
 * Exact betweenness by Brandes' algorithm (2001): the sum over ordered pairs
 * (s, t) of the share of shortest s–t paths through each node. O(V·E)
 * unweighted, O(V·E + V² log V) weighted.
 */
export function exactBetweenness(g: Csr, weighted: boolean): Float64Array {
  if (!weighted) return exactUnweighted(g);
  const bc = new Float64Array(g.n);
  const sp = new ShortestPaths(g, weighted);
  const { sigma, order, delta } = sp;
  const { offsets, targets } = g;
  for (let s = 0; s < g.n; s++) {
    // A member without a tie lies on no path and starts none: no search (and no O(n) reset).
    if (offsets[s + 1] === offsets[s]) continue;
    sp.run(s);
    for (let i = 0; i < sp.settled; i++) delta[order[i] as number] = 0;
    for (let i = sp.settled - 1; i > 0; i--) {
      const w = order[i] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let p = offsets[w] as number, end = offsets[w + 1] as number; p < end; p++) {
        const v = targets[p] as number;
        if (sp.isPredecessor(v, w, p)) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      bc[w] = (bc[w] as number) + (delta[w] as number);
    }
  }
  return bc;
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
 * uniformly chosen shortest path per pair; with probability ≥ 1−δ every
 * estimate is within ε of the true normalised betweenness. When r exceeds
 * `maxSamples`, r = `maxSamples` and ε is the one that r gives (solving the
 * same formula for ε), so the work stays within budget and the bound stays true.
 */
export function sampledBetweenness(
  g: Csr,
  weighted: boolean,
  epsilon: number,
  deltaProb: number,
  rng: Rng,
  maxSamples = Number.POSITIVE_INFINITY,
): SampledBetweenness {
  const estimate = new Float64Array(g.n);
  if (g.n < 3) return { estimate, samples: 0, epsilon, vertexDiameterBound: g.n };
  const sp = new ShortestPaths(g, weighted);
  // Vertex-diameter bound: twice the largest hop eccentricity from a few sources (+1 for vertices).
  const hop = new ShortestPaths(g, false);
  let vd = 2;
  for (let k = 0; k < 4; k++) {
    const s = Math.floor(rng() * g.n);
    hop.run(s);
    let ecc = 0;
    for (let i = 0; i < hop.settled; i++) ecc = Math.max(ecc, hop.dist[hop.order[i] as number] as number);
    vd = Math.max(vd, 2 * ecc + 1);
  }
  vd = Math.min(vd, g.n);
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

/**
 * Unweighted Brandes, specialised: BFS levels in typed arrays, no per-edge
 * calls. The forward pass records the shortest-path DAG's arcs (u, w) as it
 * counts paths; the dependency pass walks that list backwards, so it touches
 * only DAG arcs (often under half of all arcs) in sequence, instead of
 * rescanning every neighbour of every node for predecessors.
 */
function exactUnweighted(g: Csr): Float64Array {
  const n = g.n;
  const { offsets, targets } = g;
  const bc = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const dagFrom = new Int32Array(targets.length);
  const dagTo = new Int32Array(targets.length);
  for (let s = 0; s < n; s++) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let arcs = 0;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let p = offsets[v] as number; p < end; p++) {
        const w = targets[p] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = dv;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw !== dv) continue;
        else sigma[w] = (sigma[w] as number) + sv;
        dagFrom[arcs] = v;
        dagTo[arcs++] = w;
      }
    }
    // Arcs out of a node were recorded after every arc into it, so walking
    // the list backwards finishes each node's dependency before it is used.
    for (let k = arcs - 1; k >= 0; k--) {
      const v = dagFrom[k] as number;
      const w = dagTo[k] as number;
      delta[v] =
        (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      if (v !== s) bc[v] = (bc[v] as number) + (delta[v] as number);
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return bc;
}
