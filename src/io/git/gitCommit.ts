/**
 * The shapes {@link parseGitLog} yields: one commit of a `git log
 * --pretty=fuller --numstat --raw --parents --decorate=full` output, with the
 * people it names exactly as written (no mailmap applied).
 *
 * @module
 */

/** A name and e-mail as a commit records them (`Author:`, `Commit:`). */
export interface GitPerson {
  /** The name as written. */
  name: string;
  /** The e-mail as written, without `<` and `>` (may be empty). */
  email: string;
}

/**
 * A trailer of the commit message (`Co-authored-by: Ada <ada@example.org>`,
 * `Reviewed-by: Bob`): the key as written, the value, and the person it
 * names when the value is `Name <email>`, `<email>` or a bare name.
 */
export interface GitTrailer {
  /** The key as written (`Co-authored-by`); compare keys without regard to case. */
  key: string;
  /** The value as written (continuation lines joined with a space). */
  value: string;
  /** The name in the value (the whole value when it has no `<…>`). */
  name?: string;
  /** The e-mail between `<` and `>`, when there is one. */
  email?: string;
  /** The 1-based line of the log the trailer is on. */
  line: number;
}

/**
 * One file a commit changed, from its `--raw` line (status, old path of a
 * rename or copy) and its `--numstat` line (lines added and removed; absent
 * for binary files, which numstat shows as `-`).
 */
export interface GitFileChange {
  /** The path after the change (unquoted: `"caf\303\251.md"` → `café.md`). */
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
  /** git's status letters: `A`, `M`, `D`, `T`, `R100`, `C075`, or per-parent letters (`MM`) for a merge's combined diff. */
  status?: string;
  /** Lines added (absent for binary files and when no numstat line was given). */
  added?: number;
  /** Lines removed (absent for binary files and when no numstat line was given). */
  removed?: number;
  /** True when numstat said `-	-` (a binary file). */
  binary?: boolean;
}

/**
 * One commit of a git log (see {@link parseGitLog}).
 *
 * @example
 * ```ts
 * const commit: GitCommit = {
 *   hash: '8e77786c32553715f66841954280135a9b0ab3d5', parents: [], refs: ['refs/tags/v1.0'],
 *   author: { name: 'Ada', email: 'ada@example.org' }, authorDate: new Date('2013-11-11T16:14:51Z'),
 *   committer: { name: 'Ada', email: 'ada@example.org' }, commitDate: new Date('2013-11-11T16:14:51Z'),
 *   message: 'Add the lesson', trailers: [], files: [{ path: 'doc/intro.md', status: 'A', added: 116, removed: 0 }], line: 1,
 * };
 * commit.parents.length > 1; // → false
 * ```
 */
export interface GitCommit {
  /** The full commit hash (40 hex digits, or 64 in a SHA-256 repository). */
  hash: string;
  /** The parents' hashes (from `--parents`); more than one for a merge. */
  parents: string[];
  /** Refs pointing at the commit (from `--decorate=full`): `HEAD`, `refs/heads/main`, `refs/tags/v1.0`. */
  refs: string[];
  /** The author as written. */
  author: GitPerson;
  /** When the author made the change (`AuthorDate:`). */
  authorDate: Date;
  /** Who committed it, as written (differs from the author after a rebase, an applied patch, a web merge). */
  committer: GitPerson;
  /** When it was committed (`CommitDate:`). */
  commitDate: Date;
  /** The message without git's 4-space indent, lines joined with `\n` (may be empty). */
  message: string;
  /** The message's trailers, in order. */
  trailers: GitTrailer[];
  /** The files changed, in git's order. */
  files: GitFileChange[];
  /** The 1-based line of the log where the commit starts (its `commit` line). */
  line: number;
}
