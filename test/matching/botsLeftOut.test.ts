import { describe, expect, it } from 'vitest';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { findExperts } from '../../src/matching/findExperts.js';
import { matchMentors } from '../../src/matching/matchMentors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const community = parseCommunity({
  name: 'With a bot',
  members: [
    { id: 'ada', expertise: ['dependency updates'] },
    { id: 'renovate', kind: 'bot', expertise: ['dependency updates'] },
  ],
  activities: [
    { id: 'a1', memberId: 'renovate', at: '2024-01-10', kind: 'pull-request', topics: ['dependency'] },
  ],
});

describe('expertiseIndex leaves bots out by default', () => {
  it('indexes people only and counts the bots left out', () => {
    const index = expertiseIndex(community);
    expect(index.ids).toEqual(['ada']);
    expect(index.botsLeftOut).toBe(1);
    expect(findExperts(index, 'dependency updates').map((r) => r.memberId)).toEqual(['ada']);
  });

  it('indexes bots with includeBots', () => {
    expect(expertiseIndex(community, { includeBots: true }).ids).toEqual(['ada', 'renovate']);
  });
});

describe('matchMentors leaves bots out of the pool', () => {
  const pool = parseCommunity({
    name: 'Mentoring with a bot',
    members: [
      { id: 'ada', interests: ['data'], expertise: ['data'], willing: { mentor: true } },
      { id: 'helper-bot', kind: 'bot', interests: ['data'], expertise: ['data'], willing: { mentor: true } },
      { id: 'bob', interests: ['data'], willing: { beMentored: true } },
    ],
  });

  it('never offers a bot as a mentor, even one marked willing', () => {
    const r = matchMentors(pool, { asOf: '2024-06-01' });
    expect(r.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([['bob', 'ada']]);
  });

  it('keeps a bot listed by id: the caller chose it', () => {
    const r = matchMentors(pool, { asOf: '2024-06-01', mentors: ['helper-bot'] });
    expect(r.pairs.map((p) => p.mentorId)).toEqual(['helper-bot']);
  });
});
