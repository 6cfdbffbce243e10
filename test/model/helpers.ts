/** Helpers shared by the model tests (not a test file: vitest does not collect it). */
import type { z } from 'zod';
import type { ValidationIssue } from '../../src/model/errors.js';
import { safeParseCommunity } from '../../src/model/parseCommunity.js';
import { zodIssues } from '../../src/model/validate.js';

/** The issues safeParseCommunity reports for `input`; fails the test when the input parses. */
export function communityIssues(input: unknown): ValidationIssue[] {
  const result = safeParseCommunity(input);
  if (result.success) throw new Error('expected safeParseCommunity to fail, but it succeeded');
  return [...result.error.issues];
}

/** `[path, message]` pairs of the issues safeParseCommunity reports for `input`. */
export function communityProblems(input: unknown): Array<[string, string]> {
  return communityIssues(input).map((i) => [i.path, i.message]);
}

/** `[path, message]` pairs of the issues `schema` reports for `input`; fails the test when it parses. */
export function schemaProblems(schema: z.ZodType, input: unknown): Array<[string, string]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected the schema to reject ${JSON.stringify(input)}`);
  return zodIssues(result.error.issues).map((i) => [i.path, i.message]);
}

/** Freezes `value` and everything reachable from it, so that any mutation throws (ESM is strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A minimal valid community with two members, used as a base by many tests. */
export function base(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Test community', members: [{ id: 'm-1' }, { id: 'm-2' }], ...extra };
}

/** The message DateInputSchema gives for a value that is not a date. */
export function notADate(value: unknown): string {
  return `not a date: expected an ISO-8601 string (e.g. "2024-03-01T09:30:00Z"), epoch milliseconds or a Date, got ${JSON.stringify(value)}`;
}
