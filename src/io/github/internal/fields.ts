import { InputFormatError } from '../../../model/errors.js';

/** A plain JSON object. */
export type Json = Record<string, unknown>;

/** Where a record was read: the file, its line, and its index (`[41]`) or event id. */
export interface RecordAt {
  fn: string;
  file: string;
  line: number;
  record: string;
}

/** Whether `v` is a JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object'
        ? 'an object'
        : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;

/** Throws the InputFormatError for `path` of the record at `at` (`issues.json:12 [41].user.login: expected a string`). */
export function fail(at: RecordAt, path: string, problem: string): never {
  throw new InputFormatError(at.fn, { file: at.file, line: at.line, record: `${at.record}${path}` }, problem);
}

/** The string at `o[key]`, undefined when absent or null; throws for another type. */
export function optString(at: RecordAt, o: Json, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(at, `${path}.${key}`, `expected a string, found ${describe(v)}`);
  return v;
}

/** The string at `o[key]`; throws when absent or of another type. */
export function reqString(at: RecordAt, o: Json, key: string, path: string): string {
  const v = optString(at, o, key, path);
  if (v === undefined || v === '') fail(at, `${path}.${key}`, 'expected a string, found nothing');
  return v;
}

/** The positive integer at `o[key]` (GitHub ids and numbers), undefined when absent or null. */
export function optId(at: RecordAt, o: Json, key: string, path: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    fail(at, `${path}.${key}`, `expected a non-negative integer, found ${describe(v)}`);
  return v;
}

/** The positive integer at `o[key]`; throws when absent. */
export function reqId(at: RecordAt, o: Json, key: string, path: string): number {
  const v = optId(at, o, key, path);
  if (v === undefined) fail(at, `${path}.${key}`, 'expected an integer, found nothing');
  return v;
}

/** The object at `o[key]`, undefined when absent or null; throws for another type. */
export function optObject(at: RecordAt, o: Json, key: string, path: string): Json | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) fail(at, `${path}.${key}`, `expected an object, found ${describe(v)}`);
  return v;
}

/** The array at `o[key]`, empty when absent or null; throws for another type. */
export function optArray(at: RecordAt, o: Json, key: string, path: string): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(at, `${path}.${key}`, `expected an array, found ${describe(v)}`);
  return v;
}

/** GitHub's first day (October 2007): dates before it cannot come from GitHub. */
const EARLIEST = Date.UTC(2007, 9, 1);
/** Dates after 2100 cannot come from GitHub either (a corrupted or hand-edited export). */
const LATEST = Date.UTC(2100, 0, 1);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The timestamp (epoch ms) of an ISO-8601 date-time as GitHub writes it, or a
 * problem: not a date, or a date outside GitHub's lifetime (before October
 * 2007 or after 2099).
 */
export function githubTime(v: unknown): number | string {
  if (typeof v !== 'string') return `not a GitHub date-time (ISO 8601): ${describe(v)}`;
  if (v === lastTimeText) return lastTime;
  const fast = v.length === 20 ? utcSecondsTime(v) : undefined;
  const t = fast ?? (ISO.test(v) ? Date.parse(v) : Number.NaN);
  if (Number.isNaN(t))
    return ISO.test(v)
      ? `not a date: ${JSON.stringify(v)}`
      : `not a GitHub date-time (ISO 8601): ${describe(v)}`;
  if (t < EARLIEST || t >= LATEST)
    return `date ${JSON.stringify(v)} is outside GitHub's lifetime (2007-10 to 2099): a corrupted or edited export?`;
  lastTimeText = v;
  lastTime = t;
  return t;
}

/** The last date-time read and its value: events of an hour file share their seconds, so one entry saves most parses. */
let lastTimeText = '';
let lastTime = 0;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Epoch ms of `YYYY-MM-DDTHH:MM:SSZ` (the form GitHub writes) read by position, or undefined when `s` is not exactly that. */
function utcSecondsTime(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84) return undefined;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 90) return undefined;
  const d = (i: number): number => {
    const c = s.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : Number.NaN;
  };
  const y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const mo = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  const h = d(11) * 10 + d(12);
  const mi = d(14) * 10 + d(15);
  const sec = d(17) * 10 + d(18);
  if (Number.isNaN(y + mo + day + h + mi + sec)) return undefined;
  if (mo < 1 || mo > 12 || day < 1 || h > 23 || mi > 59 || sec > 59) return Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (day > (mo === 2 && !leap ? 28 : (DAYS[mo - 1] as number))) return Number.NaN;
  return Date.UTC(y, mo - 1, day, h, mi, sec);
}

/** The date at `o[key]` (epoch ms), undefined when absent or null; throws for a bad or far date. */
export function optTime(at: RecordAt, o: Json, key: string, path: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  const t = githubTime(v);
  if (typeof t === 'string') fail(at, `${path}.${key}`, t);
  return t;
}

/** The date at `o[key]` (epoch ms); throws when absent, bad or far. */
export function reqTime(at: RecordAt, o: Json, key: string, path: string): number {
  const t = optTime(at, o, key, path);
  if (t === undefined) fail(at, `${path}.${key}`, 'expected a date-time, found nothing');
  return t;
}

/** `owner/name` and the number from an API or web URL of an issue, pull request or discussion. */
export function repoAndNumberOfUrl(url: string): { repo: string; number: number } | undefined {
  const m =
    /(?:\/repos\/|github\.com\/)([^/\s]+\/[^/\s]+)\/(?:issues|pulls|pull|discussions)\/(\d+)(?:$|[/#?])/.exec(
      url,
    );
  if (m === null) return undefined;
  const number = Number(m[2]);
  return Number.isSafeInteger(number) ? { repo: m[1] as string, number } : undefined;
}

/** `owner/name` from an API URL of a repository or anything under it. */
export function repoOfUrl(url: string): string | undefined {
  const m = /\/repos\/([^/\s]+\/[^/\s?#]+)/.exec(url);
  return m === null ? undefined : (m[1] as string);
}
