import type { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import {
  buildExpertiseIndex,
  type ExpertiseIndex,
  ExpertiseIndexOptionsSchema,
} from './internal/expertiseIndexCore.js';

export { type ExpertiseIndex, ExpertiseIndexOptionsSchema } from './internal/expertiseIndexCore.js';

/** Options of {@link expertiseIndex}. */
export type ExpertiseIndexOptions = z.input<typeof ExpertiseIndexOptionsSchema>;

/**
 * Builds an index of who knows what: BM25F (Robertson & Zaragoza 2009) over
 * each member's expertise keywords, interests, bio and — optionally — the
 * topics and text of their activity, with field weights; each member's
 * skill levels (from their assessments via the skills module, or given as
 * plain data); and every activity's terms, member and date, so that
 * `findExperts`, `routeQuestion` and `findSpeakers` can count how much
 * matching work each member did and how recently. BM25's length
 * normalisation covers the profile fields only: activity adds to a term's
 * frequency but not to the length, so a maintainer's thousand commits do
 * not dilute their match. Posting lists are typed arrays, so a
 * 100,000-member index answers a query in about a millisecond.
 *
 * Cost: O(total tokens) to build.
 *
 * @param community - a parsed community
 * @param options - field weights, BM25 parameters, skill levels, recency
 * @returns the index
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * findExperts(index, 'metadata standards')[0]?.memberId; // → 'm-006' — who did the most matching work
 * findExperts(index, 'metadata standards')[0]?.reasons.matchingActivities; // → 102
 * ```
 */
export function expertiseIndex(community: Community, options: ExpertiseIndexOptions = {}): ExpertiseIndex {
  requireParsedCommunity('expertiseIndex', community);
  return buildExpertiseIndex(
    community,
    parseWith('expertiseIndex', ExpertiseIndexOptionsSchema, options, 'options'),
  );
}
