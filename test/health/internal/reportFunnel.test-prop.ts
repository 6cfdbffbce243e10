import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelsAt } from '../../../src/health/internal/funnelState.js';
import { firstTimes, reportFunnel } from '../../../src/health/internal/reportFunnel.js';
import { reportPeriods } from '../../../src/health/internal/reportPeriods.js';
import type { Activity } from '../../../src/model/activity.js';
import { activityLog } from '../../../src/model/activityLog.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import type { PeriodUnit } from '../../../src/model/periods.js';

const T0 = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const KINDS = ['post', 'reply', 'comment', 'join', 'leave', 'commit'] as const;
const UNITS: PeriodUnit[] = ['week', 'month', 'quarter'];

/** Members with or without a roster join date; activities over ~8 months with joins, replies (some to ids not in the log). */
const arbCase = fc.record({
  joined: fc.array(fc.option(fc.integer({ min: 0, max: 240 })), { minLength: 1, maxLength: 6 }),
  rows: fc.array(
    fc.record({
      m: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 0, max: 240 }),
      k: fc.integer({ min: 0, max: KINDS.length - 1 }),
      reply: fc.integer({ min: -2, max: 30 }),
    }),
    { maxLength: 30 },
  ),
  asOfDay: fc.integer({ min: 1, max: 260 }),
  compareDay: fc.option(fc.integer({ min: 0, max: 260 })),
  unit: fc.constantFrom(...UNITS),
  kinds: fc.subarray([...KINDS], { minLength: 1 }),
  regularMonths: fc.integer({ min: 2, max: 4 }),
});

describe('reportFunnel', () => {
  it("gives, for each report window, the cohort onboardingFunnel's pass over every member gives", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const members = c.joined.map((d, i) => ({
          id: `m${i}`,
          ...(d === null ? {} : { joinedAt: new Date(T0 + d * DAY).toISOString() }),
        }));
        const community = parseCommunity({ name: 'x', members });
        const activities = c.rows.map(
          (r, i): Activity => ({
            id: `a${i}`,
            memberId: `m${r.m % members.length}`,
            at: new Date(T0 + r.day * DAY),
            kind: KINDS[r.k] as Activity['kind'],
            // −2: a reply to an activity the log does not hold.
            ...(r.reply === -2 ? { replyTo: 'elsewhere' } : r.reply >= 0 ? { replyTo: `a${r.reply}` } : {}),
            topics: [],
          }),
        );
        const log = activityLog({ ...community, activities });
        const periods = reportPeriods(
          new Date(T0 + c.asOfDay * DAY),
          c.unit,
          c.compareDay === null ? undefined : new Date(T0 + c.compareDay * DAY),
        );
        const windows = [periods.current, periods.previous];
        const o = { kinds: c.kinds, regularMonths: c.regularMonths };
        const expected = funnelsAt(
          log,
          windows.map((w) => ({ ...o, unit: c.unit, from: w.start, asOf: w.end })),
        ).map((f, i) => f.cohorts.find((x) => x.start === windows[i]?.start.toISOString()));
        const first = firstTimes(log, c.kinds, Math.max(...windows.map((w) => w.end.getTime())));
        expect(windows.map((w) => reportFunnel(log, first, w, c.unit, o))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
