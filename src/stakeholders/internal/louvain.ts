/**
 * Louvain community detection (Blondel et al. 2008) on a compressed sparse row
 * (CSR) graph in typed arrays, with the refinements that make networkit's PLM
 * fast (Staudt & Meyerhenke 2016): a work queue of nodes whose neighbourhood
 * changed instead of full sweeps, a dense scratch array plus a touched list
 * for node-to-community weights (no Maps in the hot loop), and aggregation of
 * every level into a coarse CSR graph.
 *
 * Modularity follows NetworkX / Newman (2006) with resolution γ:
 * Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], where m is the total edge weight (a
 * self-loop counted once), L_c the weight of edges inside c (self-loops once)
 * and K_c the sum of degrees in c (a self-loop adds 2w to its node's degree).
 */
import { freeBuffers } from '../../model/internal/ownedColumns.js';
import type { Rng } from '../../model/rng.js';
import type { Csr } from './csr.js';

function degrees(g: Csr): { k: Float64Array; m: number } {
  const { n, offsets, weights, loops } = g;
  const k = new Float64Array(n);
  let twoM = 0;
  for (let i = 0; i < n; i++) {
    let s = 2 * (loops[i] as number);
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++)
      s += weights === null ? 1 : (weights[p] as number);
    k[i] = s;
    twoM += s;
  }
  return { k, m: twoM / 2 };
}

/** Modularity of a partition (community ids in [0, n)) of a CSR graph; 0 when the graph has no weight. */
export function csrModularity(g: Csr, community: Int32Array, resolution: number): number {
  const { n, offsets, targets, weights, loops } = g;
  const { k, m } = degrees(g);
  if (m === 0) return 0;
  const inner = new Float64Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    (tot[c] as number) += k[i] as number;
    let s = loops[i] as number;
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++)
      if (community[targets[p] as number] === c) s += (weights === null ? 1 : (weights[p] as number)) / 2;
    (inner[c] as number) += s;
  }
  let q = 0;
  for (let c = 0; c < n; c++) {
    const t = tot[c] as number;
    if (t === 0 && inner[c] === 0) continue;
    q += (inner[c] as number) / m - resolution * (t / (2 * m)) * (t / (2 * m));
  }
  return q;
}

/**
 * Local moving phase with a FIFO work queue: every node starts in the queue in
 * a seeded random order; a node moves to the neighbouring community with the
 * largest modularity gain (ties: its own community, then the first seen);
 * when it moves, its neighbours outside the new community are queued again.
 * Returns the number of moves and leaves the result in `community`.
 */
function localMoving(
  g: Csr,
  k: Float64Array,
  m: number,
  resolution: number,
  rng: Rng,
  community: Int32Array,
): number {
  const { n, offsets, targets, weights } = g;
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    tot[i] = k[i] as number;
  }
  const queue = new Int32Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = queue[i] as number;
    queue[i] = queue[j] as number;
    queue[j] = t;
  }
  const inQueue = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  const scratch = new Float64Array(n);
  const touched = new Int32Array(n);
  const scale = resolution / (2 * m);
  let moves = 0;
  // A move must gain at least this much (relative to m) to count: avoids cycling on rounding noise.
  const eps = 1e-12 * m;
  while (size > 0) {
    const i = queue[head] as number;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    inQueue[i] = 0;
    const ci = community[i] as number;
    const ki = k[i] as number;
    let nt = 0;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    for (let p = start; p < end; p++) {
      const c = community[targets[p] as number] as number;
      if (scratch[c] === 0) touched[nt++] = c;
      (scratch[c] as number) += weights === null ? 1 : (weights[p] as number);
    }
    (tot[ci] as number) -= ki;
    // gain(c) ∝ w_ic − γ k_i tot_c / 2m (the common factor 1/m dropped)
    const ownGain = (scratch[ci] as number) - scale * ki * (tot[ci] as number);
    let best = ci;
    let bestGain = ownGain;
    for (let t = 0; t < nt; t++) {
      const c = touched[t] as number;
      if (c !== ci) {
        const gain = (scratch[c] as number) - scale * ki * (tot[c] as number);
        if (gain > bestGain + eps) {
          bestGain = gain;
          best = c;
        }
      }
      scratch[c] = 0;
    }
    scratch[ci] = 0;
    (tot[best] as number) += ki;
    if (best !== ci) {
      community[i] = best;
      moves++;
      for (let p = start; p < end; p++) {
        const j = targets[p] as number;
        if (inQueue[j] === 0 && community[j] !== best) {
          inQueue[j] = 1;
          let tail = head + size;
          if (tail >= n) tail -= n;
          queue[tail] = j;
          size++;
        }
      }
    }
  }
  freeBuffers([tot, queue, inQueue, scratch, touched]);
  return moves;
}

/** Renumbers community ids to 0..C-1 in order of first appearance; returns C. */
function renumber(community: Int32Array): number {
  const map = new Int32Array(community.length).fill(-1);
  let next = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i] as number;
    if (map[c] === -1) map[c] = next++;
    community[i] = map[c] as number;
  }
  freeBuffers([map]);
  return next;
}

/** The coarse graph: one node per community, internal weight as a self-loop, parallel edges summed. */
function aggregate(g: Csr, community: Int32Array, count: number): Csr {
  const { n, offsets, targets, weights, loops } = g;
  // members grouped by community (counting sort)
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const c = (community[i] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < count; c++) (start[c + 1] as number) += start[c] as number;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    const at = fill[c] as number;
    fill[c] = at + 1;
    members[at] = i;
  }
  const newLoops = new Float64Array(count);
  const scratch = new Float64Array(count);
  const touched = new Int32Array(count);
  const offs = new Int32Array(count + 1);
  let cap = Math.max(16, Math.min(targets.length, 4 * count));
  let tg = new Int32Array(cap);
  let wt = new Float64Array(cap);
  let len = 0;
  for (let c = 0; c < count; c++) {
    let nt = 0;
    let inner = 0;
    for (let q = start[c] as number, qe = start[c + 1] as number; q < qe; q++) {
      const i = members[q] as number;
      inner += loops[i] as number;
      for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
        const d = community[targets[p] as number] as number;
        const w = weights === null ? 1 : (weights[p] as number);
        if (d === c) inner += w / 2;
        else {
          if (scratch[d] === 0) touched[nt++] = d;
          (scratch[d] as number) += w;
        }
      }
    }
    newLoops[c] = inner;
    if (len + nt > cap) {
      cap = Math.max(cap * 2, len + nt);
      const t2 = new Int32Array(cap);
      t2.set(tg.subarray(0, len));
      tg = t2;
      const w2 = new Float64Array(cap);
      w2.set(wt.subarray(0, len));
      wt = w2;
    }
    for (let t = 0; t < nt; t++) {
      const d = touched[t] as number;
      tg[len] = d;
      wt[len] = scratch[d] as number;
      len++;
      scratch[d] = 0;
    }
    offs[c + 1] = len;
  }
  const coarse = {
    n: count,
    offsets: offs,
    targets: tg.slice(0, len),
    weights: wt.slice(0, len),
    loops: newLoops,
  };
  freeBuffers([start, fill, members, scratch, touched, tg, wt]);
  return coarse;
}

/** Result of {@link louvainCsr}. */
export interface LouvainResult {
  /** Community of every node, numbered 0..count-1 in order of first appearance. */
  community: Int32Array;
  count: number;
  modularity: number;
  /** Number of aggregation levels run. */
  levels: number;
}

/**
 * Louvain on a CSR graph: local moving, aggregation, repeated until a level
 * moves no node. A graph without edge weight gives every node its own community
 * and modularity 0. Deterministic for a given `rng` sequence.
 */
export function louvainCsr(graph: Csr, resolution: number, rng: Rng): LouvainResult {
  const n0 = graph.n;
  const result = new Int32Array(n0);
  for (let i = 0; i < n0; i++) result[i] = i;
  let g = graph;
  let levels = 0;
  let { k, m } = degrees(graph);
  if (m > 0) {
    for (;;) {
      if (levels > 0) {
        freeBuffers([k]);
        k = degrees(g).k;
      }
      const community = new Int32Array(g.n);
      const moves = localMoving(g, k, m, resolution, rng, community);
      levels++;
      if (moves === 0) break;
      const count = renumber(community);
      for (let i = 0; i < n0; i++) result[i] = community[result[i] as number] as number;
      if (count === g.n) break;
      const coarse = aggregate(g, community, count);
      freeBuffers(g === graph ? [community] : [community, g.offsets, g.targets, g.weights, g.loops]);
      g = coarse;
    }
  }
  const count = renumber(result);
  const modularity = singletonModularity(g, k, m, resolution);
  // Every level's arrays are private: their memory goes back now rather than
  // at the caller's next full collection (see freeBuffers).
  freeBuffers(g === graph ? [k] : [k, g.offsets, g.targets, g.weights, g.loops]);
  return { community: result, count, modularity, levels };
}

/**
 * Modularity of the all-singletons partition of `g` (degrees `k`, total
 * weight `m` of the original graph): the modularity of the final partition
 * when `g` is its coarse graph, as aggregation keeps every community's
 * internal weight (its self-loop) and degree. O(nodes of g), not a pass over
 * the original edges.
 */
function singletonModularity(g: Csr, k: Float64Array, m: number, resolution: number): number {
  if (m === 0) return 0;
  let q = 0;
  for (let c = 0; c < g.n; c++) {
    const share = (k[c] as number) / (2 * m);
    q += (g.loops[c] as number) / m - resolution * share * share;
  }
  return q;
}
