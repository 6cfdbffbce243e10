import { describe, expect, it } from 'vitest';
import { expertiseIndex } from '../../../src/matching/expertiseIndex.js';
import { findExperts } from '../../../src/matching/findExperts.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import { matchingSection } from '../../../src/report/sections/matchingSection.js';
import { sampleCommunity } from '../../../src/sample/sampleCommunity.js';

/** `n` mentees and `n` mentors over three topics (n × n pairs). */
function pools(n: number) {
  const topics = ['python', 'metadata', 'teaching'];
  return parseCommunity({
    name: 'pools',
    members: Array.from({ length: 2 * n }, (_, k) => ({
      id: `m-${String(k).padStart(5, '0')}`,
      interests: [topics[k % 3] as string],
      languages: ['en'],
      willing: k < n ? { beMentored: true } : { mentor: true },
    })),
  });
}

/** The section's data, as the section writes it. */
interface MatchingData {
  mentorCandidatesPruned: boolean;
  experts: Record<string, { memberId: string; score: number; matched: string[] }[]>;
  mentorPairs: { menteeId: string; mentorId: string }[];
}

describe('matchingSection', () => {
  const asOf = new Date('2026-01-01T00:00:00Z');

  it('on small pools states the optimum over every pair', () => {
    const s = matchingSection(pools(30), { asOf });
    expect(s.markdown).toContain(
      '30 of 30 members who asked for a mentor can be paired now (optimal total score',
    );
    expect(s.markdown).not.toContain('among candidate pairs');
    expect((s.data as MatchingData).mentorCandidatesPruned).toBe(false);
  });

  it('from a million mentee × mentor pairs on, says the pairs are optimal among candidate pairs only', () => {
    const s = matchingSection(pools(1002), { asOf });
    expect((s.data as MatchingData).mentorCandidatesPruned).toBe(true);
    expect(s.markdown).toContain('among candidate pairs');
    // Each topic has 334 mentees and 334 mentors: all are paired, each with a mentor of their topic.
    expect(s.markdown).toContain('1002 of 1002 members who asked for a mentor can be paired now');
    const pairs = (s.data as MatchingData).mentorPairs;
    const topic = (id: string): number => Number(id.slice(2)) % 3;
    expect(pairs.every((p) => topic(p.menteeId) === topic(p.mentorId))).toBe(true);
  });

  it('finds the same experts as an index over every activity (it indexes only the activities that mention a query term)', () => {
    const community = sampleCommunity({ seed: 3, members: 400, months: 12 });
    const at = new Date('2025-12-01T00:00:00Z');
    const { experts } = matchingSection(community, { asOf: at }).data as MatchingData;
    const topics = Object.keys(experts);
    expect(topics.length).toBe(4);
    const full = expertiseIndex(community, { asOf: at });
    for (const topic of topics) {
      const found = findExperts(full, topic.replace(/-/g, ' '), { top: 3 }).map((e) => ({
        memberId: e.memberId,
        score: e.score,
        matched: Object.keys(e.reasons.matchedTerms),
      }));
      expect(found.length).toBeGreaterThan(0);
      expect(experts[topic]).toEqual(found);
    }
  });
});
