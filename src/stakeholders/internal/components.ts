import type { Csr } from './csr.js';

/** The connected components of a CSR graph, nodes listed component by component. */
export interface Components {
  /** Component of every node (an isolated node is a component of its own). */
  of: Int32Array;
  /** Every node, component by component, each component in breadth-first order from its smallest node. */
  nodes: Int32Array;
  /** Component c's nodes are `nodes[start[c] .. start[c+1])`. */
  start: Int32Array;
  /** Number of arcs (2 per tie) inside each component. */
  arcs: Float64Array;
}

/** The connected components of `g`, by one breadth-first pass over the CSR (components numbered by their smallest node). */
export function componentsOf(g: Csr): Components {
  const { n, offsets, targets } = g;
  const of = new Int32Array(n).fill(-1);
  const nodes = new Int32Array(n);
  const start: number[] = [];
  const arcs: number[] = [];
  let at = 0;
  for (let s = 0; s < n; s++) {
    if (of[s] !== -1) continue;
    const c = start.length;
    start.push(at);
    of[s] = c;
    let head = at;
    nodes[at++] = s;
    let count = 0;
    while (head < at) {
      const v = nodes[head++] as number;
      const end = offsets[v + 1] as number;
      count += end - (offsets[v] as number);
      for (let p = offsets[v] as number; p < end; p++) {
        const w = targets[p] as number;
        if (of[w] === -1) {
          of[w] = c;
          nodes[at++] = w;
        }
      }
    }
    arcs.push(count);
  }
  start.push(at);
  return { of, nodes, start: Int32Array.from(start), arcs: Float64Array.from(arcs) };
}
