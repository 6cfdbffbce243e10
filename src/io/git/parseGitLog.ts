import { requireOptions } from '../../model/internal/argumentChecks.js';
import type { TextInput } from '../core/textInput.js';
import type { GitCommit } from './gitCommit.js';
import { gitCommitBatches } from './internal/gitLogParser.js';

/**
 * Trailer keys {@link parseGitLog} recognises by default in a last paragraph
 * that mixes trailers and prose (a paragraph of trailers only is always read).
 *
 * @example
 * ```ts
 * DEFAULT_TRAILER_KEYS.includes('reviewed-by'); // → true
 * ```
 */
export const DEFAULT_TRAILER_KEYS: readonly string[] = [
  'co-authored-by',
  'signed-off-by',
  'reviewed-by',
  'acked-by',
  'tested-by',
  'reported-by',
  'suggested-by',
  'helped-by',
];

/** Options of {@link parseGitLog}. */
export interface ParseGitLogOptions {
  /** The file, as the user named it, for commits' `line` context and errors. */
  file?: string;
  /** Trailer keys to recognise in a mixed last paragraph, any case (default {@link DEFAULT_TRAILER_KEYS}). */
  trailerKeys?: readonly string[];
}

/**
 * Reads the output of `git -c log.mailmap=false log --pretty=fuller --numstat
 * --raw --parents --decorate=full` (see {@link gitLogArgs}; the format
 * GrimoireLab/Perceval users keep) as a stream of commits, in the log's
 * order. Memory is bounded by one commit and one batch of lines.
 *
 * Each commit carries its hash, parents (more than one for a merge), refs,
 * author and committer as written (no mailmap is applied), both dates (git's
 * default format `Thu Apr 7 15:13:13 2005 -0700`, or `--date=iso` /
 * `iso-strict`), the message without git's indent, its trailers (found as
 * `git interpret-trailers` finds them: in the last paragraph, never the
 * title), and the files changed, from the `--raw` lines (status, renames)
 * and `--numstat` lines (lines added and removed; binary files as `-`).
 * Quoted paths (`"caf\303\251.md"`) are unquoted (UTF-8, else Latin-1);
 * names and messages are decoded as UTF-8 by {@link textChunks}, so bytes
 * that are not UTF-8 become U+FFFD. CRLF line ends are accepted, and so is a
 * log whose blank message lines lost their 4-space indent.
 *
 * @param input - the log as text, bytes (gzip accepted) or a stream of chunks
 * @param options - `file` to name in errors; `trailerKeys`
 * @returns an async iterable of {@link GitCommit}s
 * @throws {@link InputFormatError} naming the file and line when the input is
 *   not such a log (`git log --oneline` output, JSON, the default `--pretty`
 *   without AuthorDate/CommitDate — the message gives the command to use), when
 *   a line cannot be read, and when the log ends inside a commit's header (a
 *   truncated file; a log cut inside a commit's file list cannot be told from a
 *   complete one)
 *
 * @example
 * ```ts
 * const log = [
 *   'commit 8e77786c32553715f66841954280135a9b0ab3d5',
 *   'Author:     Ada Lovelace <ada@example.org>',
 *   'AuthorDate: Mon Nov 11 11:14:51 2013 -0500',
 *   'Commit:     Ada Lovelace <ada@example.org>',
 *   'CommitDate: Mon Nov 11 11:14:51 2013 -0500',
 *   '',
 *   '    Add the lesson',
 *   '',
 *   ':000000 100644 0000000 7d4140e A\tdoc/intro.md',
 *   '116\t0\tdoc/intro.md',
 * ].join('\n');
 * const seen: unknown[] = [];
 * for await (const commit of parseGitLog(log)) seen.push([commit.author.email, commit.authorDate, commit.files]);
 * seen; // → [['ada@example.org', Date 2013-11-11T16:14:51.000Z, [{ path: 'doc/intro.md', status: 'A', added: 116, removed: 0, … }]]]
 * ```
 */
export async function* parseGitLog(
  input: TextInput,
  options: ParseGitLogOptions = {},
): AsyncGenerator<GitCommit> {
  requireOptions('parseGitLog', 'options', options);
  const trailerKeys = new Set((options.trailerKeys ?? DEFAULT_TRAILER_KEYS).map((k) => k.toLowerCase()));
  for await (const batch of gitCommitBatches(input, {
    fn: 'parseGitLog',
    ...(options.file === undefined ? {} : { file: options.file }),
    trailerKeys,
  }))
    yield* batch;
}
