import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { isCommunityKitError } from '../../src/model/errors.js';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import {
  brokerReference,
  florentine,
  florentineCentrality,
  karate,
  karateCentrality,
  ringWithChords,
} from './fixtures.js';

describe('betweennessCentrality', () => {
  it('betweennessCentrality exact on karate and Florentine equals NetworkX to 1e-9', () => {
    const ref = karateCentrality();
    const r = betweennessCentrality(karate(false));
    expect(r.method).toBe('exact');
    expect(r.errorBound).toBe(0);
    expect(Object.keys(r.scores)).toHaveLength(34);
    for (const [id, v] of Object.entries(r.scores))
      expect(Math.abs(v - (ref[id]?.betweenness ?? Number.NaN))).toBeLessThan(1e-9);
    const fl = florentineCentrality();
    for (const [id, v] of Object.entries(betweennessCentrality(florentine()).scores))
      expect(Math.abs(v - fl[id]!)).toBeLessThan(1e-9);
    expect(betweennessCentrality(florentine()).scores.Medici ?? 0).toBeCloseTo(0.521978, 5);
  });

  it('betweennessCentrality weighted (length = 1/weight) equals NetworkX to 1e-9', () => {
    const ref = brokerReference.karate.betweenness_inverse_weight as Record<string, number>;
    const r = betweennessCentrality(karate(), { weighted: true });
    expect(r.weighted).toBe(true);
    for (const [id, v] of Object.entries(r.scores)) expect(Math.abs(v - ref[id]!)).toBeLessThan(1e-9);
  });

  it('betweennessCentrality unnormalised counts each unordered pair once (a path a–b–c gives b 1)', () => {
    const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    expect(betweennessCentrality(g, { normalized: false }).scores).toEqual({ a: 0, b: 1, c: 0 });
    expect(betweennessCentrality(g).scores).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('betweennessCentrality sampled is seeded: the same seed gives the same estimate, another seed another', () => {
    const g = ringWithChords(300, 600, 7);
    const a = betweennessCentrality(g, { method: 'sampled', epsilon: 0.05, seed: 3 });
    const b = betweennessCentrality(g, { method: 'sampled', epsilon: 0.05, seed: 3 });
    const c = betweennessCentrality(g, { method: 'sampled', epsilon: 0.05, seed: 4 });
    expect(a).toEqual(b);
    expect(a.scores).not.toEqual(c.scores);
    expect(a.method).toBe('sampled');
    expect(a.epsilon).toBe(0.05);
    expect(a.delta).toBe(0.1);
    expect(a.samples).toBeGreaterThan(1000);
    expect(a.errorBound).toBeCloseTo((0.05 * 300) / 298, 12);
  });

  it('betweennessCentrality sampled stays within its error bound of exact on a 600-node graph (unweighted and weighted)', () => {
    const g = ringWithChords(600, 1200, 11);
    for (const weighted of [false, true]) {
      const exact = betweennessCentrality(g, { weighted });
      const est = betweennessCentrality(g, { weighted, method: 'sampled', epsilon: 0.04, seed: 5 });
      expect(est.method).toBe('sampled');
      let worst = 0;
      for (const [id, v] of Object.entries(exact.scores))
        worst = Math.max(worst, Math.abs(v - est.scores[id]!));
      expect(worst).toBeLessThanOrEqual(est.errorBound);
      // The estimate is informative: the top node by exact betweenness scores well above the median estimate.
      const top = Object.entries(exact.scores).sort((x, y) => y[1] - x[1])[0]![0];
      expect(est.scores[top]!).toBeGreaterThan(exact.scores[top]! / 2);
    }
  });

  it('betweennessCentrality rejects a non-graph and a bad epsilon with a ValidationError naming the path', () => {
    try {
      betweennessCentrality({} as CommunityGraph);
      expect.unreachable();
    } catch (e) {
      expect(isCommunityKitError(e) && e.path).toBe('graph');
    }
    expect(() => betweennessCentrality(karate(), { epsilon: 2 })).toThrow(/options\.epsilon/);
  });

  it("betweennessCentrality takes threads 'auto' or a positive integer, and names options.threads otherwise", () => {
    for (const threads of [0, -1, 1.5, 'all'])
      expect(() => betweennessCentrality(karate(), { threads: threads as number })).toThrow(
        /options\.threads/,
      );
    expect(betweennessCentrality(karate(), { threads: 1 }).method).toBe('exact');
  });

  it('betweennessCentrality gives the same bits on 1 thread and on 3 (worker threads), unweighted and weighted', () => {
    for (const weighted of [false, true]) {
      const g = ringWithChords(300, 600, 5);
      const one = betweennessCentrality(g, { weighted, threads: 1 });
      const three = betweennessCentrality(g, { weighted, threads: 3 });
      expect(three).toEqual(one);
      for (const [id, v] of Object.entries(one.scores)) expect(Object.is(three.scores[id], v)).toBe(true);
    }
  });

  it('brokers passes threads to betweenness: the same ranking on 1 thread and on 2, and options.threads named when bad', () => {
    const g = ringWithChords(300, 600, 5);
    expect(brokers(g, { top: 5, threads: 2 })).toEqual(brokers(g, { top: 5, threads: 1 }));
    expect(() => brokers(g, { threads: 0 })).toThrow(/brokers.*options\.threads/s);
  });

  it('brokers says when betweenness was sampled, with ε, δ and the sample count', () => {
    const g = ringWithChords(200, 400, 3);
    const exact = brokers(g, { top: 3 });
    expect(exact.betweenness.method).toBe('exact');
    const sampled = brokers(g, { top: 3, method: 'sampled', epsilon: 0.05, seed: 2 });
    expect(sampled.betweenness).toMatchObject({
      method: 'sampled',
      epsilon: 0.05,
      delta: 0.1,
      weighted: true,
    });
    expect(sampled.betweenness.samples).toBeGreaterThan(0);
    expect(Math.abs(sampled.top[0]!.betweenness - exact.top[0]!.betweenness)).toBeLessThanOrEqual(
      sampled.betweenness.errorBound,
    );
  });
});
