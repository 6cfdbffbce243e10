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
 * components (one pass over the CSR): a search never leaves its source's
 * component, and a member without a tie starts no search at all — so fifty
 * thousand silent members add nothing to the estimate. Nor does a leaf (a
 * member with one contact) whose contact has others: exact Brandes folds its
 * search into its contact's (see `exactBetweenness`), so a component of n_c
 * members, f of them folded leaves, costs n_c − f searches. Weighted searches
 * (Dijkstra with a binary heap) count a log₂ n_c factor: measured, that
 * keeps one unit of work at roughly the same time weighted or not.
 */
export function betweennessWork(g: Csr, weighted: boolean): BetweennessWork {
  const { n, offsets, targets } = g;
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let exact = 0;
  let perSample = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1 || offsets[s + 1] === offsets[s]) continue;
    component[s] = s;
    let top = 0;
    stack[top++] = s;
    let nodes = 0;
    let arcs = 0;
    let searches = 0;
    while (top > 0) {
      const v = stack[--top] as number;
      nodes++;
      const start = offsets[v] as number;
      const end = offsets[v + 1] as number;
      arcs += end - start;
      // a leaf whose one contact has others starts no search (folded into the contact's)
      if (end - start !== 1 || degreeOf(g, targets[start] as number) === 1) searches++;
      for (let p = offsets[v] as number; p < end; p++) {
        const w = targets[p] as number;
        if (component[w] === -1) {
          component[w] = s;
          stack[top++] = w;
        }
      }
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
