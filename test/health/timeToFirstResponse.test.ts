import { describe, expect, it } from 'vitest';
import { timeToFirstResponse, timeToFirstResponseAccumulator } from '../../src/health/timeToFirstResponse.js';
import { activityLog } from '../../src/model/activityLog.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { act } from './helpers.js';

const acts = [
  act('alice', '2024-03-01T09:00:00Z', 'post', { id: 'p1' }),
  act('alice', '2024-03-01T10:00:00Z', 'reply', { id: 'r0', replyTo: 'p1' }), // own reply: not a response
  act('bob', '2024-03-01T15:00:00Z', 'reply', { id: 'r1', replyTo: 'r0' }), // via the chain: 6 h
  act('carol', '2024-03-02T00:00:00Z', 'issue', { id: 'p2' }),
  act('alice', '2024-03-04T00:00:00Z', 'comment', { id: 'r2', replyTo: 'p2' }), // 48 h
  act('dave', '2024-03-05T00:00:00Z', 'post', { id: 'p3', thread: 't1' }),
  act('erin', '2024-03-05T01:00:00Z', 'reaction', { id: 'x1', thread: 't1' }), // reaction: not a response
  act('erin', '2024-03-06T00:00:00Z', 'reply', { id: 'r3', thread: 't1' }), // same thread: 24 h
  act('bob', '2024-03-10T00:00:00Z', 'post', { id: 'p4' }), // unanswered
  act('bob', '2024-03-20T00:00:00Z', 'post', { id: 'p5' }), // unanswered, too young at asOf
];

describe('timeToFirstResponse', () => {
  it('timeToFirstResponse follows reply chains and threads, skips own replies and reactions (hand-computed)', () => {
    const r = timeToFirstResponse(acts, { asOf: '2024-03-21T00:00:00Z', coreMemberIds: ['alice'] });
    expect(r.items.map((i) => [i.activityId, i.responseId, i.hours])).toEqual([
      ['p1', 'r1', 6],
      ['p2', 'r2', 48],
      ['p3', 'r3', 24],
      ['p4', null, null],
      ['p5', null, null],
    ]);
    expect(r).toMatchObject({ threads: 5, answered: 3, unanswered: 2, responseRate: 0.6 });
    // type 7 over [6, 24, 48]: median 24, p90 = 24 + 0.8 × 24 = 43.2
    expect(r.medianHours).toBe(24);
    expect(r.p90Hours).toBeCloseTo(43.2, 10);
    // 7 days before asOf = 03-14: p1..p4 old enough; p4 unanswered → 1/4
    expect(r).toMatchObject({ oldEnough: 4, unansweredAfterN: 1, shareUnansweredAfterN: 0.25 });
    expect(r.responders).toEqual({
      core: 1,
      others: 2,
      coreShare: 1 / 3,
      byMember: [
        { id: 'alice', count: 1 },
        { id: 'bob', count: 1 },
        { id: 'erin', count: 1 },
      ],
    });
  });

  it('timeToFirstResponse counts a response later than N days as unanswered after N days, and ignores responses after asOf', () => {
    const r = timeToFirstResponse(acts, { asOf: '2024-03-21T00:00:00Z', unansweredAfterDays: 1.5 });
    // p2 answered after 48 h > 36 h; p4 unanswered; p5 (1 day old) too young
    expect(r).toMatchObject({ oldEnough: 4, unansweredAfterN: 2, shareUnansweredAfterN: 0.5 });
    const early = timeToFirstResponse(acts, { asOf: '2024-03-01T12:00:00Z' });
    expect(early.items).toEqual([
      {
        activityId: 'p1',
        memberId: 'alice',
        at: '2024-03-01T09:00:00.000Z',
        responseId: null,
        responderId: null,
        respondedAt: null,
        hours: null,
        channel: null,
        followUpId: null,
        followUpHours: null,
      },
    ]);
  });

  it('timeToFirstResponse groups threads by the period they started in', () => {
    const r = timeToFirstResponse(acts, { unit: 'week' });
    expect(r.periods.map((p) => [p.key, p.threads, p.answered, p.medianHours])).toEqual([
      ['2024-W09', 2, 2, 27],
      ['2024-W10', 2, 1, 24],
      ['2024-W11', 0, 0, null],
      ['2024-W12', 1, 0, null],
    ]);
    expect(r.asOf).toBe('2024-03-20T00:00:00.000Z');
  });

  it('timeToFirstResponse with items: false gives the same summaries and no thread list', () => {
    const options = { unit: 'week' as const, coreMemberIds: ['ben'] };
    const full = timeToFirstResponse(acts, options);
    const lean = timeToFirstResponse(acts, { ...options, items: false });
    expect(full.items.length).toBeGreaterThan(0);
    expect(lean.items).toEqual([]);
    expect({ ...lean, items: full.items }).toEqual(full);
  });

  it('timeToFirstResponse on no activity returns zeros and nulls', () => {
    const r = timeToFirstResponse([]);
    expect(r).toMatchObject({
      threads: 0,
      responseRate: null,
      medianHours: null,
      p90Hours: null,
      asOf: null,
    });
    expect(r.shareUnansweredAfterN).toBeNull();
  });

  it('timeToFirstResponse counts only threads started in the window, whatever happens in it later', () => {
    const r = timeToFirstResponse(
      [
        act('alice', '2024-02-28T00:00:00Z', 'post', { id: 'p0', thread: 't9' }),
        act('bob', '2024-03-02T00:00:00Z', 'post', { id: 'p1', thread: 't9' }), // an old thread: not a start
        act('carol', '2024-03-03T00:00:00Z', 'reply', { id: 'r1', replyTo: 'p0' }), // answers an old question
        act('dave', '2024-03-04T00:00:00Z', 'post', { id: 'q' }),
        act('erin', '2024-03-04T06:00:00Z', 'reply', { id: 'r2', replyTo: 'q' }),
      ],
      { from: '2024-03-01', asOf: '2024-04-01' },
    );
    expect(r.threads).toBe(1);
    expect(r.medianHours).toBe(6);
  });

  it('timeToFirstResponse treats a reply to a missing activity as no thread start', () => {
    const r = timeToFirstResponse([act('a', '2024-01-01T00:00:00Z', 'post', { id: 'q', replyTo: 'gone' })]);
    expect(r.threads).toBe(0);
  });

  it('timeToFirstResponse rejects bad options with the path', () => {
    expect(() => timeToFirstResponse(acts, { unansweredAfterDays: -1 })).toThrow(
      /options\.unansweredAfterDays/,
    );
    expect(() => timeToFirstResponse(acts, { starterKinds: ['nope' as never] })).toThrow(
      /options\.starterKinds/,
    );
    expect(() => timeToFirstResponse(acts, { asOf: 'not a date' })).toThrow(/options\.asOf/);
    expect(() => timeToFirstResponse(acts, { items: 'no' as never })).toThrow(/options\.items/);
  });

  it('timeToFirstResponse measures the follow-up: hours from the first response to the asker coming back', () => {
    const t = [
      act('ann', '2024-05-01T09:00:00Z', 'post', { id: 'q', channel: 'help' }),
      act('bob', '2024-05-01T12:00:00Z', 'reply', { replyTo: 'q', channel: 'help' }),
      act('ann', '2024-05-01T10:00:00Z', 'reply', { replyTo: 'q', channel: 'help' }), // before the response: not a follow-up
      act('ann', '2024-05-01T20:00:00Z', 'reply', { id: 'back', replyTo: 'q', channel: 'help' }),
      act('cat', '2024-05-02T09:00:00Z', 'post', { id: 'q2', channel: 'dev' }),
      act('dan', '2024-05-02T11:00:00Z', 'reply', { replyTo: 'q2', channel: 'dev' }),
    ];
    const r = timeToFirstResponse(t);
    expect(r.items.map((i) => [i.activityId, i.channel, i.hours, i.followUpId, i.followUpHours])).toEqual([
      ['q', 'help', 3, 'back', 8],
      ['q2', 'dev', 2, null, null],
    ]);
    expect(r.followedUp).toBe(1);
    expect(r.medianFollowUpHours).toBe(8);
    expect(r.channels.map((c) => [c.channel, c.threads, c.medianHours])).toEqual([
      ['dev', 1, 2],
      ['help', 1, 3],
    ]);
  });
});

describe('timeToFirstResponse: logs split and merged', () => {
  it('on the sample community, one log gives the same result as two logs split by member and merged', () => {
    const community = sampleCommunity({ seed: 4, members: 150, months: 6 });
    const options = { from: '2025-09-01', asOf: '2026-01-01', unit: 'month' as const };
    const whole = timeToFirstResponseAccumulator(options);
    whole.add(activityLog(community));
    const even = (id: string): boolean => Number(id.replace(/\D/g, '')) % 2 === 0;
    const a = timeToFirstResponseAccumulator(options);
    a.add(activityLog(community.activities.filter((x) => even(x.memberId))));
    const b = timeToFirstResponseAccumulator(options);
    b.add(activityLog(community.activities.filter((x) => !even(x.memberId))));
    b.merge(a);
    const expected = whole.result();
    expect(expected.threads).toBeGreaterThan(50);
    expect(expected.answered).toBeGreaterThan(10);
    expect(b.result()).toEqual(expected);
  });
});
