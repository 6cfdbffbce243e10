import { spawn } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { type MailmapEntry, parseMailmap } from '../../io/core/mailmap.js';
import type { SourceExtract } from '../../io/core/sourceExtract.js';
import { gitExtract } from '../../io/git/gitExtract.js';
import { gitLogArgs } from '../../io/git/gitLogArgs.js';
import { toDate } from '../../model/dateInput.js';
import { CommunityKitError, InputFormatError } from '../../model/errors.js';
import type { CliIo } from '../cliIo.js';
import { type CliCommand, UsageError } from './command.js';
import { cannotRead } from './internal/readFiles.js';

/** A running `git`: its standard output as chunks, and how it ended. */
export interface GitProcess {
  /** Standard output, as it comes. */
  stdout: AsyncIterable<Uint8Array | string>;
  /** Resolves when git has exited: its exit code, what it wrote on stderr, and the spawn error if it could not start. */
  exit: Promise<{ code: number | null; stderr: string; error?: NodeJS.ErrnoException }>;
  /** Stops it (when reading its output failed). */
  kill: () => void;
}

/** Starts `git` with these arguments; injectable so tests can give canned output. */
export type GitRunner = (args: readonly string[]) => GitProcess;

/** The CLI's I/O with, optionally, the way `import git` starts git (tests pass canned output here). */
export interface GitCliIo extends CliIo {
  /** Replaces {@link spawnGit}. */
  runGit?: GitRunner;
}

/**
 * Runs the system `command` (default `git`) without a shell, with `args` as
 * an argument array (no quoting, no globbing), its stdout streamed.
 */
export function spawnGit(args: readonly string[], command = 'git'): GitProcess {
  const child = spawn(command, [...args], {
    shell: false,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t: string) => {
    if (stderr.length < 10_000) stderr += t;
  });
  const exit = new Promise<{ code: number | null; stderr: string; error?: NodeJS.ErrnoException }>((done) => {
    child.on('error', (error: NodeJS.ErrnoException) => done({ code: null, stderr, error }));
    child.on('close', (code) => done({ code, stderr }));
  });
  return { stdout: child.stdout, exit, kill: () => child.kill() };
}

const USAGE = `Usage:
  community-kit import git [REPO] --out extract.json [options]
  community-kit import git --log FILE --out extract.json [options]

Reads a git history into a source extract (see docs/io/git.md): runs the
system git in REPO (default: the current directory) as
  git -C REPO -c log.mailmap=false log --pretty=fuller --numstat --raw --parents --decorate=full …
or reads a log saved with that command (--log FILE, gzip accepted). The
repository's .mailmap is read from REPO/.mailmap when present and carried in
the extract (combine applies it).

Options:
  --out FILE        Where to write the extract (JSON). Required.
  --log FILE        Read a saved log instead of running git.
  --since DATE      Keep commits authored on or after DATE (ISO-8601).
  --until DATE      Keep commits authored before DATE (exclusive).
  --mailmap FILE    A .mailmap file to carry (after REPO/.mailmap, so its lines win).
  --topics FILE     JSON topic rules, e.g. {"doc/**": "documentation"}; first match wins.
  --merges          Keep merge commits (skipped and counted by default).
  --weight MODE     none (default) or lines (lines added + removed).
  --repository NAME The repository name used as channel (default: the folder or log file name).
  -h, --help        Show this help.
`;

const fn = 'import git';

/** The repository name for a path: its folder name, or a log file's name up to its first dot. */
function repositoryName(path: string, isLog: boolean): string {
  const base = basename(resolve(path));
  if (!isLog) return base === '' ? 'repository' : base;
  const stem = base.split('.')[0] ?? '';
  return stem === '' ? base : stem;
}

function readOptional(io: CliIo, path: string): string | undefined {
  try {
    return io.readFile(path);
  } catch {
    return undefined;
  }
}

function readRequired(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new UsageError(
      `cannot read the ${what} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function dateFlag(value: unknown, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = toDate(value);
  if (d === undefined)
    throw new UsageError(`${flag} must be an ISO-8601 date such as 2024-01-31, not "${String(value)}"`);
  return d;
}

function topicRules(io: CliIo, path: string | undefined): Record<string, string> | undefined {
  if (path === undefined) return undefined;
  const text = readRequired(io, path, 'topics file');
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch (error) {
    throw new InputFormatError(
      fn,
      { file: path },
      `not JSON (${error instanceof Error ? error.message : String(error)}); expected {"glob": "topic", …}`,
    );
  }
}

/** The one-paragraph summary printed on stderr. */
function summary(extract: SourceExtract, from: string, out: string): string {
  const r = extract.read;
  const skipped =
    extract.skipped.length === 0
      ? 'nothing skipped'
      : `skipped: ${extract.skipped.map((s) => `${s.count.toLocaleString('en')} ${s.reason}`).join('; ')}`;
  const warnings = extract.warnings.length === 0 ? 'no warnings' : `warnings: ${extract.warnings.join('; ')}`;
  const n = (count: number | undefined, one: string, many: string) =>
    `${(count ?? 0).toLocaleString('en')} ${count === 1 ? one : many}`;
  return `import git: read ${n(r.commits, 'commit', 'commits')} (${n(r.merges, 'merge', 'merges')}, ${n(r.trailers, 'trailer', 'trailers')}) from ${from}; ${extract.activities.length.toLocaleString('en')} activities by ${extract.identities.length.toLocaleString('en')} identities, ${extract.mailmap.length} mailmap lines carried; ${skipped}; ${warnings}. Wrote ${out}.\n`;
}

/** The plain-words error for a git that did not start or failed. */
function gitFailure(
  repo: string,
  result: { code: number | null; stderr: string; error?: NodeJS.ErrnoException },
): CommunityKitError {
  const said = result.stderr.trim().split('\n')[0] ?? '';
  if (result.error !== undefined)
    return new CommunityKitError(
      result.error.code === 'ENOENT'
        ? `${fn}: git was not found on this computer (install git, or pass a log saved with git elsewhere: --log FILE)`
        : `${fn}: could not run git: ${result.error.message}`,
      { code: 'invalid-input' },
    );
  if (/not a git repository/i.test(said))
    return new CommunityKitError(`${fn}: ${repo} is not a git repository (git said: ${said})`, {
      code: 'invalid-input',
      value: repo,
    });
  if (/cannot change to/i.test(said))
    return new CommunityKitError(`${fn}: ${repo} does not exist or is not a folder (git said: ${said})`, {
      code: 'invalid-input',
      value: repo,
    });
  return new CommunityKitError(
    `${fn}: git log failed in ${repo} (exit code ${result.code}${said === '' ? '' : `; git said: ${said}`})`,
    { code: 'invalid-input', value: repo },
  );
}

/**
 * The `community-kit import git` command, running git through `runGit`
 * (the system git by default), or through `io.runGit` when the I/O given to
 * runCli has one (see {@link GitCliIo}; tests pass canned output there).
 */
export function importGitCommand(runGit: GitRunner = spawnGit): CliCommand {
  return {
    words: ['import', 'git'],
    summary: 'Read a git history (or a saved git log) into a source extract.',
    usage: USAGE,
    options: {
      out: { type: 'string' },
      log: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      mailmap: { type: 'string' },
      topics: { type: 'string' },
      merges: { type: 'boolean' },
      weight: { type: 'string' },
      repository: { type: 'string' },
    },
    async run({ values, positionals }, io) {
      const out = values.out;
      if (typeof out !== 'string') throw new UsageError('--out FILE is required');
      if (positionals.length > 1) throw new UsageError('give at most one repository');
      const log = typeof values.log === 'string' ? values.log : undefined;
      if (log !== undefined && positionals.length > 0)
        throw new UsageError('give either a repository or --log FILE, not both');
      const weight = values.weight ?? 'none';
      if (weight !== 'none' && weight !== 'lines')
        throw new UsageError(`--weight must be none or lines, not "${String(weight)}"`);
      const since = dateFlag(values.since, '--since');
      const until = dateFlag(values.until, '--until');
      const repo = positionals[0] ?? '.';

      const mailmap: MailmapEntry[] = [];
      if (log === undefined) {
        const own = readOptional(io, join(repo, '.mailmap'));
        if (own !== undefined) mailmap.push(...parseMailmap(own, { file: join(repo, '.mailmap') }));
      }
      if (typeof values.mailmap === 'string')
        mailmap.push(...parseMailmap(readRequired(io, values.mailmap, 'mailmap'), { file: values.mailmap }));
      const topics = topicRules(io, typeof values.topics === 'string' ? values.topics : undefined);

      const from = log ?? repo;
      const onProgress = io.stderrIsTty
        ? (n: number) => io.stderr(`\r\x1b[2Kimport git: ${n.toLocaleString('en')} commits read…`)
        : undefined;
      const options = {
        repository:
          typeof values.repository === 'string' ? values.repository : repositoryName(from, log !== undefined),
        ...(log === undefined ? {} : { file: log }),
        ...(since === undefined ? {} : { since }),
        ...(until === undefined ? {} : { until }),
        merges: values.merges === true,
        weight,
        ...(topics === undefined ? {} : { topics }),
        mailmap,
        ...(onProgress === undefined ? {} : { onProgress }),
      } as const;

      let extract: SourceExtract;
      if (log !== undefined) {
        let stream: AsyncIterable<Uint8Array>;
        try {
          stream = io.readStream(log);
        } catch (error) {
          throw cannotRead(log, error);
        }
        extract = await gitExtract(stream, options);
      } else {
        const git = ((io as GitCliIo).runGit ?? runGit)(
          gitLogArgs({ repository: repo, ...(since === undefined ? {} : { since: since.toISOString() }) }),
        );
        try {
          extract = await gitExtract(git.stdout, options);
        } catch (error) {
          git.kill();
          const result = await git.exit;
          if (result.error !== undefined || (result.code !== 0 && result.code !== null))
            throw gitFailure(repo, result);
          throw error;
        }
        const result = await git.exit;
        if (result.error !== undefined || result.code !== 0) throw gitFailure(repo, result);
      }
      if (onProgress !== undefined) io.stderr('\r\x1b[2K');
      await io.writeFile(out, JSON.stringify(extract));
      io.stderr(summary(extract, from, out));
      return 0;
    },
  };
}

/** `community-kit import git`, running the system git (see {@link importGitCommand}). */
export const importGit: CliCommand = importGitCommand();
