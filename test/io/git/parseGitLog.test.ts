import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GitCommit } from '../../../src/io/git/gitCommit.js';
import { parseGitLog } from '../../../src/io/git/parseGitLog.js';
import { InputFormatError, isCommunityKitError } from '../../../src/model/errors.js';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', 'git', name));
const text = (name: string) => fixture(name).toString('utf8');

async function all(input: Parameters<typeof parseGitLog>[0], file?: string): Promise<GitCommit[]> {
  const out: GitCommit[] = [];
  for await (const c of parseGitLog(input, file === undefined ? {} : { file })) out.push(c);
  return out;
}

async function failure(
  input: Parameters<typeof parseGitLog>[0],
  file = 'git.log',
): Promise<InputFormatError> {
  try {
    await all(input, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected parseGitLog to throw');
}

const header = (hash: string, parents = '') =>
  [
    `commit ${hash}${parents === '' ? '' : ` ${parents}`}`,
    'Author:     Ada Lovelace <ada@example.org>',
    'AuthorDate: Thu Apr 7 15:13:13 2005 -0700',
    'Commit:     Ada Lovelace <ada@example.org>',
    'CommitDate: Thu Apr 7 15:13:13 2005 -0700',
  ].join('\n');

describe('parseGitLog', () => {
  it('reads every commit of the quirks fixture in log order, with the line each starts on', async () => {
    const commits = await all(text('quirks.log'));
    expect(commits.map((c) => [c.hash.slice(0, 4), c.line])).toEqual([
      ['3333', 1],
      ['aaaa', 15],
      ['2222', 37],
      ['1111', 43],
    ]);
  });

  it('reads a merge: two parents, refs from --decorate=full, the combined raw line paired with numstat', async () => {
    const [merge] = await all(text('quirks.log'));
    expect(merge?.parents).toEqual(['2'.repeat(40), 'a'.repeat(40)]);
    expect(merge?.refs).toEqual(['HEAD', 'refs/heads/main', 'refs/tags/v1.0', 'refs/remotes/origin/main']);
    expect(merge?.committer).toEqual({ name: 'GitHub', email: 'noreply@github.com' });
    expect(merge?.message).toBe('Merge pull request #7 from bob/docs\n\nDocs for the loop lesson');
    expect(merge?.files).toEqual([{ path: 'doc/loops.md', status: 'MM', added: 3, removed: 1 }]);
  });

  it('reads dates with their offsets, author and committer dates apart', async () => {
    const commits = await all(text('quirks.log'));
    expect(commits[1]?.authorDate.toISOString()).toBe('2024-03-04T08:30:00.000Z');
    expect(commits[1]?.commitDate.toISOString()).toBe('2024-03-04T08:45:00.000Z');
    expect(commits[3]?.authorDate.toISOString()).toBe('2024-02-02T07:59:59.000Z');
  });

  it('reads renames (raw R090 with numstat {old => new}), binary numstat "-" and quoted non-ASCII paths', async () => {
    const [, rename] = await all(text('quirks.log'));
    expect(rename?.files).toEqual([
      { path: 'doc/loops.md', oldPath: 'doc/loop.md', status: 'R090', added: 2, removed: 1 },
      { path: 'img/loop.png', status: 'A', binary: true },
      { path: 'doc/café.md', status: 'A', added: 4, removed: 0 },
    ]);
  });

  it('reads trailers, with and without an e-mail, on their log lines', async () => {
    const [, rename] = await all(text('quirks.log'));
    expect(rename?.trailers).toEqual([
      {
        key: 'Co-authored-by',
        value: 'Carol Diaz <carol@example.net>',
        name: 'Carol Diaz',
        email: 'carol@example.net',
        line: 25,
      },
      { key: 'Reviewed-by', value: 'Dan', name: 'Dan', line: 26 },
      {
        key: 'Acked-by',
        value: 'Ada Lovelace <ada@example.org>',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        line: 27,
      },
      {
        key: 'Signed-off-by',
        value: 'Bob Stone <bob@example.org>',
        name: 'Bob Stone',
        email: 'bob@example.org',
        line: 28,
      },
    ]);
  });

  it('reads an empty message with no files as an empty commit', async () => {
    const [, , empty] = await all(text('quirks.log'));
    expect(empty?.message).toBe('');
    expect(empty?.trailers).toEqual([]);
    expect(empty?.files).toEqual([]);
    expect(empty?.author.email).toBe('ada@example.org');
  });

  it('keeps raw identities as written (case, names)', async () => {
    const commits = await all(text('quirks.log'));
    expect(commits[1]?.author).toEqual({ name: 'Bob Stone', email: 'Bob@Example.ORG' });
    expect(commits[3]?.author).toEqual({ name: 'ada', email: 'ADA@example.org' });
  });

  it('reads a CRLF log exactly as the LF one', async () => {
    const lf = await all(text('quirks.log'));
    const crlf = await all(text('quirks.log').replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(lf);
  });

  it('reads gzip bytes and a stream of small byte chunks as the text', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes = fixture('quirks.log');
    const whole = await all(text('quirks.log'));
    expect(await all(new Uint8Array(gzipSync(bytes)))).toEqual(whole);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) =>
      bytes.subarray(i * 5, i * 5 + 5),
    );
    expect(await all(chunks)).toEqual(whole);
  });

  it('turns name bytes that are not UTF-8 into U+FFFD and reads a Latin-1 quoted path as Latin-1', async () => {
    const [c] = await all(fixture('latin1-name.log'));
    expect(c?.author.name).toBe('Jos\uFFFD Mart\uFFFDnez');
    expect(c?.author.email).toBe('jose@example.org');
    expect(c?.message).toBe('Caf\uFFFD');
    expect(c?.files).toEqual([{ path: 'café.txt', status: 'A', added: 1, removed: 0 }]);
  });

  it('reads a message whose blank lines lost their indent (trailing spaces stripped)', async () => {
    const log = `${header('a'.repeat(40))}\n\n    Title\n\n    Body\n\n    Reviewed-by: Bob <bob@x.org>\n\n1\t1\tREADME\n`;
    const [c] = await all(log);
    expect(c?.message).toBe('Title\n\nBody\n\nReviewed-by: Bob <bob@x.org>');
    expect(c?.trailers.map((t) => t.email)).toEqual(['bob@x.org']);
    expect(c?.files).toEqual([{ path: 'README', added: 1, removed: 1 }]);
  });

  it('accepts --date=iso and --date=iso-strict dates', async () => {
    const iso = header('a'.repeat(40))
      .replace('Thu Apr 7 15:13:13 2005 -0700', '2005-04-07 15:13:13 -0700')
      .replace('CommitDate: Thu Apr 7 15:13:13 2005 -0700', 'CommitDate: 2005-04-07T15:13:13-07:00');
    const [c] = await all(`${iso}\n\n    x\n`);
    expect(c?.authorDate.toISOString()).toBe('2005-04-07T22:13:13.000Z');
    expect(c?.commitDate.toISOString()).toBe('2005-04-07T22:13:13.000Z');
  });

  it('skips a notes section and tolerates leading blank lines', async () => {
    const log = `\n\n${header('b'.repeat(40))}\n\n    x\n\nNotes:\n    reviewed on the list\n\n2\t0\ta.txt\n`;
    const [c] = await all(log);
    expect(c?.message).toBe('x');
    expect(c?.files).toEqual([{ path: 'a.txt', added: 2, removed: 0 }]);
  });

  it('yields nothing for an empty input', async () => {
    expect(await all('')).toEqual([]);
  });

  it('refuses a log truncated inside a commit header, naming the commit line', async () => {
    const error = await failure(text('truncated.log'), 'truncated.log');
    expect(error.message).toContain('parseGitLog: truncated.log:11:');
    expect(error.message).toContain('truncated');
    expect(error.line).toBe(11);
  });

  it('refuses git log --oneline output, giving the command to use', async () => {
    const error = await failure(text('oneline.log'), 'oneline.log');
    expect(error.message).toContain('oneline.log:1: this looks like "git log --oneline" output');
    expect(error.message).toContain(
      'git -c log.mailmap=false log --pretty=fuller --numstat --raw --parents --decorate=full',
    );
  });

  it('refuses a JSON file', async () => {
    const error = await failure('{"commits": []}', 'commits.json');
    expect(error.message).toContain('commits.json:1: this looks like JSON, not a git log');
  });

  it('refuses the default --pretty (a "Date:" line) on that line, asking for --pretty=fuller', async () => {
    const error = await failure(text('medium.log'), 'medium.log');
    expect(error.line).toBe(3);
    expect(error.message).toContain('--pretty=fuller');
  });

  it('refuses short hashes, bad dates and bad identities with file, line and field', async () => {
    expect((await failure('commit abc1234\n')).message).toContain(
      'git.log:1: expected "commit" followed by full hashes',
    );
    const badDate = await failure(
      header('a'.repeat(40)).replace('Thu Apr 7 15:13:13 2005', 'Thu Apx 7 15:13:13 2005'),
    );
    expect(badDate.message).toContain('git.log:3 "AuthorDate": not a date');
    const farDate = await failure(header('a'.repeat(40)).replace('2005 -0700', '10000 -0700'));
    expect(farDate.line).toBe(3);
    const badAuthor = await failure(header('a'.repeat(40)).replace('<ada@example.org>', 'ada@example.org'));
    expect(badAuthor.message).toContain('git.log:2 "Author": expected "Name <email>"');
  });

  it('refuses a commit without its dates when the next commit starts', async () => {
    const log = `commit ${'a'.repeat(40)}\nAuthor: A <a@x.org>\n\n    x\n\n${header('b'.repeat(40))}\n`;
    const error = await failure(log);
    expect(error.line).toBe(1);
    expect(error.message).toContain('has no AuthorDate:, Commit:, CommitDate: lines');
  });

  it('refuses a corrupt or truncated gzip file with an InputFormatError, not a TypeError', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = new Uint8Array(gzipSync(fixture('quirks.log')));
    await expect(all(gz.subarray(0, gz.length - 30), 'git.log.gz')).rejects.toThrow(
      /^parseGitLog: git\.log\.gz: could not read the input/,
    );
    const corrupt = gz.slice();
    corrupt.fill(0x41, 12, 60);
    await expect(all(corrupt, 'git.log.gz')).rejects.toBeInstanceOf(InputFormatError);
  });

  it('reports a stream that fails (a file that cannot be opened) as an InputFormatError with the cause', async () => {
    const failing = (async function* () {
      yield new TextEncoder().encode('');
      throw Object.assign(new Error("ENOENT: no such file or directory, open 'x.log'"), { code: 'ENOENT' });
    })();
    const error = await failure(failing as never, 'x.log');
    expect(error.message).toContain(
      "x.log: could not read the input (ENOENT: no such file or directory, open 'x.log')",
    );
    expect((error.cause as Error).message).toContain('ENOENT');
  });

  it('refuses a line that belongs to no part of a commit', async () => {
    const error = await failure(`${header('a'.repeat(40))}\n\n    x\n\nsomething else\n`);
    expect(error.line).toBe(9);
    expect(isCommunityKitError(error, 'invalid-input')).toBe(true);
  });
});
