import { fail } from '../../model/validate.js';

/** The indexes `expertiseIndex` built (an index holds Maps and typed arrays: it cannot come from anywhere else). */
const BUILT = new WeakSet<object>();

/** Records that `index` was built by `expertiseIndex`. */
export function markBuilt(index: object): void {
  BUILT.add(index);
}

/**
 * Throws a ValidationError naming `fn` unless `index` was built by
 * `expertiseIndex`.
 *
 * @param fn - the public function
 * @param index - its index argument
 */
export function requireExpertiseIndex(fn: string, index: unknown): void {
  if (typeof index !== 'object' || index === null || !BUILT.has(index))
    fail(fn, [
      {
        path: 'index',
        message: 'expected an index built by expertiseIndex(community)',
        code: 'invalid-input',
      },
    ]);
}
