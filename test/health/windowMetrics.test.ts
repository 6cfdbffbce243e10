import { describe, expect, it } from 'vitest';
import { activityBreakdown } from '../../src/health/activityBreakdown.js';
import { contributorAbsenceFactor } from '../../src/health/contributorAbsenceFactor.js';
import { elephantFactor } from '../../src/health/elephantFactor.js';
import { participationInequality } from '../../src/health/participationInequality.js';
import type { Activity } from '../../src/model/activity.js';
import { act } from './helpers.js';

function repeat(member: string, n: number, at = '2024-01-01T00:00:00Z'): Activity[] {
  return Array.from({ length: n }, () => act(member, at, 'commit'));
}
const chaoss = [1000, 202, 90, 33, 332, 343, 42, 433].flatMap((n, i) => repeat(`m${i}`, n));

describe('contributorAbsenceFactor', () => {
  it('contributorAbsenceFactor reproduces the CHAOSS worked example (→ 2)', () => {
    const r = contributorAbsenceFactor(chaoss);
    expect(r.value).toBe(2);
    expect(r.members).toEqual([
      { id: 'm0', count: 1000 },
      { id: 'm7', count: 433 },
    ]);
    expect(r.total).toBe(2475);
    expect(r.share).toBeCloseTo(1433 / 2475, 12);
  });

  it('contributorAbsenceFactor at an exact 50% boundary: [5,5] → 2 with >, 1 with ≥', () => {
    const five = [...repeat('a', 5), ...repeat('b', 5)];
    expect(contributorAbsenceFactor(five).value).toBe(2);
    expect(contributorAbsenceFactor(five, { inclusive: true }).value).toBe(1);
    expect(contributorAbsenceFactor(five, { threshold: 0.2 }).value).toBe(1);
  });

  it('contributorAbsenceFactor is 0 without contributions and honours the window', () => {
    expect(contributorAbsenceFactor([]).value).toBe(0);
    const acts = [...repeat('a', 3, '2024-01-01Z'), ...repeat('b', 1, '2024-03-01Z')];
    expect(contributorAbsenceFactor(acts, { from: '2024-02-01' }).members).toEqual([{ id: 'b', count: 1 }]);
    expect(contributorAbsenceFactor(acts, { asOf: '2023-01-01' }).value).toBe(0);
  });

  it('contributorAbsenceFactor rejects a threshold above 1', () => {
    expect(() => contributorAbsenceFactor(chaoss, { threshold: 2 })).toThrow(/options\.threshold/);
  });
});

describe('elephantFactor', () => {
  it('elephantFactor groups members by affiliation', () => {
    const community = {
      members: [
        { id: 'a', affiliation: 'Org X', groups: [], interests: [], expertise: [] },
        { id: 'b', affiliation: 'Org X', groups: [], interests: [], expertise: [] },
        { id: 'c', affiliation: 'Org Y', groups: [], interests: [], expertise: [] },
        { id: 'd', groups: [], interests: [], expertise: [] },
      ],
      activities: [...repeat('a', 2), ...repeat('b', 2), ...repeat('c', 3), ...repeat('d', 10)],
    } as never;
    expect(elephantFactor(community).members).toEqual([{ id: 'Org X', count: 4 }]);
    const r = elephantFactor(community, { unaffiliated: '(none)' });
    expect(r).toMatchObject({ value: 1, total: 17, members: [{ id: '(none)', count: 10 }] });
  });
});

describe('participationInequality', () => {
  it('participationInequality of one member with everything among 10 is Gini 0.9 with 9 lurkers', () => {
    const members = Array.from({ length: 10 }, (_, i) => ({
      id: `m${i}`,
      groups: [],
      interests: [],
      expertise: [],
    }));
    const r = participationInequality({ members, activities: repeat('m0', 100) } as never, {
      lorenzPoints: 10,
    });
    expect(r.gini).toBeCloseTo(0.9, 12);
    expect(r.top1Share).toBe(1);
    expect(r.split).toMatchObject({ lurkers: 9, occasional: 0, heavy: 1 });
    expect(r.lorenz[9]).toEqual([0.9, 0]);
    expect(r.lorenz[10]).toEqual([1, 1]);
  });

  it('participationInequality of equal members is Gini 0; of counts 1,2,3,4 is 0.25', () => {
    expect(participationInequality([...repeat('a', 3), ...repeat('b', 3)]).gini).toBe(0);
    const r = participationInequality([
      ...repeat('a', 1),
      ...repeat('b', 2),
      ...repeat('c', 3),
      ...repeat('d', 4),
    ]);
    // G = 2(1·1+2·2+3·3+4·4)/(4·10) − 5/4 = 60/40 − 1.25 = 0.25
    expect(r.gini).toBeCloseTo(0.25, 12);
    expect(r.top10Share).toBeCloseTo(0.4, 12);
  });

  it('participationInequality of no activity has a null Gini and zero shares', () => {
    expect(participationInequality([])).toMatchObject({
      members: 0,
      gini: null,
      top1Share: 0,
      lorenz: [[0, 0]],
    });
  });
});

describe('activityBreakdown', () => {
  it('activityBreakdown counts kinds, channels and hour-of-week slots by hand', () => {
    const acts = [
      act('a', '2024-01-01T09:30:00Z', 'post', { channel: 'data' }), // Monday 09h
      act('b', '2024-01-01T09:59:59Z', 'reply', { channel: 'data' }),
      act('a', '2024-01-07T23:00:00Z', 'reply'), // Sunday 23h
      act('c', '2024-01-07T23:10:00Z', 'join'),
    ];
    const r = activityBreakdown(acts);
    expect(r.total).toBe(3);
    expect(r.byKind).toEqual([
      { kind: 'reply', count: 2 },
      { kind: 'post', count: 1 },
    ]);
    expect(r.byChannel).toEqual([
      { channel: 'data', count: 2 },
      { channel: '(none)', count: 1 },
    ]);
    expect(r.hourOfWeek[0]?.[9]).toBe(2);
    expect(r.hourOfWeek[6]?.[23]).toBe(1);
    expect(r.hourOfWeek.flat().reduce((x, y) => x + y, 0)).toBe(3);
  });

  it('activityBreakdown of no activity is all zeros', () => {
    const r = activityBreakdown([]);
    expect(r).toMatchObject({ total: 0, byKind: [], byChannel: [] });
    expect(r.hourOfWeek.flat()).toEqual(new Array(168).fill(0));
  });
});
