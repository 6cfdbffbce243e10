import { InputFormatError, type InputLocation } from '../../../model/errors.js';

/** The first instant a chat or forum record may carry (2000-01-01): earlier dates are export errors. */
export const EARLIEST_CHAT_MS = Date.UTC(2000, 0, 1);
/** The first instant after the range a chat or forum record may carry (2100-01-01). */
export const LATEST_CHAT_MS = Date.UTC(2100, 0, 1);

/**
 * Epoch milliseconds of an epoch-seconds value written as text or as a
 * number (`"1704189600.123456"`, `1704189600.5`), exactly: the fraction is
 * cut (not rounded) to milliseconds, as the text says. Undefined when it is
 * not such a value.
 */
export function epochSecondsToMs(value: unknown): number | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) text = String(value);
  else return undefined;
  // Read by char codes (no regex, no substrings): this runs once per message.
  const n = text.length;
  let seconds = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    seconds = seconds * 10 + c;
  }
  if (i === 0 || i > 15) return undefined;
  let ms = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 || i === n - 1 || n - i - 1 > 12) return undefined;
    for (let k = i + 1; k < n; k++) {
      const c = text.charCodeAt(k) - 48;
      if (c < 0 || c > 9) return undefined;
      if (k - i <= 3) ms += c * 10 ** (3 - (k - i));
    }
  }
  return seconds * 1000 + ms;
}

/**
 * `ms` as a `Date`, or an {@link InputFormatError} at `at` when it lies
 * outside 2000–2099 (a date that far away is a broken export, not a message).
 */
export function chatDate(fn: string, at: InputLocation, ms: number, raw: unknown, column?: string): Date {
  if (!(ms >= EARLIEST_CHAT_MS && ms < LATEST_CHAT_MS))
    throw new InputFormatError(
      fn,
      column === undefined ? at : { ...at, column },
      `date ${JSON.stringify(raw)} is ${Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : 'out of range'}, outside 2000–2099`,
      { value: raw },
    );
  return new Date(ms);
}

/** The `Date` of an ISO-8601 text with an offset or `Z`, checked as {@link chatDate}; an error at `at` when it is not one. */
export function isoChatDate(fn: string, at: InputLocation, raw: unknown): Date {
  const ms = typeof raw === 'string' && raw.length <= 64 ? Date.parse(raw) : Number.NaN;
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(raw) || Number.isNaN(ms))
    throw new InputFormatError(fn, at, `not a date: ${JSON.stringify(raw)} (expected ISO-8601)`, {
      value: raw,
    });
  return chatDate(fn, at, ms, raw);
}
