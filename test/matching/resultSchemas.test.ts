import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { ExpertSchema, findExperts } from '../../src/matching/findExperts.js';
import { findSpeakers, SpeakerSchema } from '../../src/matching/findSpeakers.js';
import { formTeam, TeamSchema } from '../../src/matching/formTeam.js';
import { MentorMatchingSchema, matchMentors } from '../../src/matching/matchMentors.js';
import { AssignmentResultSchema, solveAssignment } from '../../src/matching/solveAssignment.js';
import { StableMatchingResultSchema, stableMatching } from '../../src/matching/stableMatching.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

/** The schema describes the result exactly: parsing neither fails nor drops a field. */
const describes = (schema: z.ZodType, value: unknown): void => {
  expect(schema.parse(value)).toEqual(value);
};

describe('matching result schemas describe the results exactly', () => {
  const community = sampleCommunity({ seed: 2, members: 120, months: 6 });
  const asOf = '2026-01-01';

  it('solveAssignment and stableMatching', () => {
    describes(
      AssignmentResultSchema,
      solveAssignment([
        [1, 2],
        [3, Number.POSITIVE_INFINITY],
        [0, 0],
      ]),
    );
    describes(
      StableMatchingResultSchema,
      stableMatching(
        [
          { id: 'a', preferences: ['x'] },
          { id: 'b', preferences: ['x'] },
        ],
        [{ id: 'x', preferences: ['b', 'a'] }],
      ),
    );
  });

  it('findExperts, findSpeakers, formTeam and matchMentors on the sample community', () => {
    const index = expertiseIndex(community, { asOf });
    const experts = findExperts(index, 'data python', { top: 5 });
    expect(experts.length).toBeGreaterThan(0);
    for (const e of experts) describes(ExpertSchema, e);
    for (const s of findSpeakers(index, 'data', { top: 3 })) describes(SpeakerSchema, s);
    describes(
      TeamSchema,
      formTeam(
        community.members.slice(0, 30).map((m) => ({
          id: m.id,
          covers: Object.fromEntries(m.expertise.map((e) => [e, 2])),
          ...(m.affiliation ? { affiliation: m.affiliation } : {}),
        })),
        [{ key: 'python' }, { key: 'data' }],
        { size: 3 },
      ),
    );
    const matching = matchMentors(community, { asOf });
    expect(matching.pairs.length).toBeGreaterThan(0);
    describes(MentorMatchingSchema, matching);
  });
});
