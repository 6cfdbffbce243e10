import type { Community, CommunityInput } from './community.js';
import { requireParsedCommunity } from './internal/parsedCommunity.js';

/**
 * Turns a parsed community back into the JSON data format: `Date`s become
 * ISO-8601 strings and absent optional fields are left out. The result parses
 * back to an equal community (`parseCommunity(serializeCommunity(c))`).
 *
 * @param community - a parsed community
 * @returns a plain JSON-serialisable object
 *
 * @example
 * ```ts
 * const json = JSON.stringify(serializeCommunity(parseCommunity({ name: 'x', createdAt: 0 })));
 * json.startsWith('{"name":"x","createdAt":"1970-01-01T00:00:00.000Z",'); // → true
 * ```
 */
export function serializeCommunity(community: Community): CommunityInput {
  requireParsedCommunity('serializeCommunity', community);
  return JSON.parse(JSON.stringify(community)) as CommunityInput;
}
