import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { gitExtract } from '../../src/io/git/gitExtract.js';
import { expertiseIndex } from '../../src/matching/expertiseIndex.js';
import { FindExpertsOptionsSchema, findExperts } from '../../src/matching/findExperts.js';
import { findSpeakers } from '../../src/matching/findSpeakers.js';
import { routeQuestion } from '../../src/matching/routeQuestion.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const DAY = 86_400_000;

/**
 * A maintainer with six commits on the parser (each also touching docs, tests
 * and ci: long records) and a newcomer with one commit on the parser alone.
 * No profiles, so BM25's mean profile length is 0 and its normalisation is
 * 1 − b = 0.25 for everyone.
 */
const community = parseCommunity({
  name: 'evidence',
  members: [{ id: 'maint' }, { id: 'once' }, { id: 'other' }],
  activities: [
    ...[1, 2, 3, 4, 5, 6].map((d) => ({
      id: `m${d}`,
      memberId: 'maint',
      at: `2025-0${d}-01`,
      kind: 'commit' as const,
      topics: ['parser', 'docs', 'tests', 'ci'],
    })),
    { id: 'o1', memberId: 'once', at: '2025-06-15', kind: 'commit', topics: ['parser'] },
    { id: 'x1', memberId: 'other', at: '2025-06-15', kind: 'commit', topics: ['docs'] },
  ],
});
const asOf = '2025-07-01';

describe('findExperts weighs the matching work a member did', () => {
  it('ranks the maintainer with six matching commits above the one-commit contributor, with hand-computed scores', () => {
    const index = expertiseIndex(community, { asOf });
    const r = findExperts(index, 'parser', { work: { halfLife: 0 } });
    expect(r.map((e) => e.memberId)).toEqual(['maint', 'once']);
    // Text: tf·2.2/(tf + 1.2·0.25): maint 6·2.2/6.3, once 2.2/1.3 (same idf) → once has 0.8077 of the best.
    const onceText = 2.2 / 1.3 / ((6 * 2.2) / 6.3);
    // Work: 6 and 1 full matches, as shares of max(6, reference 5) = 6.
    expect(r[0]!.score).toBeCloseTo(1, 12);
    expect(r[1]!.score).toBeCloseTo(0.4 * onceText + 0.6 * (1 / 6), 12);
    expect(r.map((e) => e.workScore)).toEqual([6, 1]);
    expect(r[0]!.reasons).toMatchObject({ matchingActivities: 6, lastMatchingActivity: '2025-06-01' });
    expect(r[0]!.reasons.why).toBe(
      '6 matching activities, the last on 2025-06-01; text match 100% of the best',
    );
    expect(r[1]!.reasons.why).toBe('1 matching activity, the last on 2025-06-15; text match 81% of the best');
    // Text alone (work.weight 0) keeps the maintainer first too: activity no longer counts in BM25's length.
    expect(findExperts(index, 'parser', { work: { weight: 0 } }).map((e) => e.memberId)).toEqual([
      'maint',
      'once',
    ]);
  });

  it('an activity counts by the share of the query it matches, and halves every half-life', () => {
    const index = expertiseIndex(community, { asOf });
    // "parser docs": idf(parser) = idf(docs) (each in 2 of 3 members), so a parser-only commit counts ½.
    const both = findExperts(index, 'parser docs', { work: { halfLife: 0 } });
    expect(Object.fromEntries(both.map((e) => [e.memberId, e.workScore]))).toEqual({
      maint: 6,
      once: 0.5,
      other: 0.5,
    });
    // Default half-life 1825 days: maint's commits are 30–181 days old, once's 16.
    const decayed = findExperts(index, 'parser');
    const weight = (days: number) => 2 ** (-days / 1825);
    const maintWork = [181, 150, 122, 91, 61, 30].reduce((s, d) => s + weight(d), 0);
    expect(decayed[0]!.workScore).toBeCloseTo(maintWork, 12);
    expect(decayed[1]!.workScore).toBeCloseTo(weight(16), 12);
  });

  it('two equally active members: the more recent work ranks first; with no decay the id decides', () => {
    const c = parseCommunity({
      name: 'recency',
      members: [{ id: 'early' }, { id: 'late' }],
      activities: [
        { id: 'e1', memberId: 'early', at: '2020-01-01', kind: 'commit', topics: ['parser'] },
        { id: 'l1', memberId: 'late', at: '2025-01-01', kind: 'commit', topics: ['parser'] },
      ],
    });
    const index = expertiseIndex(c, { asOf: '2025-06-01' });
    expect(findExperts(index, 'parser').map((e) => e.memberId)).toEqual(['late', 'early']);
    expect(findExperts(index, 'parser', { work: { halfLife: 0 } }).map((e) => e.memberId)).toEqual([
      'early',
      'late',
    ]);
  });

  it('a profile-only community ranks by text alone (no work anywhere: the score is 0.4 × the text share)', () => {
    const c = parseCommunity({
      name: 'profiles',
      members: [
        { id: 'a', expertise: ['parser'] },
        { id: 'b', interests: ['parser'] },
      ],
    });
    const r = findExperts(expertiseIndex(c), 'parser');
    expect(r.map((e) => [e.memberId, e.reasons.matchingActivities])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(r[0]!.score).toBeCloseTo(0.4, 12);
    expect(r[0]!.reasons.why).toBe('no matching activities; text match 100% of the best');
  });

  it('routeQuestion and findSpeakers pass the work options on', () => {
    const c = parseCommunity({
      name: 'route',
      members: [
        { id: 'said', expertise: ['parser'], willing: { speak: true } },
        { id: 'did', willing: { speak: true } },
      ],
      activities: [{ id: 'd1', memberId: 'did', at: '2025-06-01', kind: 'commit', topics: ['parser'] }],
    });
    // Expertise weighs 20: said's text 20·2.2/(20 + 1.2·1.75) = 1.99 beats did's one commit, 2.2/1.3 = 1.69.
    const index = expertiseIndex(c, { asOf, fields: { expertise: 20 } });
    // By default did's commit counts (0.4 × 0.85 + 0.6 × 1/5 = 0.46 against 0.4); by text alone said wins.
    expect(routeQuestion(index, 'parser').map((e) => e.memberId)).toEqual(['did', 'said']);
    expect(routeQuestion(index, 'parser', { work: { weight: 0 } }).map((e) => e.memberId)).toEqual([
      'said',
      'did',
    ]);
    expect(findSpeakers(index, 'parser', { top: 1 })[0]!.memberId).toBe('did');
    expect(findSpeakers(index, 'parser', { top: 1, work: { weight: 0 } })[0]!.memberId).toBe('said');
  });

  it('the work options are strict, with documented defaults', () => {
    expect(FindExpertsOptionsSchema.parse({}).work).toEqual({ weight: 0.6, halfLife: 1825, reference: 5 });
    const index = expertiseIndex(community, { asOf });
    expect(() => findExperts(index, 'parser', { work: { weigth: 0.5 } as never })).toThrow(/work/);
    expect(() => findExperts(index, 'parser', { work: { weight: 2 } })).toThrow(/work\.weight/);
  });
});

const dir = join(__dirname, '..', '..', '..', 'shared', 'data', 'sources', 'git');
const present = existsSync(join(dir, 'shell-novice.fuller.log'));

describe('expertise on the real shell-novice history (../shared/data/sources/git)', () => {
  it.skipIf(!present)(
    'for a query naming a directory of the lesson, the members with the most activity there are the top results (needs ../shared)',
    async () => {
      const extract = await gitExtract(createReadStream(join(dir, 'shell-novice.fuller.log')), {
        file: 'shell-novice.fuller.log',
        mailmap: readFileSync(join(dir, 'shell-novice.mailmap'), 'utf8'),
      });
      const { community: real } = assembleCommunity([extract]);
      const index = expertiseIndex(real);
      // Independently: each member's activities with a topic that has the word (`01-filesystem` has
      // `filesystem`), counted, and decayed by the default half-life.
      const hasWord = (topic: string, word: string) =>
        topic
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .includes(word);
      const asOfMs = Math.max(...real.activities.map((a) => a.at.getTime())) + 1;
      for (const area of ['episodes', 'filesystem']) {
        const count = new Map<string, number>();
        const decayed = new Map<string, number>();
        for (const a of real.activities) {
          if (!a.topics.some((t) => hasWord(t, area))) continue;
          count.set(a.memberId, (count.get(a.memberId) ?? 0) + 1);
          const w = 2 ** (-(asOfMs - a.at.getTime()) / (1825 * DAY));
          decayed.set(a.memberId, (decayed.get(a.memberId) ?? 0) + w);
        }
        const byCount = [...count.values()].sort((x, y) => y - x);
        // Counting every activity fully: the top five have the five highest counts, in order.
        const plain = findExperts(index, area, { top: 5, work: { halfLife: 0 } });
        expect(plain.map((e) => count.get(e.memberId))).toEqual(byCount.slice(0, 5));
        expect(plain.map((e) => e.reasons.matchingActivities)).toEqual(byCount.slice(0, 5));
        // With the default recency: the top three are the three with the most decayed work.
        const top3 = [...decayed]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .slice(0, 3)
          .map(([id]) => id);
        expect(
          findExperts(index, area, { top: 3 })
            .map((e) => e.memberId)
            .sort(),
        ).toEqual(top3.sort());
      }
    },
  );
});
