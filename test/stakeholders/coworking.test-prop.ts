import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { interactionTies } from '../../src/stakeholders/interactionTies.js';

const MEMBERS = ['ana', 'bo', 'cy', 'di', 'ed', 'fu'];
const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);

const activity = fc.record({
  member: fc.constantFrom(...MEMBERS, 'stranger'),
  day: fc.integer({ min: 0, max: 400 }),
  kind: fc.constantFrom('commit' as const, 'review' as const, 'document' as const, 'issue' as const),
  topics: fc.uniqueArray(fc.constantFrom('parser', 'docs', 'ci', 'lesson/01'), { maxLength: 3 }),
  thread: fc.option(fc.constantFrom('pr-1', 'pr-2', 'pr-3'), { nil: undefined }),
});

describe('co-working ties do not depend on the order of the activities', () => {
  it('any permutation of the activities gives the same ties, weights and counts, byte for byte', () => {
    fc.assert(
      fc.property(
        fc.array(activity, { maxLength: 40 }),
        fc.integer(),
        fc.constantFrom(1, 30, 90),
        (acts, seed, windowDays) => {
          const make = (list: typeof acts) =>
            parseCommunity({
              name: 'p',
              members: MEMBERS.map((id) => ({ id })),
              activities: list
                .filter((a) => a.member !== 'stranger')
                .map((a, k) => ({
                  id: `a${k}`,
                  memberId: a.member,
                  at: new Date(start + a.day * DAY),
                  kind: a.kind,
                  topics: a.topics,
                  ...(a.thread === undefined ? {} : { thread: a.thread }),
                })),
            });
          // A deterministic shuffle (Fisher–Yates with a small LCG from the seed).
          const shuffled = [...acts];
          let x = seed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
            const j = x % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          // Threads off: their groups are summed in order of first activity (order-dependent rounding).
          const options = {
            halfLife: 60,
            to: '2025-03-01',
            include: { coworking: true, threads: false },
            coworking: { windowDays },
          } as const;
          const a = interactionTies(make(acts), options);
          const b = interactionTies(make(shuffled), options);
          expect(b.nodes).toEqual(a.nodes);
          expect(b.source).toEqual(a.source);
          expect(b.target).toEqual(a.target);
          expect(b.weight).toEqual(a.weight);
          expect(b.edgeAttributes).toEqual(a.edgeAttributes);
        },
      ),
    );
  });
});
