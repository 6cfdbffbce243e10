import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactBetweenness, tieLengths } from '../../../src/stakeholders/internal/brandes.js';
import { type Csr, csrFromEdges } from '../../../src/stakeholders/internal/csr.js';

type Edge = [number, number, number];

/**
 * Betweenness straight from its definition (Freeman 1977), with nothing of
 * Brandes' algorithm: all-pairs distances and shortest-path counts by
 * Floyd–Warshall, then Σ over ordered pairs (s, t) of σ_sv σ_vt / σ_st for
 * every v on a shortest s–t path. Lengths are powers of two, so every sum of
 * lengths is exact and ties are true ties.
 */
function naiveBetweenness(g: Csr, lengths: Float64Array | null): number[] {
  const { n, offsets, targets } = g;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(Number.POSITIVE_INFINITY));
  const c = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    d[i]![i] = 0;
    c[i]![i] = 1;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      d[i]![targets[p]!] = lengths === null ? 1 : lengths[p]!;
      c[i]![targets[p]!] = 1;
    }
  }
  // Floyd–Warshall with path counts: paths through intermediate k are counted when k is the largest inner node.
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === k || j === k || i === j) continue;
        const via = d[i]![k]! + d[k]![j]!;
        if (via < d[i]![j]!) {
          d[i]![j] = via;
          c[i]![j] = c[i]![k]! * c[k]![j]!;
        } else if (via === d[i]![j]! && via < Number.POSITIVE_INFINITY)
          c[i]![j] = c[i]![j]! + c[i]![k]! * c[k]![j]!;
      }
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      if (s === t || d[s]![t] === Number.POSITIVE_INFINITY) continue;
      for (let v = 0; v < n; v++)
        if (v !== s && v !== t && d[s]![v]! + d[v]![t]! === d[s]![t])
          bc[v] = bc[v]! + (c[s]![v]! * c[v]![t]!) / c[s]![t]!;
    }
  return bc;
}

function csrOf(n: number, edges: readonly Edge[]): Csr {
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

/** A random tree on n nodes (each node i > 0 hangs from an earlier one): all leaves and cut nodes. */
const treeArb = fc
  .integer({ min: 2, max: 16 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(1_000_000), fc.constantFrom(1, 2, 4)), { minLength: n - 1, maxLength: n - 1 }),
    ),
  );

/** Random graphs: a few components (stars, paths, dense bits), leaves, isolated nodes, repeated pairs. */
const graphArb = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(1, 2, 4)), { maxLength: 28 }),
    ),
  );

/** Stars of given sizes side by side, plus `extra` chords among the first nodes. */
const starsArb = fc.tuple(
  fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }),
  fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 3 }),
);

/** The edges with each pair's first weight only: repeated pairs would sum to strengths like 3 or 6, whose lengths 1/3, 1/6 are inexact in binary. */
function firstOfEachPair(edges: readonly Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter(([a, b]) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Unweighted on the edges as given (repeated pairs merged by the CSR), weighted on the first of each pair. */
function check(n: number, edges: readonly Edge[]): void {
  const g = csrOf(n, edges);
  const weighted = csrOf(n, firstOfEachPair(edges));
  for (const [graph, lengths] of [
    [g, null],
    [weighted, tieLengths(weighted)],
  ] as const) {
    const ours = exactBetweenness(graph, lengths);
    const naive = naiveBetweenness(graph, lengths);
    for (let v = 0; v < n; v++) expect(ours[v]).toBeCloseTo(naive[v]!, 9);
  }
}

describe('exactBetweenness (leaf folding, successor sums) equals betweenness by definition', () => {
  it('on random graphs with isolated nodes, repeated pairs, several components and weights 1, 2, 4', () => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => check(n, edges)),
      { numRuns: 150, seed: 19 },
    );
  });

  it('on random trees, where every search but the inner nodes’ is folded', () => {
    fc.assert(
      fc.property(treeArb, ([n, parents]) => {
        const edges: Edge[] = parents.map(([r, w], i) => [i + 1, r % (i + 1), w]);
        check(n, edges);
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it('on stars side by side (a leaf’s neighbour can itself be a leaf: a lone edge) with a few chords', () => {
    fc.assert(
      fc.property(starsArb, ([sizes, chords]) => {
        const edges: Edge[] = [];
        let at = 0;
        for (const leaves of sizes) {
          for (let k = 1; k <= leaves; k++) edges.push([at, at + k, 1]);
          at += leaves + 1;
        }
        for (const [a, b] of chords) if (a < at && b < at) edges.push([a, b, 2]);
        check(at, edges);
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('a star of 5 leaves: the centre lies on all 5 × 4 ordered leaf pairs, the leaves on none', () => {
    const bc = exactBetweenness(
      csrOf(6, [
        [0, 1, 1],
        [0, 2, 1],
        [0, 3, 1],
        [0, 4, 1],
        [0, 5, 1],
      ]),
      null,
    );
    expect([...bc]).toEqual([20, 0, 0, 0, 0, 0]);
  });
});
