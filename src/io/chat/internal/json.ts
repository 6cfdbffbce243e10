import { InputFormatError, type InputLocation } from '../../../model/errors.js';

/** A JSON value's kind in words, for messages: `an object`, `an array`, `a string`… */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `text` parsed as JSON, or an {@link InputFormatError} naming `file` (a truncated file, or not JSON at all). */
export function parseJsonFile(fn: string, file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimEnd();
    const hint =
      trimmed === ''
        ? 'the file is empty'
        : /^[[{]/.test(text.trimStart()) && !/[\]}]$/.test(trimmed)
          ? 'the file looks truncated'
          : 'the file is not JSON';
    throw new InputFormatError(
      fn,
      { file },
      `not valid JSON (${hint}): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** `value` when it is an array; else an error at `at` saying an array of `what` was expected and what was found. */
export function expectArray(fn: string, at: InputLocation, value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new InputFormatError(fn, at, `expected a JSON array of ${what}, found ${jsonKind(value)}`);
}

/** `value` when it is a (non-array) object; else an error at `at` saying `what` was expected and what was found. */
export function expectObject(
  fn: string,
  at: InputLocation,
  value: unknown,
  what: string,
): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new InputFormatError(fn, at, `expected ${what} (a JSON object), found ${jsonKind(value)}`);
}

/** An own property of a parsed JSON object (never one inherited from `Object.prototype`). */
export function field(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The string at `key`, undefined when absent or null; an error at `at` (column `key`) when it is another type. */
export function optionalString(
  fn: string,
  at: InputLocation,
  record: Record<string, unknown>,
  key: string,
): string | undefined {
  const v = field(record, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  throw new InputFormatError(fn, { ...at, column: key }, `expected a string, found ${jsonKind(v)}`, {
    value: v,
  });
}

/** The array at `key`, undefined when absent or null; an error at `at` (column `key`) saying an array of `what` was expected when it is another type. */
export function optionalArray(
  fn: string,
  at: InputLocation,
  record: Record<string, unknown>,
  key: string,
  what: string,
): unknown[] | undefined {
  const v = field(record, key);
  return v === undefined || v === null ? undefined : expectArray(fn, { ...at, column: key }, v, what);
}

/** The id at `key` as text: a string, or an integer number (ids some exports write as numbers); an error otherwise. */
export function requiredKey(
  fn: string,
  at: InputLocation,
  record: Record<string, unknown>,
  key: string,
): string {
  const v = field(record, key);
  if (typeof v === 'string' && v.length > 0 && v.length <= 1000) return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  throw new InputFormatError(
    fn,
    { ...at, column: key },
    v === undefined ? 'missing' : `expected an id, found ${jsonKind(v)}`,
    { value: v },
  );
}
