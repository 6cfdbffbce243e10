import fc from 'fast-check';
import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { partitionModularity } from '../../src/stakeholders/partitionModularity.js';
import { peripheralMembers } from '../../src/stakeholders/peripheralMembers.js';
import { PeripheralMemberSchema } from '../../src/stakeholders/peripheralMembersOptions.js';
import { PowerInterestPlacementSchema, powerInterestGrid } from '../../src/stakeholders/powerInterestGrid.js';
import { siloReport } from '../../src/stakeholders/siloReport.js';
import { SiloReportSchema } from '../../src/stakeholders/siloReportSchemas.js';
import {
  SalienceClassificationSchema,
  stakeholderSalience,
} from '../../src/stakeholders/stakeholderSalience.js';
import { suggestIntroductions } from '../../src/stakeholders/suggestIntroductions.js';
import { IntroductionSchema } from '../../src/stakeholders/suggestIntroductionsOptions.js';

/** A random simple undirected graph on 1–14 nodes with positive weights, and a random grouping of its nodes. */
const graphAndGroups = fc
  .integer({ min: 1, max: 14 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 9 })), {
        maxLength: 40,
      }),
      groups: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
      topics: fc.array(fc.subarray(['a', 'b', 'c']), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ n, edges, groups, topics }) => {
    const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (let i = 0; i < n; i++) g.addNode(`n${i}`, { topics: topics[i], team: `t${groups[i]}` });
    for (const [s, t, w] of edges) if (s !== t) g.mergeEdge(`n${s}`, `n${t}`, { weight: w });
    const groupOf = Object.fromEntries(groups.map((c, i) => [`n${i}`, c]));
    return { g, groupOf };
  });

describe('stakeholders — properties', () => {
  it('partitionModularity lies in [−1/2, 1] and is 0 for the one-group partition', () => {
    fc.assert(
      fc.property(graphAndGroups, ({ g, groupOf }) => {
        const q = partitionModularity(g, groupOf);
        expect(q).toBeGreaterThanOrEqual(-0.5 - 1e-12);
        expect(q).toBeLessThanOrEqual(1 + 1e-12);
        const one = Object.fromEntries(g.nodes().map((n) => [n, 0]));
        expect(Math.abs(partitionModularity(g, one))).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it('siloReport: E–I index in [−1, 1] and (E − I)/(E + I) of its own numbers; sparse density and silos equal the naive all-pairs computation', () => {
    fc.assert(
      fc.property(graphAndGroups, ({ g, groupOf }) => {
        const report = siloReport(g, { by: 'cluster', clusterOf: groupOf, minGroupSize: 1 });
        for (const group of report.groups) {
          const total = group.internal + group.external;
          if (total === 0) expect(group.eiIndex).toBeNull();
          else {
            expect(group.eiIndex).toBeCloseTo((group.external - group.internal) / total, 12);
            expect(Math.abs(group.eiIndex as number)).toBeLessThanOrEqual(1);
          }
        }
        // naive reference: tie weight per pair of groups, from every edge
        const ids = report.groups.map((x) => x.id);
        const naive = new Map<string, number>();
        g.forEachEdge((_e, attrs, u, v) => {
          const w = attrs.weight as number;
          const gu = groupOf[u];
          const gv = groupOf[v];
          if (gu === undefined || gv === undefined) return;
          const [x, y] = ids.indexOf(String(gu)) <= ids.indexOf(String(gv)) ? [gu, gv] : [gv, gu];
          naive.set(`${x}-${y}`, (naive.get(`${x}-${y}`) ?? 0) + w);
        });
        const listed = report.density.pairs.map((p) => `${p.a}-${p.b}`);
        const expected = [...naive.keys()].sort((p, q) => {
          const [pa, pb] = p.split('-').map((x) => ids.indexOf(x));
          const [qa, qb] = q.split('-').map((x) => ids.indexOf(x));
          return (pa as number) - (qa as number) || (pb as number) - (qb as number);
        });
        expect(listed).toEqual(expected);
        for (const p of report.density.pairs)
          expect(p.tieWeight).toBeCloseTo(naive.get(`${p.a}-${p.b}`) as number, 9);
        // naive silo rule over every pair of groups (minGroupSize 1, 3 topics at most)
        const byId = new Map(report.groups.map((x) => [x.id, x]));
        const naiveSilos: string[] = [];
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++) {
            const a = byId.get(ids[i] as string)!;
            const b = byId.get(ids[j] as string)!;
            const shared = a.topics.filter((t) => b.topics.includes(t));
            const d = (naive.get(`${a.id}-${b.id}`) ?? 0) / (a.size * b.size);
            const ratio = report.density.meanBetween === 0 ? 0 : d / report.density.meanBetween;
            if (shared.length >= 1 && ratio <= 0.1) naiveSilos.push(`${a.id}-${b.id}`);
          }
        expect(report.silos.map((x) => `${x.a}-${x.b}`).sort()).toEqual(naiveSilos.sort());
      }),
      { numRuns: 150 },
    );
  });

  it('articulation points are exactly the nodes whose removal adds a connected component', () => {
    fc.assert(
      fc.property(graphAndGroups, ({ g }) => {
        const points = new Set(brokers(g).articulationPoints);
        const base = connectedComponents(g).length;
        for (const node of g.nodes()) {
          const h = g.copy();
          h.dropNode(node);
          const split = connectedComponents(h).length > base - (g.degree(node) === 0 ? 1 : 0);
          expect(points.has(node), node).toBe(split);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('interactionGraph does not depend on the order of activities, gatherings or members', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer(), (seed, shuffleSeed) => {
        const community = sampleCommunity({ seed, members: 30, months: 3 });
        let s = shuffleSeed >>> 0;
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const shuffled = {
          ...community,
          activities: shuffle(community.activities),
          gatherings: shuffle(community.gatherings),
          members: shuffle(community.members),
        };
        const a = interactionGraph(community);
        const b = interactionGraph(shuffled);
        expect(b.order).toBe(a.order);
        expect(b.size).toBe(a.size);
        a.forEachEdge((_e, attrs, x, y) => {
          expect(b.hasEdge(x, y)).toBe(true);
          expect(b.getEdgeAttribute(b.edge(x, y) as string, 'weight')).toBeCloseTo(
            attrs.weight as number,
            12,
          );
        });
        b.forEachEdge((_e, attrs, x, y) => {
          expect(x).not.toBe(y);
          expect(attrs.weight as number).toBeGreaterThan(0);
        });
      }),
      { numRuns: 12 },
    );
  });

  it('suggestIntroductions never pairs a member with themself, a neighbour, or the same pair twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const community = sampleCommunity({ seed, members: 40, months: 4 });
        const graph = interactionGraph(community);
        const seen = new Set<string>();
        for (const intro of suggestIntroductions(community, graph, { top: 20, minDistance: 2 })) {
          expect(intro.a).not.toBe(intro.b);
          expect(graph.hasEdge(intro.a, intro.b)).toBe(false);
          const key = [intro.a, intro.b].sort().join('|');
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('stakeholders result schemas describe the results exactly', () => {
  it('siloReport, peripheralMembers, suggestIntroductions, powerInterestGrid and stakeholderSalience on the sample community', () => {
    const community = sampleCommunity({ seed: 1, members: 200, months: 12 });
    const asOf = '2026-01-01';
    const graph = interactionGraph(community, { to: asOf });
    const silos = siloReport(graph, { by: 'group' });
    expect(silos.groups.length).toBeGreaterThan(1);
    expect(SiloReportSchema.parse(silos)).toEqual(silos);
    const edge = peripheralMembers(graph, community, { asOf });
    expect(edge.length).toBeGreaterThan(0);
    expect(z.array(PeripheralMemberSchema).parse(edge)).toEqual(edge);
    const intros = suggestIntroductions(community, graph, { top: 5 });
    expect(z.array(IntroductionSchema).parse(intros)).toEqual(intros);
    const grid = powerInterestGrid(community.stakeholders);
    expect(grid.length).toBeGreaterThan(0);
    expect(z.array(PowerInterestPlacementSchema).parse(grid)).toEqual(grid);
    const salience = stakeholderSalience(community.stakeholders);
    expect(z.array(SalienceClassificationSchema).parse(salience)).toEqual(salience);
  });
});
