import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { fakeIo } from '../fakeIo.js';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'github');
const read = (name: string) => readFileSync(join(fixtures, name));

describe('community-kit import github', () => {
  it('writes the extract to --out and a one-paragraph summary to stderr', async () => {
    const f = fakeIo({ 'issues.json': read('issues.json'), 'comments.json': read('issue-comments.json') });
    const code = await runCli(['import', 'github', 'issues.json', 'comments.json', '--out', 'x.json'], f.io);
    expect(code).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['x.json'] as string));
    expect(extract.files).toEqual(['issues.json', 'comments.json']);
    // 3 issues and pull requests read (#4 by a deleted account skipped) and 6 comments.
    expect(extract.activities).toHaveLength(9);
    expect(f.err()).toMatch(
      /^Read 2 files \(6 issueComments, 3 issues, 1 pullRequests\): 9 activities by 5 GitHub accounts \(2 flagged as bots by GitHub\)\. Skipped 1: 1 issue by a deleted account/,
    );
    expect(f.err()).toContain('Wrote x.json.');
  });

  it('passes --question-label and --draft-start on', async () => {
    const f = fakeIo({ 'issues.json': read('issues.json') });
    const args = ['import', 'github', 'issues.json', '--out', 'x.json', '--question-label', 'dependencies'];
    expect(await runCli(args, f.io)).toBe(0);
    const extract = JSON.parse(f.written['x.json'] as string) as { activities: { kind: string }[] };
    expect(extract.activities.map((a) => a.kind)).toEqual(['issue', 'post', 'pull-request']);
  });

  it('exits 1 with the file and record for bad input', async () => {
    const f = fakeIo({
      'bad.json':
        '[{"number": 1, "title": "x", "user": {"login": 5, "id": 1}, "url": "https://api.github.com/repos/o/r/issues/1", "created_at": "2024-01-01T00:00:00Z"}]',
    });
    expect(await runCli(['import', 'github', 'bad.json', '--out', 'x.json'], f.io)).toBe(1);
    expect(f.err()).toBe('githubExtract: bad.json:1 [0].user.login: expected a string, found number\n');
    expect(f.written['x.json']).toBeUndefined();
  });

  it('exits 2 without --out, without files, or with a bad --draft-start', async () => {
    const f = fakeIo({ 'i.json': '[]' });
    expect(await runCli(['import', 'github', 'i.json'], f.io)).toBe(2);
    expect(await runCli(['import', 'github', '--out', 'x.json'], f.io)).toBe(2);
    expect(
      await runCli(['import', 'github', 'i.json', '--out', 'x.json', '--draft-start', 'soon'], f.io),
    ).toBe(2);
    expect(f.err()).toContain('--draft-start must be ready-for-review or created, not "soon"');
  });
});

describe('community-kit import gharchive', () => {
  it('streams a gzipped hour file into an extract, keeping only --repo', async () => {
    const f = fakeIo({ 'h.json.gz': gzipSync(read('gharchive-2025-11-01-10.json')) });
    const code = await runCli(
      ['import', 'gharchive', 'h.json.gz', '--out', 'x.json', '--repo', 'octo-org/widgets', '--no-pushes'],
      f.io,
    );
    expect(code).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['x.json'] as string));
    // 11 activities in the file, less the other repository's comment and the two pushes.
    expect(extract.activities).toHaveLength(8);
    expect(f.err()).toMatch(
      /^Read 1 file \(.*17 events.*\): 8 activities by 4 GitHub accounts \(1 flagged as bots by GitHub\)\./,
    );
  });

  it('shows progress on a terminal only', async () => {
    const f = fakeIo({ 'h.json': read('gharchive-2025-11-01-10.json') });
    const io = { ...f.io, stderrIsTty: true };
    expect(await runCli(['import', 'gharchive', 'h.json', '--out', 'x.json'], io)).toBe(0);
    expect(f.err().startsWith('\r\x1b[2KReading h.json (1/1): 0 MB')).toBe(true);
  });

  it('exits 1 on a file that is not GH Archive', async () => {
    const f = fakeIo({ 'notes.txt': 'hello\n' });
    expect(await runCli(['import', 'gharchive', 'notes.txt', '--out', 'x.json'], f.io)).toBe(1);
    expect(f.err()).toBe(
      'ghArchiveExtract: notes.txt:1: not GH Archive JSON lines: the first line is not JSON\n',
    );
  });
});
