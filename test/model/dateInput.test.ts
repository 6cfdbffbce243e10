import { describe, expect, it } from 'vitest';
import { DateInputSchema, toDate } from '../../src/model/dateInput.js';
import { safeParseCommunity } from '../../src/model/parseCommunity.js';
import { notADate, schemaProblems } from './helpers.js';

const iso = (value: unknown): string | undefined => toDate(value)?.toISOString();

describe('toDate', () => {
  it('toDate reads an ISO date as midnight UTC', () => {
    expect(iso('2024-03-01')).toBe('2024-03-01T00:00:00.000Z');
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2000-02-29')).toBe('2000-02-29T00:00:00.000Z');
  });

  it('toDate reads a date-time without an offset as UTC (with T or a space, with or without seconds)', () => {
    expect(iso('2024-03-01T09:30:00')).toBe('2024-03-01T09:30:00.000Z');
    expect(iso('2024-03-01 09:30:00')).toBe('2024-03-01T09:30:00.000Z');
    expect(iso('2024-03-01T09:30')).toBe('2024-03-01T09:30:00.000Z');
    expect(iso('2024-03-01T09:30:00.250')).toBe('2024-03-01T09:30:00.250Z');
  });

  it('toDate applies Z and numeric offsets', () => {
    expect(iso('2024-03-01T09:30:00Z')).toBe('2024-03-01T09:30:00.000Z');
    expect(iso('2024-03-01T09:30:00.123Z')).toBe('2024-03-01T09:30:00.123Z');
    expect(iso('2024-03-01T09:30:00+01:00')).toBe('2024-03-01T08:30:00.000Z');
    expect(iso('2024-03-01T09:30:00-05:30')).toBe('2024-03-01T15:00:00.000Z');
    expect(iso('2024-01-01T00:30:00+02:00')).toBe('2023-12-31T22:30:00.000Z');
    expect(iso('2024-03-01 09:30:00+01:00')).toBe('2024-03-01T08:30:00.000Z');
  });

  it('toDate reads epoch milliseconds, including 0, negatives and the extremes of the Date range', () => {
    expect(iso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(1_709_285_400_000)).toBe('2024-03-01T09:30:00.000Z');
    expect(iso(-86_400_000)).toBe('1969-12-31T00:00:00.000Z');
    // The accepted range is the years 0000–9999, so every accepted date round-trips through toISOString.
    expect(iso(253_402_300_799_999)).toBe('9999-12-31T23:59:59.999Z');
    expect(iso(-62_167_219_200_000)).toBe('0000-01-01T00:00:00.000Z');
    expect(toDate(253_402_300_800_000)).toBeUndefined();
    expect(toDate(-62_167_219_200_001)).toBeUndefined();
    expect(toDate(8.64e15)).toBeUndefined();
  });

  it('toDate copies a Date instead of returning it', () => {
    const d = new Date('2024-03-01T09:30:00Z');
    const out = toDate(d);
    expect(out).not.toBe(d);
    expect(out?.getTime()).toBe(d.getTime());
  });

  it.each([
    ['2024-02-30', 'a day past the end of February'],
    ['2023-02-29', '29 February of a non-leap year'],
    ['1900-02-29', '29 February of a century that is not a leap year'],
    ['2024-04-31', '31 April'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['2024-01-32', 'day 32'],
    ['2024-02-30T10:00:00', 'a date-time on 30 February without an offset'],
    ['2024-01-01T25:00:00Z', 'hour 25'],
    ['2024-01-01T10:60:00Z', 'minute 60'],
    ['2024-01-01T10:00:60Z', 'second 60'],
    ['2024-01-01T10:00:00+25:00', 'an offset of 25 hours'],
    ['yesterday', 'a word'],
    ['', 'the empty string'],
    ['2024', 'a year alone'],
    ['2024-3-1', 'unpadded month and day'],
    ['01/03/2024', 'a local format'],
    ['2024-03-01T09:30:00Zjunk', 'trailing text'],
    [' 2024-03-01', 'leading space'],
  ])('toDate rejects %j (%s)', (value) => {
    expect(toDate(value)).toBeUndefined();
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [8.64e15 + 1],
    [-8.64e15 - 1],
  ])('toDate rejects the number %d', (value) => {
    expect(toDate(value)).toBeUndefined();
  });

  it('toDate rejects an invalid Date and values that are not dates at all', () => {
    expect(toDate(new Date(Number.NaN))).toBeUndefined();
    for (const value of [null, undefined, true, {}, [], ['2024-01-01'], { valueOf: () => 0 }, 10n]) {
      expect(toDate(value)).toBeUndefined();
    }
  });
});

describe('DateInputSchema', () => {
  it('DateInputSchema outputs a Date for a string, a number and a Date', () => {
    expect(DateInputSchema.parse('2024-03-01T09:30:00Z')).toEqual(new Date('2024-03-01T09:30:00Z'));
    expect(DateInputSchema.parse(0)).toEqual(new Date(0));
    expect(DateInputSchema.parse(new Date(5))).toEqual(new Date(5));
  });

  it('DateInputSchema rejects a string that is not a date with a message quoting it', () => {
    expect(schemaProblems(DateInputSchema, '2024-02-30')).toEqual([['', notADate('2024-02-30')]]);
    expect(schemaProblems(DateInputSchema, 'yesterday')).toEqual([['', notADate('yesterday')]]);
  });

  it('DateInputSchema rejects epoch milliseconds out of the Date range with a message quoting them', () => {
    expect(schemaProblems(DateInputSchema, 9e15)).toEqual([['', notADate(9e15)]]);
  });

  it('DateInputSchema rejects NaN, Infinity, booleans and objects', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, true, null, {}, [2024]]) {
      const problems = schemaProblems(DateInputSchema, value);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.[0]).toBe('');
      expect(problems[0]?.[1]).toMatch(/^(Invalid input|not a date)/);
    }
  });

  it('DateInputSchema rejects a string longer than 64 characters before trying to read it', () => {
    const long = `2024-03-01T09:30:00Z${' '.repeat(100)}`;
    expect(schemaProblems(DateInputSchema, long)).toEqual([
      ['', 'Too big: expected string to have <=64 characters'],
    ]);
  });
});

describe('epoch seconds', () => {
  it('DateInputSchema refuses a number that looks like epoch seconds, saying to multiply by 1000', () => {
    const r = DateInputSchema.safeParse(1_704_067_200);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('looks like epoch seconds (2024-01-01T00:00:00.000Z)');
    expect(r.error?.issues[0]?.message).toContain('multiply by 1000');
  });

  it('accepts the same instant in milliseconds, and small millisecond values in early 1970', () => {
    expect(DateInputSchema.parse(1_704_067_200_000).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(DateInputSchema.parse(86_400_000).toISOString()).toBe('1970-01-02T00:00:00.000Z');
    expect(toDate(1e8)).toBeUndefined();
    expect(toDate(-1e8)).toBeUndefined();
    expect(toDate(1e10)?.toISOString()).toBe('1970-04-26T17:46:40.000Z');
  });

  it('parseCommunity names the path of an activity dated in seconds', () => {
    const r = safeParseCommunity({
      name: 'x',
      members: [{ id: 'm' }],
      activities: [{ id: 'a', memberId: 'm', at: 1_700_000_000, kind: 'post' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toBe('activities[0].at');
    expect(r.error?.issues[0]?.message).toContain('epoch seconds');
  });
});
