import { type Csr, type CsrOptions, csrFromEdges } from '../../../src/stakeholders/internal/csr.js';

/** A test edge: source, target, weight. */
export type Edge = [number, number, number];

/** The CSR of `n` nodes and `edges` (self-loops dropped, repeated pairs summed), with or without the weights. */
export function csrOf(
  n: number,
  edges: readonly Edge[],
  weighted: boolean,
  nonPositive: CsrOptions['nonPositive'] = 'drop',
): Csr {
  return csrFromEdges(
    n,
    {
      source: Int32Array.from(edges, (e) => e[0]),
      target: Int32Array.from(edges, (e) => e[1]),
      weight: weighted ? Float64Array.from(edges, (e) => e[2]) : null,
    },
    { selfLoops: 'drop', parallel: 'sum', nonPositive },
  );
}
