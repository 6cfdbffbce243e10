import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burtMeasures, reverseArcs } from '../../../src/stakeholders/internal/brokerMeasures.js';
import type { Csr } from '../../../src/stakeholders/internal/csr.js';
import { csrOf } from './edgeCsr.js';

/**
 * Burt's measures straight from NetworkX's formulas, with a dense weight
 * matrix: c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², e_i = Σ_j (1 − Σ_q p_iq m_jq),
 * j and q over i's neighbours (q ≠ j).
 */
function naiveBurt(g: Csr): { constraint: number[]; effectiveSize: number[] } {
  const { n, offsets, targets, weights } = g;
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++)
      w[i]![targets[p]!] = weights === null ? 1 : weights[p]!;
  const nbrs = (i: number): number[] => [...targets.subarray(offsets[i]!, offsets[i + 1]!)];
  const s = w.map((row) => row.reduce((a, b) => a + b, 0));
  const mx = w.map((row) => Math.max(0, ...row));
  const pr = (i: number, j: number): number => (s[i] === 0 ? 0 : w[i]![j]! / s[i]!);
  const constraint: number[] = [];
  const effectiveSize: number[] = [];
  for (let i = 0; i < n; i++) {
    const ni = nbrs(i);
    if (ni.length === 0) {
      constraint.push(Number.NaN);
      effectiveSize.push(Number.NaN);
      continue;
    }
    let c = 0;
    let e = 0;
    for (const j of ni) {
      let indirect = 0;
      let redundancy = 0;
      for (const q of ni) {
        if (q === j) continue;
        indirect += pr(i, q) * pr(q, j);
        redundancy += pr(i, q) * (mx[j] === 0 ? 0 : w[j]![q]! / mx[j]!);
      }
      c += (pr(i, j) + indirect) ** 2;
      e += 1 - redundancy;
    }
    constraint.push(c);
    effectiveSize.push(e);
  }
  return { constraint, effectiveSize };
}

/** Random graphs with hubs, triangles, isolated nodes, repeated pairs and zero weights. */
const graphArb = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(0, 0.5, 1, 2, 3)), { maxLength: 40 }),
    ),
  );

describe('Burt measures by triangles', () => {
  it('reverseArcs pairs every arc u→v with v→u', () => {
    fc.assert(
      fc.property(graphArb, ([n, edges]) => {
        const g = csrOf(n, edges, true, 'zero');
        const rev = reverseArcs(g);
        for (let u = 0; u < n; u++)
          for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) {
            const q = rev[p]!;
            const v = g.targets[p]!;
            expect(q).toBeGreaterThanOrEqual(g.offsets[v]!);
            expect(q).toBeLessThan(g.offsets[v + 1]!);
            expect(g.targets[q]).toBe(u);
            expect(rev[q]).toBe(p);
          }
      }),
    );
  });

  it('equal the dense formulas, weighted and unweighted', () => {
    fc.assert(
      fc.property(graphArb, fc.boolean(), ([n, edges], weighted) => {
        const g = csrOf(n, edges, weighted, 'zero');
        const ours = burtMeasures(g);
        const naive = naiveBurt(g);
        for (let i = 0; i < n; i++) {
          if (Number.isNaN(naive.constraint[i]!)) {
            expect(ours.constraint[i]).toBeNaN();
            expect(ours.effectiveSize[i]).toBeNaN();
          } else {
            expect(ours.constraint[i]).toBeCloseTo(naive.constraint[i]!, 12);
            expect(ours.effectiveSize[i]).toBeCloseTo(naive.effectiveSize[i]!, 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
