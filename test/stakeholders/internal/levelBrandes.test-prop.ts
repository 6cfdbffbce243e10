import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactBetweenness } from '../../../src/stakeholders/internal/brandes.js';
import { type Csr, csrFromEdges } from '../../../src/stakeholders/internal/csr.js';
import { foldLeaves } from '../../../src/stakeholders/internal/leafFolding.js';
import { unweightedBetweenness } from '../../../src/stakeholders/internal/levelBrandes.js';
import { plainBrandes } from './textbookBrandes.js';

type Edge = [number, number];

function csrOf(n: number, edges: readonly Edge[]): Csr {
  return csrFromEdges(
    n,
    {
      source: Int32Array.from(edges, (e) => e[0]),
      target: Int32Array.from(edges, (e) => e[1]),
      weight: null,
    },
    { selfLoops: 'drop', parallel: 'sum' },
  );
}

/** Random graphs: a few components, leaves, isolated nodes, repeated pairs; up to 40 nodes and 90 edges. */
const graphArb = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 90 })),
  );

/** Random trees (node i > 0 hangs from an earlier node), with `extra` chords and `isolated` nodes after them. */
const treeArb = fc
  .integer({ min: 2, max: 30 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.nat(1_000_000), { minLength: n - 1, maxLength: n - 1 }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 }),
      fc.integer({ min: 0, max: 3 }),
    ),
  );

/** Stars of the given sizes side by side (a star of one leaf is a lone edge), hubs joined in a path. */
const starsArb = fc.tuple(
  fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
  fc.boolean(),
);

/** Dense clusters joined by a few ties: small diameter, big middle levels, where bottom-up levels pay. */
const clusteredArb = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 4, max: 9 }))
  .chain(([groups, size]) =>
    fc.tuple(
      fc.constant(groups * size),
      fc.constant(size),
      fc.array(fc.tuple(fc.nat(groups - 1), fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(groups * size - 1), fc.nat(groups * size - 1)), { maxLength: 6 }),
    ),
  )
  .map(([n, size, inside, across]): [number, Edge[]] => [
    n,
    [...inside.map(([c, a, b]): Edge => [c * size + a, c * size + b]), ...across],
  ]);

/** The kernel with its three direction policies against textbook Brandes, to 1e-9 relative. */
function check(n: number, edges: readonly Edge[]): void {
  const g = csrOf(n, edges);
  const expected = plainBrandes(g);
  const folded = foldLeaves(g);
  for (const factor of [0, 1, Number.POSITIVE_INFINITY]) {
    const ours = unweightedBetweenness(g, folded, factor);
    for (let v = 0; v < n; v++) expect(ours[v]).toBeCloseTo(expected[v]!, 9);
  }
}

describe('unweightedBetweenness (leaf folding, bottom-up levels, early stop) equals textbook Brandes', () => {
  it('on random graphs with isolated nodes, repeated pairs and several components, top-down, automatic and bottom-up', () => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => check(n, edges)),
      { numRuns: 200, seed: 190 },
    );
  });

  it('on random trees with a few chords and isolated nodes', () => {
    fc.assert(
      fc.property(treeArb, ([n, parents, chords, isolated]) => {
        const edges: Edge[] = parents.map((r, i) => [i + 1, r % (i + 1)] as Edge);
        check(n + isolated, [...edges, ...chords]);
      }),
      { numRuns: 150, seed: 191 },
    );
  });

  it('on stars side by side, apart or with their hubs joined in a path', () => {
    fc.assert(
      fc.property(starsArb, ([sizes, joined]) => {
        const edges: Edge[] = [];
        const hubs: number[] = [];
        let at = 0;
        for (const leaves of sizes) {
          hubs.push(at);
          for (let k = 1; k <= leaves; k++) edges.push([at, at + k]);
          at += leaves + 1;
        }
        if (joined) for (let i = 1; i < hubs.length; i++) edges.push([hubs[i - 1]!, hubs[i]!]);
        check(at, edges);
      }),
      { numRuns: 100, seed: 192 },
    );
  });

  it('on dense clusters joined by a few ties', () => {
    fc.assert(
      fc.property(clusteredArb, ([n, edges]) => check(n, edges)),
      { numRuns: 150, seed: 193 },
    );
  });

  it('relabelling the nodes relabels the scores, and the same graph gives the same bytes twice', () => {
    fc.assert(
      fc.property(
        graphArb.chain(([n, edges]) =>
          fc.tuple(
            fc.constant(n),
            fc.constant(edges),
            fc.shuffledSubarray([...Array(n).keys()], { minLength: n }),
          ),
        ),
        ([n, edges, perm]) => {
          const g = csrOf(n, edges);
          const bc = exactBetweenness(g, null);
          expect(exactBetweenness(g, null)).toEqual(bc);
          const relabelled = exactBetweenness(
            csrOf(
              n,
              edges.map(([a, b]) => [perm[a]!, perm[b]!] as Edge),
            ),
            null,
          );
          for (let v = 0; v < n; v++) expect(relabelled[perm[v]!]).toBeCloseTo(bc[v]!, 9);
        },
      ),
      { numRuns: 150, seed: 194 },
    );
  });

  it('exactBetweenness with every tie of one same length (the BFS shortcut) equals textbook Brandes', () => {
    fc.assert(
      fc.property(graphArb, fc.constantFrom(0.25, 1, 3), ([n, edges], length) => {
        const g = csrOf(n, edges);
        const expected = plainBrandes(g);
        const uniform = exactBetweenness(g, new Float64Array(g.targets.length).fill(length));
        for (let v = 0; v < n; v++) expect(uniform[v]).toBeCloseTo(expected[v]!, 9);
      }),
      { numRuns: 150, seed: 195 },
    );
  });

  it('a path 0–1–2–3–4 plus an isolated node 5: the middle lies on 2 × 4 ordered pairs, its neighbours on 2 × 3', () => {
    const g = csrOf(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    for (const factor of [0, 1, Number.POSITIVE_INFINITY])
      expect([...unweightedBetweenness(g, foldLeaves(g), factor)]).toEqual([0, 6, 8, 6, 0, 0]);
  });
});
