import { z } from 'zod';
import { ValidationError } from './errors.js';

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` ASCII digits of `s` from `from`, or -1 if one is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Epoch ms of a canonical `YYYY-MM-DDTHH:MM:SS.sssZ` string, or undefined if it is not one. */
function canonicalIsoMs(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return undefined;
  if (s.charCodeAt(19) !== 46) return undefined;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const sec = digitsAt(s, 17, 2);
  const ms = digitsAt(s, 20, 3);
  if (
    y < 0 ||
    ms < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 59
  )
    return undefined;
  if (d > daysInMonth(y, mo)) return undefined;
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  // Date.UTC reads years 0–99 as 1900–1999, and 1900 has no 29 February
  // (0000-02-29 would become 0000-03-01): set the whole date on the right year.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.setUTCHours(h, mi, sec, ms);
}

/**
 * True when `value` is a number that is far more plausibly epoch **seconds**
 * than epoch milliseconds: between 10^8 and 10^10 (as seconds, March 1973 to
 * November 2286; as milliseconds, only the first four months of 1970). git's
 * `%at`, Slack's `ts` and many exports write seconds; read as milliseconds they
 * would silently date everything to early 1970, so date fields refuse them.
 *
 * @param value - a candidate date value
 * @returns whether it should be refused as probable epoch seconds
 *
 * @example
 * ```ts
 * looksLikeEpochSeconds(1_700_000_000); // → true
 * looksLikeEpochSeconds(1_700_000_000_000); // → false
 * looksLikeEpochSeconds('2024-01-01'); // → false
 * ```
 */
export function looksLikeEpochSeconds(value: unknown): boolean {
  return typeof value === 'number' && Math.abs(value) >= 1e8 && Math.abs(value) < 1e10;
}

/**
 * The message every date field gives for a number that looks like epoch
 * seconds (see {@link looksLikeEpochSeconds}), so adapters and the schema say
 * the same thing.
 *
 * @param value - the refused number
 * @returns the message, with the date the number would be as seconds
 *
 * @example
 * ```ts
 * epochSecondsMessage(1_700_000_000).includes('multiply by 1000'); // → true
 * ```
 */
export function epochSecondsMessage(value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 8.64e12)
    throw new ValidationError('epochSecondsMessage', [
      { path: 'value', message: 'expected a finite number of epoch seconds', code: 'invalid-input' },
    ]);
  return `not a date: ${value} looks like epoch seconds (${new Date(value * 1000).toISOString()}); date numbers are epoch milliseconds, so multiply by 1000`;
}

/**
 * The longest span in days an option may ask for (`days`, `windowDays`…):
 * 10 000 years, the width of the range of dates the library accepts, so
 * that `asOf − days` is still a date.
 *
 * @example
 * ```ts
 * MAX_SPAN_DAYS; // → 3652425
 * ```
 */
export const MAX_SPAN_DAYS = 3_652_425;

/** First and last instants the library accepts: years 0000 to 9999, the range ISO-8601 writes without a sign. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

function daysInMonth(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && !leap ? 28 : (DAYS_IN_MONTH[mo - 1] as number);
}

/**
 * Converts an ISO-8601 string, epoch milliseconds or a `Date` to a valid
 * `Date`, or returns `undefined` when the value is not a date. Date-only
 * strings and date-times without an offset are read as UTC. Numbers that look
 * like epoch seconds ({@link looksLikeEpochSeconds}) are refused. Impossible
 * calendar dates (`2024-02-30`) are refused, not rolled over; accepted dates
 * lie in the years 0000–9999, so every accepted date round-trips through
 * `toISOString()`.
 *
 * @param value - the candidate date
 * @returns a new `Date`, or `undefined`
 *
 * @example
 * ```ts
 * toDate('2024-03-01')?.toISOString(); // → '2024-03-01T00:00:00.000Z'
 * toDate(0)?.toISOString(); // → '1970-01-01T00:00:00.000Z'
 * toDate('yesterday'); // → undefined
 * ```
 */
export function toDate(value: unknown): Date | undefined {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number')
    ms = Number.isFinite(value) && !looksLikeEpochSeconds(value) ? value : Number.NaN;
  else if (typeof value === 'string') {
    // Fast path for the canonical form `YYYY-MM-DDTHH:MM:SS.sssZ` (what `toISOString` writes).
    if (value.length === 24 && value.charCodeAt(10) === 84 && value.charCodeAt(23) === 90) {
      const fast = canonicalIsoMs(value);
      if (fast !== undefined) return new Date(fast);
    }
    const m = ISO_8601.exec(value);
    if (m === null) return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    // Check the calendar date on its digits: Date.parse would roll 2024-02-30 over to March.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    if (m[4] === undefined) ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    else ms = Date.parse(m[7] === undefined ? `${value.replace(' ', 'T')}Z` : value.replace(' ', 'T'));
  } else return undefined;
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return undefined;
  return new Date(ms);
}

/**
 * A date field: accepts an ISO-8601 string (`2024-03-01`,
 * `2024-03-01T09:30:00Z`, offsets allowed; no offset means UTC), epoch
 * milliseconds or a `Date`; outputs a `Date`. A number that looks like epoch
 * seconds is refused with a message that says so.
 *
 * @example
 * ```ts
 * DateInputSchema.parse('2024-03-01T09:30:00Z'); // → Date 2024-03-01T09:30:00.000Z
 * ```
 */
export const DateInputSchema = z
  .union([z.date(), z.string().max(64), z.number()], {
    error:
      'not a date: expected an ISO-8601 string (e.g. "2024-03-01T09:30:00Z"), epoch milliseconds or a Date',
  })
  .transform((value, ctx) => {
    const date = toDate(value);
    if (date === undefined) {
      if (looksLikeEpochSeconds(value)) {
        ctx.addIssue({ code: 'custom', message: epochSecondsMessage(value as number) });
        return z.NEVER;
      }
      ctx.addIssue({
        code: 'custom',
        message: `not a date: expected an ISO-8601 string (e.g. "2024-03-01T09:30:00Z"), epoch milliseconds or a Date, got ${JSON.stringify(value)}`,
      });
      return z.NEVER;
    }
    return date;
  })
  .meta({
    description: 'ISO-8601 date or date-time (UTC when no offset is given), or epoch milliseconds',
  });

/** What a date field accepts: an ISO-8601 string, epoch milliseconds or a `Date`. */
export type DateInput = z.input<typeof DateInputSchema>;
