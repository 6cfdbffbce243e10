import { describe, expect, it } from 'vitest';
import { gatheringMetrics } from '../../src/health/gatheringMetrics.js';
import { ValidationError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const community = parseCommunity({
  name: 'x',
  members: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
  activities: [
    { id: 'x1', memberId: 'a', at: '2024-03-10', kind: 'post' },
    { id: 'x2', memberId: 'b', at: '2024-04-20', kind: 'post' }, // 50 days after: too late
    { id: 'x3', memberId: 'c', at: '2024-03-01', kind: 'post' }, // before the call: does not count
    { id: 'x4', memberId: 'd', at: '2024-03-05', kind: 'join' }, // join does not count
    { id: 'x5', memberId: 'e', at: '2024-03-20', kind: 'comment' },
    { id: 'x6', memberId: 'b', at: '2024-03-01T15:00:00Z', kind: 'attend' }, // the call itself: does not count
  ],
  gatherings: [
    {
      id: 'g1',
      title: 'March call',
      kind: 'community-call',
      start: '2024-03-01T15:00:00Z',
      registered: ['a', 'b', 'c', 'd'],
      attended: ['a', 'b', 'c', 'e'],
    },
    {
      id: 'g2',
      title: 'April workshop',
      kind: 'workshop',
      start: '2024-04-01T15:00:00Z',
      attended: ['a', 'd'],
    },
  ],
});

describe('gatheringMetrics', () => {
  it('gatheringMetrics gives show-up rate, walk-ins and follow-up activity per gathering (hand-computed)', () => {
    const r = gatheringMetrics(community);
    const [g1, g2] = r.items;
    expect(g1).toMatchObject({
      registered: 4,
      attended: 4,
      registeredAndAttended: 3,
      walkIns: 1,
      showUpRate: 0.75,
      newcomers: 4,
      repeatAttendees: 0,
      activeAfter: 2,
      activeAfterShare: 0.5,
    });
    // nobody registered for g2: show-up rate is null, not 0
    expect(g2).toMatchObject({
      registered: 0,
      attended: 2,
      showUpRate: null,
      repeatAttendees: 1,
      newcomers: 1,
    });
  });

  it('gatheringMetrics totals: attendance, unique and repeat attendees, overall rates', () => {
    const r = gatheringMetrics(community);
    expect(r).toMatchObject({
      gatherings: 2,
      attendance: 6,
      uniqueAttendees: 5,
      meanAttendance: 3,
      showUpRate: 0.75,
      repeatAttendees: 1,
      repeatShare: 0.2,
      newcomers: 5,
      activeAfterShare: 2 / 6,
    });
  });

  it('gatheringMetrics with from counts earlier gatherings for repeat attendance only', () => {
    const r = gatheringMetrics(community, { from: '2024-03-15' });
    expect(r.gatherings).toBe(1);
    expect(r.items[0]).toMatchObject({ id: 'g2', repeatAttendees: 1, newcomers: 1 });
  });

  it('gatheringMetrics without gatherings gives zeros and nulls', () => {
    const r = gatheringMetrics(parseCommunity({ name: 'e' }));
    expect(r).toMatchObject({ gatherings: 0, attendance: 0, meanAttendance: null, showUpRate: null });
    expect(r.activeAfterShare).toBeNull();
  });

  it('gatheringMetrics rejects a non-positive followUpDays with a ValidationError', () => {
    expect(() => gatheringMetrics(community, { followUpDays: 0 })).toThrow(ValidationError);
  });
});
