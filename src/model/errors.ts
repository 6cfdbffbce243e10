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
  | 'internal';

/** One problem found in an input, with the path of the field it concerns. */
export interface ValidationIssue {
  /** Path of the offending field in the input, e.g. `activities[41].memberId`. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The kind of problem. */
  code: CommunityKitErrorCode;
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
 *   if (isCommunityKitError(error)) console.log(error.code, error.path);
 *   // → 'invalid-input' 'members[0].id'
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
 * if (!result.success) console.log(result.error.issues[0]);
 * // → { path: 'activities[0].memberId', message: 'no member "m-99"', code: 'unknown-reference' }
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
