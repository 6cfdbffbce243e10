import type { CommunityGraph } from '../communityGraph.js';
import { edgeWeight } from './graph.js';

/** Articulation points of an undirected graph (Hopcroft–Tarjan, iterative so deep graphs cannot overflow). */
export function articulationPointsOf(graph: CommunityGraph): Set<string> {
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
