/**
 * The library's error hierarchy. Every failure a caller can cause is reported
 * through {@link CommunityKitError} or one of its subclasses, with a stable
 * `code`, the `path` of the offending field and a message that starts with the
 * function name and says how to fix the input.
 *
 * @module
 */

/**
 * Stable machine-readable error codes. New codes may be added; existing ones
 * never change meaning.
 */
export type CommunityKitErrorCode =
  | 'invalid-input'
  | 'invalid-option'
  | 'unknown-reference'
  | 'duplicate-id'
  | 'cycle'
  | 'empty-input'
  | 'too-large'
  | 'thread-failed';

/** One problem found in an input, with the path of the field it concerns. */
export interface ValidationIssue {
  /** Path of the offending field in the input, e.g. `activities[41].memberId`. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The kind of problem. */
  code: CommunityKitErrorCode;
  /**
   * When zod found the problem, zod's own issue code (`invalid_type`,
   * `too_small`, `unrecognized_keys`, `custom`…), finer than `code`.
   */
  zodCode?: string;
}

const BRAND = Symbol.for('community-kit.error');

/**
 * Base class of every error the library throws on purpose.
 *
 * Use {@link isCommunityKitError} rather than `instanceof` when the ESM and the
 * CommonJS copies of the package may both be loaded.
 *
 * @example
 * ```ts
 * try {
 *   parseCommunity({ name: 'x', members: [{ id: '' }] });
 * } catch (error) {
 *   if (isCommunityKitError(error)) {
 *     error.code; // → 'invalid-input'
 *     error.path; // → 'members[0].id'
 *   }
 * }
 * ```
 */
export class CommunityKitError extends Error {
  /** Stable machine-readable code. */
  readonly code: CommunityKitErrorCode;
  /** Path of the first offending field ('' when the whole input is at fault). */
  readonly path: string;
  /** The offending value, when there is a single one. */
  readonly value: unknown;

  constructor(
    message: string,
    options: { code: CommunityKitErrorCode; path?: string; value?: unknown; cause?: unknown },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CommunityKitError';
    this.code = options.code;
    this.path = options.path ?? '';
    this.value = options.value;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Thrown when input data or options fail validation. Lists every problem found
 * (up to a cap), each with its path; `more` counts the problems left out.
 *
 * @example
 * ```ts
 * const result = safeParseCommunity({ name: 'x', activities: [{ id: 'a', memberId: 'm-99', at: '2024-01-01', kind: 'post' }] });
 * result.error?.issues[0]; // → { path: 'activities[0].memberId', message: 'no member "m-99"', code: 'unknown-reference' }
 * ```
 */
export class ValidationError extends CommunityKitError {
  /** Every problem found, up to {@link MAX_LISTED_ISSUES}. */
  readonly issues: readonly ValidationIssue[];
  /** How many further problems were found but not listed. */
  readonly more: number;

  constructor(fn: string, issues: readonly ValidationIssue[], more = 0) {
    const first = issues[0];
    const lines = issues.map((i) => `  - ${i.path || '(root)'}: ${i.message}`);
    if (more > 0) lines.push(`  … and ${more} more problem${more === 1 ? '' : 's'}`);
    const total = issues.length + more;
    super(`${fn}: ${total} problem${total === 1 ? '' : 's'} in the input:\n${lines.join('\n')}`, {
      code: first?.code ?? 'invalid-input',
      path: first?.path ?? '',
    });
    this.name = 'ValidationError';
    this.issues = issues;
    this.more = more;
  }
}

/** The most issues a {@link ValidationError} lists; the rest are counted in `more`. */
export const MAX_LISTED_ISSUES = 100;

/**
 * True when `error` was thrown by community-kit (any copy of it: ESM or CJS).
 *
 * @param error - anything caught
 * @param code - optionally, the code it must carry
 * @returns whether `error` is a {@link CommunityKitError} (with that code)
 *
 * @example
 * ```ts
 * isCommunityKitError(new Error('x')); // → false
 * ```
 */
export function isCommunityKitError(
  error: unknown,
  code?: CommunityKitErrorCode,
): error is CommunityKitError {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as Record<symbol, unknown>)[BRAND] !== true) return false;
  return code === undefined || (error as CommunityKitError).code === code;
}

/** Where in an input file a problem is: the file as the user named it, the line, the column (a CSV header or a JSON path) or the record. */
export interface InputLocation {
  /** The file, as the user named it. */
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** The column (a CSV header name) or field (a JSON path) at fault. */
  column?: string;
  /** The record, when lines do not say it (e.g. `messages[3]`). */
  record?: string;
}

/**
 * Formats a location the way compilers do: `file:line "column"` (parts that
 * are unknown are left out).
 *
 * @param at - the location
 * @returns e.g. `attendance.csv:12 "Join Time"`, or '' when nothing is known
 *
 * @example
 * ```ts
 * formatLocation({ file: 'attendance.csv', line: 12, column: 'Join Time' }); // → 'attendance.csv:12 "Join Time"'
 * formatLocation({ file: 'general/2024-01-02.json', record: '[3]' }); // → 'general/2024-01-02.json [3]'
 * ```
 */
export function formatLocation(at: InputLocation): string {
  if (typeof at !== 'object' || at === null)
    throw new ValidationError('formatLocation', [
      {
        path: 'at',
        message: 'expected a location object ({ file?, line?, column?, record? })',
        code: 'invalid-input',
      },
    ]);
  let s = at.file ?? '';
  if (at.line !== undefined) s += s === '' ? `line ${at.line}` : `:${at.line}`;
  if (at.record !== undefined) s += `${s === '' ? '' : ' '}${at.record}`;
  if (at.column !== undefined) s += `${s === '' ? '' : ' '}${JSON.stringify(at.column)}`;
  return s;
}

/**
 * Thrown by importers when an export is not what they expect: the wrong kind
 * of file, a truncated file, a value that cannot be read. The message starts
 * with the function and the location (`attendance.csv:12 "Join Time": not a
 * date`), and the location is kept in fields for programs.
 *
 * @example
 * ```ts
 * const error = new InputFormatError('zoomAttendance', { file: 'a.csv', line: 12, column: 'Join Time' }, 'not a date');
 * error.message; // → 'zoomAttendance: a.csv:12 "Join Time": not a date'
 * ```
 */
export class InputFormatError extends CommunityKitError {
  /** The file, as the user named it. */
  readonly file: string | undefined;
  /** 1-based line number. */
  readonly line: number | undefined;
  /** The column or field at fault. */
  readonly column: string | undefined;
  /** The record at fault. */
  readonly record: string | undefined;

  constructor(
    fn: string,
    at: InputLocation,
    problem: string,
    options: { value?: unknown; cause?: unknown } = {},
  ) {
    const where = formatLocation(at);
    super(`${fn}: ${where === '' ? '' : `${where}: `}${problem}`, {
      code: 'invalid-input',
      path: where,
      ...options,
    });
    this.name = 'InputFormatError';
    this.file = at.file;
    this.line = at.line;
    this.column = at.column;
    this.record = at.record;
  }
}
