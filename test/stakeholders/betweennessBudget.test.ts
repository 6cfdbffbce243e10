import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import type { TieList } from '../../src/stakeholders/tieList.js';
import { karate, karateCentrality, ringWithChords } from './fixtures.js';

describe('betweenness by work budget, not by size', () => {
  it('estimates exact work per connected component; members without a tie cost nothing', () => {
    // path a–b–c (3 nodes, 4 adjacency entries) and triangle d–e–f (3 nodes, 6), plus 10,000 silent members
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', ...Array.from({ length: 10_000 }, (_, i) => `s${i}`)];
    const ties: TieList = {
      nodes,
      source: Int32Array.of(0, 1, 3, 4, 3),
      target: Int32Array.of(1, 2, 4, 5, 5),
      weight: Float64Array.of(1, 1, 1, 1, 1),
    };
    const r = betweennessCentrality(ties, { normalized: false });
    // a and c are leaves folded into b's search: 1 × (3 + 4) + 3 × (3 + 6) = 7 + 27
    expect(r.exactWork).toBe(34);
    expect(r.method).toBe('exact');
    expect(r.budget).toBe(1e9);
    expect(r.scores.b).toBe(1);
    expect(r.scores.s0).toBe(0);
    // one below the work: sampled
    expect(betweennessCentrality(ties, { budget: 33 }).method).toBe('sampled');
    expect(betweennessCentrality(ties, { budget: 34 }).method).toBe('exact');
  });

  it('counts no search for a folded leaf, but one for each end of a lone tie', () => {
    // star: hub h with 4 leaves (5 nodes, 8 adjacency entries) — only h searches; pair x–y: both search
    const ties: TieList = {
      nodes: ['h', 'l1', 'l2', 'l3', 'l4', 'x', 'y'],
      source: Int32Array.of(0, 0, 0, 0, 5),
      target: Int32Array.of(1, 2, 3, 4, 6),
      weight: Float64Array.of(1, 1, 1, 1, 1),
    };
    const r = betweennessCentrality(ties, { normalized: false, budget: 1 * (5 + 8) + 2 * (2 + 2) });
    expect(r.exactWork).toBe(21);
    expect(r.method).toBe('exact');
    // the hub is on the path between every pair of its 4 leaves: C(4, 2) = 6
    expect(r.scores.h).toBe(6);
  });

  it('exact within budget equals NetworkX on karate, and says so', () => {
    // one member (12 in NetworkX's numbering) has one tie, to 0: 33 searches of 34 + 2 × 78
    const r = betweennessCentrality(karate(), { budget: 33 * (34 + 2 * 78) });
    expect(r.method).toBe('exact');
    expect(r.exactWork).toBe(33 * (34 + 156));
    const reference = karateCentrality();
    for (const [id, row] of Object.entries(reference))
      expect(Math.abs((r.scores[id] as number) - (row.betweenness as number))).toBeLessThan(1e-9);
  });

  it('over budget on a 2,000-node graph: seeded samples capped by the budget, ε widened, every score within the stated bound', () => {
    const g = ringWithChords(2000, 4000, 21);
    // weighted: one Dijkstra search counts (n + 2m) × log₂ n
    const perSearch = (g.order + 2 * g.size) * Math.log2(g.order);
    const exact = betweennessCentrality(g, { weighted: true, method: 'exact' });
    expect(exact.method).toBe('exact');
    expect(exact.exactWork).toBeCloseTo(g.order * perSearch, 3);
    const budget = 500.5 * perSearch;
    const est = betweennessCentrality(g, { weighted: true, budget, epsilon: 0.05, seed: 9 });
    expect(est.method).toBe('sampled');
    expect(est.samples).toBe(500);
    expect(est.epsilon as number).toBeGreaterThan(0.05);
    expect(est.errorBound).toBeCloseTo(((est.epsilon as number) * 2000) / 1998, 12);
    let worst = 0;
    for (const [id, v] of Object.entries(exact.scores))
      worst = Math.max(worst, Math.abs(v - (est.scores[id] as number)));
    expect(worst).toBeLessThanOrEqual(est.errorBound);
    // deterministic: the same seed gives the same estimate byte for byte
    const again = betweennessCentrality(g, { weighted: true, budget, epsilon: 0.05, seed: 9 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(est));
  });

  it('a budget that fits the samples ε asks for keeps ε as asked; at least 100 samples whatever the budget', () => {
    const g = ringWithChords(400, 400, 4);
    const roomy = betweennessCentrality(g, { method: 'sampled', epsilon: 0.1, seed: 1 });
    expect(roomy.epsilon).toBe(0.1);
    const tiny = betweennessCentrality(g, { budget: 1, epsilon: 0.1, seed: 1 });
    expect(tiny.method).toBe('sampled');
    expect(tiny.samples).toBe(100);
    expect(tiny.epsilon as number).toBeGreaterThan(0.1);
  });

  it('brokers reports the method, work and budget it used', () => {
    const g = ringWithChords(300, 300, 2);
    const r = brokers(g, { top: 1, budget: 10 });
    expect(r.betweenness).toMatchObject({ method: 'sampled', budget: 10 });
    // brokers weighs ties: (n + 2m) × log₂ n per search, from each of the n nodes
    expect(r.betweenness.exactWork).toBeCloseTo(300 * (300 + 2 * g.size) * Math.log2(300), 3);
    expect(brokers(g, { top: 1 }).betweenness).toMatchObject({ method: 'exact', errorBound: 0 });
  });
});
