import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchMentors } from '../../../src/matching/matchMentors.js';
import type { ReportSection } from '../../../src/report/reportSection.js';
import { matchingSection } from '../../../src/report/sections/matchingSection.js';
import { MATCHING_COMMUNITIES, manyLabelsPools } from './matchingCommunities.js';

/**
 * SHA-256 of `JSON.stringify(matchingSection(community, { asOf }))`, computed
 * with the implementation before issue 19's rewrite (tokens interned once per
 * distinct text, typed-array postings, one index for the section's queries,
 * one community check): the rewrite must not change a byte.
 */
const BEFORE: Record<string, string> = {
  'sample, 300 members over 12 months': 'e25f36025022e5fa49bd4bae970916b6da954184d421627efd11a23a34c59d07',
  'sample, 2,500 members over 24 months, with text, extra topics and bots':
    'c10dc1727dd41a15b3f00a190d9e2d36a86ae6d87f8af5a8fd2d576d07abda16',
  'pools of 1,100 mentees and 1,000 mentors (candidates pruned)':
    'dd27c30dd8633e23cdeafda15139bf17ada1e6d47755351639b9d7c58fc2ca77',
};

/** Each community's section, computed once for all the tests. */
const sections = new Map<string, ReportSection>();
function sectionOf(c: (typeof MATCHING_COMMUNITIES)[number]): ReportSection {
  let s = sections.get(c.name);
  if (!s) sections.set(c.name, (s = matchingSection(c.build(), { asOf: c.asOf })));
  return s;
}

describe('matchingSection output is byte for byte what it was before the speed-up', () => {
  for (const c of MATCHING_COMMUNITIES)
    it(`on ${c.name}`, () => {
      const json = JSON.stringify(sectionOf(c));
      expect(createHash('sha256').update(json).digest('hex')).toBe(BEFORE[c.name]);
    });

  it('covers both mentor paths and text matching', () => {
    const [, withText, pools] = MATCHING_COMMUNITIES.map(sectionOf);
    const data = (s: ReportSection | undefined) =>
      s?.data as {
        mentorCandidatesPruned: boolean;
        experts: Record<string, { matched: string[] }[]>;
      };
    expect(data(withText).mentorCandidatesPruned).toBe(false);
    expect(data(pools).mentorCandidatesPruned).toBe(true);
    expect(
      Object.values(data(withText).experts)
        .flat()
        .some((e) => e.matched.includes('activity')),
    ).toBe(true);
  });
});

describe('matchMentors output is byte for byte what it was before the speed-up', () => {
  // Over 30 interests and languages: the pair scores compare sets, not bit masks.
  const community = manyLabelsPools();
  const sha = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex');
  it('on 150 × 150 pools with 40 interests and 35 languages, every pair scored', () => {
    expect(sha(matchMentors(community, { asOf: '2026-01-01' }))).toBe(
      'db4b243859f25eecfacd2a81d1c07b142b6f47705a5c62650a27108e900e8a71',
    );
  });
  it('on the same pools with candidates pruned', () => {
    const result = matchMentors(community, { asOf: '2026-01-01', candidates: { minPairs: 100 } });
    expect(result.pruned).toBe(true);
    expect(sha(result)).toBe('e124cd3f08fb9df646aeb5564491d5f5982d0437af9e5b8da3df356244d8f4ee');
  });
});
