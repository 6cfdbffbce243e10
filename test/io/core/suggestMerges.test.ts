import { describe, expect, it } from 'vitest';
import { resolveIdentities } from '../../../src/io/core/resolveIdentities.js';
import type { SourceIdentity } from '../../../src/io/core/sourceExtract.js';
import { suggestMerges } from '../../../src/io/core/suggestMerges.js';

const ids: SourceIdentity[] = [
  { id: 'git:1', source: 'git', name: 'José García', email: 'jgarcia@uni.es' },
  { id: 'git:2', source: 'git', name: 'Jose Garcia', email: 'jose@home.example' },
  { id: 'git:3', source: 'git', name: 'J. Garcia', email: 'jg@corp.example' },
  { id: 'git:4', source: 'git', name: 'Maria Lopez', email: 'mlopez@uni.es' },
  { id: 'git:5', source: 'git', name: 'Maria Lopes', email: 'maria@x.example' },
];

describe('suggestMerges', () => {
  it('never pairs an identity with itself when its name and its e-mail local part give the same block (found by its doc example)', () => {
    const s = suggestMerges([
      { id: 'git:ada@x.org', source: 'git', name: 'Ada Lovelace', email: 'ada@x.org' },
      { id: 'mbox:a.lovelace@y.org', source: 'mbox', name: 'Ada  Lovelace', email: 'ada.lovelace@y.org' },
    ]);
    expect(s.map((x) => x.identities)).toEqual([['git:ada@x.org', 'mbox:a.lovelace@y.org']]);
    expect(s[0]?.score).toBe(0.92);
  });
  it('scores pairs by normalised names, initials and e-mail local parts, best first', () => {
    const s = suggestMerges(ids);
    expect(s.map((x) => [...x.identities, x.score])).toEqual([
      ['git:1', 'git:2', 0.92],
      // initial + family name (0.55) and "jgarcia" formed from "j garcia" (0.6): 1 − 0.45 × 0.4
      ['git:1', 'git:3', 0.82],
      ['git:2', 'git:3', 0.55],
      ['git:4', 'git:5', 0.5],
    ]);
    expect(s[0]?.reasons).toEqual([
      'same name "jose garcia"',
      'e-mail local part "jgarcia" is formed from the name "jose garcia"',
    ]);
    expect(s[0]?.alias).toEqual([{ id: 'git:1' }, { id: 'git:2' }]);
  });

  it('confirmed suggestions fed back as aliases merge, and are then no longer suggested', () => {
    const first = suggestMerges(ids)[0];
    const r = resolveIdentities(ids, { aliases: { groups: [first?.alias ?? []] } });
    expect(r.merges.map((m) => m.rule)).toEqual(['alias']);
    const again = suggestMerges(ids, { persons: r.persons.map((p) => p.identityIds) });
    expect(again.some((x) => x.identities[0] === 'git:1' && x.identities[1] === 'git:2')).toBe(false);
  });

  it('respects keepApart, minScore and limit, and never suggests on one-word names', () => {
    expect(
      suggestMerges(ids, { keepApart: [['git:2', 'git:1']] }).some(
        (x) => x.identities.join() === 'git:1,git:2',
      ),
    ).toBe(false);
    expect(suggestMerges(ids, { minScore: 0.9 })).toHaveLength(1);
    expect(suggestMerges(ids, { limit: 2 })).toHaveLength(2);
    expect(
      suggestMerges([
        { id: 'a', source: 'x', name: 'Alex' },
        { id: 'b', source: 'y', name: 'Alex' },
      ]),
    ).toEqual([]);
  });

  it('never pairs an identity with itself, even when a name word and a local-part word put it in one block twice', () => {
    const s = suggestMerges([
      { id: 'git:ada@x.org', source: 'git', name: 'Ada Lovelace', email: 'ada@x.org' },
      { id: 'mbox:1', source: 'mbox', name: 'Ada  Lovelace', email: 'ada.lovelace@y.org' },
    ]);
    expect(s.map((x) => x.identities)).toEqual([['git:ada@x.org', 'mbox:1']]);
    expect(s[0]?.score).toBe(0.92);
  });

  it('refuses unknown options', () => {
    expect(() => suggestMerges([], { threshold: 1 } as never)).toThrow(/suggestMerges/);
  });
});
