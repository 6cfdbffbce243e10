import { describe, expect, it } from 'vitest';
import { defaultAsOf } from '../../../src/cli/internal/defaultAsOf.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';

/** A community with one post by one member at each date. */
const withActivityAt = (...dates: string[]) =>
  parseCommunity({
    name: 'x',
    members: [{ id: 'm' }],
    activities: dates.map((at, i) => ({ id: `a-${i}`, memberId: 'm', at, kind: 'post' })),
  });

const iso = (d: Date): string => d.toISOString();

describe('defaultAsOf (the CLI report’s default end of window)', () => {
  it('is the end of the last complete quarter before the latest activity, and says so', () => {
    const c = defaultAsOf(withActivityAt('2026-02-10T09:00:00Z', '2026-11-20T09:00:00Z'));
    expect(iso(c.asOf)).toBe('2026-10-01T00:00:00.000Z');
    expect(c.reason).toBe(
      'the end of the last complete quarter (2026-Q3), before the latest activity (2026-11-20); pass --as-of to change',
    );
  });

  it('counts the quarter the data ends in as complete when the latest activity is on its last day', () => {
    const c = defaultAsOf(withActivityAt('2026-01-05T00:00:00Z', '2026-09-30T23:59:00Z'));
    expect(iso(c.asOf)).toBe('2026-10-01T00:00:00.000Z');
    expect(c.reason).toContain('(2026-Q3), which holds the latest activity (2026-09-30)');
  });

  it('is the day after the latest activity when the data holds no complete quarter, and says the quarter is partial', () => {
    const c = defaultAsOf(withActivityAt('2026-10-05T00:00:00Z', '2026-11-20T08:00:00Z'));
    expect(iso(c.asOf)).toBe('2026-11-21T00:00:00.000Z');
    expect(c.reason).toBe(
      'the day after the latest activity (2026-11-20): the data holds no complete quarter, so 2026-Q4 is partial; pass --as-of to change',
    );
  });

  it('is 2000-01-01 for a community with no dated activity or gathering', () => {
    const c = defaultAsOf(withActivityAt());
    expect(iso(c.asOf)).toBe('2000-01-01T00:00:00.000Z');
    expect(c.reason).toContain('no dated activity or gathering');
  });

  it('counts gatherings as activity', () => {
    const c = defaultAsOf(
      parseCommunity({
        name: 'x',
        members: [{ id: 'm' }],
        gatherings: [
          { id: 'g-1', title: 'a', kind: 'meetup', start: '2025-01-10T10:00:00Z' },
          { id: 'g-2', title: 'b', kind: 'meetup', start: '2025-05-02T10:00:00Z' },
        ],
      }),
    );
    expect(iso(c.asOf)).toBe('2025-04-01T00:00:00.000Z');
  });

  it('reads the years 0–99 as themselves, not as 1900–1999', () => {
    const c = defaultAsOf(withActivityAt('0042-01-15T00:00:00Z', '0099-08-15T00:00:00Z'));
    expect(iso(c.asOf)).toBe('0099-07-01T00:00:00.000Z');
    expect(c.reason).toContain('(0099-Q2), before the latest activity (0099-08-15)');
    const partial = defaultAsOf(withActivityAt('0005-02-01T00:00:00Z', '0005-02-03T00:00:00Z'));
    expect(iso(partial.asOf)).toBe('0005-02-04T00:00:00.000Z');
    expect(partial.reason).toContain('so 0005-Q1 is partial');
    const yearZero = defaultAsOf(withActivityAt('0000-01-01T00:00:00Z', '0000-12-31T00:00:00Z'));
    expect(iso(yearZero.asOf)).toBe('0001-01-01T00:00:00.000Z');
    expect(yearZero.reason).toContain('(0000-Q4), which holds the latest activity (0000-12-31)');
  });

  it('stays a date the library accepts when the data ends on 9999-12-31', () => {
    const c = defaultAsOf(withActivityAt('9999-01-01T00:00:00Z', '9999-12-31T10:00:00Z'));
    expect(iso(c.asOf)).toBe('9999-12-31T23:59:59.999Z');
    expect(c.reason).toContain('(9999-Q4), which holds the latest activity (9999-12-31)');
    const partial = defaultAsOf(withActivityAt('9999-12-30T00:00:00Z', '9999-12-31T10:00:00Z'));
    expect(iso(partial.asOf)).toBe('9999-12-31T23:59:59.999Z');
  });
});
