import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMentors } from '../../src/matching/matchMentors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const asOf = '2026-01-01';
const TOPICS = ['python', 'testing', 'metadata', 'teaching', 'policy'];
const EXPERTISE = [
  'python packaging',
  'unit testing',
  'metadata standards',
  'lesson design',
  'grant writing',
];
const ZONES = ['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo', 'UTC'];
const LANGUAGES = ['en', 'fr', 'ja'];

/** A random member: some interests, expertise, a zone, languages, an affiliation, willing to mentor or be mentored. */
const memberArb = fc.record({
  interests: fc.subarray(TOPICS),
  expertise: fc.subarray(EXPERTISE, { maxLength: 2 }),
  timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  languages: fc.subarray(LANGUAGES, { maxLength: 2 }),
  affiliation: fc.constantFrom('A', 'B', 'C'),
  mentor: fc.boolean(),
  capacity: fc.integer({ min: 0, max: 3 }),
});

/** A community from the drawn members (ids m-0, m-1, …). */
function poolOf(drawn: readonly Record<string, unknown>[]) {
  return parseCommunity({
    name: 'pool',
    members: drawn.map((d, k) => ({
      id: `m-${k}`,
      interests: d.interests,
      expertise: d.expertise,
      ...(d.timeZone ? { timeZone: d.timeZone } : {}),
      languages: d.languages,
      affiliation: d.affiliation,
      willing: { mentor: d.mentor, beMentored: !d.mentor },
      ...(d.mentor ? { capacity: { maxMentees: d.capacity } } : {}),
    })),
  });
}

const optionsArb = fc.record({
  differentOrganisation: fc.boolean(),
  skills: fc.constantFrom(0, 0.5),
  minScore: fc.constantFrom(0, 0.3, 0.6),
});

describe('matchMentors candidate pruning', () => {
  it('when every allowed pair is a candidate, the pruned path reaches the dense optimum (same objective, same number of pairs, exact pair scores)', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 2, maxLength: 14 }), optionsArb, (drawn, o) => {
        const community = poolOf(drawn);
        const common = {
          asOf,
          minScore: o.minScore,
          weights: { skills: o.skills },
          goals: { 'm-0': ['s1'], 'm-1': ['s2'] },
          skillLevels: { 'm-2': { s1: 3 }, 'm-3': { s2: 4 } },
          constraints: { differentOrganisation: o.differentOrganisation },
        };
        const dense = matchMentors(community, { ...common, candidates: { minPairs: 1e12 } });
        const pruned = matchMentors(community, {
          ...common,
          candidates: { minPairs: 0, perMentee: 100, fallback: 100 },
        });
        expect(dense.pruned).toBe(false);
        const mentees = dense.pairs.length + dense.unmatched.length;
        const mentors = drawn.filter((d) => d.mentor).length;
        expect(pruned.pruned).toBe(mentees > 0 && mentors > 0);
        expect(pruned.objective).toBeCloseTo(dense.objective, 9);
        expect(pruned.pairs.length).toBe(dense.pairs.length);
        // Every pair's score is the dense score of that pair.
        const all = matchMentors(community, {
          ...common,
          defaultCapacity: 100,
          candidates: { minPairs: 1e12 },
        });
        for (const p of pruned.pairs) expect(p.score).toBeGreaterThanOrEqual(o.minScore);
        for (const p of pruned.pairs) {
          const same = all.pairs.find((q) => q.menteeId === p.menteeId && q.mentorId === p.mentorId);
          if (same) expect(p.score).toBe(same.score);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('with tight budgets the result is deterministic and never beats the dense optimum', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 2, maxLength: 20 }), (drawn) => {
        const community = poolOf(drawn);
        const opts = { asOf, candidates: { minPairs: 0, perMentee: 1, fallback: 1 } };
        const a = matchMentors(community, opts);
        const b = matchMentors(community, opts);
        expect(b).toEqual(a);
        const dense = matchMentors(community, { asOf, candidates: { minPairs: 1e12 } });
        // Pruning can only lose: never more pairs than the optimum over every pair (which pairs as many
        // mentees as it can first), and with as many pairs never a higher total.
        expect(a.pairs.length).toBeLessThanOrEqual(dense.pairs.length);
        if (a.pairs.length === dense.pairs.length)
          expect(a.objective).toBeLessThanOrEqual(dense.objective + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
