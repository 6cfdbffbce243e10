import { componentsOf } from './components.js';
import type { Csr } from './csr.js';

/** How much work betweenness costs on a graph, in node and tie visits of shortest-path searches. */
export interface BetweennessWork {
  /** Exact Brandes: one search from every node with a tie that is not a folded leaf, each over its own component: Σ s_c · (n_c + 2 m_c), × log₂ n_c when weighted (Dijkstra's heap). */
  exact: number;
  /** One sampled path: at most one search over the largest component: max (n_c + 2 m_c), × log₂ n_c when weighted. */
  perSample: number;
}

/**
 * The work of exact and sampled betweenness on `g`, from its connected
 * components ({@link componentsOf}): a search never leaves its source's
 * component, and a member without a tie starts no search at all — so fifty
 * thousand silent members add nothing to the estimate. Nor does a leaf (a
 * member with one contact) whose contact has others: exact Brandes folds its
 * search into its contact's (see `exactBetweenness`), so a component of n_c
 * members, f of them folded leaves, costs n_c − f searches. Weighted searches
 * (Dijkstra with a binary heap) count a log₂ n_c factor: measured, that
 * keeps one unit of work at roughly the same time weighted or not.
 */
export function betweennessWork(g: Csr, weighted: boolean): BetweennessWork {
  const { offsets, targets } = g;
  const comps = componentsOf(g);
  let exact = 0;
  let perSample = 0;
  for (let c = 0; c + 1 < comps.start.length; c++) {
    const arcs = comps.arcs[c] as number;
    if (arcs === 0) continue;
    const from = comps.start[c] as number;
    const nodes = (comps.start[c + 1] as number) - from;
    let searches = 0;
    for (let i = from; i < from + nodes; i++) {
      const v = comps.nodes[i] as number;
      const start = offsets[v] as number;
      // a leaf whose one contact has others starts no search (folded into the contact's)
      if ((offsets[v + 1] as number) - start !== 1 || degreeOf(g, targets[start] as number) === 1) searches++;
    }
    const search = (nodes + arcs) * (weighted ? Math.max(1, Math.log2(nodes)) : 1);
    exact += searches * search;
    perSample = Math.max(perSample, search);
  }
  return { exact, perSample };
}

/** The number of ties of node `v`. */
function degreeOf(g: Csr, v: number): number {
  return (g.offsets[v + 1] as number) - (g.offsets[v] as number);
}
