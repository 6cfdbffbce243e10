import type { Csr } from './csr.js';

/**
 * Articulation points of an undirected CSR graph (Hopcroft–Tarjan, iterative
 * so deep graphs cannot overflow the stack): 1 for every node whose removal
 * adds a connected component.
 */
export function articulationPointsOf(g: Csr): Uint8Array {
  const { n, offsets, targets } = g;
  const points = new Uint8Array(n);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n);
  // next arc to look at, per node on the DFS stack
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = counter;
    low[root] = counter++;
    parent[root] = -1;
    next[root] = offsets[root] as number;
    let rootChildren = 0;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[top - 1] as number;
      const p = next[v] as number;
      if (p < (offsets[v + 1] as number)) {
        next[v] = p + 1;
        const w = targets[p] as number;
        if (w === parent[v]) continue;
        if (index[w] !== -1) low[v] = Math.min(low[v] as number, index[w] as number);
        else {
          index[w] = counter;
          low[w] = counter++;
          parent[w] = v;
          next[w] = offsets[w] as number;
          if (v === root) rootChildren++;
          stack[top++] = w;
        }
      } else {
        top--;
        const u = parent[v] as number;
        if (u !== -1) {
          low[u] = Math.min(low[u] as number, low[v] as number);
          if (u !== root && (low[v] as number) >= (index[u] as number)) points[u] = 1;
        }
      }
    }
    if (rootChildren > 1) points[root] = 1;
  }
  return points;
}

/** Burt's measures of every node (NaN for a node without a tie). */
export interface BurtMeasures {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/**
 * Burt's constraint and effective size (Burt 1992), as NetworkX computes them
 * for undirected graphs, on a CSR graph with merged parallel edges:
 * p_ij = w_ij / Σ_k w_ik; constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²;
 * effective size e_i = Σ_j (1 − Σ_q p_iq m_jq) with m_jq = w_jq / max_k w_jk,
 * q ranging over the neighbours of i (p_qj and m_jq are 0 unless q and j are
 * tied). Each node marks its neighbours, then reads each neighbour's row once:
 * O(Σ_i Σ_{j∈N(i)} deg j) instead of a lookup per pair of neighbours. NaN for
 * nodes without a tie.
 */
export function burtMeasures(g: Csr): BurtMeasures {
  const { n, offsets, targets, weights } = g;
  const strength = new Float64Array(n);
  const maxW = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    let m = 0;
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
      const w = weights === null ? 1 : (weights[p] as number);
      s += w;
      if (w > m) m = w;
    }
    strength[i] = s;
    maxW[i] = m;
  }
  const constraint = new Float64Array(n).fill(Number.NaN);
  const effectiveSize = new Float64Array(n).fill(Number.NaN);
  // p_iq of the current node's neighbours q, valid where mark[q] === i + 1
  const pOf = new Float64Array(n);
  const mark = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (start === end) continue;
    const si = strength[i] as number;
    for (let p = start; p < end; p++) {
      const q = targets[p] as number;
      mark[q] = i + 1;
      pOf[q] = si === 0 ? 0 : (weights === null ? 1 : (weights[p] as number)) / si;
    }
    let c = 0;
    let e = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p] as number;
      const mj = maxW[j] as number;
      let indirect = 0;
      let redundancy = 0;
      for (let r = offsets[j] as number, rEnd = offsets[j + 1] as number; r < rEnd; r++) {
        const q = targets[r] as number;
        if (mark[q] !== i + 1) continue;
        const w = weights === null ? 1 : (weights[r] as number);
        const sq = strength[q] as number;
        const piq = pOf[q] as number;
        indirect += piq * (sq === 0 ? 0 : w / sq);
        redundancy += piq * (mj === 0 ? 0 : w / mj);
      }
      c += ((pOf[j] as number) + indirect) ** 2;
      e += 1 - redundancy;
    }
    constraint[i] = c;
    effectiveSize[i] = e;
  }
  return { constraint, effectiveSize };
}
