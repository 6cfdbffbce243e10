import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { findExperts } from '../../src/matching/findExperts.js';
import {
  buildExpertiseIndex,
  ExpertiseIndexOptionsSchema,
} from '../../src/matching/internal/expertiseIndexCore.js';
import { tokenize } from '../../src/matching/internal/text.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { expertiseIndexBefore } from './oracle/expertiseIndexBefore.js';

// Words with capitals, stop words, punctuation, other scripts and a Greek final sigma.
const WORDS = [
  'Python',
  'python',
  'docs',
  'the',
  'data-curation',
  'ΟΔΟΣ',
  'métadonnées',
  'a',
  'x',
  'tests!',
  'R2',
];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const DAY = 86_400_000;
const asOf = Date.UTC(2026, 0, 1);

const world = fc.record({
  members: fc.array(
    fc.record({
      expertise: fc.array(phrase, { maxLength: 3 }),
      interests: fc.array(phrase, { maxLength: 3 }),
      bio: fc.option(phrase, { nil: undefined }),
      bot: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  activities: fc.array(
    fc.record({
      member: fc.nat(7),
      daysAgo: fc.integer({ min: -30, max: 900 }),
      topics: fc.array(phrase, { maxLength: 3 }),
      text: fc.option(phrase, { nil: undefined }),
    }),
    { maxLength: 30 },
  ),
  fields: fc.record({
    expertise: fc.constantFrom(0, 0.1, 3),
    interests: fc.constantFrom(0, 0.7, 2),
    bio: fc.constantFrom(0, 1, 0.3),
    activity: fc.constantFrom(0, 1, 0.1),
  }),
  k1: fc.constantFrom(0, 1.2, 2),
  b: fc.constantFrom(0, 0.75, 1),
  withAsOf: fc.boolean(),
  includeBots: fc.boolean(),
  query: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

function communityOf(w: World) {
  return parseCommunity({
    name: 'oracle',
    members: w.members.map((m, i) => ({
      id: `m${i}`,
      expertise: m.expertise,
      interests: m.interests,
      ...(m.bio === undefined ? {} : { bio: m.bio }),
      ...(m.bot ? { kind: 'bot', botReason: 'test' } : {}),
    })),
    activities: w.activities.map((a, k) => ({
      id: `a${k}`,
      memberId: `m${a.member % w.members.length}`,
      at: new Date(asOf - a.daysAgo * DAY),
      kind: 'post',
      topics: a.topics,
      ...(a.text === undefined ? {} : { text: a.text }),
    })),
  });
}

const optionsOf = (w: World) => ({
  fields: w.fields,
  k1: w.k1,
  b: w.b,
  includeBots: w.includeBots,
  ...(w.withAsOf ? { asOf: new Date(asOf) } : {}),
});

describe('expertiseIndex (tokens interned, typed-array postings) against the implementation before', () => {
  it('builds the same index as the nested-map implementation', () => {
    fc.assert(
      fc.property(world, (w) => {
        const community = communityOf(w);
        expect(expertiseIndex(community, optionsOf(w))).toEqual(
          expertiseIndexBefore(community, optionsOf(w)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('an index of only the query terms answers the query as the full index does', () => {
    fc.assert(
      fc.property(world, (w) => {
        const community = communityOf(w);
        const full = expertiseIndex(community, optionsOf(w));
        const settings = ExpertiseIndexOptionsSchema.parse(optionsOf(w));
        const only = buildExpertiseIndex(community, settings, new Set(tokenize(w.query)));
        expect(findExperts(only, w.query, { top: 10 })).toEqual(findExperts(full, w.query, { top: 10 }));
      }),
      { numRuns: 300 },
    );
  });
});
