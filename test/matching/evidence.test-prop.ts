import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { findExperts } from '../../src/matching/findExperts.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const WORDS = ['parser', 'docs', 'tests', 'build', 'lesson'];
const MEMBERS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
const asOf = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

const activity = fc.record({
  member: fc.constantFrom(...MEMBERS),
  daysAgo: fc.integer({ min: 1, max: 4000 }),
  topics: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
});

const world = fc.record({
  activities: fc.array(activity, { maxLength: 40 }),
  profiles: fc.array(fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 2 }), {
    minLength: MEMBERS.length,
    maxLength: MEMBERS.length,
  }),
  query: fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }),
  added: activity,
  weight: fc.constantFrom(0, 0.3, 0.6, 1),
  halfLife: fc.constantFrom(0, 365, 1825),
});

function scoreOf(w: World, extra: boolean, who: string): number {
  const acts = extra ? [...w.activities, w.added] : w.activities;
  const community = parseCommunity({
    name: 'p',
    members: MEMBERS.map((id, i) => ({ id, expertise: w.profiles[i] ?? [] })),
    activities: acts.map((a, k) => ({
      id: `a${k}`,
      memberId: a.member,
      at: new Date(asOf - a.daysAgo * DAY),
      kind: 'commit' as const,
      topics: a.topics,
    })),
  });
  const index = expertiseIndex(community, { asOf: new Date(asOf) });
  const found = findExperts(index, w.query.join(' '), {
    top: MEMBERS.length,
    work: { weight: w.weight, halfLife: w.halfLife },
  });
  return found.find((e) => e.memberId === who)?.score ?? 0;
}
type World = {
  activities: { member: string; daysAgo: number; topics: string[] }[];
  profiles: string[][];
  query: string[];
  added: { member: string; daysAgo: number; topics: string[] };
  weight: number;
  halfLife: number;
};

describe('findExperts: evidence never counts against a member', () => {
  it('adding a matching activity to a member never lowers their score', () => {
    fc.assert(
      fc.property(world, (w) => {
        // The added activity matches the query: it has the query's first term.
        const added = { ...w.added, topics: [...new Set([w.query[0] as string, ...w.added.topics])] };
        const ww = { ...w, added };
        const before = scoreOf(ww, false, added.member);
        const after = scoreOf(ww, true, added.member);
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });
});
