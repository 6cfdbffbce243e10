import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/model/activity.js';
import { activityLog } from '../../src/model/activityLog.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const KINDS = ['post', 'reply', 'comment', 'issue'] as const;

/** Activities with unique ids, in threads or not, replying to any row (earlier, later, in or out of their thread). */
const arbActivities = fc
  .array(
    fc.record({
      m: fc.integer({ min: 0, max: 3 }),
      day: fc.integer({ min: 0, max: 30 }),
      k: fc.integer({ min: 0, max: KINDS.length - 1 }),
      reply: fc.integer({ min: -1, max: 30 }),
      thread: fc.integer({ min: -1, max: 3 }),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      id: `a${i}`,
      memberId: `m${r.m}`,
      at: new Date(Date.UTC(2024, 0, 1 + r.day)).toISOString(),
      kind: KINDS[r.k] as string,
      ...(r.reply >= 0 && r.reply < rows.length && r.reply !== i ? { replyTo: `a${r.reply}` } : {}),
      ...(r.thread >= 0 ? { thread: `t${r.thread}` } : {}),
    })),
  );

describe('activityLog: threads and reply targets', () => {
  it("from a community, the targets found in a reply's own thread are the rows the id index finds", () => {
    fc.assert(
      fc.property(arbActivities, (raw) => {
        const community = parseCommunity({
          name: 'x',
          members: [0, 1, 2, 3].map((m) => ({ id: `m${m}` })),
          activities: raw,
        });
        const fromCommunity = activityLog(community);
        // Bare activities always go through the index (ids may repeat there).
        const fromActivities = activityLog(community.activities as Activity[]);
        expect(Array.from(fromCommunity.replyTo)).toEqual(Array.from(fromActivities.replyTo));
        expect(Array.from(fromCommunity.thread)).toEqual(Array.from(fromActivities.thread));
        expect(fromCommunity.threads).toEqual(fromActivities.threads);
        expect([...fromCommunity.danglingReplyTo]).toEqual([...fromActivities.danglingReplyTo]);
        // Each row points to the activity its replyTo names (the input is in no time order).
        const replyOf = new Map(raw.map((a) => [a.id, a.replyTo]));
        const ids = fromCommunity.activityIds;
        for (let r = 0; r < fromCommunity.size; r++) {
          const p = fromCommunity.replyTo[r] as number;
          expect(p === -1 ? undefined : ids[p]).toBe(replyOf.get(ids[r] as string));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('from bare activities, a repeated id resolves to its last row, even when an earlier one is in the thread', () => {
    const at = (d: number) => new Date(Date.UTC(2024, 0, d));
    const log = activityLog([
      { id: 'p', memberId: 'a', at: at(1), kind: 'post', thread: 't', topics: [] },
      { id: 'r', memberId: 'b', at: at(2), kind: 'reply', thread: 't', replyTo: 'p', topics: [] },
      { id: 'p', memberId: 'c', at: at(3), kind: 'post', topics: [] },
    ]);
    expect(Array.from(log.replyTo)).toEqual([-1, 2, -1]);
  });

  it('a reply to an activity missing from a community log (a bot left out) is dangling', () => {
    const community = parseCommunity({
      name: 'x',
      members: [{ id: 'a' }, { id: 'ci', kind: 'bot' }],
      activities: [
        { id: 'p', memberId: 'ci', at: '2024-01-01', kind: 'post', thread: 't' },
        { id: 'r', memberId: 'a', at: '2024-01-02', kind: 'reply', thread: 't', replyTo: 'p' },
      ],
    });
    const log = activityLog(community);
    expect(Array.from(log.replyTo)).toEqual([-2]);
    expect([...log.danglingReplyTo]).toEqual([[0, 'p']]);
  });
});
