import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataCoverage, missingSignals, notMeasured } from '../../src/model/dataCoverage.js';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { SIGNALS, SignalSchema } from '../../src/model/signals.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const gitLike = parseCommunity({
  name: 'git only',
  members: [
    { id: 'ada', affiliation: 'Acme' },
    { id: 'bob' },
    { id: 'dependabot', kind: 'bot', botReason: 'curated bot list' },
  ],
  activities: [
    { id: 'c1', memberId: 'ada', at: '2024-01-01', kind: 'commit', topics: ['docs'] },
    { id: 'c2', memberId: 'bob', at: '2024-02-01', kind: 'commit' },
    { id: 'c3', memberId: 'bob', at: '2024-03-01', kind: 'review' },
    { id: 'c4', memberId: 'dependabot', at: '2024-03-02', kind: 'commit' },
  ],
});

describe('dataCoverage', () => {
  it('on git-like data finds activity, reviews, topics and affiliations, and no conversations or replies', () => {
    const c = dataCoverage(gitLike);
    expect(c.present).toEqual(['activity', 'reviews', 'affiliations', 'topics']);
    expect(c.signals.activity).toEqual({
      count: 3,
      members: 2,
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-03-01T00:00:00Z'),
    });
    expect(c.signals.replies.count).toBe(0);
    expect(c.signals.replies.from).toBeNull();
    expect(c.affiliatedActivityShare).toBeCloseTo(1 / 3, 12);
    expect(c.botsLeftOut).toEqual({ members: 1, activities: 1 });
  });

  it("counts a later activity in someone else's thread as a reply, but not the starter's own follow-up", () => {
    const c = dataCoverage(
      parseCommunity({
        name: 'x',
        members: [{ id: 'a' }, { id: 'b' }],
        activities: [
          { id: '1', memberId: 'a', at: '2024-01-01', kind: 'issue', thread: 't' },
          { id: '2', memberId: 'a', at: '2024-01-02', kind: 'comment', thread: 't' },
          { id: '3', memberId: 'b', at: '2024-01-03', kind: 'comment', thread: 't' },
          { id: '4', memberId: 'b', at: '2024-01-04', kind: 'post' },
        ],
      }),
    );
    expect(c.signals.conversations.count).toBe(2);
    expect(c.signals.replies).toMatchObject({ count: 1, members: 1 });
  });

  it('finds every signal the sample community has, gatherings and roles included', () => {
    const c = dataCoverage(sampleCommunity({ seed: 1 }));
    for (const s of [
      'activity',
      'conversations',
      'replies',
      'gatherings',
      'attendance',
      'roles',
      'skillAssessments',
      'affiliations',
    ] as const)
      expect(c.present).toContain(s);
  });

  it('refuses something that is not a parsed community, saying to parse it first', () => {
    try {
      dataCoverage({ name: 'x' } as never);
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error, 'invalid-input')).toBe(true);
      expect((error as Error).message).toContain('parse the community first');
    }
  });

  it('never counts more members than the community has, nor more records than it holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            m: fc.integer({ min: 0, max: 4 }),
            day: fc.integer({ min: 1, max: 28 }),
            reply: fc.boolean(),
          }),
          {
            maxLength: 30,
          },
        ),
        (rows) => {
          const community = parseCommunity({
            name: 'p',
            members: [0, 1, 2, 3, 4].map((i) => ({
              id: `m${i}`,
              ...(i === 4 ? { kind: 'bot' as const } : {}),
            })),
            activities: rows.map((r, i) => ({
              id: `a${i}`,
              memberId: `m${r.m}`,
              at: `2024-01-${String(r.day).padStart(2, '0')}`,
              kind: r.reply ? ('reply' as const) : ('post' as const),
              thread: 't',
            })),
          });
          const c = dataCoverage(community);
          const people = rows.filter((r) => r.m !== 4).length;
          expect(c.signals.activity.count).toBe(people);
          expect(c.botsLeftOut.activities).toBe(rows.length - people);
          for (const s of SignalSchema.options) expect(c.signals[s].members).toBeLessThanOrEqual(5);
          expect(c.signals.replies.count + c.signals.conversations.count).toBeLessThanOrEqual(people);
        },
      ),
    );
  });
});

describe('missingSignals and notMeasured', () => {
  it('lists what the data lacks and writes the sentence with what to import', () => {
    const c = dataCoverage(gitLike);
    expect(missingSignals(c, ['activity', 'replies', 'gatherings'])).toEqual(['replies', 'gatherings']);
    expect(notMeasured('Time to first response', ['replies'])).toBe(
      `Not measured: Time to first response needs ${SIGNALS.replies.is} (${SIGNALS.replies.toGet}).`,
    );
  });
});
