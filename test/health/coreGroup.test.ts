import { describe, expect, it } from 'vitest';
import { coreGroup } from '../../src/health/coreGroup.js';
import type { Activity } from '../../src/model/activity.js';
import { act } from './helpers.js';

function repeat(member: string, n: number, at = '2024-01-10T00:00:00Z'): Activity[] {
  return Array.from({ length: n }, () => act(member, at, 'commit'));
}
const acts = [...repeat('ana', 10), ...repeat('ben', 4), ...repeat('kim', 5), ...repeat('lea', 1)];

describe('coreGroup', () => {
  it('coreGroup lists non-core members at least as active as the least active core member (hand-computed)', () => {
    const r = coreGroup(acts, { coreMemberIds: ['ana', 'ben', 'zed'] });
    expect(r.total).toBe(20);
    expect(r.threshold).toEqual({ share: 0.2, basis: 'least-active-core', memberId: 'ben' });
    expect(r.members).toEqual([{ id: 'kim', count: 5, share: 0.25 }]);
    expect(r.core.map((c) => c.id)).toEqual(['ana', 'ben']);
    expect(r.inactiveCore).toEqual(['zed']);
  });

  it('coreGroup without core ids uses minShare', () => {
    const r = coreGroup(acts, { minShare: 0.05 });
    expect(r.threshold).toEqual({ share: 0.05, basis: 'minShare', memberId: null });
    expect(r.members.map((m) => m.id)).toEqual(['ana', 'kim', 'ben', 'lea']);
    expect(coreGroup(acts, { minShare: 0.3 }).members.map((m) => m.id)).toEqual(['ana']);
  });

  it('coreGroup honours the window [from, to)', () => {
    const later = [
      ...acts,
      ...repeat('lea', 3, '2024-02-10T00:00:00Z'),
      ...repeat('ben', 1, '2024-02-11T00:00:00Z'),
    ];
    const r = coreGroup(later, { from: '2024-02-01', to: '2024-03-01', coreMemberIds: ['ben'] });
    expect(r.total).toBe(4);
    expect(r.members).toEqual([{ id: 'lea', count: 3, share: 0.75 }]);
  });

  it('coreGroup on no activity returns no members', () => {
    expect(coreGroup([], { coreMemberIds: ['ana'] })).toEqual({
      total: 0,
      threshold: { share: 0.05, basis: 'minShare', memberId: null },
      core: [],
      inactiveCore: ['ana'],
      members: [],
    });
  });

  it('coreGroup rejects a minShare above 1 and a bad date', () => {
    expect(() => coreGroup(acts, { minShare: 1.5 })).toThrow(/options\.minShare/);
    expect(() => coreGroup(acts, { to: 'soon' })).toThrow(/options\.to/);
  });
});
