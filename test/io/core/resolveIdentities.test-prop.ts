import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMailmap } from '../../../src/io/core/mailmap.js';
import { resolveIdentities } from '../../../src/io/core/resolveIdentities.js';
import type { SourceIdentity } from '../../../src/io/core/sourceExtract.js';

// A small alphabet so that e-mails, usernames and logins collide often.
const email = fc.constantFrom(
  'ada@x.org',
  'ADA@x.org',
  'bob@x.org',
  'root@localhost',
  'none@none',
  '7+ada@users.noreply.github.com',
  'ada@users.noreply.github.com',
  'carol@y.org',
  'old@x.org',
);
const identity = fc
  .record(
    {
      id: fc.constantFrom(
        'git:1',
        'git:2',
        'git:3',
        'git:4',
        'mbox:1',
        'mbox:2',
        'github:7',
        'github:8',
        'slack:U1',
        'slack:U2',
      ),
      name: fc.constantFrom('Ada', 'Bob', 'ada', 'Carol'),
      email,
      username: fc.constantFrom('ada', 'bob', 'Ada'),
    },
    { requiredKeys: ['id'] },
  )
  .map(
    (r): SourceIdentity => ({
      ...r,
      source: r.id.split(':')[0] as string,
      ...(r.id.startsWith('github') ? { sourceId: r.id.slice(7) } : {}),
    }),
  );

const rules = {
  mailmap: parseMailmap('Ada Lovelace <ada@x.org> <old@x.org>\n<bob@x.org> <carol@y.org>'),
  aliases: { keepApart: [[{ id: 'git:1' }, { id: 'slack:U2' }]] as [{ id: string }, { id: string }][] },
};

describe('resolveIdentities properties', () => {
  it('gives the same result whatever the order of the identities', () => {
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 25 }), fc.infiniteStream(fc.nat()), (list, rnd) => {
        const shuffled = list
          .map((x) => ({ x, k: rnd.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((p) => p.x);
        expect(JSON.stringify(resolveIdentities(shuffled, rules))).toBe(
          JSON.stringify(resolveIdentities(list, rules)),
        );
      }),
    );
  });

  it('is idempotent: resolving the identities of its persons again gives the same persons', () => {
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 25 }), (list) => {
        const once = resolveIdentities(list, rules);
        const byId = new Map<string, SourceIdentity[]>();
        for (const x of list) byId.set(x.id, [...(byId.get(x.id) ?? []), x]);
        const again = resolveIdentities(
          once.persons.flatMap((p) => p.identityIds.flatMap((id) => byId.get(id) ?? [])),
          rules,
        );
        expect(again.persons).toEqual(once.persons);
      }),
    );
  });

  it('never puts two keepApart identities in one person, and every person is connected by listed merges', () => {
    fc.assert(
      fc.property(fc.array(identity, { maxLength: 25 }), (list) => {
        const r = resolveIdentities(list, rules);
        for (const p of r.persons)
          expect(p.identityIds.includes('git:1') && p.identityIds.includes('slack:U2')).toBe(false);
        const distinct = new Set(list.map((x) => x.id)).size;
        expect(r.merges.length).toBe(distinct - r.persons.length);
      }),
    );
  });
});
