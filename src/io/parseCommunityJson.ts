import type { Community } from '../model/community.js';
import { CommunityKitError } from '../model/errors.js';
import type { SafeParseCommunityResult } from '../model/parseCommunity.js';
import { safeParseCommunity } from '../model/parseCommunity.js';

/**
 * Reads a community from JSON text (the format in docs/data-format.md)
 * without throwing: a byte-order mark is ignored; text that is not JSON gives
 * an error with the position JSON.parse reported; valid JSON is checked by
 * `safeParseCommunity`.
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
export function safeParseCommunityJson(
  text: string,
): SafeParseCommunityResult | { success: false; data?: undefined; error: CommunityKitError } {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      success: false,
      error: new CommunityKitError(
        `parseCommunityJson: the text is not valid JSON (${error instanceof Error ? error.message : String(error)}); check the file is the JSON community format`,
        { code: 'invalid-input', cause: error },
      ),
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
 * @throws {@link CommunityKitError} when the text is not JSON; a `ValidationError` listing every problem when it is not a valid community
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
