import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstResponses, ResponseRows } from '../../../src/health/internal/responseThreads.js';
import { timeToFirstResponseAccumulator } from '../../../src/health/timeToFirstResponse.js';
import type { Activity } from '../../../src/model/activity.js';
import { activityLog } from '../../../src/model/activityLog.js';

const T0 = Date.parse('2024-01-01T00:00:00Z');
const HOUR = 3_600_000;
const KINDS = ['post', 'issue', 'reply', 'comment', 'reaction', 'join'] as const;

/** Small conversations: posts and issues, replies to earlier or later rows (or to nothing there), threads. */
const arbActivities = fc
  .array(
    fc.record({
      m: fc.integer({ min: 0, max: 4 }),
      h: fc.integer({ min: 0, max: 24 * 40 }),
      k: fc.integer({ min: 0, max: KINDS.length - 1 }),
      reply: fc.integer({ min: -1, max: 40 }),
      thread: fc.integer({ min: -1, max: 3 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map(
      (r, i): Activity => ({
        id: `a${i}`,
        memberId: `m${r.m}`,
        at: new Date(T0 + r.h * HOUR),
        kind: KINDS[r.k] as Activity['kind'],
        ...(r.reply >= 0 && r.reply !== i ? { replyTo: `a${r.reply}` } : {}),
        ...(r.thread >= 0 ? { thread: `t${r.thread}` } : {}),
        topics: [],
      }),
    ),
  );

const options = { from: '2024-01-10', asOf: '2024-02-05', unit: 'week' as const, unansweredAfterDays: 2 };

describe('timeToFirstResponse: add does the work, in any parts', () => {
  it('rows of one log added in chunks (to one accumulator, or to one per chunk merged in reverse) give the whole-log result', () => {
    fc.assert(
      fc.property(arbActivities, fc.array(fc.nat(), { maxLength: 4 }), (acts, cutsIn) => {
        const log = activityLog(acts);
        const whole = timeToFirstResponseAccumulator(options);
        whole.add(log);
        const expected = JSON.stringify(whole.result());
        const cuts = [0, ...cutsIn.map((c) => c % (log.size + 1)).sort((a, b) => a - b), log.size];
        const chunked = timeToFirstResponseAccumulator(options);
        const parts = [];
        for (let i = 0; i + 1 < cuts.length; i++) {
          chunked.add(log, cuts[i], cuts[i + 1]);
          const part = timeToFirstResponseAccumulator(options);
          part.add(log, cuts[i], cuts[i + 1]);
          parts.push(part);
        }
        expect(JSON.stringify(chunked.result())).toBe(expected);
        const merged = parts.pop() ?? timeToFirstResponseAccumulator(options);
        for (const p of parts.reverse()) merged.merge(p);
        expect(JSON.stringify(merged.result())).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('a reply in a later log to a post in an earlier one is its first response once the parts are merged', () => {
    const acts: Activity[] = [
      { id: 'q', memberId: 'ana', at: new Date('2024-01-15T09:00:00Z'), kind: 'post', topics: [] },
      {
        id: 'r',
        memberId: 'bo',
        at: new Date('2024-01-16T09:00:00Z'),
        kind: 'reply',
        replyTo: 'q',
        topics: [],
      },
    ];
    const a = timeToFirstResponseAccumulator(options);
    a.add(activityLog(acts.slice(0, 1)));
    const b = timeToFirstResponseAccumulator(options);
    b.add(activityLog(acts.slice(1)));
    expect(b.result().threads).toBe(0); // alone, the reply names a post it does not have
    b.merge(a);
    const r = b.result();
    expect([r.threads, r.answered, r.medianHours]).toEqual([1, 1, 24]);
  });
});

describe('ResponseRows: a single part', () => {
  const kinds = ['post', 'issue', 'reply', 'comment'];
  const from = Date.parse(options.from);
  const to = Date.parse(options.asOf);

  it('gives the first responses of a state that records every thread started before the window', () => {
    fc.assert(
      fc.property(arbActivities, (acts) => {
        const log = activityLog(acts);
        const every = new ResponseRows(kinds, from, to);
        every.add(log, 0, log.size);
        const single = new ResponseRows(kinds, from, to, true);
        single.add(log, 0, log.size);
        expect(firstResponses(single, ['post', 'issue'], ['reply', 'comment'])).toEqual(
          firstResponses(every, ['post', 'issue'], ['reply', 'comment']),
        );
        // Only threads with rows in the window are interned.
        expect(single.threads.size).toBeLessThanOrEqual(every.threads.size);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a second part', () => {
    const log = activityLog([]);
    const single = new ResponseRows(kinds, from, to, true);
    single.add(log, 0, 0);
    expect(() => single.add(log, 0, 0)).toThrow(/single-part/);
    expect(() => single.merge(new ResponseRows(kinds, from, to))).toThrow(/single-part/);
  });
});
