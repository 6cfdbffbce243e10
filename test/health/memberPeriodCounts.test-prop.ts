import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { coreSize } from '../../src/health/coreSize.js';
import { memberFlow } from '../../src/health/memberFlow.js';
import { memberPeriodCounts } from '../../src/health/memberPeriodCounts.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import type { Activity } from '../../src/model/activity.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../../src/model/activityKinds.js';
import { activityLog } from '../../src/model/activityLog.js';

const T0 = Date.parse('2024-01-01T00:00:00Z');
const DAY = 86_400_000;
const arbActivities = fc
  .array(
    fc.record({
      m: fc.integer({ min: 0, max: 9 }),
      dt: fc.integer({ min: 0, max: 300 * DAY }),
      k: fc.integer({ min: 0, max: ACTIVITY_KINDS.length - 1 }),
    }),
    { maxLength: 80 },
  )
  .map((rows) =>
    rows.map(
      (r, i): Activity => ({
        id: `a${i}`,
        memberId: `m${r.m}`,
        at: new Date(T0 + r.dt),
        kind: ACTIVITY_KINDS[r.k] as ActivityKind,
        topics: [],
      }),
    ),
  );
const arbCounting = fc.record(
  {
    unit: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
    asOf: fc.integer({ min: 0, max: 320 }).map((d) => new Date(T0 + d * DAY)),
    kinds: fc.uniqueArray(fc.constantFrom(...ACTIVITY_KINDS), { minLength: 1, maxLength: 6 }),
  },
  { requiredKeys: [] },
);
const arbReporting = fc.record({
  from: fc.option(
    fc.integer({ min: 0, max: 300 }).map((d) => new Date(T0 + d * DAY)),
    { nil: undefined },
  ),
  minCount: fc.integer({ min: 1, max: 3 }),
});

describe('memberPeriodCounts', () => {
  it('counting once and passing the counts down = calling each metric on the log', () => {
    fc.assert(
      fc.property(
        arbActivities,
        arbCounting,
        arbReporting,
        fc.boolean(),
        (acts, counting, reporting, repeat) => {
          const log = activityLog(acts);
          const counts = memberPeriodCounts(log, counting);
          const from = reporting.from === undefined ? {} : { from: reporting.from };
          // The metrics given counts take the counting options from them, repeated or not.
          const shared = repeat ? { ...counting, ...from } : from;
          const full = { ...counting, ...from };
          expect(activeMembers(counts, { ...shared, minCount: reporting.minCount })).toEqual(
            activeMembers(log, { ...full, minCount: reporting.minCount }),
          );
          expect(retentionCohorts(counts, { ...shared, minCount: reporting.minCount })).toEqual(
            retentionCohorts(log, { ...full, minCount: reporting.minCount }),
          );
          expect(memberFlow(counts, { ...shared, minCount: reporting.minCount })).toEqual(
            memberFlow(log, { ...full, minCount: reporting.minCount }),
          );
          expect(coreSize(counts, { ...shared, threshold: 0.2 })).toEqual(
            coreSize(log, { ...full, threshold: 0.2 }),
          );
        },
      ),
    );
  });
});
