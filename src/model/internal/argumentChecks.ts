import { fail } from '../validate.js';

/** What a value is, for a message ("null", "array", "number"…). */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Throws a ValidationError of `fn` naming `path` unless `value` is a string
 * (the boundary check of io functions called from JavaScript with anything).
 */
export function requireString(fn: string, path: string, value: unknown): asserts value is string {
  if (typeof value !== 'string')
    fail(fn, [{ path, message: `expected a string, got ${kindOf(value)}`, code: 'invalid-input' }]);
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is an object (not null, not an array). */
export function requireObject(fn: string, path: string, value: unknown): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(fn, [{ path, message: `expected an object, got ${kindOf(value)}`, code: 'invalid-input' }]);
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is undefined or an object (an options argument). */
export function requireOptions(
  fn: string,
  path: string,
  value: unknown,
): asserts value is object | undefined {
  if (value !== undefined) requireObject(fn, path, value);
}

/** Throws a ValidationError of `fn` naming `path[i]` unless `value` is an array of objects. */
export function requireObjectArray(
  fn: string,
  path: string,
  value: unknown,
): asserts value is readonly object[] {
  if (!Array.isArray(value))
    fail(fn, [{ path, message: `expected an array, got ${kindOf(value)}`, code: 'invalid-input' }]);
  value.forEach((v, i) => {
    requireObject(fn, `${path}[${i}]`, v);
  });
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is an array. */
export function requireArray(fn: string, path: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value))
    fail(fn, [{ path, message: `expected an array, got ${kindOf(value)}`, code: 'invalid-input' }]);
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is a `Date` holding a valid time. */
export function requireDate(fn: string, path: string, value: unknown): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    fail(fn, [
      {
        path,
        message: `expected a valid Date, got ${value instanceof Date ? 'an invalid Date' : kindOf(value)}`,
        code: 'invalid-input',
      },
    ]);
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is a finite number. */
export function requireFiniteNumber(fn: string, path: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(fn, [
      {
        path,
        message: `expected a finite number, got ${kindOf(value) === 'number' ? value : kindOf(value)}`,
        code: 'invalid-input',
      },
    ]);
}

/** Throws a ValidationError of `fn` naming `path` unless `value` is a function. */
export function requireFunction(
  fn: string,
  path: string,
  value: unknown,
): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function')
    fail(fn, [{ path, message: `expected a function, got ${kindOf(value)}`, code: 'invalid-input' }]);
}
