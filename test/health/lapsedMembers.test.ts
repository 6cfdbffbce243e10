import { describe, expect, it } from 'vitest';
import { lapsedMembers } from '../../src/health/lapsedMembers.js';
import { act } from './helpers.js';

const acts = [
  act('a', '2024-01-01T00:00:00Z'),
  act('a', '2024-02-01T00:00:00Z'),
  act('b', '2024-03-01T00:00:00Z'),
  act('c', '2024-06-20T00:00:00Z'),
  act('d', '2024-06-20T00:00:00Z', 'join'),
];

describe('lapsedMembers', () => {
  it('lapsedMembers lists members with no activity in the last 90 days (hand-computed)', () => {
    const r = lapsedMembers(acts, { asOf: '2024-07-01T00:00:00Z' });
    // cutoff = 2024-04-02; a (last 02-01) and b (03-01) lapsed; c active; d only joined (not counted)
    expect(r).toMatchObject({
      everActive: 3,
      active: 1,
      lapsed: 2,
      share: 2 / 3,
      cutoff: '2024-04-02T00:00:00.000Z',
    });
    expect(r.members).toEqual([
      { id: 'b', lastActiveAt: '2024-03-01T00:00:00.000Z', daysSince: 122, activities: 1 },
      { id: 'a', lastActiveAt: '2024-02-01T00:00:00.000Z', daysSince: 151, activities: 2 },
    ]);
  });

  it('lapsedMembers honours days, and a member exactly at the cutoff is not lapsed', () => {
    expect(lapsedMembers(acts, { asOf: '2024-07-01T00:00:00Z', days: 122 }).members.map((m) => m.id)).toEqual(
      ['a'],
    );
    expect(lapsedMembers(acts, { asOf: '2024-07-01T00:00:00Z', days: 200 }).lapsed).toBe(0);
  });

  it('lapsedMembers without asOf measures from the latest activity; empty input gives nulls', () => {
    expect(lapsedMembers(acts).asOf).toBe('2024-06-20T00:00:00.000Z');
    expect(lapsedMembers([])).toMatchObject({ asOf: null, lapsed: 0, share: null, members: [] });
  });

  it('lapsedMembers rejects a non-positive days', () => {
    expect(() => lapsedMembers(acts, { days: 0 })).toThrow(/options\.days/);
  });
});
