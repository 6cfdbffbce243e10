import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import type { Activity } from '../../src/model/activity.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../../src/model/activityKinds.js';
import { activityLog } from '../../src/model/activityLog.js';

const T0 = Date.parse('2024-01-01T00:00:00Z');
const arbRows = fc.array(
  fc.record({
    m: fc.integer({ min: 0, max: 5 }),
    dt: fc.integer({ min: 0, max: 120 * 86_400_000 }),
    k: fc.integer({ min: 0, max: ACTIVITY_KINDS.length - 1 }),
  }),
  { maxLength: 50 },
);

describe('activityLog from typed columns', () => {
  it('sorted (adopted) or not (copied), gives the log the same rows as activity objects give', () => {
    fc.assert(
      fc.property(arbRows, fc.boolean(), (rows, sortFirst) => {
        const ordered = sortFirst ? [...rows].sort((a, b) => a.dt - b.dt) : rows;
        const memberIds = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
        const columns = {
          times: Float64Array.from(ordered, (r) => T0 + r.dt),
          members: Int32Array.from(ordered, (r) => r.m),
          kinds: Uint8Array.from(ordered, (r) => r.k),
          memberIds,
        };
        const before = Array.from(columns.times);
        const fromColumns = activityLog(columns);
        const fromObjects = activityLog(
          ordered.map(
            (r, i): Activity => ({
              id: `#${i}`,
              memberId: memberIds[r.m] as string,
              at: new Date(T0 + r.dt),
              kind: ACTIVITY_KINDS[r.k] as ActivityKind,
              topics: [],
            }),
          ),
        );
        expect(Array.from(fromColumns.time)).toEqual(Array.from(fromObjects.time));
        expect(Array.from(fromColumns.kind)).toEqual(Array.from(fromObjects.kind));
        expect(Array.from(fromColumns.member, (m) => memberIds[m])).toEqual(
          Array.from(fromObjects.member, (m) => fromObjects.memberIds[m]),
        );
        expect([...fromColumns.activityIds]).toEqual([...fromObjects.activityIds]);
        expect(activeMembers(fromColumns, { unit: 'week' })).toEqual(
          activeMembers(fromObjects, { unit: 'week' }),
        );
        expect(retentionCohorts(fromColumns)).toEqual(retentionCohorts(fromObjects));
        expect(Array.from(columns.times)).toEqual(before);
      }),
    );
  });
});
