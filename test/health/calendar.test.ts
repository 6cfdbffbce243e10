import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeriodCursor, periodIndex, periodIndexStart } from '../../src/health/internal/calendar.js';
import { type PeriodUnit, periodKey, periodStart } from '../../src/model/periods.js';

const units: PeriodUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

describe('calendar arithmetic', () => {
  it('periodIndex/periodIndexStart agree with src/model/periods.ts for any instant 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 }), (t) => {
        for (const unit of units) {
          const i = periodIndex(t, unit);
          expect(periodIndexStart(i, unit)).toBe(periodStart(new Date(t), unit).getTime());
          expect(periodIndexStart(i + 1, unit)).toBeGreaterThan(t);
          expect(periodKey(new Date(periodIndexStart(i, unit)), unit)).toBe(periodKey(new Date(t), unit));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('periodIndex places boundaries exactly: 2024-02-29T23:59:59.999Z is February, the next ms March', () => {
    const t = Date.parse('2024-03-01T00:00:00Z');
    expect(periodIndex(t - 1, 'month')).toBe(2024 * 12 + 1);
    expect(periodIndex(t, 'month')).toBe(2024 * 12 + 2);
    expect(periodIndex(Date.parse('2024-12-30T00:00:00Z'), 'week')).toBe(
      periodIndex(Date.parse('2025-01-05T23:00:00Z'), 'week'),
    );
  });

  it('PeriodCursor.at returns periodIndex for a non-decreasing sequence', () => {
    const c = new PeriodCursor('month');
    for (const s of [
      '2023-12-31T23:59:59Z',
      '2024-01-01T00:00:00Z',
      '2024-01-31T00:00:00Z',
      '2024-03-05T00:00:00Z',
    ]) {
      expect(c.at(Date.parse(s))).toBe(periodIndex(Date.parse(s), 'month'));
    }
  });
});
