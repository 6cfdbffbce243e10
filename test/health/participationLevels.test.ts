import { describe, expect, it } from 'vitest';
import { participationLevels } from '../../src/health/participationLevels.js';
import { act } from './helpers.js';

const acts = [
  act('ana', '2024-01-05T00:00:00Z', 'reaction'),
  act('ben', '2024-01-06T00:00:00Z', 'commit'),
  act('ben', '2024-01-07T00:00:00Z', 'post'),
  act('cat', '2024-01-08T00:00:00Z', 'post'),
  act('dan', '2024-01-09T00:00:00Z', 'join'),
  act('ana', '2024-02-05T00:00:00Z', 'host'),
  act('ben', '2024-02-06T00:00:00Z', 'answer'),
  act('cat', '2024-02-07T00:00:00Z', 'comment'),
  act('eve', '2024-02-08T00:00:00Z', 'attend'),
];

describe('participationLevels', () => {
  it('participationLevels takes each member’s highest mode per month (hand-computed)', () => {
    const r = participationLevels(acts);
    expect(r.periods.map((p) => p.key)).toEqual(['2024-01', '2024-02']);
    expect(r.periods[0]?.members).toEqual([
      { id: 'ana', mode: 'convey-consume' },
      { id: 'ben', mode: 'collaborate' },
      { id: 'cat', mode: 'contribute' },
    ]);
    expect(r.periods[1]?.counts).toEqual({
      'convey-consume': 1,
      contribute: 2,
      collaborate: 0,
      'co-create': 1,
    });
  });

  it('participationLevels reports who moved up, fell back, stayed, entered and left', () => {
    expect(participationLevels(acts).movement).toEqual([
      {
        from: '2024-01',
        to: '2024-02',
        movedUp: ['ana'],
        fellBack: ['ben'],
        stayed: ['cat'],
        entered: ['eve'],
        left: [],
      },
    ]);
  });

  it('participationLevels lets a kind be remapped or excluded', () => {
    const r = participationLevels(acts, { kindModes: { commit: 'co-create', reaction: null } });
    expect(r.periods[0]?.members).toEqual([
      { id: 'ben', mode: 'co-create' },
      { id: 'cat', mode: 'contribute' },
    ]);
    expect(r.kindModes.commit).toBe('co-create');
  });

  it('participationLevels lists an empty period in between with zeros', () => {
    const r = participationLevels([
      act('a', '2024-01-01T00:00:00Z', 'post'),
      act('a', '2024-03-01T00:00:00Z', 'post'),
    ]);
    expect(r.periods[1]).toMatchObject({ key: '2024-02', members: [] });
    expect(r.movement.map((m) => [m.left, m.entered])).toEqual([
      [['a'], []],
      [[], ['a']],
    ]);
    expect(participationLevels([])).toMatchObject({ periods: [], movement: [] });
  });

  it('participationLevels rejects an unknown mode', () => {
    expect(() => participationLevels(acts, { kindModes: { post: 'lead' as never } })).toThrow(
      /options\.kindModes/,
    );
  });
});
