import { describe, expect, it } from 'vitest';
import { MENTOR_CRITERIA } from '../../src/matching/internal/mentorCriteria.js';
import { MatchMentorsOptionsSchema, MentorPairSchema } from '../../src/matching/matchMentors.js';
import { docTableRows } from '../docs/docTable.js';

describe('the matchMentors criteria table', () => {
  it('docs/matching.md lists every criterion with its meaning and default weight, in order', () => {
    const rows = docTableRows('matching.md', 'criteria');
    expect(rows).toEqual(MENTOR_CRITERIA.map((c) => [`\`${c.id}\``, c.meaning, String(c.defaultWeight)]));
  });

  it('the weights option and a pair’s criteria have one key per criterion, with the table’s defaults', () => {
    expect(MatchMentorsOptionsSchema.parse({ asOf: '2026-01-01' }).weights).toEqual({
      sharedTopics: 0.4,
      expertise: 0.3,
      timeZone: 0.2,
      language: 0.1,
      skills: 0,
    });
    expect(Object.keys(MatchMentorsOptionsSchema.parse({ asOf: '2026-01-01', weights: {} }).weights)).toEqual(
      MENTOR_CRITERIA.map((c) => c.id),
    );
    expect(Object.keys(MentorPairSchema.shape.criteria.shape)).toEqual(MENTOR_CRITERIA.map((c) => c.id));
    expect(new Set(MENTOR_CRITERIA.map((c) => c.id)).size).toBe(MENTOR_CRITERIA.length);
  });
});
