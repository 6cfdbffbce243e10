import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { memberFlow } from '../../src/health/memberFlow.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import { activityLog } from '../../src/model/activityLog.js';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { act } from './helpers.js';

// a: Jan, Feb, Apr; b: Jan; c: Feb (2 posts), Apr; d: Apr (join only in Mar). Nothing in March.
const fixture = [
  act('a', '2024-01-05T10:00:00Z'),
  act('b', '2024-01-20T10:00:00Z', 'reply'),
  act('c', '2024-02-02T10:00:00Z'),
  act('a', '2024-02-03T10:00:00Z'),
  act('c', '2024-02-10T10:00:00Z', 'comment'),
  act('d', '2024-03-10T10:00:00Z', 'join'),
  act('d', '2024-04-01T00:00:00Z'),
  act('a', '2024-04-11T10:00:00Z'),
  act('c', '2024-04-30T23:59:59Z'),
];

describe('activityLog', () => {
  it('activityLog sorts rows by time and interns ids', () => {
    const log = activityLog([...fixture].reverse());
    expect(log.size).toBe(9);
    expect(Array.from(log.time)).toEqual([...fixture.map((a) => a.at.getTime())]);
    expect(log.memberIds[log.member[0] as number]).toBe('a');
    expect(log.kinds[log.kind[1] as number]).toBe('reply');
  });

  it('activityLog keeps weights in time order, and reads an absent weight as 1', () => {
    const weighted = activityLog([
      act('a', '2024-01-03T00:00:00Z', 'post', { weight: 2.5 }),
      act('b', '2024-01-01T00:00:00Z'),
      act('c', '2024-01-02T00:00:00Z', 'post', { weight: 4 }),
    ]);
    expect([...weighted.weight]).toEqual([1, 4, 2.5]);
    const plain = activityLog([act('a', '2024-01-02T00:00:00Z'), act('b', '2024-01-01T00:00:00Z')]);
    expect([...plain.weight]).toEqual([1, 1]);
    expect(plain.weight).toBe(plain.weight); // made once
  });

  it('activityLog of a community keeps members without activity in the roster', () => {
    const log = activityLog({
      members: [{ id: 'z', groups: [], interests: [], expertise: [] }],
      activities: fixture,
    } as never);
    expect(log.memberIds[0]).toBe('z');
    expect(log.memberIds).toHaveLength(5);
  });

  it('activityLog rejects an unknown kind with a ValidationError naming the path', () => {
    const bad = [{ ...fixture[0], kind: 'dance' }] as never;
    try {
      activityLog(bad);
      expect.unreachable();
    } catch (e) {
      expect(isCommunityKitError(e)).toBe(true);
      expect(String((e as Error).message)).toContain('activities[0].kind');
    }
  });

  it('activityLog marks replies to missing activities as dangling', () => {
    const log = activityLog([act('a', '2024-01-01Z', 'reply', { replyTo: 'nope' })]);
    expect(log.replyTo[0]).toBe(-2);
    expect(log.danglingReplyTo.get(0)).toBe('nope');
  });
});

describe('activeMembers', () => {
  it('activeMembers counts distinct members per month, zeros for March (join is not activity)', () => {
    const r = activeMembers(fixture, { unit: 'month' });
    expect(r.periods.map((p) => [p.key, p.active, p.activities])).toEqual([
      ['2024-01', 2, 2],
      ['2024-02', 2, 3],
      ['2024-03', 0, 0],
      ['2024-04', 3, 3],
    ]);
    expect(r.periods[1]?.growth).toBe(0);
    expect(r.periods[3]?.growth).toBeNull();
  });

  it('activeMembers with minCount 2 keeps only c in February', () => {
    const r = activeMembers(fixture, { unit: 'month', minCount: 2 });
    expect(r.periods.map((p) => p.active)).toEqual([0, 1, 0, 0]);
  });

  it('activeMembers with kinds [reply] counts only b', () => {
    const r = activeMembers(fixture, { kinds: ['reply'] });
    expect(r.periods.map((p) => p.active)).toEqual([1]);
  });

  it('activeMembers ignores activities at or after asOf and lists empty periods up to it', () => {
    const r = activeMembers(fixture, { asOf: '2024-04-01T00:00:00Z' });
    expect(r.periods.map((p) => p.active)).toEqual([2, 2, 0]);
    const r2 = activeMembers(fixture, { from: '2023-12-01', asOf: '2024-06-01' });
    expect(r2.periods.map((p) => p.active)).toEqual([0, 2, 2, 0, 3, 0]);
  });

  it('activeMembers of no activity is an empty list; one member all on one day is one period with 1', () => {
    expect(activeMembers([]).periods).toEqual([]);
    const oneDay = [act('x', '2024-05-05T01:00:00Z'), act('x', '2024-05-05T20:00:00Z')];
    expect(
      activeMembers(oneDay, { unit: 'day' }).periods.map((p) => [p.key, p.active, p.activities]),
    ).toEqual([['2024-05-05', 1, 2]]);
  });

  it('activeMembers rejects a bad unit with the option path', () => {
    expect(() => activeMembers(fixture, { unit: 'fortnight' as never })).toThrow(/options\.unit/);
  });
});

describe('memberFlow', () => {
  it('memberFlow counts new, returning, retained and churned by hand', () => {
    const r = memberFlow(fixture);
    expect(r.periods.map((p) => [p.key, p.new, p.returning, p.retained, p.churned])).toEqual([
      ['2024-01', 2, 0, 0, 0],
      ['2024-02', 1, 0, 1, 1],
      ['2024-03', 0, 0, 0, 2],
      ['2024-04', 1, 2, 0, 0],
    ]);
    expect(r.periods[1]?.churnRate).toBe(0.5);
    expect(r.periods[3]?.churnRate).toBeNull();
    expect(r.periods[3]?.newMemberIds).toEqual(['d']);
  });

  it('memberFlow computes "new" over all history even when from is later', () => {
    const r = memberFlow(fixture, { from: '2024-04-01' });
    expect(r.periods[0]).toMatchObject({ key: '2024-04', new: 1, returning: 2 });
  });
});

describe('retentionCohorts', () => {
  it('retentionCohorts builds the hand-computed matrix', () => {
    const r = retentionCohorts(fixture);
    expect(r.cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([
      ['2024-01', 2, [2, 1, 0, 1]],
      ['2024-02', 1, [1, 0, 1]],
      ['2024-03', 0, [0, 0]],
      ['2024-04', 1, [1]],
    ]);
    expect(r.cohorts[0]?.shares).toEqual([1, 0.5, 0, 0.5]);
    expect(r.cohorts[2]?.shares).toEqual([]);
    expect(r.averageByOffset).toEqual([1, 1 / 3, 1 / 3, 0.5]);
  });

  it('retentionCohorts by joining: the join activity or the roster date sets the cohort (hand-computed)', () => {
    // d joined in March (join activity) and was active in April: a March cohort of 1, retained [0, 1].
    const byJoin = retentionCohorts(fixture, { cohortBy: 'joined' });
    expect(byJoin.cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([
      ['2024-01', 2, [2, 1, 0, 1]],
      ['2024-02', 1, [1, 0, 1]],
      ['2024-03', 1, [0, 1]],
      ['2024-04', 0, [0]],
    ]);
    // The roster wins over activity: e joined in January, posted only in March; f joined in
    // February and never took part (in the cohort's size, never retained).
    const community = parseCommunity({
      name: 'Roster',
      members: [
        { id: 'e', joinedAt: '2024-01-10' },
        { id: 'f', joinedAt: '2024-02-10' },
      ],
      activities: [
        { id: 'e1', memberId: 'e', at: '2024-03-05', kind: 'post' },
        { id: 'e0', memberId: 'e', at: '2024-02-01', kind: 'join' },
      ],
    });
    const roster = retentionCohorts(community, { cohortBy: 'joined' });
    expect(roster.cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([['2024-03', 0, [0]]]);
    const fromJan = retentionCohorts(community, { cohortBy: 'joined', from: '2024-01-01' });
    expect(fromJan.cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([
      ['2024-01', 1, [0, 0, 1]],
      ['2024-02', 1, [0, 0]],
      ['2024-03', 0, [0]],
    ]);
    // By first activity, e is a March cohort of one.
    expect(retentionCohorts(community).cohorts.map((c) => [c.key, c.size])).toEqual([['2024-03', 1]]);
    expect(() => retentionCohorts(community, { cohortBy: 'signup' as 'joined' })).toThrow(
      /retentionCohorts.*options\.cohortBy/s,
    );
  });

  it('retentionCohorts respects maxOffset and is empty without activity', () => {
    expect(retentionCohorts(fixture, { maxOffset: 1 }).cohorts[0]?.retained).toEqual([2, 1]);
    expect(retentionCohorts([])).toEqual({ unit: 'month', cohorts: [], averageByOffset: [] });
  });
});
