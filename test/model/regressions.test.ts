import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../src/model/dateInput.js';
import { parseCommunity, safeParseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';

describe('regressions found by the model test suite', () => {
  it.each([
    '2024-02-30T10:00:00Z',
    '2024-02-30T10:00:00.000Z',
    '2024-04-31T00:00:00+02:00',
    '2023-02-29T12:00:00-05:00',
  ])('BUG1 toDate rejects the impossible calendar date %s even with an offset', (value) => {
    expect(toDate(value)).toBeUndefined();
  });

  it('BUG2 toDate reads a canonical ISO string in years 0000–0099 literally (not as 19xx)', () => {
    expect(toDate('0050-01-01T00:00:00.000Z')?.toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });

  it("BUG3 toDate accepts a Date's toISOString exactly when the year is 0000–9999, and returns the same instant", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        const inRange = d.getUTCFullYear() >= 0 && d.getUTCFullYear() <= 9999;
        expect(toDate(d.toISOString())?.getTime()).toBe(inRange ? d.getTime() : undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('BUG3 parse refuses a date outside years 0000–9999, so everything it accepts round-trips', () => {
    expect(safeParseCommunity({ name: 'x', createdAt: 8.64e15 }).success).toBe(false);
    const first = parseCommunity({ name: 'x', createdAt: '9999-12-31T23:59:59.999Z' });
    expect(parseCommunity(serializeCommunity(first))).toEqual(first);
  });

  it('BUG4 safeParseCommunity rejects __proto__ as a metadata key like constructor and prototype', () => {
    const input = JSON.parse('{"name":"x","members":[{"id":"m","metadata":{"__proto__":{"polluted":1}}}]}');
    const result = safeParseCommunity(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual(['members[0].metadata.__proto__']);
  });

  it('BUG5 metadata nested 10 000 deep is refused, so whatever parse accepts can be serialised', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    const result = safeParseCommunity({ name: 'x', members: [{ id: 'm', metadata: { deep } }] });
    expect(result.success).toBe(false);
  });
});
