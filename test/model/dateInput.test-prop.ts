import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../src/model/dateInput.js';

const RUNS = { numRuns: 300 };
// Years 0100–9999: toISOString writes four-digit years there (see the report on the rest of the range).
const date = fc.date({
  min: new Date('0100-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

describe('toDate (property)', () => {
  it("toDate accepts every Date's toISOString and returns the same instant", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(toDate(d.toISOString())?.getTime()).toBe(d.getTime());
      }),
      RUNS,
    );
  });

  it('toDate returns the same instant for a Date and for its epoch milliseconds', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        const inRange = d.getUTCFullYear() >= 0 && d.getUTCFullYear() <= 9999;
        expect(toDate(d)?.getTime()).toBe(inRange ? d.getTime() : undefined);
        expect(toDate(d.getTime())?.getTime()).toBe(inRange ? d.getTime() : undefined);
      }),
      RUNS,
    );
  });

  it('toDate reads a date-only string as midnight UTC of that day', () => {
    fc.assert(
      fc.property(date, (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(toDate(day)?.toISOString()).toBe(`${day}T00:00:00.000Z`);
      }),
      RUNS,
    );
  });

  it('toDate reads a wall-clock time with a numeric offset as the right instant', () => {
    const offset = fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15);
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-02T00:00:00Z'),
          max: new Date('2999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        offset,
        (d, minutes) => {
          const instant = Math.floor(d.getTime() / 1000) * 1000;
          const wall = new Date(instant + minutes * 60_000).toISOString().slice(0, 19);
          const sign = minutes < 0 ? '-' : '+';
          const text = `${wall}${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
          expect(toDate(text)?.getTime()).toBe(instant);
        },
      ),
      RUNS,
    );
  });

  it('toDate never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ maxLength: 40 }), fc.double()), (value) => {
        const out = toDate(value);
        if (out !== undefined) expect(Number.isFinite(out.getTime())).toBe(true);
      }),
      RUNS,
    );
  });
});
