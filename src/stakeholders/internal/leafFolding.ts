import type { Csr } from './csr.js';

/**
 * Leaf folding (the degree-1 case of Baglioni et al. 2012, "Fast exact
 * computation of betweenness centrality in social networks", ASONAM): every
 * shortest path from a leaf l runs through its one neighbour u, with the same
 * counts, so for every v other than l and u the dependency δ_l(v) equals
 * δ_u(v), and δ_l(u) = n_c − 2 (every other node of the component is reached
 * through u). A leaf whose neighbour is not itself a leaf starts no search;
 * `folded[u]` counts the leaves folded into u's search.
 */
export function foldLeaves(g: Csr): Int32Array {
  const { n, offsets, targets } = g;
  const folded = new Int32Array(n);
  for (let l = 0; l < n; l++) {
    const p = offsets[l] as number;
    if ((offsets[l + 1] as number) - p !== 1) continue;
    const u = targets[p] as number;
    if ((offsets[u + 1] as number) - (offsets[u] as number) > 1) folded[u] = (folded[u] as number) + 1;
  }
  return folded;
}

/** True when node `l` is a leaf whose search is folded into its neighbour's (see {@link foldLeaves}). */
export function isFoldedLeaf(g: Csr, l: number): boolean {
  const { offsets, targets } = g;
  const p = offsets[l] as number;
  if ((offsets[l + 1] as number) - p !== 1) return false;
  const u = targets[p] as number;
  return (offsets[u + 1] as number) - (offsets[u] as number) > 1;
}
