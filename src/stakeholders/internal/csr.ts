import type { IndexedEdges } from './graphInput.js';

/**
 * A compact undirected adjacency (compressed sparse rows) built from a
 * graph input: node `i` has neighbours `targets[offsets[i]..offsets[i+1])`
 * with tie strengths `weights[…]`. Parallel edges are merged (strengths
 * summed); self-loops are dropped.
 */
export interface Csr {
  n: number;
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/**
 * Builds the CSR adjacency of a graph input (read as undirected), nodes in
 * its order. `strength` maps each edge's weight (0 when not positive) to its
 * tie strength (must be > 0); self-loops are dropped.
 */
export function toCsr(edges: IndexedEdges, strength: (weight: number) => number): Csr {
  const { ids } = edges;
  const n = ids.length;
  const m = edges.size;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const wts = new Float64Array(m);
  let e = 0;
  edges.visit((s, t, w) => {
    if (s === t) return;
    src[e] = s;
    dst[e] = t;
    wts[e] = strength(w);
    e++;
  });
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < e; i++) {
    const a = (src[i] as number) + 1;
    const b = (dst[i] as number) + 1;
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
  }
  for (let i = 0; i < n; i++) degree[i + 1] = (degree[i + 1] as number) + (degree[i] as number);
  const fill = degree.slice(0, n);
  const rawTargets = new Int32Array(2 * e);
  const rawWeights = new Float64Array(2 * e);
  for (let i = 0; i < e; i++) {
    const s = src[i] as number;
    const t = dst[i] as number;
    const w = wts[i] as number;
    let p = fill[s] as number;
    fill[s] = p + 1;
    rawTargets[p] = t;
    rawWeights[p] = w;
    p = fill[t] as number;
    fill[t] = p + 1;
    rawTargets[p] = s;
    rawWeights[p] = w;
  }
  // Merge parallel edges (rows keep edge insertion order).
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(2 * e);
  const weights = new Float64Array(2 * e);
  const last = new Int32Array(n).fill(-1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    for (let p = degree[i] as number, end = degree[i + 1] as number; p < end; p++) {
      const t = rawTargets[p] as number;
      const w = rawWeights[p] as number;
      const q = last[t] as number;
      if (q >= (offsets[i] as number)) weights[q] = (weights[q] as number) + w;
      else {
        last[t] = out;
        targets[out] = t;
        weights[out] = w;
        out++;
      }
    }
  }
  offsets[n] = out;
  return { n, ids, offsets, targets: targets.subarray(0, out), weights: weights.subarray(0, out) };
}
