import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/model/activity.js';
import { ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { activityLog } from '../../src/model/activityLog.js';
import { ALL_METRIC_ACCUMULATORS } from './metricList.js';

const T0 = Date.parse('2024-01-01T00:00:00Z');
const arbActivities = fc
  .array(
    fc.record({
      m: fc.integer({ min: 0, max: 7 }),
      dt: fc.integer({ min: 0, max: 200 * 86_400_000 }),
      k: fc.integer({ min: 0, max: ACTIVITY_KINDS.length - 1 }),
      ch: fc.integer({ min: 0, max: 2 }),
      reply: fc.integer({ min: -1, max: 30 }),
      thread: fc.integer({ min: -1, max: 4 }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(
      (r, i): Activity => ({
        id: `a${i}`,
        memberId: `m${r.m}`,
        at: new Date(T0 + r.dt),
        kind: ACTIVITY_KINDS[r.k] as Activity['kind'],
        channel: `c${r.ch}`,
        ...(r.k % 3 === 0 ? { thread: `t${r.m % 3}` } : {}),
        ...(r.reply >= 0 && r.reply < i ? { replyTo: `a${r.reply}` } : {}),
        ...(r.thread >= 0 ? { thread: `t${r.thread}` } : {}),
        topics: [],
      }),
    ),
  );

describe('every metric accumulator: merge(split) = whole', () => {
  for (const [name, make] of Object.entries(ALL_METRIC_ACCUMULATORS)) {
    it(`${name}: a log split by time or by member and merged gives the whole-log result`, () => {
      fc.assert(
        fc.property(arbActivities, fc.integer({ min: 0, max: 200 }), fc.boolean(), (acts, cut, byMember) => {
          const whole = make();
          whole.add(activityLog(acts));
          const cutT = T0 + cut * 86_400_000;
          const inA = (a: Activity): boolean =>
            byMember ? Number(a.memberId.slice(1)) % 2 === 0 : a.at.getTime() < cutT;
          const partA = make();
          partA.add(activityLog(acts.filter(inA)));
          const partB = make();
          partB.add(activityLog(acts.filter((a) => !inA(a))));
          partB.merge(partA);
          expect(JSON.stringify(partB.result())).toBe(JSON.stringify(whole.result()));
        }),
        { numRuns: 40 },
      );
    });
  }
});
