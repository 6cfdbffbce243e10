import type { TieList } from '../tieList.js';
import { type Csr, csrFromEdges } from './csr.js';
import { type IndexedEdges, tieListEdges } from './graphInput.js';

/**
 * A tie list read once for every measure of the report's network section,
 * instead of a graphology graph built from it: the edge columns, one CSR
 * adjacency (weighted, self-loops dropped, a repeated pair summed, a
 * non-positive weight kept as a tie of strength 0 — what `brokers` builds,
 * and on a tie list of `interactionTies`, which has no self-loop, no
 * repeated pair and only positive weights, what `findClusters` builds too),
 * each node's strength (the sum of its ties' weights, in the order a graph
 * built by `graphFromTies` visits them) and degree, and an index of node ids.
 */
export interface TieNetwork {
  /** The tie list as edge columns (node i is `edges.ids[i]`). */
  edges: IndexedEdges;
  csr: Csr;
  /** Sum of the weights of each node's ties. */
  strength: Float64Array;
  /** Number of each node's ties. */
  degree: Int32Array;
  /** Node id → node index. */
  index: Map<string, number>;
}

/**
 * The {@link TieNetwork} of a tie list the library has just built (not
 * validated again: see `tieListEdges`).
 */
export function tieNetwork(ties: TieList): TieNetwork {
  const edges = tieListEdges(ties);
  const n = edges.ids.length;
  const csr = csrFromEdges(n, edges, { selfLoops: 'drop', parallel: 'sum', nonPositive: 'zero' });
  const { offsets, weights } = csr;
  const strength = new Float64Array(n);
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    degree[i] = end - start;
    let s = 0;
    for (let p = start; p < end; p++) s += weights === null ? 1 : (weights[p] as number);
    strength[i] = s;
  }
  const index = new Map<string, number>();
  edges.ids.forEach((id, i) => {
    index.set(id, i);
  });
  return { edges, csr, strength, degree, index };
}
