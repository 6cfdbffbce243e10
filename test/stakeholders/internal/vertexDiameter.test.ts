import { describe, expect, it } from 'vitest';
import { tieLengths, vertexDiameterBound } from '../../../src/stakeholders/internal/brandes.js';
import { csrFromEdges } from '../../../src/stakeholders/internal/csr.js';

/** CSR of `n` nodes from [u, v, weight] edges. */
function csrOf(n: number, edges: readonly [number, number, number][]) {
  return csrFromEdges(
    n,
    {
      source: Int32Array.from(edges, (e) => e[0]),
      target: Int32Array.from(edges, (e) => e[1]),
      weight: Float64Array.from(edges, (e) => e[2]),
    },
    { selfLoops: 'drop', parallel: 'sum', nonPositive: 'zero' },
  );
}

describe('vertexDiameterBound', () => {
  it('bounds the nodes on a weighted shortest path, which may take more hops than the unweighted diameter', () => {
    // a path 0–1–…–11 of strong ties (strength 100, length 0.01) and a hub 12 tied weakly (strength 1,
    // length 1) to all twelve: two hops join any pair, but the shortest 0–11 path is the path (0.11 < 2): 12 nodes.
    const edges: [number, number, number][] = [];
    for (let i = 0; i < 11; i++) edges.push([i, i + 1, 100]);
    for (let i = 0; i < 12; i++) edges.push([12, i, 1]);
    const g = csrOf(13, edges);
    // unweighted: from node 0, eccentricity 2 → 2·2 + 1 = 5 (hop diameter 2: 3 nodes)
    expect(vertexDiameterBound(g, null)).toBe(5);
    // weighted: from node 0, eccentricity 1 (the hub); the 11 ties of 0.01 and one of 1 fit in 2 · 1: 12 ties, 13 nodes
    expect(vertexDiameterBound(g, tieLengths(g))).toBe(13);
  });

  it('reads every component, not a few random sources: a long path beside many small pairs', () => {
    // 200 pairs (400 nodes) and a path of 30 nodes at the end: VD = 30
    const edges: [number, number, number][] = [];
    for (let i = 0; i < 200; i++) edges.push([2 * i, 2 * i + 1, 1]);
    for (let i = 400; i < 429; i++) edges.push([i, i + 1, 1]);
    const g = csrOf(430, edges);
    // from the path's first node, eccentricity 29: 2·29 + 1 = 59, capped at the path's 30 nodes
    expect(vertexDiameterBound(g, null)).toBe(30);
    // unweighted star of 5 (eccentricity 1 from the centre): 2·1 + 1 = 3
    expect(
      vertexDiameterBound(
        csrOf(5, [
          [0, 1, 1],
          [0, 2, 1],
          [0, 3, 1],
          [0, 4, 1],
        ]),
        null,
      ),
    ).toBe(3);
  });
});
