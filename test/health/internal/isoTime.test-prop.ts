import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFormatter } from '../../../src/health/internal/isoTime.js';

const YEAR_10000 = 253_402_300_800_000;

describe('isoFormatter', () => {
  it('gives exactly Date#toISOString for any instant, in any order', () => {
    const instant = fc.oneof(
      fc.integer({ min: 0, max: YEAR_10000 - 1 }),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.constantFrom(0, 999, 86_399_999, 86_400_000, YEAR_10000 - 1, YEAR_10000, -1, 0.5, 1.999),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 50 }), (ts) => {
        const iso = isoFormatter();
        expect(ts.map(iso)).toEqual(ts.map((t) => new Date(t).toISOString()));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the day cache right across nearby instants (sorted rows)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4e12 }),
        fc.array(fc.integer({ min: 0, max: 7_200_000 }), { maxLength: 200 }),
        (start, steps) => {
          const iso = isoFormatter();
          let t = start;
          for (const s of steps) {
            t += s;
            expect(iso(t)).toBe(new Date(t).toISOString());
          }
        },
      ),
    );
  });

  it('throws as Date does for an invalid time', () => {
    expect(() => isoFormatter()(Number.NaN)).toThrow(RangeError);
  });
});
