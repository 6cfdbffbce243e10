import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { addHash, estimate, hash32, relativeStandardError } from '../../src/health/internal/hyperLogLog.js';
import { ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { activityLog } from '../../src/model/activityLog.js';
import { ValidationError } from '../../src/model/errors.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const POST = ACTIVITY_KINDS.indexOf('post');

/** A column log: `perMonth[k]` distinct members (ids m0, m1, …) each posting once in month k of 2025. */
function monthlyLog(perMonth: number[]) {
  const n = perMonth.reduce((a, b) => a + b, 0);
  const times = new Float64Array(n);
  const members = new Int32Array(n);
  let r = 0;
  perMonth.forEach((count, k) => {
    for (let i = 0; i < count; i++, r++) {
      times[r] = Date.UTC(2025, k, 1 + (i % 28));
      members[r] = i;
    }
  });
  const order = Array.from(times.keys()).sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const most = Math.max(...perMonth);
  return activityLog({
    times: Float64Array.from(order, (i) => times[i] as number),
    members: Int32Array.from(order, (i) => members[i] as number),
    kinds: new Uint8Array(n).fill(POST),
    memberIds: Array.from({ length: most }, (_, i) => `m${i}`),
  });
}

describe('activeMembers with a HyperLogLog sketch', () => {
  it('estimates within four standard errors of the exact count, small and large', () => {
    const log = monthlyLog([3, 0, 1_000, 30_000, 120_000]);
    for (const precision of [10, 14]) {
      const sketched = activeMembers(log, { unit: 'month', sketch: { precision } });
      const exact = activeMembers(log, { unit: 'month' });
      const rse = relativeStandardError(precision);
      expect(sketched.sketch).toEqual({ precision, relativeStandardError: rse });
      expect(exact.sketch).toBeNull();
      expect(sketched.periods.map((p) => p.key)).toEqual(exact.periods.map((p) => p.key));
      sketched.periods.forEach((p, i) => {
        const truth = exact.periods[i]!.active;
        expect(p.activities).toBe(exact.periods[i]!.activities);
        expect(Math.abs(p.active - truth)).toBeLessThanOrEqual(4 * rse * truth + 1);
      });
    }
    // Linear counting makes tiny counts exact: 3 members → 3, an empty month → 0.
    const small = activeMembers(log, { unit: 'month', sketch: {} }).periods;
    expect(small.slice(0, 2).map((p) => p.active)).toEqual([3, 0]);
  });

  it('stays within its error bound on random sets (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 0, max: 1e6 }), (n, offset) => {
        const registers = new Uint8Array(2 ** 12);
        for (let i = 0; i < n; i++) addHash(registers, 12, hash32(`member-${offset + i}`));
        expect(Math.abs(estimate(registers) - n)).toBeLessThanOrEqual(4 * relativeStandardError(12) * n + 1);
      }),
      { numRuns: 40, seed: 5 },
    );
  });

  it('agrees with the exact count on the sample community and is deterministic', () => {
    const community = sampleCommunity({ seed: 2, members: 300, months: 12 });
    const exact = activeMembers(community, { unit: 'month' }).periods.map((p) => p.active);
    const sketched = activeMembers(community, { unit: 'month', sketch: {} }).periods.map((p) => p.active);
    // Hundreds of members per month: linear counting on 16,384 registers is off by a member or two at most.
    sketched.forEach((v, i) => {
      expect(Math.abs(v - exact[i]!)).toBeLessThanOrEqual(2);
    });
    expect(activeMembers(community, { unit: 'month', sketch: {} })).toEqual(
      activeMembers(community, { unit: 'month', sketch: {} }),
    );
  });

  it('refuses a sketch with minCount above 1, and a precision out of range, with their paths', () => {
    expect(() => activeMembers([], { sketch: {}, minCount: 2 })).toThrow(ValidationError);
    expect(() => activeMembers([], { sketch: {}, minCount: 2 })).toThrow(/options\.sketch.*minCount 1/s);
    expect(() => activeMembers([], { sketch: { precision: 3 } })).toThrow(/options\.sketch\.precision/);
  });
});
