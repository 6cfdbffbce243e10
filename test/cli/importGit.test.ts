import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultIo } from '../../src/cli/cliIo.js';
import { type GitProcess, spawnGit } from '../../src/cli/commands/importGit.js';
import { runCli } from '../../src/cli/runCli.js';
import { applyMailmap, mailmapIndex } from '../../src/io/core/mailmap.js';
import { SourceExtractSchema } from '../../src/io/core/sourceExtract.js';
import { fakeIo } from './fakeIo.js';

const quirks = readFileSync(join(__dirname, '..', 'fixtures', 'git', 'quirks.log'), 'utf8');

/** A canned git: the output it prints and how it exits; records the arguments it was given. */
function cannedGit(stdout: string, exit: Awaited<GitProcess['exit']> = { code: 0, stderr: '' }) {
  const calls: string[][] = [];
  const runGit = (args: readonly string[]): GitProcess => {
    calls.push([...args]);
    return {
      stdout: (async function* () {
        yield new TextEncoder().encode(stdout);
      })(),
      exit: Promise.resolve(exit),
      kill: () => undefined,
    };
  };
  return { runGit, calls };
}

async function importGit(args: string[], files: Record<string, string> = {}, git = cannedGit(quirks)) {
  const f = fakeIo(files);
  const code = await runCli(['import', 'git', ...args], { ...f.io, runGit: git.runGit } as typeof f.io);
  return { code, err: f.err(), out: f.out(), written: f.written, calls: git.calls };
}

describe('community-kit import git', () => {
  it('runs git log with the expected arguments (no shell, -C REPO, mailmap off) and writes the extract', async () => {
    const r = await importGit(['lessons', '--out', 'x.json'], {
      'lessons/.mailmap': 'Bob <bob@example.org> <carol@example.net>\n',
    });
    expect(r.code).toBe(0);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]?.slice(0, 4)).toEqual(['-C', 'lessons', '-c', 'log.mailmap=false']);
    expect(r.calls[0]).toContain('--pretty=fuller');
    expect(r.calls[0]).toContain('--decorate=full');
    const extract = SourceExtractSchema.parse(JSON.parse(r.written['x.json'] as string));
    expect(extract.activities).toHaveLength(6);
    expect(extract.activities[0]?.channel).toBe('lessons');
    expect(extract.mailmap).toEqual([
      {
        properName: 'Bob',
        properEmail: 'bob@example.org',
        commitEmail: 'carol@example.net',
        file: 'lessons/.mailmap',
        line: 1,
      },
    ]);
    expect(r.err).toContain(
      'import git: read 4 commits (1 merge, 4 trailers) from lessons; 6 activities by 4 identities',
    );
    expect(r.err).toContain('skipped: 1 merge commit');
  });

  it('passes --since to git as a prefilter and filters by author date; --merges, --weight, --topics, --mailmap', async () => {
    const r = await importGit(
      [
        'repo',
        '--since',
        '2024-03-01',
        '--merges',
        '--weight',
        'lines',
        '--topics',
        't.json',
        '--mailmap',
        'm',
        '--out',
        'x.json',
      ],
      { 't.json': '{"doc/**": "documentation"}', m: 'Ada <ada@example.org> <ADA@example.org>\n' },
    );
    expect(r.code).toBe(0);
    expect(r.calls[0]).toContain('--since=2024-03-01T00:00:00.000Z');
    const extract = SourceExtractSchema.parse(JSON.parse(r.written['x.json'] as string));
    expect(extract.activities.map((a) => a.id.slice(4, 8))).toEqual([
      '3333',
      'aaaa',
      'aaaa',
      'aaaa',
      'aaaa',
      '2222',
    ]);
    expect(extract.activities[0]?.topics).toEqual(['documentation']);
    expect(extract.activities[0]?.weight).toBe(4);
    expect(extract.mailmap[0]?.file).toBe('m');
  });

  it('reads a saved log with --log FILE (no git run), naming the channel after the file', async () => {
    const r = await importGit(['--log', 'lessons.fuller.log', '--out', 'x.json'], {
      'lessons.fuller.log': quirks,
    });
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([]);
    const extract = SourceExtractSchema.parse(JSON.parse(r.written['x.json'] as string));
    expect(extract.activities[0]?.channel).toBe('lessons');
    expect(extract.activities[0]?.provenance?.file).toBe('lessons.fuller.log');
    expect(extract.files).toEqual(['lessons.fuller.log']);
  });

  it('shows the commits read as it goes on a terminal, and clears the line before the summary', async () => {
    const f = fakeIo({ 'a.log': quirks });
    const code = await runCli(['import', 'git', '--log', 'a.log', '--out', 'x.json'], {
      ...f.io,
      stderrIsTty: true,
    });
    expect(code).toBe(0);
    expect(f.err()).toContain('\r\x1b[2Kimport git: 4 commits read…');
    expect(f.err()).toContain('\r\x1b[2Kimport git: read 4 commits');
  });

  it('exits 1 with the parser message when the saved log is not a git log', async () => {
    const r = await importGit(['--log', 'x.log', '--out', 'x.json'], { 'x.log': 'a1b2c3d Fix\n' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('gitExtract: x.log:1: this looks like "git log --oneline" output');
    expect(r.written).toEqual({});
  });

  it('exits 1 in plain words when git is missing, the folder is not a repository, or git fails', async () => {
    const enoent = Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    const missing = await importGit(
      ['r', '--out', 'x.json'],
      {},
      cannedGit('', { code: null, stderr: '', error: enoent }),
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('git was not found on this computer');
    const notRepo = await importGit(
      ['/tmp', '--out', 'x.json'],
      {},
      cannedGit('', {
        code: 128,
        stderr: 'fatal: not a git repository (or any of the parent directories): .git\n',
      }),
    );
    expect(notRepo.code).toBe(1);
    expect(notRepo.err).toContain('import git: /tmp is not a git repository');
    const other = await importGit(
      ['r', '--out', 'x.json'],
      {},
      cannedGit('', { code: 129, stderr: 'usage: git log\n' }),
    );
    expect(other.err).toContain('git log failed in r (exit code 129; git said: usage: git log)');
    expect(other.written).toEqual({});
  });

  it('exits 2 on usage mistakes', async () => {
    for (const args of [
      ['r'],
      ['r', '--out', 'x', '--since', 'last tuesday'],
      ['r', '--out', 'x', '--weight', 'words'],
      ['r', '--log', 'l', '--out', 'x'],
      ['a', 'b', '--out', 'x'],
      ['--log', 'nope.log', '--out', 'x', '--topics', 'missing.json'],
    ]) {
      const r = await importGit(args);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });

  it('exits 1 on a topics file that is not JSON or has a bad rule', async () => {
    const notJson = await importGit(['r', '--out', 'x', '--topics', 't'], { t: '{doc: 1' });
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('import git: t: not JSON');
    const badRule = await importGit(['r', '--out', 'x', '--topics', 't'], { t: '{"doc/**": ""}' });
    expect(badRule.code).toBe(1);
    expect(badRule.err).toContain('options.topics');
  });

  it('spawnGit reports a command that does not exist as ENOENT, with no output', async () => {
    const git = spawnGit(['log'], 'community-kit-no-such-git');
    const chunks: unknown[] = [];
    for await (const c of git.stdout) chunks.push(c);
    const result = await git.exit;
    expect(chunks).toEqual([]);
    expect(result.error?.code).toBe('ENOENT');
  });
});

describe('community-kit import git on a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ck-import-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(dir, 'no-gitconfig'),
    HOME: dir,
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.org',
  };
  const repo = join(dir, 'lessons');
  const git = (
    args: string[],
    author = ['Ada Lovelace', 'ada@example.org'],
    date = '2024-03-01T10:00:00Z',
  ) => {
    const r = spawnSync('git', args, {
      cwd: repo,
      env: {
        ...env,
        GIT_AUTHOR_NAME: author[0],
        GIT_AUTHOR_EMAIL: author[1],
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const commitFile = (path: string, text: string, message: string, author?: string[], date?: string) => {
    writeFileSync(join(repo, path), text);
    git(['add', '.']);
    git(['commit', '-q', '-m', message], author, date);
  };

  it('gives per-person authored commits equal to git shortlog -sne, with and without merges, mailmap applied', async () => {
    spawnSync('mkdir', ['-p', join(repo, 'doc')]);
    git(['init', '-q', '-b', 'main']);
    commitFile('doc/intro.md', 'intro\n', 'Add the intro');
    commitFile(
      'README.md',
      'readme\n',
      'Add a readme',
      ['Bob Stone', 'bob@old.example'],
      '2024-03-02T10:00:00Z',
    );
    git(['checkout', '-q', '-b', 'side']);
    commitFile(
      'doc/loop.md',
      'loop\n',
      'Write the loop lesson\n\nCo-authored-by: Carol Diaz <carol@example.net>\nReviewed-by: Dan',
      ['Bob Stone', 'bob@example.org'],
      '2024-03-03T10:00:00Z',
    );
    git(['checkout', '-q', 'main']);
    commitFile('doc/intro.md', 'intro, longer\n', 'Extend the intro', undefined, '2024-03-04T10:00:00Z');
    git(['merge', '-q', '--no-ff', '--no-edit', 'side'], undefined, '2024-03-05T10:00:00Z');
    commitFile(
      '.mailmap',
      'Bob Stone <bob@example.org> <bob@old.example>\n',
      'Map Bob',
      undefined,
      '2024-03-06T10:00:00Z',
    );

    const shortlog = (extra: string[]) => {
      const counts = new Map<string, number>();
      for (const line of git(['shortlog', '-sne', ...extra, 'HEAD']).split('\n')) {
        const m = /^\s*(\d+)\t.*<([^>]*)>$/.exec(line);
        if (m) counts.set((m[2] as string).toLowerCase(), Number(m[1]));
      }
      return counts;
    };
    for (const merges of [true, false]) {
      const err: string[] = [];
      const out = join(dir, `extract-${merges}.json`);
      const code = await runCli(['import', 'git', repo, '--out', out, ...(merges ? ['--merges'] : [])], {
        ...defaultIo,
        stderr: (t) => err.push(t),
        stderrIsTty: false,
      });
      expect(code, err.join('')).toBe(0);
      const extract = SourceExtractSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(extract.mailmap.map((e) => e.commitEmail)).toEqual(['bob@old.example']);
      const index = mailmapIndex(extract.mailmap);
      const identities = new Map(extract.identities.map((i) => [i.id, i]));
      const ours = new Map<string, number>();
      for (const a of extract.activities) {
        if (a.kind !== 'commit' || a.provenance?.role !== undefined) continue;
        const i = identities.get(a.memberId);
        const email = applyMailmap(index, { name: i?.name ?? '', email: i?.email ?? '' }).email.toLowerCase();
        ours.set(email, (ours.get(email) ?? 0) + 1);
      }
      expect(ours).toEqual(shortlog(merges ? [] : ['--no-merges']));
      expect(ours.get('ada@example.org')).toBe(merges ? 4 : 3);
      expect(ours.get('bob@example.org')).toBe(2);
      const coauthor = extract.activities.filter((a) => a.provenance?.role === 'co-author');
      expect(coauthor.map((a) => [a.memberId, a.kind, a.topics])).toEqual([
        ['git:carol@example.net', 'commit', ['doc']],
      ]);
      const review = extract.activities.filter((a) => a.kind === 'review');
      expect(review.map((a) => a.memberId)).toEqual(['git:Dan']);
      expect(extract.read).toEqual({ commits: 6, merges: 1, trailers: 2 });
    }
  });
});
