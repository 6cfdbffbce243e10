import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { DEFAULT_GIT_TRAILER_KINDS, gitExtract } from '../../../src/io/git/gitExtract.js';
import { ValidationError } from '../../../src/model/errors.js';

const quirks = readFileSync(join(__dirname, '..', '..', 'fixtures', 'git', 'quirks.log'), 'utf8');
const A = 'a'.repeat(40);

const commit = (
  hash: string,
  message: string[],
  files: string[] = [],
  author = 'Ada Lovelace <ada@example.org>',
) =>
  [
    `commit ${hash}`,
    `Author:     ${author}`,
    'AuthorDate: Mon Mar 4 09:30:00 2024 +0100',
    `Commit:     ${author}`,
    'CommitDate: Mon Mar 4 09:30:00 2024 +0100',
    '',
    ...message.map((l) => `    ${l}`),
    '',
    ...files,
    '',
  ].join('\n');

describe('gitExtract', () => {
  it('credits the author with a commit and trailers by the default map; merges skipped and counted', async () => {
    const x = await gitExtract(quirks, { repository: 'lessons', file: 'quirks.log' });
    expect(
      x.activities.map((a) => [a.id.slice(0, 8) + a.id.slice(44), a.memberId, a.kind, a.provenance?.role]),
    ).toEqual([
      ['git:aaaa', 'git:bob@example.org', 'commit', undefined],
      ['git:aaaa:1', 'git:carol@example.net', 'commit', 'co-author'],
      ['git:aaaa:2', 'git:Dan', 'review', 'reviewed-by'],
      ['git:aaaa:3', 'git:ada@example.org', 'review', 'acked-by'],
      ['git:2222', 'git:ada@example.org', 'commit', undefined],
      ['git:1111', 'git:ada@example.org', 'commit', undefined],
    ]);
    expect(x.read).toEqual({ commits: 4, merges: 1, trailers: 4 });
    expect(x.skipped).toEqual([
      { reason: 'merge commit (merges: true keeps them)', count: 1, examples: ['333333333333'] },
    ]);
    expect(x.warnings).toEqual([]);
    expect(x.files).toEqual(['quirks.log']);
  });

  it('fills channel, author date, topics and provenance (log line of the commit or of the trailer)', async () => {
    const x = await gitExtract(quirks, { repository: 'lessons', file: 'quirks.log' });
    const [first, coauthor] = x.activities;
    expect(first).toEqual({
      id: `git:${A}`,
      memberId: 'git:bob@example.org',
      at: new Date('2024-03-04T08:30:00.000Z'),
      channel: 'lessons',
      kind: 'commit',
      topics: ['doc', 'img'],
      provenance: { source: 'git', sourceId: A, file: 'quirks.log', line: 15 },
    });
    expect(coauthor?.provenance).toEqual({
      source: 'git',
      sourceId: A,
      file: 'quirks.log',
      line: 25,
      role: 'co-author',
    });
    expect(x.activities[5]?.topics).toEqual(['lessons']); // README.md at the root gives no topic
    expect(x.activities[4]?.topics).toEqual([]);
    expect(x.activities.some((a) => 'thread' in a || 'weight' in a || 'text' in a)).toBe(false);
  });

  it('keys identities by lower-cased e-mail (or the name when there is none), keeping what was written', async () => {
    const x = await gitExtract(quirks);
    expect(x.identities).toEqual([
      { id: 'git:bob@example.org', source: 'git', email: 'Bob@Example.ORG', name: 'Bob Stone' },
      { id: 'git:carol@example.net', source: 'git', email: 'carol@example.net', name: 'Carol Diaz' },
      { id: 'git:Dan', source: 'git', name: 'Dan' },
      // "Ada Lovelace" twice, "ada" once: the name used most often
      { id: 'git:ada@example.org', source: 'git', email: 'ada@example.org', name: 'Ada Lovelace' },
    ]);
  });

  it('keeps merges with merges: true', async () => {
    const x = await gitExtract(quirks, { merges: true });
    expect(x.activities[0]).toMatchObject({
      id: `git:${'3'.repeat(40)}`,
      memberId: 'git:ada@example.org',
      topics: ['doc'],
    });
    expect(x.activities).toHaveLength(7);
    expect(x.skipped).toEqual([]);
  });

  it('weighs by lines added + removed (binary files count 0, at least 1) with weight: lines; reviews get no weight', async () => {
    const x = await gitExtract(quirks, { weight: 'lines' });
    expect(x.activities.map((a) => a.weight)).toEqual([7, 7, undefined, undefined, 1, 130]);
  });

  it('filters by author date: since inclusive, until exclusive, counting what it left out', async () => {
    const x = await gitExtract(quirks, { since: '2024-03-03T13:00:00Z', until: '2024-03-04T08:30:00Z' });
    expect(x.activities.map((a) => a.id)).toEqual([`git:${'2'.repeat(40)}`]);
    expect(x.skipped).toEqual([
      {
        reason: 'commit authored outside since/until',
        count: 3,
        examples: ['333333333333', 'aaaaaaaaaaaa', '111111111111'],
      },
    ]);
  });

  it('maps paths to topics by glob rules, first match wins, falling back to the top-level directory or to none', async () => {
    const rules = { 'doc/**': 'documentation', '*.png': 'figures', 'doc/*.md': 'never reached' };
    const x = await gitExtract(quirks, { topics: rules });
    expect(x.activities.map((a) => a.topics)).toEqual([
      ['documentation', 'figures'],
      ['documentation', 'figures'],
      ['documentation', 'figures'],
      ['documentation', 'figures'],
      [],
      ['lessons'],
    ]);
    const none = await gitExtract(quirks, { topics: rules, topicFallback: 'none' });
    expect(none.activities[5]?.topics).toEqual([]);
    const off = await gitExtract(quirks, { topics: 'none' });
    expect(off.activities.every((a) => a.topics.length === 0)).toBe(true);
  });

  it('changes the trailer map: a key to a kind, a default key to nothing; a trailer naming the author is skipped', async () => {
    const x = await gitExtract(quirks, { trailers: { 'Signed-off-by': 'review', 'ACKED-BY': null } });
    expect(x.activities.slice(0, 3).map((a) => [a.memberId, a.kind])).toEqual([
      ['git:bob@example.org', 'commit'],
      ['git:carol@example.net', 'commit'],
      ['git:Dan', 'review'],
    ]);
    expect(x.skipped).toContainEqual({
      reason: "Signed-off-by trailer naming the commit's author",
      count: 1,
      examples: ['aaaaaaaaaaaa line 28'],
    });
    expect(DEFAULT_GIT_TRAILER_KINDS['acked-by']).toBe('review');
  });

  it('skips trailers without a name or e-mail and repeated credits, counting them', async () => {
    const log = commit(
      A,
      ['Fix', '', 'Co-authored-by: Bob <bob@x.org>', 'Co-authored-by: bob <BOB@x.org>', 'Reviewed-by:'],
      ['1\t0\ta/b.txt'],
    );
    const x = await gitExtract(log);
    expect(x.activities.map((a) => a.memberId)).toEqual(['git:ada@example.org', 'git:bob@x.org']);
    expect(x.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['Co-authored-by trailer repeating a person already credited', 1],
      ['Reviewed-by trailer without a name or e-mail', 1],
    ]);
  });

  it('puts the subject or the whole message in text when asked', async () => {
    const log = commit(A, ['Fix the loop', '', 'Because it looped.']);
    expect((await gitExtract(log, { text: 'subject' })).activities[0]?.text).toBe('Fix the loop');
    expect((await gitExtract(log, { text: 'message' })).activities[0]?.text).toBe(
      'Fix the loop\n\nBecause it looped.',
    );
  });

  it('makes valid ids from hostile or very long e-mails', async () => {
    const long = `${'x'.repeat(300)}@example.org`;
    const x = await gitExtract(
      commit(A, ['x'], [], `Someone <${long}>`) + commit('b'.repeat(40), ['y'], [], 'proto <>'),
    );
    const ids = x.identities.map((i) => i.id);
    expect(ids[0]?.length).toBe(256);
    expect(ids[0]?.startsWith('git:xxx')).toBe(true);
    expect(ids[1]).toBe('git:proto');
    expect(() => SourceExtractSchema.parse(x)).not.toThrow();
    const again = await gitExtract(commit(A, ['x'], [], `Someone <${long}>`));
    expect(again.identities[0]?.id).toBe(ids[0]);
  });

  it('carries the mailmap (text or entries) without applying it', async () => {
    const x = await gitExtract(quirks, {
      mailmap: 'Bob Stone <bob@example.org> <carol@example.net>\n',
      mailmapFile: '.mailmap',
    });
    expect(x.mailmap).toEqual([
      {
        properName: 'Bob Stone',
        properEmail: 'bob@example.org',
        commitEmail: 'carol@example.net',
        file: '.mailmap',
        line: 1,
      },
    ]);
    expect(x.identities.map((i) => i.id)).toContain('git:carol@example.net');
    expect(x.files).toEqual(['.mailmap']);
  });

  it('gives an extract that survives JSON and SourceExtractSchema, byte for byte the same on a second run', async () => {
    const a = JSON.stringify(
      await gitExtract(quirks, { repository: 'lessons', merges: true, weight: 'lines' }),
    );
    const b = JSON.stringify(
      await gitExtract(quirks, { repository: 'lessons', merges: true, weight: 'lines' }),
    );
    expect(a).toBe(b);
    const parsed = SourceExtractSchema.parse(JSON.parse(a));
    expect(parsed.activities).toHaveLength(7);
  });

  it('warns (not fails) on an empty log', async () => {
    const x = await gitExtract('');
    expect(x.activities).toEqual([]);
    expect(x.warnings[0]).toContain('no commits read');
  });

  it('calls onProgress with the commits read so far', async () => {
    const seen: number[] = [];
    await gitExtract(quirks, { onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(4);
  });

  it('refuses unknown options, bad kinds and bad dates with a ValidationError naming the option', async () => {
    await expect(gitExtract(quirks, { merge: true } as never)).rejects.toThrow(ValidationError);
    await expect(gitExtract(quirks, { trailers: { 'Reviewed-by': 'approve' } } as never)).rejects.toThrow(
      /options\.trailers/,
    );
    await expect(gitExtract(quirks, { since: 1_700_000_000 })).rejects.toThrow(/multiply by 1000/);
    await expect(gitExtract(quirks, { topics: JSON.parse('{"__proto__": "x"}') as never })).rejects.toThrow(
      ValidationError,
    );
  });

  it('reports parse errors as InputFormatError naming gitExtract (not the parser inside it) and the file', async () => {
    await expect(gitExtract('a1b2c3d Fix\n', { file: 'x.log' })).rejects.toThrow(/gitExtract: x\.log:1: /);
  });
});
