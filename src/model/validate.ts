import type { z } from 'zod';
import {
  type CommunityKitErrorCode,
  MAX_LISTED_ISSUES,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
import { formatPath } from './formatPath.js';

/**
 * Converts zod issues into the library's {@link ValidationIssue} form, with
 * dotted paths under `root`. Each issue keeps zod's own code in `zodCode`
 * (`invalid_type`, `too_small`, `unrecognized_keys`…); `code` stays the
 * library's stable `invalid-input`.
 *
 * @param issues - zod issues from a failed parse
 * @param root - prefix for every path (e.g. `options`)
 * @returns one issue per zod issue
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const r = z.object({ top: z.number() }).safeParse({ top: 'x' });
 * zodIssues(r.error?.issues ?? [], 'options')[0]?.zodCode; // → 'invalid_type'
 * ```
 */
export function zodIssues(issues: readonly z.core.$ZodIssue[], root = ''): ValidationIssue[] {
  if (
    !Array.isArray(issues) ||
    !issues.every((i) => typeof i === 'object' && i !== null && Array.isArray((i as { path?: unknown }).path))
  )
    argumentError('zodIssues', 'issues', 'an array of zod issues');
  return issues.map((issue) => ({
    path: formatPath(issue.path, root),
    message: issue.message,
    code: libraryCode(issue),
    zodCode: issue.code,
  }));
}

/** The library code of a zod issue: `invalid-input`, unless a custom check set another in `params.code`. */
function libraryCode(issue: z.core.$ZodIssue): CommunityKitErrorCode {
  const code = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return code === 'too-large' ? 'too-large' : 'invalid-input';
}

/**
 * Throws a {@link ValidationError} naming `fn` and listing `issues` (at most
 * {@link MAX_LISTED_ISSUES} of them; the rest are counted). Never returns, so
 * `if (issues.length > 0) fail(fn, issues);` narrows like a `throw`.
 *
 * @param fn - the public function whose input is at fault
 * @param issues - every problem found
 * @throws {@link ValidationError} always
 *
 * @example
 * ```ts
 * try {
 *   fail('findExperts', [{ path: 'options.top', message: 'expected a positive integer', code: 'invalid-input' }]);
 * } catch (error) {
 *   (error as ValidationError).path; // → 'options.top'
 * }
 * ```
 */
export function fail(fn: string, issues: readonly ValidationIssue[]): never {
  if (typeof fn !== 'string') argumentError('fail', 'fn', 'the name of the failing function');
  if (!Array.isArray(issues) || issues.length === 0)
    argumentError('fail', 'issues', 'a non-empty array of issues');
  throw new ValidationError(
    fn,
    issues.slice(0, MAX_LISTED_ISSUES),
    Math.max(0, issues.length - MAX_LISTED_ISSUES),
  );
}

/** Throws the ValidationError of a plumbing function called with a bad argument. */
function argumentError(fn: string, path: string, expected: string): never {
  throw new ValidationError(fn, [{ path, message: `expected ${expected}`, code: 'invalid-input' }]);
}

/**
 * Parses `input` with `schema` at a public boundary: returns the parsed value
 * or throws a {@link ValidationError} that names `fn` and every bad field.
 * This is how every public function validates its arguments and options.
 *
 * @param fn - the public function name, first word of the error message
 * @param schema - the zod schema the input must satisfy
 * @param input - untrusted input
 * @param root - path prefix for messages (e.g. `options`)
 * @returns the parsed (and transformed) value
 * @throws {@link ValidationError} listing every problem with its path
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const options = parseWith('findExperts', z.object({ top: z.number().int().positive().default(10) }), {}, 'options');
 * // → { top: 10 }
 * ```
 */
export function parseWith<S extends z.ZodType>(
  fn: string,
  schema: S,
  input: unknown,
  root = '',
): z.output<S> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function')
    argumentError('parseWith', 'schema', 'a zod schema');
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  return fail(fn, zodIssues(result.error.issues, root));
}

/**
 * One `duplicate-id` issue for every id that already appeared earlier in
 * `ids` (the first occurrence is fine; each repeat is reported at its own path).
 *
 * @param ids - the ids in input order
 * @param pathOf - the path of the i-th id, e.g. `(i) => \`profiles[${i}].memberId\``
 * @param what - what the id names, for the message (`member`, `requirement`…)
 * @returns the issues, empty when every id is distinct
 *
 * @example
 * ```ts
 * duplicateIdIssues(['a', 'b', 'a'], (i) => `candidates[${i}].id`, 'id');
 * // → [{ path: 'candidates[2].id', message: 'duplicate id "a"', code: 'duplicate-id' }]
 * ```
 */
export function duplicateIdIssues(
  ids: readonly string[],
  pathOf: (index: number) => string,
  what = 'id',
): ValidationIssue[] {
  if (!Array.isArray(ids)) argumentError('duplicateIdIssues', 'ids', 'an array of ids');
  if (typeof pathOf !== 'function')
    argumentError('duplicateIdIssues', 'pathOf', 'a function from index to path');
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id))
      issues.push({ path: pathOf(i), message: `duplicate ${what} "${id}"`, code: 'duplicate-id' });
    seen.add(id);
  });
  return issues;
}
