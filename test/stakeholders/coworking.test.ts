import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { gitExtract } from '../../src/io/git/gitExtract.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { interactionTies } from '../../src/stakeholders/interactionTies.js';
import type { TieList } from '../../src/stakeholders/tieList.js';

/**
 * A small git-like community. 90-day windows from 1970-01-01: 2024-12-13 to
 * 2025-03-13 (exclusive) is one window, 2025-03-13 to 2025-06-11 the next.
 */
const community = parseCommunity({
  name: 'code',
  members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }, { id: 'di' }, { id: 'ed' }],
  activities: [
    { id: 'c1', memberId: 'ana', at: '2025-01-05', kind: 'commit', topics: ['parser', 'docs'] },
    { id: 'c2', memberId: 'bo', at: '2025-01-10', kind: 'commit', topics: ['parser'] },
    { id: 'c3', memberId: 'cy', at: '2025-02-01', kind: 'commit', topics: ['parser'] },
    { id: 'c4', memberId: 'bo', at: '2025-02-02', kind: 'document', topics: ['docs'] },
    // Same topic, next window: no tie with ana.
    { id: 'c5', memberId: 'di', at: '2025-04-01', kind: 'commit', topics: ['docs'] },
    // Two reviewers of the same pull request (thread) in the same window.
    { id: 'r1', memberId: 'di', at: '2025-04-02', kind: 'review', thread: 'pr-7' },
    { id: 'r2', memberId: 'ed', at: '2025-04-03', kind: 'review', thread: 'pr-7' },
    // Not work: an issue on the parser makes no co-working.
    { id: 'i1', memberId: 'ed', at: '2025-01-06', kind: 'issue', topics: ['parser'] },
  ],
});
const opts = { halfLife: 0, to: '2025-07-01' } as const;

/** The ties as "a–b": [weight, coworking count]. */
function tieMap(t: TieList): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (let e = 0; e < t.source.length; e++)
    out[`${t.nodes[t.source[e]!]}–${t.nodes[t.target[e]!]}`] = [
      t.weight[e]!,
      t.edgeAttributes!.coworking![e]!,
    ];
  return out;
}

describe('co-working ties', () => {
  it('ties members who worked on the same topic or reviewed the same thread in a window, 1/(k−1) per pair', () => {
    // parser in window 1: ana, bo, cy (k = 3) → ½ per pair; docs in window 1: ana, bo (k = 2) → 1;
    // docs in window 2: di alone; review thread pr-7: di, ed → 1. The review threads are also
    // threads: with threads on, di–ed get a thread tie too (1/(2−1)).
    const t = interactionTies(community, { ...opts, include: { coworking: true, threads: false } });
    expect(tieMap(t)).toEqual({
      'ana–bo': [1.5, 2],
      'ana–cy': [0.5, 1],
      'bo–cy': [0.5, 1],
      'di–ed': [1, 1],
    });
    expect(t.edgeAttributes!.threads!.every((x) => x === 0)).toBe(true);
  });

  it('follows the options: topics, reviews and the window length', () => {
    const noReviews = interactionTies(community, {
      ...opts,
      include: { coworking: true, threads: false },
      coworking: { reviews: false },
    });
    expect(Object.keys(tieMap(noReviews))).toEqual(['ana–bo', 'ana–cy', 'bo–cy']);
    const reviewsOnly = interactionTies(community, {
      ...opts,
      include: { coworking: true, threads: false },
      coworking: { topics: false },
    });
    expect(tieMap(reviewsOnly)).toEqual({ 'di–ed': [1, 1] });
    // One 365-day window (2024-12-18 to 2025-12-18) holds every activity: docs has ana, bo, di (k = 3).
    const year = interactionTies(community, {
      ...opts,
      include: { coworking: true, threads: false },
      coworking: { windowDays: 365 },
    });
    expect(tieMap(year)['ana–di']).toEqual([0.5, 1]);
    expect(tieMap(year)['ana–bo']).toEqual([1, 2]);
    expect(() => interactionTies(community, { coworking: { windowDays: 0 } })).toThrow(
      /options\.coworking\.windowDays/,
    );
    expect(() => interactionTies(community, { coworking: { files: true } as never })).toThrow(
      /options\.coworking/,
    );
  });

  it("'auto' (the default) is on without conversations and off with a reply or a thread", () => {
    const git = parseCommunity({
      ...community,
      activities: community.activities.filter((a) => a.thread === undefined),
    });
    expect(Object.keys(tieMap(interactionTies(git, opts)))).toEqual(['ana–bo', 'ana–cy', 'bo–cy']);
    // The review thread is a conversation: auto leaves co-working out; the thread ties di and ed.
    expect(tieMap(interactionTies(community, opts))).toEqual({ 'di–ed': [1, 0] });
    expect(interactionTies(community, { ...opts, include: { coworking: false } }).source.length).toBe(1);
    expect(interactionTies(git, { ...opts, include: { coworking: false } }).source.length).toBe(0);
  });

  it('co-working decays from the latest activity of the thing in its window, and the graph carries the count', () => {
    const t = interactionTies(community, {
      halfLife: 30,
      to: '2025-03-03',
      include: { coworking: true, threads: false },
    });
    // parser's latest activity in window 1 is 2025-02-01, 30 days before `to`: half of ½.
    expect(tieMap(t)['ana–cy']![0]).toBeCloseTo(0.25, 12);
    const g = interactionGraph(community, { ...opts, include: { coworking: true, threads: false } });
    expect(g.getEdgeAttributes('ana', 'bo')).toMatchObject({ weight: 1.5, coworking: 2, threads: 0 });
  });
});

const dir = join(__dirname, '..', '..', '..', 'shared', 'data', 'sources', 'git');
const present = existsSync(join(dir, 'shell-novice.fuller.log'));

describe('co-working on the real shell-novice history (../shared/data/sources/git)', () => {
  it.skipIf(!present)(
    'turns a graph of isolated committers into a connected one: isolated share from 100% to under a third (needs ../shared)',
    async () => {
      const extract = await gitExtract(createReadStream(join(dir, 'shell-novice.fuller.log')), {
        file: 'shell-novice.fuller.log',
        mailmap: readFileSync(join(dir, 'shell-novice.mailmap'), 'utf8'),
      });
      const { community: real } = assembleCommunity([extract]);
      const isolatedShare = (t: TieList): number => {
        const tied = new Set<number>();
        for (let e = 0; e < t.source.length; e++) tied.add(t.source[e]!).add(t.target[e]!);
        return (t.nodes.length - tied.size) / t.nodes.length;
      };
      const without = interactionTies(real, { include: { coworking: false } });
      const withAuto = interactionTies(real);
      expect(without.source.length).toBe(0);
      expect(isolatedShare(without)).toBe(1);
      expect(isolatedShare(withAuto)).toBeLessThan(1 / 3);
      // Every tie is co-working (git has no conversations), and counted as such.
      expect(withAuto.edgeAttributes!.coworking!.every((x) => x > 0)).toBe(true);
    },
  );
});
