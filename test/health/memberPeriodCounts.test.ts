import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { coreSize } from '../../src/health/coreSize.js';
import { memberFlow } from '../../src/health/memberFlow.js';
import {
  isMemberPeriodCounts,
  memberPeriodCounts,
  memberPeriodCountsAccumulator,
} from '../../src/health/memberPeriodCounts.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import { activityLog } from '../../src/model/activityLog.js';
import { ValidationError } from '../../src/model/errors.js';
import { act } from './helpers.js';

// ana: Jan ×2, Feb, Apr; bo: Feb, Mar (a join in Jan, not counted); cy: Mar, then Apr after asOf.
const log = activityLog([
  act('bo', '2024-01-03T00:00:00Z', 'join'),
  act('ana', '2024-01-05T00:00:00Z'),
  act('ana', '2024-01-20T00:00:00Z', 'comment'),
  act('ana', '2024-02-02T00:00:00Z'),
  act('bo', '2024-02-10T00:00:00Z'),
  act('bo', '2024-03-01T00:00:00Z'),
  act('cy', '2024-03-31T23:59:59Z'),
  act('ana', '2024-04-02T00:00:00Z'),
  act('cy', '2024-04-20T00:00:00Z'),
]);

/** The ValidationError thrown by `f`, or a failure. */
function errorOf(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('memberPeriodCounts', () => {
  it('counts once; every metric reads the counts as it reads the log (hand-computed)', () => {
    const counts = memberPeriodCounts(log, { unit: 'month', asOf: '2024-04-10' });
    expect(counts.unit).toBe('month');
    expect(counts.asOf?.toISOString()).toBe('2024-04-10T00:00:00.000Z');
    // Jan ana; Feb ana, bo; Mar bo, cy; Apr ana (cy's April row is after asOf).
    expect(activeMembers(counts).periods.map((p) => [p.key, p.active, p.activities])).toEqual([
      ['2024-01', 1, 2],
      ['2024-02', 2, 2],
      ['2024-03', 2, 2],
      ['2024-04', 1, 1],
    ]);
    expect(activeMembers(counts, { minCount: 2 }).periods.map((p) => p.active)).toEqual([1, 0, 0, 0]);
    expect(retentionCohorts(counts).cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([
      ['2024-01', 1, [1, 1, 0, 1]],
      ['2024-02', 1, [1, 1, 0]],
      ['2024-03', 1, [1, 0]],
      ['2024-04', 0, [0]],
    ]);
    expect(memberFlow(counts).periods.map((p) => p.newMemberIds)).toEqual([['ana'], ['bo'], ['cy'], []]);
    expect(coreSize(counts, { threshold: 0.5 }).periods[0]?.coreMembers).toEqual(['ana']);
  });

  it('lets a metric repeat the counting options, and refuses a different one (invalid-option)', () => {
    const options = { unit: 'month', asOf: '2024-04-10' } as const;
    const counts = memberPeriodCounts(log, options);
    expect(activeMembers(counts, { ...options, from: '2024-03-01' }).periods.map((p) => p.key)).toEqual([
      '2024-03',
      '2024-04',
    ]);
    const unit = errorOf(() => activeMembers(counts, { unit: 'week' }));
    expect(unit.code).toBe('invalid-option');
    expect(unit.path).toBe('options.unit');
    expect(unit.message).toMatch(/made with unit 'month'/);
    expect(errorOf(() => retentionCohorts(counts, { asOf: '2024-05-01' })).path).toBe('options.asOf');
    expect(errorOf(() => memberFlow(counts, { kinds: ['post'] })).path).toBe('options.kinds');
    const posts = memberPeriodCounts(log, { kinds: ['post', 'comment'] });
    expect(activeMembers(posts, { kinds: ['comment', 'post', 'post'] }).kinds).toEqual(['post', 'comment']);
    expect(errorOf(() => coreSize(memberPeriodCounts(log), { asOf: '2024-05-01' })).path).toBe(
      'options.asOf',
    );
  });

  it('refuses what the counts cannot answer: a sketch, cohorts by joining', () => {
    const counts = memberPeriodCounts(log);
    expect(errorOf(() => activeMembers(counts, { sketch: {} })).path).toBe('options.sketch');
    const joined = errorOf(() => retentionCohorts(counts, { cohortBy: 'joined' }));
    expect(joined.path).toBe('options.cohortBy');
    expect(joined.code).toBe('invalid-option');
  });

  it('has strict options and refuses a source that is not one', () => {
    const unknown = errorOf(() => memberPeriodCounts(log, { from: '2024-01-01' } as never));
    expect(unknown.message).toMatch(/from/);
    expect(errorOf(() => memberPeriodCounts(log, { unit: 'fortnight' } as never)).path).toBe('options.unit');
    expect(errorOf(() => memberPeriodCounts(log, { kinds: [] })).path).toBe('options.kinds');
    expect(errorOf(() => memberPeriodCounts(42 as never)).path).toBe('source');
    expect(errorOf(() => memberPeriodCountsAccumulator({ minCount: 2 } as never)).message).toMatch(
      /minCount/,
    );
  });

  it('is recognised by its state, not by its shape, and is frozen', () => {
    const counts = memberPeriodCounts(log);
    expect(isMemberPeriodCounts(counts)).toBe(true);
    expect(isMemberPeriodCounts({ ...counts })).toBe(false);
    expect(isMemberPeriodCounts(null)).toBe(false);
    expect(Object.isFrozen(counts)).toBe(true);
    expect(JSON.parse(JSON.stringify(counts))).toEqual({
      unit: 'month',
      kinds: [...counts.kinds],
      asOf: null,
    });
  });

  it('accumulator: parts merged give the whole count, and a result does not change with later adds', () => {
    const acc = memberPeriodCountsAccumulator({ unit: 'month' });
    acc.add(log, 0, 4);
    const early = acc.result();
    const other = memberPeriodCountsAccumulator({ unit: 'month' });
    other.add(log, 4);
    acc.merge(other);
    expect(activeMembers(acc.result())).toEqual(activeMembers(log));
    expect(retentionCohorts(acc.result())).toEqual(retentionCohorts(log));
    expect(activeMembers(early).periods.map((p) => p.active)).toEqual([1, 1]); // Jan and Feb only
    expect(() => acc.merge(memberPeriodCountsAccumulator({ unit: 'week' }))).toThrow(/different options/);
  });
});
