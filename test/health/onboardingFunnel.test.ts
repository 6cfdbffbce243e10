import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onboardingFunnel, onboardingFunnels } from '../../src/health/onboardingFunnel.js';
import { ValidationError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { act } from './helpers.js';

// m1: joins Jan 1, posts Jan 2 (answered by m2 on Jan 3), posts Feb 10 and Mar 10 → regular (3 months)
// m2: joins Jan 1, first activity = the reply on Jan 3, never answered
// m3: joins Feb 1, never active
// m4: no join record: joined = first post Feb 15, answered by m1 on Feb 16, no second activity
const acts = [
  act('m1', '2024-01-01T00:00:00Z', 'join'),
  act('m2', '2024-01-01T00:00:00Z', 'join'),
  act('m1', '2024-01-02T00:00:00Z', 'post', { id: 'p1' }),
  act('m2', '2024-01-03T00:00:00Z', 'comment', { replyTo: 'p1' }),
  act('m3', '2024-02-01T00:00:00Z', 'join'),
  act('m1', '2024-02-10T00:00:00Z', 'post'),
  act('m4', '2024-02-15T00:00:00Z', 'post', { id: 'p4' }),
  act('m1', '2024-02-16T00:00:00Z', 'comment', { replyTo: 'p4' }),
  act('m1', '2024-03-10T00:00:00Z', 'post'),
];

describe('onboardingFunnel', () => {
  it('onboardingFunnel counts each step as a subset of the one before, with hand-computed conversions and medians', () => {
    const f = onboardingFunnel(acts, { unit: 'month' });
    expect(f.counts).toEqual({
      joined: 4,
      firstActivity: 3,
      firstResponse: 2,
      secondActivity: 1,
      regular: 1,
    });
    expect(f.conversion).toEqual({
      firstActivity: 0.75,
      firstResponse: 2 / 3,
      secondActivity: 0.5,
      regular: 1,
    });
    expect(f.overall).toBe(0.25);
    // days to first activity: m1 1, m2 2, m4 0 → 1; to response: m1 2, m4 1 → 1.5; to second: m1 40
    expect(f.medianDays).toEqual({ firstActivity: 1, firstResponse: 1.5, secondActivity: 40 });
  });

  it('onboardingFunnel splits members into cohorts by joining month', () => {
    const f = onboardingFunnel(acts, { unit: 'month' });
    expect(f.cohorts.map((c) => [c.key, c.counts.joined, c.counts.firstActivity, c.counts.regular])).toEqual([
      ['2024-01', 2, 2, 1],
      ['2024-02', 2, 1, 0],
    ]);
  });

  it('onboardingFunnel with regularMonths 4 has no regular, and asOf cuts later activity', () => {
    expect(onboardingFunnel(acts, { regularMonths: 4 }).counts.regular).toBe(0);
    const cut = onboardingFunnel(acts, { asOf: '2024-02-01' });
    expect(cut.counts).toEqual({
      joined: 2,
      firstActivity: 2,
      firstResponse: 1,
      secondActivity: 0,
      regular: 0,
    });
  });

  it('onboardingFunnel uses the roster joinedAt and keeps members who never acted', () => {
    const c = parseCommunity({
      name: 'x',
      members: [
        { id: 'a', joinedAt: '2024-01-01' },
        { id: 'b', joinedAt: '2024-01-10' },
      ],
      activities: [{ id: 'x1', memberId: 'a', at: '2024-01-11', kind: 'post' }],
    });
    const f = onboardingFunnel(c, { unit: 'month' });
    expect(f.counts.joined).toBe(2);
    expect(f.counts.firstActivity).toBe(1);
    expect(f.medianDays.firstActivity).toBe(10);
  });

  it('onboardingFunnel on no activity gives zero counts, null conversions and no cohorts', () => {
    const f = onboardingFunnel([]);
    expect(f.counts.joined).toBe(0);
    expect(f.conversion.firstActivity).toBeNull();
    expect(f.overall).toBeNull();
    expect(f.cohorts).toEqual([]);
  });

  it('onboardingFunnel rejects regularMonths below 2 with a ValidationError naming the option', () => {
    expect(() => onboardingFunnel([], { regularMonths: 1 })).toThrow(ValidationError);
    expect(() => onboardingFunnel([], { regularMonths: 1 })).toThrow(/options\.regularMonths/);
  });
});

describe('onboardingFunnels', () => {
  const sample = sampleCommunity({ seed: 7, members: 120, months: 12 });
  const times = sample.activities.map((a) => a.at.getTime()).sort((a, b) => a - b);
  const at = (q: number): string =>
    new Date(times[Math.floor(q * (times.length - 1))] as number).toISOString();

  it('equals onboardingFunnel for each option set, whatever their order, in one pass', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
            asOf: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('month' as const, 'quarter' as const),
        (windows, unit) => {
          const options = windows.map((w) => ({
            unit,
            ...(w.from === undefined ? {} : { from: at(w.from) }),
            ...(w.asOf === undefined ? {} : { asOf: at(w.asOf) }),
          }));
          const together = onboardingFunnels(sample, options);
          expect(together).toEqual(options.map((o) => onboardingFunnel(sample, o)));
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });

  it('is empty for no option sets and refuses sets that differ in more than from and asOf', () => {
    expect(onboardingFunnels(sample, [])).toEqual([]);
    expect(() => onboardingFunnels(sample, [{ unit: 'month' }, { unit: 'quarter' }])).toThrow(
      /onboardingFunnel.*options\[1\].*same unit, kinds and regularMonths/s,
    );
    expect(() => onboardingFunnels(sample, [{ regularMonths: 1 }])).toThrow(/options\[0\]\.regularMonths/);
  });
});
