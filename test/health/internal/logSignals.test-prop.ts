import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communitySignals } from '../../../src/health/internal/logSignals.js';
import { activityLog } from '../../../src/model/activityLog.js';
import { dataCoverage } from '../../../src/model/dataCoverage.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';

const KINDS = [
  'post',
  'issue',
  'pull-request',
  'reply',
  'comment',
  'answer',
  'review',
  'reaction',
  'join',
  'leave',
  'commit',
];
/** The signals communitySignals answers for (what the health report reads and a log can show). */
const SHOWN = [
  'activity',
  'conversations',
  'replies',
  'answers',
  'reviews',
  'reactions',
  'joins',
  'leaves',
  'affiliations',
  'gatherings',
  'attendance',
];

/** Small communities with bots, affiliations, join dates, threads, replies and gatherings. */
const arbCommunity = fc
  .record({
    members: fc.array(
      fc.record({
        bot: fc.boolean(),
        affiliated: fc.boolean(),
        joined: fc.option(fc.integer({ min: 0, max: 30 })),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    activities: fc.array(
      fc.record({
        m: fc.integer({ min: 0, max: 4 }),
        day: fc.integer({ min: 0, max: 20 }),
        k: fc.integer({ min: 0, max: KINDS.length - 1 }),
        reply: fc.integer({ min: -1, max: 25 }),
        thread: fc.integer({ min: -1, max: 2 }),
      }),
      { maxLength: 25 },
    ),
    gatherings: fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }), { maxLength: 2 }),
  })
  .map(({ members, activities, gatherings }) =>
    parseCommunity({
      name: 'x',
      members: members.map((m, i) => ({
        id: `m${i}`,
        ...(m.bot ? { kind: 'bot' } : {}),
        ...(m.affiliated ? { affiliation: 'Acme' } : {}),
        ...(m.joined === null ? {} : { joinedAt: new Date(Date.UTC(2024, 0, 1 + m.joined)).toISOString() }),
      })),
      activities: activities.map((a, i) => ({
        id: `a${i}`,
        memberId: `m${a.m % members.length}`,
        at: new Date(Date.UTC(2024, 0, 1 + a.day)).toISOString(),
        kind: KINDS[a.k],
        ...(a.reply >= 0 && a.reply % activities.length !== i
          ? { replyTo: `a${a.reply % activities.length}` }
          : {}),
        ...(a.thread >= 0 ? { thread: `t${a.thread}` } : {}),
      })),
      gatherings: gatherings.map((attended, i) => ({
        id: `g${i}`,
        title: 'Call',
        kind: 'community-call',
        start: '2024-01-05T10:00:00Z',
        attended: [...new Set(attended.map((m) => `m${m % members.length}`))],
      })),
    }),
  );

describe('communitySignals', () => {
  it('finds, from the log with or without its bots, the signals dataCoverage finds in the community', () => {
    fc.assert(
      fc.property(arbCommunity, fc.boolean(), (community, includeBots) => {
        const expected = dataCoverage(community).present.filter((s) => SHOWN.includes(s));
        const log = activityLog(community, { includeBots });
        expect([...communitySignals(log, community)].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });
});
