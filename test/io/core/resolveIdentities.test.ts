import { describe, expect, it } from 'vitest';
import { parseMailmap } from '../../../src/io/core/mailmap.js';
import { resolveIdentities } from '../../../src/io/core/resolveIdentities.js';
import type { SourceIdentity } from '../../../src/io/core/sourceExtract.js';
import { isCommunityKitError } from '../../../src/model/errors.js';

const git = (email: string, name = 'X'): SourceIdentity => ({
  id: `git:${email}`,
  source: 'git',
  name,
  email,
});
const groups = (r: ReturnType<typeof resolveIdentities>) => r.persons.map((p) => p.identityIds);

describe('resolveIdentities', () => {
  it('merges the same e-mail across sources, ignoring case and spaces, with the address as evidence', () => {
    const r = resolveIdentities([
      git('ada@x.org', 'Ada'),
      { id: 'mbox:1', source: 'mbox', name: 'A. Lovelace', email: ' ADA@X.org ' },
      git('bob@x.org', 'Bob'),
    ]);
    expect(groups(r)).toEqual([['git:ada@x.org', 'mbox:1'], ['git:bob@x.org']]);
    expect(r.merges).toEqual([
      { identities: ['git:ada@x.org', 'mbox:1'], rule: 'same-email', evidence: 'e-mail ada@x.org' },
    ]);
  });

  it('never matches placeholder addresses, and says why', () => {
    const r = resolveIdentities([
      git('root@localhost', 'Ada'),
      { id: 'git:2', source: 'git', name: 'Bob', email: 'root@localhost' },
      { id: 'git:3', source: 'git', name: 'C', email: 'none@none' },
      { id: 'git:4', source: 'git', name: 'D', email: 'none@none' },
      { id: 'git:5', source: 'git', name: 'E', email: 'noreply@github.com' },
      { id: 'git:6', source: 'git', name: 'F', email: 'noreply@github.com' },
      { id: 'git:7', source: 'git', name: 'G', email: '(none)' },
      { id: 'git:8', source: 'git', name: 'H', email: '(none)' },
      { id: 'git:9', source: 'git', name: 'I', email: 'me@laptop.(none)' },
      { id: 'git:10', source: 'git', name: 'J', email: 'me@laptop.(none)' },
    ]);
    expect(r.persons).toHaveLength(10);
    expect(r.merges).toEqual([]);
    expect(r.ignoredEmails.map((x) => [x.email, x.identities.length])).toEqual([
      ['(none)', 2],
      ['me@laptop.(none)', 2],
      ['none@none', 2],
      ['noreply@github.com', 2],
      ['root@localhost', 2],
    ]);
    expect(r.ignoredEmails[0]?.reason).toBe('not an e-mail address (no @)');
  });

  it('never merges on a name alone', () => {
    const r = resolveIdentities([git('a@x.org', 'John Smith'), git('b@y.org', 'John Smith')]);
    expect(r.persons).toHaveLength(2);
  });

  it('merges identities whose mailmap-mapped e-mails are equal, names the mailmap line and gives the mapped name', () => {
    const mailmap = parseMailmap('Ada Lovelace <ada@new.org> <ada@old.org>\n', { file: '.mailmap' });
    const r = resolveIdentities([git('ada@old.org', 'ada'), git('ada@new.org', 'Ada L')], { mailmap });
    expect(groups(r)).toEqual([['git:ada@new.org', 'git:ada@old.org']]);
    expect(r.merges[0]?.rule).toBe('mailmap');
    expect(r.merges[0]?.evidence).toBe('mailmap .mailmap:1 maps ada@old.org to ada@new.org');
    expect(r.persons[0]?.mailmapName).toBe('Ada Lovelace');
  });

  it('keeps a name-specific mailmap line to that name: a shared address is split by it', () => {
    const mailmap = parseMailmap('Ada <ada@x.org> Ada <shared@x.org>\nBob <bob@x.org> Bob <shared@x.org>');
    const r = resolveIdentities(
      [
        { id: 'git:Ada <shared@x.org>', source: 'git', name: 'Ada', email: 'shared@x.org' },
        { id: 'git:Bob <shared@x.org>', source: 'git', name: 'Bob', email: 'shared@x.org' },
        git('ada@x.org', 'Ada'),
      ],
      { mailmap },
    );
    expect(groups(r)).toEqual([['git:Ada <shared@x.org>', 'git:ada@x.org'], ['git:Bob <shared@x.org>']]);
  });

  it('joins a GitHub noreply address to the GitHub account with that login and id, not another id', () => {
    const r = resolveIdentities([
      git('583231+Octocat@users.noreply.github.com', 'The Octocat'),
      { id: 'github:583231', source: 'github', sourceId: '583231', username: 'octocat' },
      git('999+someone@users.noreply.github.com'),
      { id: 'github:1', source: 'github', sourceId: '1', username: 'someone' },
    ]);
    expect(groups(r)).toEqual([
      ['git:583231+Octocat@users.noreply.github.com', 'github:583231'],
      ['git:999+someone@users.noreply.github.com'],
      ['github:1'],
    ]);
    expect(r.merges[0]).toEqual({
      identities: ['git:583231+Octocat@users.noreply.github.com', 'github:583231'],
      rule: 'github-noreply',
      evidence: '583231+octocat@users.noreply.github.com is GitHub user octocat (id 583231)',
    });
  });

  it('matches usernames within one source only, unless the user declares a shared namespace', () => {
    const ids: SourceIdentity[] = [
      { id: 'slack:U1', source: 'slack', username: 'ada' },
      { id: 'slack:U2', source: 'slack', username: 'Ada' },
      { id: 'discourse:7', source: 'discourse', username: 'ada' },
    ];
    expect(groups(resolveIdentities(ids))).toEqual([['discourse:7'], ['slack:U1', 'slack:U2']]);
    const shared = resolveIdentities(ids, { usernameNamespaces: [['slack', 'discourse']] });
    expect(groups(shared)).toEqual([['discourse:7', 'slack:U1', 'slack:U2']]);
    expect(shared.merges.every((m) => m.rule === 'same-username')).toBe(true);
  });

  it('merges an alias group and reports references that match nothing', () => {
    const r = resolveIdentities([git('ada@x.org'), { id: 'github:5', source: 'github', username: 'ada-l' }], {
      aliases: {
        groups: [[{ email: 'ADA@x.org' }, { source: 'github', username: 'ada-l' }, { email: 'gone@x.org' }]],
      },
    });
    expect(groups(r)).toEqual([['git:ada@x.org', 'github:5']]);
    expect(r.merges[0]?.rule).toBe('alias');
    expect(r.unmatchedRefs).toEqual(['aliases.groups[0][2]: e-mail gone@x.org']);
  });

  it('lets keepApart win over every rule, and says which merge it refused', () => {
    const r = resolveIdentities(
      [
        { id: 'git:a', source: 'git', name: 'J Smith', email: 'smith@x.org' },
        { id: 'git:b', source: 'git', name: 'John Smith', email: 'smith@x.org' },
      ],
      {
        aliases: {
          groups: [[{ id: 'git:a' }, { id: 'git:b' }]],
          keepApart: [[{ id: 'git:a' }, { id: 'git:b' }]],
        },
      },
    );
    expect(r.persons).toHaveLength(2);
    expect(r.keptApart.map((k) => k.rule)).toEqual(['alias', 'same-email']);
    expect(r.keptApart[0]?.keptApartBy).toBe('keepApart[0] (id git:a ≠ id git:b)');
  });

  it('keepApart blocks transitive joins too', () => {
    const r = resolveIdentities(
      [
        { id: 'git:a', source: 'git', email: 'a@x.org', username: 'u' },
        { id: 'git:b', source: 'git', email: 'a@x.org' },
        { id: 'git:c', source: 'git', email: 'c@x.org', username: 'u' },
      ],
      { aliases: { keepApart: [[{ id: 'git:b' }, { id: 'git:c' }]] } },
    );
    // a–b by e-mail first (stronger rule), then a–c by username would join b and c: refused.
    expect(groups(r)).toEqual([['git:a', 'git:b'], ['git:c']]);
    expect(r.keptApart).toHaveLength(1);
    expect(r.keptApart[0]?.rule).toBe('same-username');
  });

  it('treats records with the same identity id as one identity', () => {
    const r = resolveIdentities([git('ada@x.org', 'Ada'), git('ada@x.org', 'Ada Lovelace')]);
    expect(groups(r)).toEqual([['git:ada@x.org']]);
    expect(r.merges).toEqual([]);
  });

  it('refuses unknown rule options with a ValidationError naming the option', () => {
    try {
      resolveIdentities([], { mergeOnNames: true } as never);
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error, 'invalid-input')).toBe(true);
      expect((error as Error).message).toContain('resolveIdentities');
    }
  });
});
