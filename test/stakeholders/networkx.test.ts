import { describe, expect, it } from 'vitest';
import { brokers } from '../../src/stakeholders/brokers.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { partitionModularity } from '../../src/stakeholders/partitionModularity.js';
import {
  brokerReference,
  florentine,
  florentineCentrality,
  karate,
  karateCentrality,
  karateFactions,
  karateReference,
} from './fixtures.js';

const TOL = 1e-9;

describe('results on standard networks match NetworkX', () => {
  it('partitionModularity of the true karate split equals NetworkX (unweighted and weighted)', () => {
    expect(
      Math.abs(
        partitionModularity(karate(), karateFactions(), { weighted: false }) -
          karateReference.modularity_ground_truth_unweighted,
      ),
    ).toBeLessThan(TOL);
    expect(
      Math.abs(
        partitionModularity(karate(), karateFactions()) - karateReference.modularity_ground_truth_weighted,
      ),
    ).toBeLessThan(TOL);
  });

  it('unweighted betweenness on karate and Florentine equals NetworkX to 1e-9', () => {
    const ref = karateCentrality();
    for (const b of brokers(karate(false), { top: 34, weighted: false }).top)
      expect(Math.abs(b.betweenness - (ref[b.memberId]?.betweenness ?? Number.NaN))).toBeLessThan(1e-9);
    const fl = florentineCentrality();
    const res = brokers(florentine(), { top: 15, weighted: false });
    for (const b of res.top) expect(Math.abs(b.betweenness - fl[b.memberId]!)).toBeLessThan(1e-9);
    expect(res.top[0]!.memberId).toBe('Medici');
  });

  it('weighted betweenness (path length = 1/weight) equals NetworkX to 1e-9', () => {
    const ref = brokerReference.karate.betweenness_inverse_weight as Record<string, number>;
    for (const b of brokers(karate(), { top: 34 }).top)
      expect(Math.abs(b.betweenness - ref[b.memberId]!)).toBeLessThan(TOL);
  });

  it("Burt's constraint and effective size equal NetworkX (unweighted and weighted)", () => {
    const un = brokers(karate(false), { top: 34, weighted: false }).top;
    const w = brokers(karate(), { top: 34 }).top;
    for (const b of un) {
      expect(Math.abs(b.constraint! - brokerReference.karate.constraint[b.memberId])).toBeLessThan(TOL);
      expect(Math.abs(b.effectiveSize! - brokerReference.karate.effective_size[b.memberId])).toBeLessThan(
        TOL,
      );
    }
    for (const b of w) {
      expect(Math.abs(b.constraint! - brokerReference.karate.constraint_weighted[b.memberId])).toBeLessThan(
        TOL,
      );
      expect(
        Math.abs(b.effectiveSize! - brokerReference.karate.effective_size_weighted[b.memberId]),
      ).toBeLessThan(TOL);
    }
  });

  it('articulation points equal NetworkX on karate and Florentine', () => {
    expect(brokers(karate()).articulationPoints).toEqual(
      brokerReference.karate.articulation_points.map(String),
    );
    expect(brokers(florentine()).articulationPoints).toEqual(brokerReference.florentine.articulation_points);
  });

  it('findClusters on karate reaches a modularity close to the known optimum and equals partitionModularity', () => {
    const g = karate(false);
    const r = findClusters(g, { seed: 42, weighted: false });
    expect(r.modularity).toBeGreaterThan(0.4);
    expect(r.modularity).toBeLessThanOrEqual(0.4198 + 1e-4);
    expect(Math.abs(partitionModularity(g, r.clusterOf, { weighted: false }) - r.modularity)).toBeLessThan(
      TOL,
    );
  });

  it('findClusters is deterministic for a seed', () => {
    expect(findClusters(karate(), { seed: 7 })).toEqual(findClusters(karate(), { seed: 7 }));
  });
});
