import { epochSecondsMessage, looksLikeEpochSeconds, toDate } from '../../../model/dateInput.js';
import { InputFormatError, type InputLocation } from '../../../model/errors.js';

/** How dates without an offset are read: the zone their wall-clock time is in, and the order of day and month in `01/02/2024`. */
export interface CsvDateOptions {
  timeZone: string;
  dateOrder: 'mdy' | 'dmy';
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2}),?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

const offsetCache = new Map<string, Map<number, number>>();

/**
 * The offset of `zone` from UTC at the instant `utcMs`, in ms (positive east
 * of Greenwich). Offsets change only on quarter hours since 1970, so they are
 * cached by zone and quarter hour (a bounded cache).
 */
function zoneOffset(utcMs: number, zone: string): number {
  if (utcMs < 0) return zoneOffsetNow(utcMs, zone);
  let byQuarter = offsetCache.get(zone);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    offsetCache.set(zone, byQuarter);
  }
  const quarter = Math.floor(utcMs / 900_000);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    if (byQuarter.size >= 100_000) byQuarter.clear();
    offset = zoneOffsetNow(utcMs, zone);
    byQuarter.set(quarter, offset);
  }
  return offset;
}

/** The offset of `zone` at `utcMs`, asked of Intl. */
function zoneOffsetNow(utcMs: number, zone: string): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** The instant at which the clocks of `zone` show the wall time `wallMs` (read as if it were UTC). */
export function wallTimeToUtc(wallMs: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return wallMs;
  const first = zoneOffset(wallMs, zone);
  const guess = wallMs - first;
  const second = zoneOffset(guess, zone);
  return second === first ? guess : wallMs - second;
}

function offsetMs(offset: string | undefined): number | undefined {
  if (offset === undefined) return undefined;
  const u = offset.toUpperCase();
  if (u === 'Z' || u === 'UTC' || u === 'GMT') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && !leap ? 28 : (DAYS[mo - 1] as number));
}

/**
 * The instant a date cell of an export writes, or a string saying why it is
 * not one. Reads ISO-8601 (`2024-03-05 09:58:12`, with or without `T`, an
 * offset or `Z`) and slashed dates (`03/05/2024 09:58:12 AM`, Zoom's form;
 * day and month in `dateOrder`; two-digit years are 20xx); wall times without
 * an offset are in `timeZone`. Numbers are epoch milliseconds; numbers that
 * look like epoch seconds are refused with the library's message.
 */
export function csvDate(text: string, o: CsvDateOptions): Date | string {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    if (looksLikeEpochSeconds(n)) return epochSecondsMessage(n);
    if (n < 1e10) return `not a date: ${JSON.stringify(t)}`;
    return toDate(n) ?? `not a date: ${JSON.stringify(t)}`;
  }
  let y: number;
  let mo: number;
  let d: number;
  let h = 0;
  let mi = 0;
  let s = 0;
  let frac = 0;
  let offset: string | undefined;
  let m = ISO.exec(t);
  if (m !== null) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    if (m[4] !== undefined) {
      h = Number(m[4]);
      mi = Number(m[5]);
      s = m[6] === undefined ? 0 : Number(m[6]);
      frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    }
    offset = m[8];
  } else {
    m = SLASHED.exec(t);
    if (m === null) return `not a date: ${JSON.stringify(t.slice(0, 100))}`;
    const a = Number(m[1]);
    const b = Number(m[2]);
    [mo, d] = o.dateOrder === 'mdy' ? [a, b] : [b, a];
    y = Number(m[3]);
    if ((m[3] as string).length === 2) y += 2000;
    if (m[4] !== undefined) {
      h = Number(m[4]);
      mi = Number(m[5]);
      s = m[6] === undefined ? 0 : Number(m[6]);
      const ampm = m[7]?.[0]?.toLowerCase();
      if (ampm !== undefined) {
        if (h < 1 || h > 12) return `not a date: ${JSON.stringify(t)} (hour ${h} with ${m[7]})`;
        h = (h % 12) + (ampm === 'p' ? 12 : 0);
      }
    }
    offset = m[8];
  }
  if (!valid(y, mo, d, h, mi, s)) return `not a date: ${JSON.stringify(t)} (no such day or time)`;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, frac);
  const off = offsetMs(offset);
  const ms = off === undefined ? wallTimeToUtc(wall, o.timeZone) : wall - off;
  return toDate(ms) ?? `not a date: ${JSON.stringify(t)} (outside the years 0000–9999)`;
}

/** Reads a required date cell, throwing an InputFormatError at `at` when it is not one. */
export function requireCsvDate(fn: string, text: string, at: InputLocation, o: CsvDateOptions): Date {
  const date = csvDate(text, o);
  if (typeof date === 'string') throw new InputFormatError(fn, at, date, { value: text });
  return date;
}
