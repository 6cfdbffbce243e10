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
 * The reverse of every arc of an undirected CSR graph: `rev[p]` is the
 * position of the arc v→u when `p` is u→v. Two stable counting sorts: arcs
 * by (target, source) and by (source, target) list each node's neighbours in
 * the same order, so the k-th arc into v and the k-th arc out of v are
 * reverses. O(n + m), no per-row search.
 */
export function reverseArcs(g: Csr): Int32Array {
  const { n, offsets, targets } = g;
  const m = targets.length;
  // byTarget: arcs u→v grouped by v, sources ascending (rows walked in u order)
  const byTarget = new Int32Array(m);
  const cursor = offsets.slice(0, n);
  for (let u = 0; u < n; u++)
    for (let p = offsets[u] as number, end = offsets[u + 1] as number; p < end; p++) {
      const v = targets[p] as number;
      byTarget[cursor[v] as number] = p;
      cursor[v] = (cursor[v] as number) + 1;
    }
  // bySource: byTarget re-grouped by source, stably — each row's arcs by ascending target
  const bySource = new Int32Array(m);
  cursor.set(offsets.subarray(0, n));
  let u = 0;
  const sourceOf = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    while ((offsets[u + 1] as number) <= p) u++;
    sourceOf[p] = u;
  }
  for (let k = 0; k < m; k++) {
    const p = byTarget[k] as number;
    const s = sourceOf[p] as number;
    bySource[cursor[s] as number] = p;
    cursor[s] = (cursor[s] as number) + 1;
  }
  // slot k of node v: byTarget[k] is (x→v), bySource[k] is (v→x) for the same x
  const rev = new Int32Array(m);
  for (let k = 0; k < m; k++) rev[byTarget[k] as number] = bySource[k] as number;
  return rev;
}

/**
 * The graph oriented from lower to higher degree (ties by index): for each
 * node, the CSR positions of its arcs to later nodes, and those nodes (read
 * in sequence, not through the positions). Every node has at most
 * √(2m) later neighbours, so walking the later neighbours of each later
 * neighbour lists every triangle once in O(m √m) (Latapy's compact-forward).
 */
function laterArcs(g: Csr): { outOffsets: Int32Array; outArcs: Int32Array; outTargets: Int32Array } {
  const { n, offsets, targets } = g;
  const degree = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  const outOffsets = new Int32Array(n + 1);
  const outArcs = new Int32Array(targets.length >> 1);
  const outTargets = new Int32Array(targets.length >> 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const di = degree(i);
    for (let p = offsets[i] as number, end = offsets[i + 1] as number; p < end; p++) {
      const j = targets[p] as number;
      const dj = degree(j);
      if (di < dj || (di === dj && i < j)) {
        outArcs[k] = p;
        outTargets[k++] = j;
      }
    }
    outOffsets[i + 1] = k;
  }
  return { outOffsets, outArcs, outTargets };
}

/**
 * Burt's constraint and effective size (Burt 1992), as NetworkX computes them
 * for undirected graphs, on a CSR graph with merged parallel edges:
 * p_ij = w_ij / Σ_k w_ik; constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²;
 * effective size e_i = Σ_j (1 − Σ_q p_iq m_jq) with m_jq = w_jq / max_k w_jk,
 * q ranging over the neighbours of i (p_qj and m_jq are 0 unless q and j are
 * tied). Both inner sums run over the triangles i–j–q only, so each triangle
 * is listed once (edges oriented from lower to higher degree, the
 * "compact-forward" order: O(m √m), and no hub's row is read once per
 * neighbour) and adds its share to the six ordered pairs (i, j) it closes,
 * kept per arc. NaN for nodes without a tie.
 */
export function burtMeasures(g: Csr): BurtMeasures {
  const { n, offsets, targets, weights } = g;
  const m = targets.length;
  // node v: [1 / Σ_k w_vk, 1 / max_k w_vk] (0 for 0), side by side: one cache line per node read
  const inv = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) {
    let sum = 0;
    let max = 0;
    for (let p = offsets[v] as number, end = offsets[v + 1] as number; p < end; p++) {
      const w = weights === null ? 1 : (weights[p] as number);
      sum += w;
      if (w > max) max = w;
    }
    inv[2 * v] = sum === 0 ? 0 : 1 / sum;
    inv[2 * v + 1] = max === 0 ? 0 : 1 / max;
  }
  const rev = reverseArcs(g);
  const { outOffsets, outArcs, outTargets } = laterArcs(g);
  // arc x→y: [Σ_q p_xq p_qy, Σ_q p_xq m_yq] side by side
  const acc = new Float64Array(2 * m);
  // arc i→q of the current i's later neighbours q, valid where mark[q] === i + 1
  const arcTo = new Int32Array(n);
  const mark = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const end = outOffsets[i + 1] as number;
    for (let k = outOffsets[i] as number; k < end; k++) {
      const q = outTargets[k] as number;
      mark[q] = i + 1;
      arcTo[q] = outArcs[k] as number;
    }
    const si = inv[2 * i] as number;
    const mi = inv[2 * i + 1] as number;
    for (let k = outOffsets[i] as number; k < end; k++) {
      const pij = outArcs[k] as number;
      const j = outTargets[k] as number;
      const pji = rev[pij] as number;
      const sj = inv[2 * j] as number;
      const mj = inv[2 * j + 1] as number;
      const a = weights === null ? 1 : (weights[pij] as number);
      for (let l = outOffsets[j] as number, jEnd = outOffsets[j + 1] as number; l < jEnd; l++) {
        const q = outTargets[l] as number;
        if (mark[q] !== i + 1) continue;
        const pjq = outArcs[l] as number;
        // triangle i ≺ j ≺ q, found once: ties a = w_ij, b = w_iq, c = w_jq
        const piq = arcTo[q] as number;
        const pqi = rev[piq] as number;
        const pqj = rev[pjq] as number;
        const b = weights === null ? 1 : (weights[piq] as number);
        const c = weights === null ? 1 : (weights[pjq] as number);
        const sq = inv[2 * q] as number;
        const mq = inv[2 * q + 1] as number;
        // ordered pair x→y through z adds p_xz · w_zy / s_z and p_xz · w_zy / max_y
        acc[2 * pij] = (acc[2 * pij] as number) + b * si * c * sq;
        acc[2 * pij + 1] = (acc[2 * pij + 1] as number) + b * si * c * mj;
        acc[2 * piq] = (acc[2 * piq] as number) + a * si * c * sj;
        acc[2 * piq + 1] = (acc[2 * piq + 1] as number) + a * si * c * mq;
        acc[2 * pji] = (acc[2 * pji] as number) + c * sj * b * sq;
        acc[2 * pji + 1] = (acc[2 * pji + 1] as number) + c * sj * b * mi;
        acc[2 * pjq] = (acc[2 * pjq] as number) + a * sj * b * si;
        acc[2 * pjq + 1] = (acc[2 * pjq + 1] as number) + a * sj * b * mq;
        acc[2 * pqi] = (acc[2 * pqi] as number) + c * sq * a * sj;
        acc[2 * pqi + 1] = (acc[2 * pqi + 1] as number) + c * sq * a * mi;
        acc[2 * pqj] = (acc[2 * pqj] as number) + b * sq * a * si;
        acc[2 * pqj + 1] = (acc[2 * pqj + 1] as number) + b * sq * a * mj;
      }
    }
  }
  const constraint = new Float64Array(n).fill(Number.NaN);
  const effectiveSize = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (start === end) continue;
    const si = inv[2 * i] as number;
    let c = 0;
    let e = 0;
    for (let p = start; p < end; p++) {
      const direct = (weights === null ? 1 : (weights[p] as number)) * si;
      c += (direct + (acc[2 * p] as number)) ** 2;
      e += 1 - (acc[2 * p + 1] as number);
    }
    constraint[i] = c;
    effectiveSize[i] = e;
  }
  return { constraint, effectiveSize };
}
