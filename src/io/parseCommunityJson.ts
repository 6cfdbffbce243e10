import type { Community } from '../model/community.js';
import { ValidationError } from '../model/errors.js';
import type { SafeParseCommunityResult } from '../model/parseCommunity.js';
import { safeParseCommunity } from '../model/parseCommunity.js';

/**
 * Reads a community from JSON text (the format in docs/data-format.md)
 * without throwing: a byte-order mark is ignored; text that is not JSON gives
 * a `ValidationError` whose one issue has the position JSON.parse reported;
 * valid JSON is checked by `safeParseCommunity`. Either way the error is a
 * `ValidationError` (one shape for programs to read).
 *
 * @param text - the file's contents
 * @returns the parsed community, or an error listing every problem with its path
 *
 * @example
 * ```ts
 * safeParseCommunityJson('{"name": "x"}').success; // → true
 * safeParseCommunityJson('{"name": ').success; // → false
 * ```
 */
export function safeParseCommunityJson(text: string): SafeParseCommunityResult {
  if (typeof text !== 'string')
    return {
      success: false,
      error: new ValidationError('parseCommunityJson', [
        {
          path: '',
          message: `expected the file's text (a string), got ${typeof text}`,
          code: 'invalid-input',
        },
      ]),
    };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      success: false,
      error: new ValidationError('parseCommunityJson', [
        {
          path: '',
          message: `the text is not valid JSON (${error instanceof Error ? error.message : String(error)}); check the file is the JSON community format`,
          code: 'invalid-input',
        },
      ]),
    };
  }
  return safeParseCommunity(value);
}

/**
 * Reads a community from JSON text, throwing on bad JSON or an invalid
 * community. See {@link safeParseCommunityJson}.
 *
 * @param text - the file's contents
 * @returns the parsed community
 * @throws {@link ValidationError} listing every problem: the JSON syntax error, or every way the value is not a valid community
 *
 * @example
 * ```ts
 * parseCommunityJson('{"name": "Open Science Network", "members": [{"id": "m-1"}]}').members.length; // → 1
 * ```
 */
export function parseCommunityJson(text: string): Community {
  const result = safeParseCommunityJson(text);
  if (!result.success) throw result.error;
  return result.data;
}
