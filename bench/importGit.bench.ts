/**
 * `community-kit import git` end to end against `git log` alone (same
 * arguments, same generated repository), and parseGitLog's throughput and
 * memory on a generated 1,000,000-commit log.
 *
 * The repository is generated with `git fast-import` in a temp folder:
 * GIT_BENCH_COMMITS commits (default 20,000; the issue suggests 200,000 —
 * set the variable to run that size), 3,000 authors of whom one in ten also
 * commits under a second e-mail (mailmap-worthy duplicates), Co-authored-by
 * and Reviewed-by trailers, a merge every 100 commits, three files changed
 * per commit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defaultIo } from '../src/cli/cliIo.js';
import { runCli } from '../src/cli/runCli.js';
import { gitLogArgs } from '../src/io/git/gitLogArgs.js';
import { parseGitLog } from '../src/io/git/parseGitLog.js';
import type { Bench } from './harness.js';

const AUTHORS = 3000;
const DIRS = ['doc', 'src', 'lessons', 'img', 'test', 'data', 'scripts', 'site'];

const person = (k: number, alt: boolean): string =>
  alt ? `Person ${k} <person${k}@alt.example>` : `Person ${k} <person${k}@example.org>`;

/** The fast-import stream for `n` commits, as one string per commit (written as they are made). */
function* fastImport(n: number): Generator<string> {
  const enc = new TextEncoder();
  const data = (s: string) => `data ${enc.encode(s).length}\n${s}\n`;
  const t0 = 1_500_000_000;
  for (let i = 1; i <= n; i++) {
    const k = (i * 7919) % AUTHORS;
    const who = person(k, k % 10 === 0 && i % 2 === 0);
    const when = `${t0 + i * 600} +0000`;
    let msg = `Change ${i}\n\nA longer description of change ${i}.\n`;
    if (i % 7 === 0 || i % 11 === 0) msg += '\n';
    if (i % 7 === 0) msg += `Co-authored-by: ${person((k + 1) % AUTHORS, false)}\n`;
    if (i % 11 === 0) msg += `Reviewed-by: ${person((k + 2) % AUTHORS, false)}\n`;
    let s = `commit refs/heads/main\nmark :${i}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n${data(msg)}`;
    if (i > 1) s += `from :${i - 1}\n`;
    if (i % 100 === 0 && i > 20) s += `merge :${i - 20}\n`;
    for (let f = 0; f < 3; f++) {
      const file = (i * 31 + f * 17) % 600;
      s += `M 100644 inline ${DIRS[file % DIRS.length]}/file${file}.txt\n${data(`line ${i}\nfile ${file}\n`)}`;
    }
    yield s;
  }
}

/** Generates the repository; returns false (after a printed note) when git is missing. */
async function generate(b: Bench, repo: string, n: number): Promise<boolean> {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  if (spawnSync('git', ['init', '-q', '-b', 'main', repo]).status !== 0) {
    b.note('git not found: import git bench skipped');
    return false;
  }
  const child = spawn('git', ['-C', repo, 'fast-import', '--quiet'], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  let pending = '';
  for (const commit of fastImport(n)) {
    pending += commit;
    if (pending.length < 1 << 20) continue;
    if (!child.stdin.write(pending)) await new Promise((r) => child.stdin.once('drain', r));
    pending = '';
  }
  child.stdin.write(pending);
  child.stdin.end();
  if ((await done) !== 0) throw new Error('bench: git fast-import failed');
  spawnSync('git', ['-C', repo, 'reset', '-q', '--hard', 'main']);
  return true;
}

/**
 * CPU time (ms) used so far by this process's finished child processes (Linux
 * /proc/self/stat cutime + cstime), or undefined elsewhere. With 2 cores
 * shared by many jobs, wall times mostly measure the wait; CPU times do not.
 */
function childCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // fields 16 and 17 of proc(5), in 1/100 s
}

const ownCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs `fn` while sampling memory every 20 ms; returns its time (ms), CPU times (ms) and the peak RSS and heap seen (MB). */
async function measured(
  fn: () => Promise<void>,
): Promise<{ ms: number; cpuMs: number; childCpuMs: number | undefined; rssMb: number; heapMb: number }> {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const child0 = childCpuMs();
  const cpu0 = ownCpuMs();
  const t = performance.now();
  await fn();
  const ms = performance.now() - t;
  const cpuMs = ownCpuMs() - cpu0;
  const child1 = childCpuMs();
  clearInterval(timer);
  sample();
  return {
    ms,
    cpuMs,
    childCpuMs: child0 === undefined || child1 === undefined ? undefined : child1 - child0,
    rssMb: rss / 1e6,
    heapMb: heap / 1e6,
  };
}

/** Time of `git log` alone with the arguments import git uses, its output drained by this process. */
async function gitLogAlone(
  repo: string,
): Promise<{ ms: number; bytes: number; gitCpuMs: number | undefined }> {
  let bytes = 0;
  const m = await measured(async () => {
    const child = spawn('git', gitLogArgs({ repository: repo }), { stdio: ['ignore', 'pipe', 'inherit'] });
    const closed = new Promise((r) => child.on('close', r));
    for await (const chunk of child.stdout) bytes += (chunk as Buffer).length;
    await closed;
  });
  return { ms: m.ms, bytes, gitCpuMs: m.childCpuMs };
}

/** One commit of a generated log, as `git log --pretty=fuller --numstat --raw --parents` prints it. */
function logCommit(i: number): string {
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0').repeat(5);
  const k = (i * 7919) % AUTHORS;
  const date = 'Mon Nov 11 11:14:51 2013 -0500';
  const lines = [
    `commit ${hex(i)} ${hex(i - 1)}`,
    `Author:     ${person(k, k % 10 === 0)}`,
    `AuthorDate: ${date}`,
    `Commit:     ${person(k, false)}`,
    `CommitDate: ${date}`,
    '',
    `    Change ${i}`,
    '    ',
    `    A longer description of change ${i}.`,
  ];
  if (i % 7 === 0) lines.push('    ', `    Co-authored-by: ${person((k + 1) % AUTHORS, false)}`);
  lines.push('');
  for (let f = 0; f < 3; f++) {
    const file = (i * 31 + f * 17) % 600;
    lines.push(`:100644 100644 1234567 89abcde M\t${DIRS[file % DIRS.length]}/file${file}.txt`);
  }
  for (let f = 0; f < 3; f++) {
    const file = (i * 31 + f * 17) % 600;
    lines.push(`${f + 1}\t${f}\t${DIRS[file % DIRS.length]}/file${file}.txt`);
  }
  lines.push('', '');
  return lines.join('\n');
}

export default async function (b: Bench): Promise<void> {
  // 1. parseGitLog throughput on a 1,000,000-commit log, streamed in 64 KB byte chunks, commits dropped.
  const block = new TextEncoder().encode(Array.from({ length: 1000 }, (_, i) => logCommit(i + 1)).join(''));
  const repeats = 1000;
  function* chunks(): Generator<Uint8Array> {
    for (let r = 0; r < repeats; r++)
      for (let i = 0; i < block.length; i += 65536) yield block.subarray(i, i + 65536);
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed / 1e6;
  let commits = 0;
  const parse = await measured(async () => {
    for await (const c of parseGitLog(chunks())) if (c.hash.length === 40) commits++;
  });
  const mb = (block.length * repeats) / 1e6;
  b.report(`parseGitLog, ${commits.toLocaleString('en')} commits (${mb.toFixed(0)} MB log)`, parse.ms, 'ms');
  b.report('  throughput', mb / (parse.ms / 1000), 'MB/s');
  b.report(
    '  throughput per CPU second (wall time waits for the shared cores)',
    mb / (parse.cpuMs / 1000),
    'MB/s',
  );
  b.report('  commits per second', commits / (parse.ms / 1000), 'commits/s');
  b.report('  peak heap while parsing (commits dropped)', parse.heapMb, 'MB');
  b.note(
    `heap before the parse ${heapBefore.toFixed(0)} MB: the parse holds one batch of lines and commits, whatever the log's size`,
  );

  // 2. import git end to end against git log alone, on a generated repository.
  const n = Number(process.env.GIT_BENCH_COMMITS ?? 20_000);
  const repo = join(b.tmpDir, 'repo');
  const t = performance.now();
  if (!(await generate(b, repo, n))) return;
  b.note(
    `generated a ${n.toLocaleString('en')}-commit repository with git fast-import in ${((performance.now() - t) / 1000).toFixed(1)} s (GIT_BENCH_COMMITS=${n}; the issue's 200,000 takes several minutes here)`,
  );
  const alone = await gitLogAlone(repo);
  const out = join(b.tmpDir, 'extract.json');
  let summary = '';
  globalThis.gc?.();
  const imported = await measured(async () => {
    const code = await runCli(['import', 'git', repo, '--out', out], {
      ...defaultIo,
      stderr: (s) => {
        summary += s;
      },
      stderrIsTty: false,
    });
    if (code !== 0) throw new Error(`bench: import git failed: ${summary}`);
  });
  b.report(
    `import git, ${n.toLocaleString('en')} commits (end to end, target ≤ 1.5× git log)`,
    imported.ms,
    'ms',
    {
      name: 'git log alone',
      value: alone.ms,
    },
  );
  if (alone.gitCpuMs !== undefined && imported.childCpuMs !== undefined)
    b.report(
      '  CPU time: import git (node + its git) vs git log alone',
      imported.cpuMs + imported.childCpuMs,
      'ms',
      {
        name: 'git log alone',
        value: alone.gitCpuMs,
      },
    );
  b.report('  of which node (parse, extract, JSON, write)', imported.cpuMs, 'ms');
  b.report('  git log output', alone.bytes / 1e6, 'MB');
  b.report('  peak RSS during import git (result included)', imported.rssMb, 'MB');
  b.report('  peak heap during import git (result included)', imported.heapMb, 'MB');
  b.note(summary.trim());
  rmSync(repo, { recursive: true, force: true });
  rmSync(out, { force: true });
}
