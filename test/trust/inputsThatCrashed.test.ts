import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { activeMembersAccumulator } from '../../src/health/activeMembers.js';
import { lapsedMembers } from '../../src/health/lapsedMembers.js';
import { safeParseCommunityJson } from '../../src/io/parseCommunityJson.js';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { findExperts } from '../../src/matching/findExperts.js';
import { matchMentors } from '../../src/matching/matchMentors.js';
import { solveAssignment } from '../../src/matching/solveAssignment.js';
import { isCommunityKitError, ValidationError } from '../../src/model/errors.js';
import { parseCommunity, safeParseCommunity } from '../../src/model/parseCommunity.js';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { communityReport } from '../../src/report/communityReport.js';
import { lineChartSvg } from '../../src/report/lineChartSvg.js';
import { renderReportMarkdown } from '../../src/report/renderReportMarkdown.js';
import { coreTeam } from '../../src/roles/coreTeam.js';
import { betweennessCentrality } from '../../src/stakeholders/betweennessCentrality.js';
import { brokers } from '../../src/stakeholders/brokers.js';
import { findClusters } from '../../src/stakeholders/findClusters.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { siloReport } from '../../src/stakeholders/siloReport.js';

/** The error `call` throws (failing the test when it throws nothing or something else). */
function thrown(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, nothing was thrown');
}

const asOf = new Date('2024-06-01T00:00:00Z');
const two = {
  name: 'x',
  members: [
    {
      id: 'alice',
      joinedAt: '2024-01-01',
      willing: { mentor: true },
      expertise: ['data'],
      interests: ['data'],
    },
    { id: 'bob', joinedAt: '2024-01-01', willing: { beMentored: true }, interests: ['data'] },
  ],
  activities: [
    { id: 'x1', memberId: 'alice', at: '2024-02-01', kind: 'post', thread: 't' },
    { id: 'x2', memberId: 'bob', at: '2024-02-02', kind: 'reply', thread: 't', replyTo: 'x1' },
  ],
};
const community = parseCommunity(two);

describe('inputs that crashed (issue 16)', () => {
  it.each([
    'valueOf',
    'hasOwnProperty',
    'toString',
    'isPrototypeOf',
    'toLocaleString',
    'propertyIsEnumerable',
  ])(
    'a member id %s is refused by validation rather than breaking report, interactionGraph or matchMentors later',
    (id) => {
      const result = safeParseCommunity({ ...two, members: [...two.members, { id }] });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toEqual(['members[2].id']);
    },
  );

  it('a parsed community edited to hold a member valueOf is refused by interactionGraph with a path, not a graphology error', () => {
    const edited = {
      ...community,
      members: [...community.members, { ...community.members[1], id: 'valueOf' }],
    };
    expect(thrown(() => interactionGraph(edited as never)).path).toBe('members[2].id');
  });

  it('a tie-list node __proto__ is refused by findClusters and betweennessCentrality instead of disappearing', () => {
    const ties = {
      nodes: ['a', '__proto__'],
      source: new Int32Array([0]),
      target: new Int32Array([1]),
      weight: new Float64Array([1]),
    };
    expect(thrown(() => findClusters(ties)).path).toBe('graph.nodes[1]');
    expect(thrown(() => betweennessCentrality(ties)).path).toBe('graph.nodes[1]');
  });

  it('functions given a plain JSON.parse result say "parse the community first"', () => {
    const raw = JSON.parse(JSON.stringify(two));
    for (const call of [
      () => coreTeam(raw, { at: asOf }),
      () => interactionGraph(raw),
      () => matchMentors(raw, { asOf }),
      () => communityReport(raw, { asOf }),
    ])
      expect(thrown(call).message).toMatch(
        /members\[0\]\.joinedAt: expected a valid Date or nothing \(parse the community first/,
      );
  });

  it('solveAssignment([null]) is a ValidationError at cost[0]', () => {
    expect(thrown(() => solveAssignment([null] as never)).path).toBe('cost[0]');
  });

  it('lapsedMembers with days: 1e9 is refused as an option, not a RangeError', () => {
    expect(thrown(() => lapsedMembers(community, { days: 1e9, asOf })).path).toBe('options.days');
  });

  it('findExperts({}, q) says the index must come from expertiseIndex', () => {
    expect(thrown(() => findExperts({} as never, 'data')).message).toMatch(/expertiseIndex\(community\)/);
    expect(findExperts(expertiseIndex(community, { asOf }), 'data').map((e) => e.memberId)).toContain(
      'alice',
    );
  });

  it('renderReportMarkdown({}) is a ValidationError naming the missing fields', () => {
    expect(thrown(() => renderReportMarkdown({} as never)).issues.map((i) => i.path)).toContain(
      'report.title',
    );
  });

  it('accumulator.add(null) is a ValidationError, not a TypeError', () => {
    const acc = activeMembersAccumulator({ unit: 'month', asOf });
    expect(isCommunityKitError(thrown(() => acc.add(null as never)))).toBe(true);
  });

  it('brokers on a multigraph is refused with a message saying so', () => {
    const g = new MultiUndirectedGraph();
    g.mergeEdge('a', 'b');
    g.addEdge('a', 'b');
    expect(thrown(() => brokers(g as never)).message).toMatch(/multigraph/);
  });

  it('siloReport(g, { by: "toString" }) finds no groups instead of naming one after a function', () => {
    const report = siloReport(interactionGraph(community), { by: 'toString' });
    expect(report.groups).toEqual([]);
  });

  it('a misspelled option name is a ValidationError with its path', () => {
    expect(thrown(() => coreTeam(community, { at: asOf, catalouge: [] } as never)).issues[0]).toMatchObject({
      path: 'options',
      zodCode: 'unrecognized_keys',
    });
  });

  it('1e308 in a chart never puts Infinity or NaN into the SVG', () => {
    const bar = barChartSvg({ title: 't', labels: ['a', 'b'], values: [1.7e308, 1] });
    const line = lineChartSvg({
      title: 't',
      labels: ['a', 'b'],
      series: [{ name: 's', values: [1e308, 1] }],
    });
    expect(`${bar}${line}`).not.toMatch(/Infinity|NaN/);
  });

  it('huge matchMentors weights give the same scores as the same weights scaled down', () => {
    const huge = matchMentors(community, {
      asOf,
      weights: { sharedTopics: 4e307, expertise: 3e307, timeZone: 2e307, language: 1e307, skills: 0 },
    });
    const small = matchMentors(community, {
      asOf,
      weights: { sharedTopics: 0.4, expertise: 0.3, timeZone: 0.2, language: 0.1, skills: 0 },
    });
    expect(huge.pairs.map((p) => p.score)).toEqual(small.pairs.map((p) => p.score));
    expect(small.pairs[0]?.score).toBeGreaterThan(0);
  });

  it('parseCommunityJson returns one error shape (a ValidationError) for bad JSON and for a bad community', () => {
    const bad = safeParseCommunityJson('{');
    const invalid = safeParseCommunityJson('{"name": ""}');
    expect([bad.error instanceof ValidationError, invalid.error instanceof ValidationError]).toEqual([
      true,
      true,
    ]);
    expect(bad.error?.issues[0]?.message).toMatch(/not valid JSON/);
  });
});
