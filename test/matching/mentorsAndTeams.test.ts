import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formTeam } from '../../src/matching/formTeam.js';
import { learningPairsPlan } from '../../src/matching/learningPairsPlan.js';
import { matchMentors } from '../../src/matching/matchMentors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const asOf = '2026-01-01';
const community = parseCommunity({
  name: 'm',
  members: [
    {
      id: 'me1',
      interests: ['python', 'testing'],
      willing: { beMentored: true },
      timeZone: 'Europe/Berlin',
      languages: ['en'],
      affiliation: 'A',
    },
    {
      id: 'me2',
      interests: ['metadata'],
      willing: { beMentored: true },
      timeZone: 'America/Chicago',
      languages: ['en'],
      affiliation: 'B',
    },
    { id: 'me3', interests: ['metadata'], willing: { beMentored: true }, languages: ['ja'] },
    {
      id: 'mo1',
      interests: ['python'],
      expertise: ['python packaging'],
      willing: { mentor: true },
      timeZone: 'Europe/Paris',
      languages: ['en'],
      affiliation: 'A',
      capacity: { maxMentees: 1 },
    },
    {
      id: 'mo2',
      interests: ['metadata'],
      expertise: ['metadata standards'],
      willing: { mentor: true },
      timeZone: 'America/New_York',
      languages: ['en'],
      affiliation: 'C',
      capacity: { maxMentees: 1 },
    },
  ],
});

describe('matchMentors', () => {
  it('pairs mentees with the best mentors, with reasons, and says why one is unmatched', () => {
    const r = matchMentors(community, { asOf });
    expect(r.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ['me1', 'mo1'],
      ['me2', 'mo2'],
    ]);
    expect(r.pairs[0]!.reasons).toEqual([
      'shares interests: python',
      'expertise in python packaging',
      'time zones 0 h apart',
      'both speak en',
    ]);
    expect(r.unmatched).toEqual([
      {
        menteeId: 'me3',
        reason:
          'every mentor is ruled out by a constraint (organisation, language, met before, excluded) or scores below minScore',
      },
    ]);
  });
  it('honours the same-organisation constraint and excluded pairs', () => {
    const r = matchMentors(community, { asOf, constraints: { differentOrganisation: true } });
    expect(r.pairs.find((p) => p.menteeId === 'me1')?.mentorId).not.toBe('mo1');
    const x = matchMentors(community, { asOf, constraints: { exclude: [['me2', 'mo2']] } });
    expect(x.pairs.some((p) => p.menteeId === 'me2' && p.mentorId === 'mo2')).toBe(false);
  });
  it('rejects unknown and duplicate member ids', () => {
    expect(() => matchMentors(community, { asOf, mentees: ['ghost'] })).toThrow(
      /options\.mentees\[0\]: no member "ghost"/,
    );
    expect(() => matchMentors(community, { asOf, mentors: ['mo1', 'mo1'] })).toThrow(/options\.mentors\[1\]/);
  });
  it('on the sample community, the optimal objective is at least the stable one, and no mentor exceeds capacity', () => {
    const c = sampleCommunity();
    const opt = matchMentors(c, { asOf });
    const st = matchMentors(c, { asOf, method: 'stable' });
    expect(opt.objective).toBeGreaterThanOrEqual(st.objective - 1e-9);
    const cap = new Map(c.members.map((m) => [m.id, m.capacity.maxMentees ?? 1]));
    const load = new Map<string, number>();
    for (const p of opt.pairs) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    for (const [m, n] of load) expect(n).toBeLessThanOrEqual(cap.get(m)!);
  });
});

describe('matchMentors stable', () => {
  it("matchMentors with method 'stable' leaves no blocking pair on the sample community (scores as both sides' preferences)", () => {
    const c = sampleCommunity();
    const st = matchMentors(c, { asOf, method: 'stable' });
    const opt = matchMentors(c, { asOf });
    expect(st.pairs.length).toBeGreaterThan(0);
    // Scores of every allowed pair, read from the optimal run's table of candidates.
    const all = matchMentors(c, { asOf, defaultCapacity: 1000 });
    expect(all.pairs.length).toBeGreaterThan(0);
    const mentorOf = new Map(st.pairs.map((p) => [p.menteeId, p]));
    const menteesOf = new Map<string, number[]>();
    for (const p of st.pairs) menteesOf.set(p.mentorId, [...(menteesOf.get(p.mentorId) ?? []), p.score]);
    const capOf = new Map(c.members.map((m) => [m.id, m.capacity.maxMentees ?? 1]));
    // A pair (mentee, mentor) blocks when the mentee would rather have that mentor and the mentor
    // has room or holds someone it likes less. Check the pairs both runs produced.
    for (const p of [...opt.pairs, ...all.pairs]) {
      const mine = mentorOf.get(p.menteeId);
      const menteePrefers = !mine || p.score > mine.score;
      const held = menteesOf.get(p.mentorId) ?? [];
      const mentorPrefers = held.length < (capOf.get(p.mentorId) as number) || Math.min(...held) < p.score;
      expect(menteePrefers && mentorPrefers).toBe(false);
    }
  });
});

describe('formTeam', () => {
  it('finds the smallest covering team exactly, preferring more affiliations', () => {
    const t = formTeam(
      [
        { id: 'a', covers: { x: 2, y: 2 }, affiliation: 'A' },
        { id: 'b', covers: { z: 2 }, affiliation: 'A' },
        { id: 'c', covers: { z: 3 }, affiliation: 'B' },
        { id: 'd', covers: { x: 1 } },
      ],
      [
        { key: 'x', level: 2 },
        { key: 'y', level: 2 },
        { key: 'z', level: 2 },
      ],
    );
    expect(t.members.map((m) => m.id)).toEqual(['a', 'c']);
    expect(t).toMatchObject({ uncovered: [], affiliations: 2, method: 'exact' });
  });
  it('reports what stays uncovered and rejects duplicates', () => {
    expect(formTeam([], [{ key: 'x' }]).uncovered).toEqual(['x']);
    expect(() =>
      formTeam(
        [
          { id: 'a', covers: {} },
          { id: 'a', covers: {} },
        ],
        [],
      ),
    ).toThrow(/candidates\[1\]\.id/);
  });
  it('greedy stays within its ln(n)+1 bound of the exact optimum on random instances', () => {
    const inst = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 9 })).chain(([nr, nc]) =>
      fc
        .array(fc.subarray(Array.from({ length: nr }, (_, k) => `r${k}`)), { minLength: nc, maxLength: nc })
        .map((lists) => ({
          reqs: Array.from({ length: nr }, (_, k) => ({ key: `r${k}` })),
          cands: lists.map((l, i) => ({ id: `c${i}`, covers: Object.fromEntries(l.map((k) => [k, 1])) })),
        })),
    );
    fc.assert(
      fc.property(inst, ({ reqs, cands }) => {
        const exact = formTeam(cands, reqs, { size: 20 });
        const greedy = formTeam(cands, reqs, { size: 20, exactLimit: 0 });
        expect(greedy.uncovered).toEqual(exact.uncovered);
        expect(greedy.members.length).toBeLessThanOrEqual(
          Math.ceil(exact.members.length * (greedy.approximationBound ?? 1)) + 1e-9,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('learningPairsPlan', () => {
  it('maximises the total score with teacher capacity', () => {
    const pair = (teacherId: string, learnerId: string, score: number) => ({
      skillId: 's',
      skillName: 'S',
      teacherId,
      learnerId,
      teacherLevel: 4,
      learnerLevel: 4 - score,
      score,
      reasons: [],
    });
    const plan = learningPairsPlan(
      [pair('t1', 'l1', 3), pair('t1', 'l2', 2), pair('t2', 'l1', 2), pair('t2', 'l2', 0.5)],
      { maxPerTeacher: 1 },
    );
    expect(plan.map((p) => [p.teacherId, p.learnerId])).toEqual([
      ['t2', 'l1'],
      ['t1', 'l2'],
    ]);
  });
});
