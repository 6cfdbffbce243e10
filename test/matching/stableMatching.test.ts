import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MatchingParticipant, stableMatching } from '../../src/matching/stableMatching.js';

/** Vendored published instances (provenance and licences: test/fixtures/README.md). */
const dir = join(__dirname, '..', 'fixtures', 'stable-matching');
const marriage = JSON.parse(readFileSync(join(dir, 'stable_marriage_instances.json'), 'utf8'));
const hospital = JSON.parse(readFileSync(join(dir, 'hospital_resident_instances.json'), 'utf8'));
/**
 * Rosetta Code's 10×10 instance is GFDL 1.2, so it is not vendored: it is read
 * from ../shared/data beside the repository when that folder exists.
 */
const sharedMarriage = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'stable_matching',
  'stable_marriage_instances.json',
);
const rosetta = existsSync(sharedMarriage)
  ? (JSON.parse(readFileSync(sharedMarriage, 'utf8')).rosetta_code_10x10 as {
      proposers: Record<string, string[]>;
      receivers: Record<string, string[]>;
      published_expected: { proposer_optimal: Record<string, string> };
    })
  : undefined;

const side = (
  prefs: Record<string, string[]>,
  capacities: Record<string, number> = {},
): MatchingParticipant[] =>
  Object.entries(prefs).map(([id, preferences]) => ({ id, preferences, capacity: capacities[id] ?? 1 }));

/** Pairs (p, r) that both prefer each other to what they have: none in a stable matching. */
function blockingPairs(
  P: MatchingParticipant[],
  R: MatchingParticipant[],
  receiverOf: Record<string, string | null>,
): string[] {
  const flat = (x: MatchingParticipant): string[] =>
    x.preferences.flatMap((p) => (Array.isArray(p) ? [...p].sort() : [p]));
  const out: string[] = [];
  const held = new Map<string, string[]>();
  for (const [p, r] of Object.entries(receiverOf)) if (r) held.set(r, [...(held.get(r) ?? []), p]);
  for (const p of P) {
    const pl = flat(p);
    const mine = receiverOf[p.id];
    const limit = mine === null || mine === undefined ? pl.length : pl.indexOf(mine);
    for (const r of pl.slice(0, limit)) {
      const rec = R.find((x) => x.id === r)!;
      const rl = flat(rec);
      if (!rl.includes(p.id)) continue;
      const current = held.get(r) ?? [];
      if (current.length < (rec.capacity ?? 1) || current.some((q) => rl.indexOf(q) > rl.indexOf(p.id)))
        out.push(`${p.id}-${r}`);
    }
  }
  return out;
}

describe('stableMatching', () => {
  for (const [name, inst] of Object.entries(marriage) as [
    string,
    {
      proposers: Record<string, string[]>;
      receivers: Record<string, string[]>;
      published_expected?: { proposer_optimal: Record<string, string> };
      expected_by_construction?: { proposer_optimal: Record<string, string> };
    },
  ][]) {
    it(`gives the published proposer-optimal matching on ${name}`, () => {
      const expected = (inst.published_expected ?? inst.expected_by_construction)!.proposer_optimal;
      expect(stableMatching(side(inst.proposers), side(inst.receivers)).receiverOf).toEqual(expected);
    });
  }

  it.skipIf(rosetta === undefined)(
    'gives the published proposer-optimal matching on rosetta_code_10x10 (needs ../shared/data beside the repository)',
    () => {
      const inst = rosetta!;
      expect(stableMatching(side(inst.proposers), side(inst.receivers)).receiverOf).toEqual(
        inst.published_expected.proposer_optimal,
      );
    },
  );

  for (const [name, inst] of Object.entries(hospital) as [
    string,
    {
      residents: Record<string, string[]>;
      hospitals: Record<string, string[]>;
      capacities: Record<string, number>;
      published_expected: { resident_optimal: Record<string, string[]> };
    },
  ][]) {
    it(`gives the published resident-optimal matching with capacities on ${name}`, () => {
      const r = stableMatching(side(inst.residents), side(inst.hospitals, inst.capacities));
      const got = Object.fromEntries(Object.entries(r.proposersOf).map(([h, ps]) => [h, [...ps].sort()]));
      const want = Object.fromEntries(
        Object.entries(inst.published_expected.resident_optimal).map(([h, ps]) => [h, [...ps].sort()]),
      );
      expect(got).toEqual(want);
    });
  }

  it('explains why a proposer is unmatched', () => {
    const r = stableMatching(
      [
        { id: 'a', preferences: ['X'] },
        { id: 'b', preferences: ['X'] },
        { id: 'c', preferences: ['Y'] },
        { id: 'd', preferences: [] },
      ],
      [
        { id: 'X', preferences: ['a', 'b'] },
        { id: 'Y', preferences: [] },
      ],
    );
    expect(r.unmatched).toEqual([
      { proposer: 'b', reason: 'every acceptable receiver (X) is full with partners it prefers' },
      { proposer: 'c', reason: 'none of the receivers they listed lists them back' },
      { proposer: 'd', reason: 'listed no one' },
    ]);
  });

  it('breaks ties by id and rejects unknown and duplicate ids', () => {
    const r = stableMatching(
      [{ id: 'a', preferences: [['Y', 'X']] }],
      [
        { id: 'X', preferences: ['a'] },
        { id: 'Y', preferences: ['a'] },
      ],
    );
    expect(r.receiverOf).toEqual({ a: 'X' });
    expect(() => stableMatching([{ id: 'a', preferences: ['Z'] }], [])).toThrow(
      /proposers\[0\]\.preferences: "Z" is not on the other side/,
    );
    expect(() =>
      stableMatching(
        [
          { id: 'a', preferences: [] },
          { id: 'a', preferences: [] },
        ],
        [],
      ),
    ).toThrow(/proposers\[1\]\.id: duplicate id "a"/);
  });

  it('an empty problem has no pairs', () => {
    expect(stableMatching([], [])).toEqual({ pairs: [], receiverOf: {}, proposersOf: {}, unmatched: [] });
  });

  it('never leaves a blocking pair, on random incomplete preferences with capacities', () => {
    const instance = fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 }))
      .chain(([np, nr]) => {
        const ps = Array.from({ length: np }, (_, i) => `p${i}`);
        const rs = Array.from({ length: nr }, (_, i) => `r${i}`);
        return fc
          .tuple(
            fc.tuple(...ps.map(() => fc.shuffledSubarray(rs))),
            fc.tuple(...rs.map(() => fc.tuple(fc.shuffledSubarray(ps), fc.integer({ min: 0, max: 3 })))),
          )
          .map(([pp, rr]) => ({
            P: ps.map((id, i) => ({ id, preferences: pp[i] as string[] })),
            R: rs.map((id, i) => ({
              id,
              preferences: (rr[i] as [string[], number])[0],
              capacity: (rr[i] as [string[], number])[1],
            })),
          }));
      });
    fc.assert(
      fc.property(instance, ({ P, R }) => {
        const r = stableMatching(P, R);
        expect(blockingPairs(P, R, r.receiverOf)).toEqual([]);
        for (const x of R) expect(r.proposersOf[x.id]!.length).toBeLessThanOrEqual(x.capacity);
      }),
      { numRuns: 300 },
    );
  });
});
