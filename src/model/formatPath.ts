import { ValidationError } from './errors.js';

/**
 * Turns a path given as keys and indices into the dotted form used in error
 * messages: `['activities', 41, 'memberId']` → `activities[41].memberId`.
 *
 * @param path - keys and array indices, outermost first
 * @param root - a prefix for the whole path (e.g. `options`)
 * @returns the path as a string
 *
 * @example
 * ```ts
 * formatPath(['activities', 41, 'memberId']); // → 'activities[41].memberId'
 * formatPath(['top'], 'options'); // → 'options.top'
 * ```
 */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  if (!Array.isArray(path))
    throw new ValidationError('formatPath', [
      { path: 'path', message: 'expected an array of keys', code: 'invalid-input' },
    ]);
  if (typeof root !== 'string')
    throw new ValidationError('formatPath', [
      { path: 'root', message: 'expected a string', code: 'invalid-input' },
    ]);
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
