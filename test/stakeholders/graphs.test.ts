import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { affiliationGraph } from '../../src/stakeholders/affiliationGraph.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { toGexf, toGraphML, toNodeLink } from '../../src/stakeholders/graphExports.js';
import { graphSvg } from '../../src/stakeholders/graphSvg.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { peripheralMembers } from '../../src/stakeholders/peripheralMembers.js';
import { powerInterestGrid } from '../../src/stakeholders/powerInterestGrid.js';
import { siloReport } from '../../src/stakeholders/siloReport.js';
import { stakeholderSalience } from '../../src/stakeholders/stakeholderSalience.js';
import { suggestIntroductions } from '../../src/stakeholders/suggestIntroductions.js';
import { isWellFormedXml } from '../helpers/xml.js';

const tiny = parseCommunity({
  name: 'Tiny',
  members: [
    { id: 'ana', groups: ['a'], interests: ['x', 'y'] },
    { id: 'bo', groups: ['a'], interests: ['x', 'y'] },
    { id: 'cy', groups: ['b'], interests: ['y'], expertise: ['x'] },
    { id: 'di', groups: ['b'], interests: ['y'] },
    { id: 'ed', joinedAt: '2025-12-01', interests: ['z'] },
  ],
  activities: [
    { id: 'p1', memberId: 'ana', at: '2025-06-01T10:00:00Z', kind: 'post', thread: 't1' },
    { id: 'r1', memberId: 'bo', at: '2025-06-01T11:00:00Z', kind: 'reply', thread: 't1', replyTo: 'p1' },
    { id: 'r2', memberId: 'bo', at: '2025-06-01T12:00:00Z', kind: 'reply', thread: 't1', replyTo: 'p1' },
    { id: 'p2', memberId: 'cy', at: '2025-06-02T10:00:00Z', kind: 'post', thread: 't2' },
    { id: 'r3', memberId: 'di', at: '2025-06-02T10:30:00Z', kind: 'reply', thread: 't2', replyTo: 'p2' },
    { id: 'r4', memberId: 'cy', at: '2025-06-02T11:00:00Z', kind: 'reply', thread: 't2', replyTo: 'p2' },
  ],
  gatherings: [
    {
      id: 'g1',
      title: 'Call',
      kind: 'community-call',
      start: '2025-06-03T15:00:00Z',
      attended: ['ana', 'bo', 'cy'],
      hosts: ['ana', 'bo'],
    },
  ],
});

describe('interactionGraph', () => {
  it('sums replies, shared threads, co-attendance and co-hosting into weights, ignoring self-replies', () => {
    const g = interactionGraph(tiny, { halfLife: 0, to: '2026-01-01' });
    expect(g.order).toBe(5);
    // ana–bo: 2 replies + 1 shared thread (1/(2−1)) + co-attendance 1/(3−1) + co-hosting 1
    expect(g.getEdgeAttributes('ana', 'bo')).toMatchObject({
      weight: 4.5,
      replies: 2,
      threads: 1,
      gatherings: 1,
      cohosting: 1,
    });
    // cy's reply to its own post makes no self-loop
    expect(g.hasEdge('cy', 'cy')).toBe(false);
    expect(g.getEdgeAttribute('cy', 'di', 'weight')).toBe(2);
    expect(g.getEdgeAttribute('ana', 'cy', 'weight')).toBe(0.5);
    expect(g.degree('ed')).toBe(0);
  });

  it('halves a tie after one half-life and honours the window and include switches', () => {
    const g = interactionGraph(tiny, {
      halfLife: 1,
      to: '2025-06-03T10:00:00Z',
      include: { gatherings: false, cohosting: false, threads: false },
    });
    // the reply r3 is 23.5 h old at `to`: 2^(−23.5/24)
    expect(g.getEdgeAttribute('cy', 'di', 'weight')).toBeCloseTo(2 ** (-23.5 / 24), 12);
    expect(g.hasEdge('ana', 'cy')).toBe(false);
    expect(interactionGraph(tiny, { from: '2025-06-02', to: '2026-01-01' }).hasEdge('ana', 'bo')).toBe(true); // the call on 06-03
  });

  it('gives an empty graph for an empty community and rejects a bad option', () => {
    expect(interactionGraph(parseCommunity({ name: 'e' })).order).toBe(0);
    expect(() => interactionGraph(tiny, { halfLife: -1 })).toThrow(/options\.halfLife/);
  });

  it('affiliationGraph builds bipartite member–gathering and member–topic graphs', () => {
    const byGathering = affiliationGraph(tiny);
    expect(byGathering.neighbors('gathering:g1').sort()).toEqual(['ana', 'bo', 'cy']);
    const byTopic = affiliationGraph(tiny, { by: 'topic' });
    expect(byTopic.getNodeAttribute('topic:y', 'part')).toBe('topic');
    expect(byTopic.neighbors('topic:y').sort()).toEqual(['ana', 'bo', 'cy', 'di']);
  });
});

describe('clusters, silos, brokers, periphery', () => {
  const g = interactionGraph(tiny, {
    halfLife: 0,
    to: '2026-01-01',
    include: { gatherings: false, cohosting: false },
  });
  it('findClusters separates the two conversations and handles empty and edgeless graphs', () => {
    const r = findClusters(g, { seed: 1 });
    expect(r.clusterOf.ana).toBe(r.clusterOf.bo);
    expect(r.clusterOf.cy).toBe(r.clusterOf.di);
    expect(r.clusterOf.ana).not.toBe(r.clusterOf.cy);
    expect(r.clusters.map((c) => c.size)).toEqual([2, 2]);
    expect(r.isolated).toHaveLength(1);
    expect(findClusters(interactionGraph(parseCommunity({ name: 'e' })))).toEqual({
      clusterOf: {},
      clusters: [],
      isolated: [],
      modularity: 0,
    });
    const lonely = interactionGraph(parseCommunity({ name: 'one', members: [{ id: 'solo' }] }));
    expect(findClusters(lonely)).toEqual({ clusterOf: {}, clusters: [], isolated: ['solo'], modularity: 0 });
  });

  it('siloReport finds two groups that share a topic and have no ties, with the E–I index', () => {
    const r = siloReport(g, { by: 'group', minGroupSize: 2 });
    expect(r.groups.map((x) => [x.id, x.eiIndex])).toEqual([
      ['a', -1],
      ['b', -1],
    ]);
    expect(r.silos).toHaveLength(1);
    expect(r.silos[0]).toMatchObject({ a: 'a', b: 'b', tieWeight: 0 });
    expect(r.silos[0]!.evidence).toContain('no ties between them');
    expect(() => siloReport(g, { by: 'cluster' })).toThrow(/options\.clusterOf/);
  });

  it('brokers handles the empty graph, one member and a path (the middle is an articulation point)', () => {
    expect(brokers(interactionGraph(parseCommunity({ name: 'e' })))).toEqual({
      top: [],
      articulationPoints: [],
      betweenness: {
        method: 'exact',
        epsilon: null,
        delta: null,
        samples: null,
        errorBound: 0,
        exactWork: 0,
        budget: 1e9,
        weighted: true,
        normalized: true,
      },
    });
    const path = parseCommunity({
      name: 'p',
      members: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      activities: [
        { id: '1', memberId: 'a', at: '2025-01-01', kind: 'post' },
        { id: '2', memberId: 'b', at: '2025-01-02', kind: 'reply', replyTo: '1' },
        { id: '3', memberId: 'c', at: '2025-01-03', kind: 'reply', replyTo: '2' },
      ],
    });
    const r = brokers(interactionGraph(path, { halfLife: 0 }));
    expect(r.top[0]).toMatchObject({
      memberId: 'b',
      betweenness: 1,
      articulationPoint: true,
      constraint: 0.5,
      effectiveSize: 2,
    });
    expect(r.articulationPoints).toEqual(['b']);
  });

  it('peripheralMembers lists a newcomer without a tie first', () => {
    const p = peripheralMembers(g, tiny, { asOf: '2026-01-01' });
    expect(p.map((x) => [x.memberId, x.kind])).toEqual([['ed', 'newcomer-without-tie']]);
  });

  it('suggestIntroductions never suggests an existing tie and explains each pair', () => {
    const { clusterOf } = findClusters(g, { seed: 1 });
    const intros = suggestIntroductions(tiny, g, { clusterOf });
    expect(intros.length).toBeGreaterThan(0);
    for (const i of intros) expect(g.hasEdge(i.a, i.b)).toBe(false);
    const anaCy = intros.find((i) => i.a === 'ana' && i.b === 'cy');
    expect(anaCy?.reason).toBe(
      "both work on y; one's expertise meets the other's interest in x; not connected; would bridge clusters 0 and 1",
    );
  });
});

describe('stakeholder maps', () => {
  const people = [
    {
      id: 'f',
      name: 'Funder',
      power: 'high' as const,
      interest: 'high' as const,
      legitimacy: 'high' as const,
      urgency: 'high' as const,
    },
    { id: 'm', name: 'Ministry', power: 0.9, interest: 0.1, legitimacy: 0.1, urgency: 0.1 },
    { id: 's', name: 'Students', power: 0.1, interest: 0.9, legitimacy: 0.9, urgency: 0.9 },
    { id: 'x', name: 'Nobody', power: 0, interest: 0, legitimacy: 0, urgency: 0 },
    { id: 'e', name: 'Edge', power: 0.5, interest: 0.49, legitimacy: 0.5, urgency: 0.49 },
  ];
  it('powerInterestGrid places each stakeholder in a Mendelow quadrant with a cadence (the threshold counts as high)', () => {
    expect(powerInterestGrid(people).map((p) => [p.stakeholderId, p.quadrant, p.cadence])).toEqual([
      ['f', 'manage-closely', 'monthly'],
      ['m', 'keep-satisfied', 'quarterly'],
      ['e', 'keep-satisfied', 'quarterly'],
      ['s', 'keep-informed', 'monthly'],
      ['x', 'monitor', 'twice a year'],
    ]);
  });
  it('stakeholderSalience gives the Mitchell–Agle–Wood type and class', () => {
    const types = Object.fromEntries(
      stakeholderSalience(people).map((s) => [s.stakeholderId, [s.type, s.salience]]),
    );
    expect(types).toEqual({
      f: ['definitive', 'definitive'],
      s: ['dependent', 'expectant'],
      e: ['dominant', 'expectant'],
      m: ['dormant', 'latent'],
      x: ['non-stakeholder', 'none'],
    });
    expect(() => stakeholderSalience([{ id: 'q', name: 'Q', power: 2 }])).toThrow(/stakeholders\[0\]\.power/);
  });
});

describe('exports and pictures', () => {
  const g = interactionGraph(tiny, { halfLife: 0, to: '2026-01-01' });
  it('toGexf and toGraphML write well-formed XML with typed attributes; toNodeLink is NetworkX-shaped', () => {
    const gexf = toGexf(g, { ana: { cluster: 0 } });
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(gexf).toContain('title="cluster" type="double"');
    expect(
      isWellFormedXml(
        gexf
          .replace(/^<\?xml[^>]*\?>\n/, '')
          .replace('<gexf', '<svg')
          .replace('</gexf>', '</svg>'),
      ),
    ).toBe(true);
    const graphml = toGraphML(g);
    expect(graphml).toContain('attr.name="weight" attr.type="double"');
    const nl = toNodeLink(g);
    expect(nl.directed).toBe(false);
    expect(nl.nodes).toHaveLength(5);
    expect(nl.edges[0]).toHaveProperty('source');
  });
  it('exports of graphs built twice from the same community are identical, byte for byte', () => {
    const again = interactionGraph(tiny, { halfLife: 0, to: '2026-01-01' });
    expect(toGexf(again)).toBe(toGexf(g));
    expect(toGraphML(again)).toBe(toGraphML(g));
    expect(JSON.stringify(toNodeLink(again))).toBe(JSON.stringify(toNodeLink(g)));
    expect(g.edges()[0]).toBe('e0');
    const byGathering = affiliationGraph(tiny, { by: 'gathering' });
    expect(toGexf(affiliationGraph(tiny, { by: 'gathering' }))).toBe(toGexf(byGathering));
  });
  it('graphSvg is deterministic for a seed, well-formed, and leaves the graph unchanged', () => {
    const before = JSON.stringify(g.export());
    const a = graphSvg(g, { seed: 3 });
    expect(graphSvg(g, { seed: 3 })).toBe(a);
    expect(isWellFormedXml(a)).toBe(true);
    // ed has no tie: summarised in the caption, not drawn
    expect(a.match(/<circle [^>]*><title>/g)).toHaveLength(4);
    expect(a).toContain('1 member with no ties, not drawn.');
    expect(JSON.stringify(g.export())).toBe(before);
  });
  it('the sample community has its policy–software silo and brokers that tie clusters together', () => {
    const c = sampleCommunity();
    const sg = interactionGraph(c, {
      from: '2025-01-01',
      to: '2026-01-01',
      include: { gatherings: false, cohosting: false },
    });
    const { clusterOf, clusters } = findClusters(sg, { seed: 1 });
    const silos = siloReport(sg, { by: 'cluster', clusterOf }).silos;
    const policy = clusters.find((k) => k.topTopics.some((t) => t.topic === 'research-policy'))!;
    const software = clusters.find((k) => k.topTopics.some((t) => t.topic === 'research-software'))!;
    expect(
      silos.some((s) => [s.a, s.b].sort().join() === [String(policy.id), String(software.id)].sort().join()),
    ).toBe(true);
    expect(
      brokers(sg, { top: 10, clusterOf }).top.filter((b) => b.bridges.length > 1).length,
    ).toBeGreaterThan(2);
  });
});
