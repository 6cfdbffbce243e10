import { describe, expect, it } from 'vitest';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { findExperts } from '../../src/matching/findExperts.js';
import { findSpeakers } from '../../src/matching/findSpeakers.js';
import { routeQuestion } from '../../src/matching/routeQuestion.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const community = parseCommunity({
  name: 'x',
  members: [
    {
      id: 'ana',
      expertise: ['python packaging'],
      interests: ['python'],
      affiliation: 'A',
      willing: { speak: true, mentor: true },
      languages: ['en'],
    },
    {
      id: 'bo',
      expertise: ['metadata standards'],
      interests: ['metadata'],
      affiliation: 'A',
      willing: { speak: true },
      languages: ['fr'],
    },
    {
      id: 'cy',
      interests: ['python', 'testing'],
      bio: 'Writes Python tests all day.',
      affiliation: 'B',
      willing: { speak: true },
    },
    { id: 'di', interests: ['gardening'] },
  ],
  activities: [
    { id: 'a1', memberId: 'cy', at: '2025-12-01', kind: 'post', topics: ['python'] },
    { id: 'a2', memberId: 'cy', at: '2025-12-02', kind: 'post', topics: ['python'] },
  ],
  gatherings: [
    { id: 'g', title: 'Talk', kind: 'meetup', start: '2025-11-01', speakers: ['ana'], attended: ['ana'] },
  ],
  skillAssessments: [
    {
      memberId: 'bo',
      frameworkId: 'cscce-skills-wheel',
      skillId: 'cscce/technical/data-management',
      level: 3,
      source: 'self',
      assessedAt: '2025-06-01',
    },
  ],
});
const index = expertiseIndex(community, { asOf: '2026-01-01' });

describe('findExperts', () => {
  it('findExperts gives the same answer to the same query whatever was asked before (reused working arrays are reset)', () => {
    const first = findExperts(index, 'python packaging');
    findExperts(index, 'metadata python testing', { filters: { willingToSpeak: true } });
    findExperts(index, {
      text: 'python',
      skills: [{ skillId: 'cscce/technical/data-management', level: 1 }],
    });
    expect(findExperts(index, 'python packaging')).toEqual(first);
    const fresh = expertiseIndex(community, { asOf: '2026-01-01' });
    expect(findExperts(fresh, 'python packaging')).toEqual(first);
    expect(first.map((e) => e.reasons.recentActivity)).toEqual([0, 2]);
  });
  it('ranks by BM25F with field weights and explains the matched terms per field', () => {
    const r = findExperts(index, 'python packaging');
    expect(r.map((e) => e.memberId)).toEqual(['ana', 'cy']);
    expect(r[0]!.reasons.matchedTerms).toEqual({ expertise: ['packaging', 'python'], interests: ['python'] });
    expect(r[1]!.reasons.recentActivity).toBe(2);
  });
  it('combines text with required skill levels, or ranks by skills alone', () => {
    const r = findExperts(index, {
      text: '',
      skills: [{ skillId: 'cscce/technical/data-management', level: 2 }],
    });
    expect(r.map((e) => [e.memberId, e.skillScore])).toEqual([['bo', 1]]);
    expect(r[0]!.reasons.skills).toEqual([
      { skillId: 'cscce/technical/data-management', required: 2, level: 3, met: true },
    ]);
  });
  it('applies the filters', () => {
    expect(
      findExperts(index, 'python', { filters: { willingToMentor: true } }).map((e) => e.memberId),
    ).toEqual(['ana']);
    expect(findExperts(index, 'python', { filters: { languages: ['EN'] } }).map((e) => e.memberId)).toEqual([
      'ana',
    ]);
    expect(findExperts(index, 'python', { filters: { exclude: ['ana'] } }).map((e) => e.memberId)).toEqual([
      'cy',
    ]);
  });
  it('returns nothing for an empty or unmatched query and rejects bad options', () => {
    expect(findExperts(index, '')).toEqual([]);
    expect(findExperts(index, 'quantum chromodynamics')).toEqual([]);
    expect(() => findExperts(index, 'x', { top: 0 })).toThrow(/options\.top/);
  });
  it('an index of an empty community answers with nothing', () => {
    expect(findExperts(expertiseIndex(parseCommunity({ name: 'e' })), 'python')).toEqual([]);
  });
});

describe('routeQuestion and findSpeakers', () => {
  it('routeQuestion lowers people already holding open questions', () => {
    const plain = routeQuestion(index, 'python testing help');
    expect(plain[0]!.memberId).toBe('cy');
    const loaded = routeQuestion(index, 'python testing help', { openQuestions: { cy: 10 } });
    expect(loaded[0]!.memberId).toBe('ana');
    expect(loaded.find((e) => e.memberId === 'cy')!.openQuestions).toBe(10);
  });
  it('findSpeakers prefers people who have not spoken recently and varies affiliations', () => {
    const s = findSpeakers(index, 'python', { top: 2 });
    expect(s.map((x) => x.memberId)).toEqual(['cy', 'ana']);
    expect(s[1]!.daysSinceLastSpoke).toBe(61);
  });
});
