import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/errors.js';
import {
  addPeriods,
  PeriodUnitSchema,
  periodKey,
  periodStart,
  periodsBetween,
} from '../../src/model/periods.js';
import { schemaProblems } from './helpers.js';

const d = (iso: string): Date => new Date(iso);
const s = (date: Date): string => date.toISOString();

// Run under a local time zone far from UTC (and one with DST), so any use of local time shows.
let savedTz: string | undefined;
beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('PeriodUnitSchema', () => {
  it('PeriodUnitSchema has day, week, month, quarter and year and rejects others', () => {
    expect(PeriodUnitSchema.options).toEqual(['day', 'week', 'month', 'quarter', 'year']);
    expect(schemaProblems(PeriodUnitSchema, 'fortnight')).toEqual([
      ['', 'Invalid option: expected one of "day"|"week"|"month"|"quarter"|"year"'],
    ]);
  });
});

describe('periodStart', () => {
  it('periodStart runs in UTC even when the local time zone is 14 hours ahead', () => {
    const late = d('2024-03-31T23:30:00Z');
    expect([late.getMonth(), late.getDate()]).toEqual([3, 1]); // the zone is in effect: locally 1 April
    expect(s(periodStart(late, 'day'))).toBe('2024-03-31T00:00:00.000Z');
    expect(s(periodStart(late, 'month'))).toBe('2024-03-01T00:00:00.000Z');
    expect(s(periodStart(late, 'quarter'))).toBe('2024-01-01T00:00:00.000Z');
  });

  it.each([
    ['day', '2024-05-17T10:00:00Z', '2024-05-17T00:00:00.000Z'],
    ['week', '2024-05-17T10:00:00Z', '2024-05-13T00:00:00.000Z'],
    ['month', '2024-05-17T10:00:00Z', '2024-05-01T00:00:00.000Z'],
    ['quarter', '2024-05-17T10:00:00Z', '2024-04-01T00:00:00.000Z'],
    ['year', '2024-05-17T10:00:00Z', '2024-01-01T00:00:00.000Z'],
    ['day', '2024-05-17T00:00:00Z', '2024-05-17T00:00:00.000Z'],
    ['week', '2024-05-13T00:00:00Z', '2024-05-13T00:00:00.000Z'],
    ['week', '2024-05-19T23:59:59.999Z', '2024-05-13T00:00:00.000Z'],
    ['quarter', '2024-12-31T23:59:59.999Z', '2024-10-01T00:00:00.000Z'],
  ] as const)('periodStart(%s) of %s is %s', (unit, at, start) => {
    expect(s(periodStart(d(at), unit))).toBe(start);
  });

  it('periodStart of a week starts on the Monday, across a new year', () => {
    // 2021-01-03 is a Sunday: its ISO week began on Monday 2020-12-28.
    expect(s(periodStart(d('2021-01-03T12:00:00Z'), 'week'))).toBe('2020-12-28T00:00:00.000Z');
    // 2025-01-01 is a Wednesday: its ISO week began on Monday 2024-12-30.
    expect(s(periodStart(d('2025-01-01T00:00:00Z'), 'week'))).toBe('2024-12-30T00:00:00.000Z');
  });

  it('periodStart does not change its argument', () => {
    const at = d('2024-05-17T10:00:00Z');
    periodStart(at, 'year');
    expect(s(at)).toBe('2024-05-17T10:00:00.000Z');
  });
});

describe('addPeriods', () => {
  it.each([
    ['day', 1, '2024-02-29T00:00:00.000Z'],
    ['week', 1, '2024-03-07T00:00:00.000Z'],
    ['month', 1, '2024-03-29T00:00:00.000Z'],
    ['quarter', 1, '2024-05-29T00:00:00.000Z'],
    ['year', 1, '2025-02-28T00:00:00.000Z'],
    ['day', -29, '2024-01-31T00:00:00.000Z'],
    ['month', -2, '2023-12-29T00:00:00.000Z'],
    ['week', 0, '2024-02-29T00:00:00.000Z'],
  ] as const)('addPeriods(2024-02-29 or its previous day, %s, %d) is %s', (unit, n, expected) => {
    const start = unit === 'day' && n === 1 ? d('2024-02-28T00:00:00Z') : d('2024-02-29T00:00:00Z');
    expect(s(addPeriods(start, unit, n))).toBe(expected);
  });

  it('addPeriods moves period starts to period starts in UTC', () => {
    expect(s(addPeriods(d('2024-01-01T00:00:00Z'), 'month', 2))).toBe('2024-03-01T00:00:00.000Z');
    expect(s(addPeriods(d('2024-10-01T00:00:00Z'), 'quarter', 1))).toBe('2025-01-01T00:00:00.000Z');
    expect(s(addPeriods(d('2024-12-30T00:00:00Z'), 'week', 1))).toBe('2025-01-06T00:00:00.000Z');
    expect(s(addPeriods(d('2024-01-01T00:00:00Z'), 'year', -1))).toBe('2023-01-01T00:00:00.000Z');
    expect(s(addPeriods(d('2024-03-31T00:00:00Z'), 'day', 1))).toBe('2024-04-01T00:00:00.000Z');
  });
});

describe('periodKey', () => {
  it('periodKey zero-pads years before 1000 to four digits in every unit', () => {
    const d = new Date('0099-03-01T00:00:00Z');
    expect((['day', 'week', 'month', 'quarter', 'year'] as const).map((u) => periodKey(d, u))).toEqual([
      '0099-03-01',
      '0099-W09',
      '0099-03',
      '0099-Q1',
      '0099',
    ]);
    expect(
      periodKey(new Date('0999-12-31T00:00:00Z'), 'year') <
        periodKey(new Date('1000-01-01T00:00:00Z'), 'year'),
    ).toBe(true);
  });

  it.each([
    ['day', '2024-05-17T23:59:59Z', '2024-05-17'],
    ['week', '2024-05-17T10:00:00Z', '2024-W20'],
    ['month', '2024-05-17T10:00:00Z', '2024-05'],
    ['quarter', '2024-05-17T10:00:00Z', '2024-Q2'],
    ['quarter', '2024-03-31T23:59:59Z', '2024-Q1'],
    ['quarter', '2024-10-01T00:00:00Z', '2024-Q4'],
    ['year', '2024-12-31T23:59:59Z', '2024'],
  ] as const)('periodKey(%s) of %s is %s', (unit, at, key) => {
    expect(periodKey(d(at), unit)).toBe(key);
  });

  it.each([
    ['2021-01-01T00:00:00Z', '2020-W53'],
    ['2021-01-03T23:59:59Z', '2020-W53'],
    ['2021-01-04T00:00:00Z', '2021-W01'],
    ['2024-12-29T23:59:59Z', '2024-W52'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
    ['2025-12-31T12:00:00Z', '2026-W01'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
  ])('periodKey(week) uses the ISO week-numbering year around new year: %s is %s', (at, key) => {
    expect(periodKey(d(at), 'week')).toBe(key);
  });

  it('periodKey sorts in time order for every unit', () => {
    const dates = [
      '2023-12-31T00:00:00Z',
      '2024-01-01T00:00:00Z',
      '2024-06-15T00:00:00Z',
      '2025-01-02T00:00:00Z',
    ];
    for (const unit of PeriodUnitSchema.options) {
      const keys = dates.map((x) => periodKey(d(x), unit));
      expect([...keys].sort()).toEqual(keys);
    }
  });
});

describe('periodsBetween', () => {
  it('periodsBetween lists the months overlapping [from, to), to excluded', () => {
    const periods = periodsBetween(d('2024-01-15T00:00:00Z'), d('2024-03-01T00:00:00Z'), 'month');
    expect(periods.map((p) => [p.key, s(p.start), s(p.end)])).toEqual([
      ['2024-01', '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z'],
      ['2024-02', '2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ]);
  });

  it('periodsBetween includes the period containing to when to is not a period start', () => {
    expect(
      periodsBetween(d('2024-01-15T00:00:00Z'), d('2024-03-01T00:00:01Z'), 'month').map((p) => p.key),
    ).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('periodsBetween returns an empty list when to is not after from', () => {
    expect(periodsBetween(d('2024-03-01T00:00:00Z'), d('2024-03-01T00:00:00Z'), 'day')).toEqual([]);
    expect(periodsBetween(d('2024-03-02T00:00:00Z'), d('2024-03-01T00:00:00Z'), 'year')).toEqual([]);
  });

  it('periodsBetween refuses an invalid Date with a ValidationError naming it, rather than an empty list', () => {
    expect(() => periodsBetween(d('2024-03-02T00:00:00Z'), new Date(Number.NaN), 'year')).toThrow(
      /periodsBetween: 1 problem in the input:\n {2}- to: expected a valid Date, got an invalid Date/,
    );
    expect(() => periodStart(new Date(Number.NaN), 'month')).toThrow(ValidationError);
    expect(() => periodKey(d('2024-03-02T00:00:00Z'), 'fortnight' as 'day')).toThrow(
      /unit: expected one of day, week/,
    );
  });

  it('periodsBetween covers a leap year with 366 days, 4 quarters and one year', () => {
    const from = d('2024-01-01T00:00:00Z');
    const to = d('2025-01-01T00:00:00Z');
    expect(periodsBetween(from, to, 'day')).toHaveLength(366);
    expect(periodsBetween(from, to, 'month')).toHaveLength(12);
    expect(periodsBetween(from, to, 'quarter').map((p) => p.key)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
    ]);
    expect(periodsBetween(from, to, 'year').map((p) => p.key)).toEqual(['2024']);
  });

  it('periodsBetween lists ISO weeks across a new year, contiguous and 7 days long', () => {
    const weeks = periodsBetween(d('2020-12-25T00:00:00Z'), d('2021-01-12T00:00:00Z'), 'week');
    expect(weeks.map((w) => w.key)).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(s(weeks[0]!.start)).toBe('2020-12-21T00:00:00.000Z');
    for (let i = 0; i < weeks.length; i++) {
      expect(weeks[i]!.end.getTime() - weeks[i]!.start.getTime()).toBe(7 * 86_400_000);
      if (i > 0) expect(weeks[i]!.start.getTime()).toBe(weeks[i - 1]!.end.getTime());
    }
  });

  it('periodsBetween makes days exactly 24 hours long across the local DST change', () => {
    process.env.TZ = 'Europe/Berlin';
    try {
      const days = periodsBetween(d('2024-03-30T00:00:00Z'), d('2024-04-01T00:00:00Z'), 'day');
      expect(days.map((p) => p.key)).toEqual(['2024-03-30', '2024-03-31']);
      for (const p of days) expect(p.end.getTime() - p.start.getTime()).toBe(86_400_000);
    } finally {
      process.env.TZ = 'Pacific/Kiritimati';
    }
  });
});
