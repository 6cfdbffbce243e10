import { InputFormatError, isCommunityKitError } from '../../../model/errors.js';
import { lineBatches, type TextInput } from '../../core/textInput.js';
import type { GitCommit, GitFileChange, GitPerson } from '../gitCommit.js';
import { GIT_LOG_COMMAND } from '../gitLogArgs.js';
import { parseGitDate } from './gitDate.js';
import { numstatPaths, unquoteGitPath } from './gitPaths.js';
import { parseTrailers } from './trailers.js';

/** Where the parser is within a commit. */
enum State {
  Header = 0,
  Message = 1,
  Diff = 2,
  Notes = 3,
}

/** What the parser reads a log with. */
export interface GitLogParserOptions {
  /** The public function reading the log (`parseGitLog`, `gitExtract`), named in errors. */
  fn: string;
  /** The file, as the user named it, for provenance and errors. */
  file?: string;
  /** Lower-case trailer keys to recognise in mixed last paragraphs (see parseTrailers). */
  trailerKeys: ReadonlySet<string>;
}

interface Draft {
  hash: string;
  parents: string[];
  refs: string[];
  line: number;
  author?: GitPerson;
  authorDate?: number;
  committer?: GitPerson;
  commitDate?: number;
  message: string[];
  messageLine: number;
  /** `--raw` lines, as text. */
  raw: string[];
  rawLines: number[];
  /** `--numstat` lines, as text. */
  numstat: string[];
  numstatLines: number[];
  state: State;
}

const isHex = (s: string): boolean => {
  if (s.length !== 40 && s.length !== 64) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
};

const preview = (line: string): string => JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);

/** The error for input that is not a git log in the expected format, with the command that writes one. */
function notAGitLog(fn: string, file: string | undefined, line: number, text: string): InputFormatError {
  const t = text.trimStart();
  const what =
    t.startsWith('{') || t.startsWith('[')
      ? 'this looks like JSON, not a git log'
      : /^[0-9a-f]{7,64} /.test(t)
        ? 'this looks like "git log --oneline" output, which has no authors or dates'
        : `expected a line "commit <hash>", found ${preview(text)}`;
  return new InputFormatError(
    fn,
    { ...(file === undefined ? {} : { file }), line },
    `${what}. Expected the output of: ${GIT_LOG_COMMAND}`,
    { value: text },
  );
}

/** A `commit <hash> <parents…> (refs)` line as a new draft. */
function startCommit(fn: string, text: string, line: number, file: string | undefined): Draft {
  let rest = text.slice(7);
  let refs: string[] = [];
  const paren = rest.indexOf(' (');
  if (paren >= 0) {
    const inside = rest.slice(paren + 2, rest.endsWith(')') ? -1 : undefined);
    rest = rest.slice(0, paren);
    if (!inside.startsWith('from '))
      refs = inside.split(', ').flatMap((r) => {
        if (r.startsWith('tag: ')) return [r.slice(5)];
        const arrow = r.indexOf(' -> ');
        return arrow < 0 ? [r] : [r.slice(0, arrow), r.slice(arrow + 4)];
      });
  }
  const hashes = rest.split(' ');
  const hash = hashes[0] as string;
  if (!isHex(hash) || !hashes.every((h) => h.length === hash.length))
    throw new InputFormatError(
      fn,
      { ...(file === undefined ? {} : { file }), line },
      `expected "commit" followed by full hashes (40 or 64 hex digits), found ${preview(text)}. Expected the output of: ${GIT_LOG_COMMAND}`,
      { value: text },
    );
  return {
    hash: own(hash),
    parents: hashes.slice(1).map(own),
    refs: refs.map(own),
    line,
    message: [],
    messageLine: 0,
    raw: [],
    rawLines: [],
    numstat: [],
    numstatLines: [],
    state: State.Header,
  };
}

/** `Name <email>` after a header key, as written. */
function person(value: string): GitPerson | undefined {
  const left = value.lastIndexOf('<');
  const right = value.lastIndexOf('>');
  if (left < 0 || right < left) return undefined;
  return { name: own(value.slice(0, left).trim()), email: own(value.slice(left + 1, right)) };
}

/**
 * A copy of `s` that does not point into the text it was cut from: V8 keeps
 * substrings of 13 characters or more as views of their parent, so a commit's
 * hash or an e-mail would otherwise keep a whole 64 KB chunk of the log alive
 * for as long as the result lives.
 */
const own = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

/** The decimal number of `text` from `from` to `to`, or -1 when it is not one. */
function count(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** A `--raw` line (`:100644 100644 abc def M\tpath`, `R100\told\tnew`, `::… MM\tpath` for a merge), or undefined. */
function rawChange(text: string): GitFileChange | undefined {
  const tab = text.indexOf('\t');
  if (tab < 0) return undefined;
  const status = text.slice(text.lastIndexOf(' ', tab) + 1, tab);
  const second = text.indexOf('\t', tab + 1);
  if (second < 0) return { path: own(unquoteGitPath(text.slice(tab + 1))), status };
  return {
    path: own(unquoteGitPath(text.slice(second + 1))),
    oldPath: own(unquoteGitPath(text.slice(tab + 1, second))),
    status,
  };
}

/** Adds a `--numstat` line's counts (`3\t1\tpath`, `-\t-\tpath`) to `f`; false when the line is not one. */
function addNumstat(f: GitFileChange, text: string, t1: number, t2: number): boolean {
  if (t2 - t1 === 2 && t1 === 1 && text.charCodeAt(0) === 45 && text.charCodeAt(2) === 45) {
    f.binary = true;
    return true;
  }
  const added = count(text, 0, t1);
  const removed = count(text, t1 + 1, t2);
  if (added < 0 || removed < 0) return false;
  f.added = added;
  f.removed = removed;
  return true;
}

/** A `--numstat` line on its own (no raw line to pair it with): paths from the `{old => new}` form. */
function numstatChange(text: string): GitFileChange | undefined {
  const t1 = text.indexOf('\t');
  const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
  if (t2 < 0) return undefined;
  const paths = numstatPaths(unquoteGitPath(text.slice(t2 + 1)));
  const f: GitFileChange =
    paths.oldPath === undefined
      ? { path: own(paths.path) }
      : { path: own(paths.path), oldPath: own(paths.oldPath) };
  return addNumstat(f, text, t1, t2) ? f : undefined;
}

/**
 * The files of a commit: raw and numstat lines paired by order when they
 * correspond one to one (git prints both from the same diff, in the same
 * order), else (a merge's combined raw diff lists fewer files) numstat's
 * files with the raw statuses found by path.
 */
function files(fn: string, d: Draft, at: (line: number) => { file?: string; line: number }): GitFileChange[] {
  const raw: GitFileChange[] = new Array(d.raw.length);
  for (let i = 0; i < d.raw.length; i++) {
    const f = rawChange(d.raw[i] as string);
    if (f === undefined)
      throw new InputFormatError(
        fn,
        at(d.rawLines[i] as number),
        `not a --raw line: ${preview(d.raw[i] as string)}`,
      );
    raw[i] = f;
  }
  if (d.numstat.length === 0) return raw;
  const paired = raw.length === d.numstat.length;
  const status = paired || raw.length === 0 ? undefined : new Map(raw.map((f) => [f.path, f.status]));
  const out: GitFileChange[] = paired ? raw : [];
  for (let i = 0; i < d.numstat.length; i++) {
    const text = d.numstat[i] as string;
    let ok: boolean;
    if (paired) {
      const t1 = text.indexOf('\t');
      const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
      ok = t2 >= 0 && addNumstat(raw[i] as GitFileChange, text, t1, t2);
    } else {
      const f = numstatChange(text);
      ok = f !== undefined;
      if (f !== undefined) {
        const s = status?.get(f.path);
        if (s !== undefined) f.status = s;
        out.push(f);
      }
    }
    if (!ok)
      throw new InputFormatError(
        fn,
        at(d.numstatLines[i] as number),
        `not a --numstat line: ${preview(text)}`,
      );
  }
  return out;
}

/**
 * The input's line batches, with a failure to read it (a corrupt or truncated
 * gzip stream, a file that cannot be opened) turned into an InputFormatError
 * rather than a raw TypeError or system error.
 */
async function* readableLines(
  fn: string,
  input: TextInput,
  file: string | undefined,
): AsyncGenerator<string[]> {
  try {
    yield* lineBatches(input);
  } catch (error) {
    if (isCommunityKitError(error)) throw error;
    throw new InputFormatError(
      fn,
      file === undefined ? {} : { file },
      `could not read the input (${error instanceof Error ? error.message : String(error)}): a corrupt or truncated .gz file, or a file that cannot be opened?`,
      { cause: error },
    );
  }
}

/**
 * Reads a git log in batches of commits (one batch per batch of lines), for
 * parseGitLog and gitExtract. See parseGitLog for the format and the errors.
 */
export async function* gitCommitBatches(
  input: TextInput,
  options: GitLogParserOptions,
): AsyncGenerator<GitCommit[]> {
  const { file, fn } = options;
  const at = (line: number) => ({ ...(file === undefined ? {} : { file }), line });
  let d: Draft | undefined;
  let n = 0;
  let out: GitCommit[] = [];

  const finish = (draft: Draft): GitCommit => {
    if (
      draft.author === undefined ||
      draft.authorDate === undefined ||
      draft.committer === undefined ||
      draft.commitDate === undefined
    ) {
      const missing = [
        draft.author === undefined ? 'Author:' : '',
        draft.authorDate === undefined ? 'AuthorDate:' : '',
        draft.committer === undefined ? 'Commit:' : '',
        draft.commitDate === undefined ? 'CommitDate:' : '',
      ].filter((m) => m !== '');
      throw new InputFormatError(
        fn,
        at(draft.line),
        `commit ${draft.hash.slice(0, 12)} has no ${missing.join(', ')} line${missing.length > 1 ? 's' : ''}; the log must be written with --pretty=fuller: ${GIT_LOG_COMMAND}`,
      );
    }
    const trailers = parseTrailers(draft.message, options.trailerKeys, draft.messageLine);
    for (const t of trailers) {
      t.key = own(t.key);
      t.value = own(t.value);
      if (t.name !== undefined) t.name = own(t.name);
      if (t.email !== undefined) t.email = own(t.email);
    }
    return {
      hash: draft.hash,
      parents: draft.parents,
      refs: draft.refs,
      author: draft.author,
      authorDate: new Date(draft.authorDate),
      committer: draft.committer,
      commitDate: new Date(draft.commitDate),
      message: draft.message.length === 0 ? '' : own(trimEnd(draft.message).join('\n')),
      trailers,
      files: files(fn, draft, at),
      line: draft.line,
    };
  };

  for await (const batch of readableLines(fn, input, file)) {
    for (let i = 0; i < batch.length; i++) {
      const text = batch[i] as string;
      n++;
      const c = text.charCodeAt(0);
      if (c === 99 && text.startsWith('commit ')) {
        if (d !== undefined) out.push(finish(d));
        d = startCommit(fn, text, n, file);
        continue;
      }
      if (d === undefined) {
        if (text.trim() === '') continue;
        throw notAGitLog(fn, file, n, text);
      }
      if (d.state === State.Header) {
        if (text === '') {
          d.state = State.Message;
          d.messageLine = n + 1;
          continue;
        }
        const colon = text.indexOf(':');
        const key = colon < 0 ? '' : text.slice(0, colon);
        const value = text.slice(colon + 1);
        if (key === 'Author' || key === 'Commit') {
          const who = person(value);
          if (who === undefined)
            throw new InputFormatError(
              fn,
              { ...at(n), column: key },
              `expected "Name <email>", found ${preview(value.trim())}`,
            );
          if (key === 'Author') d.author = who;
          else d.committer = who;
        } else if (key === 'AuthorDate' || key === 'CommitDate') {
          const ms = parseGitDate(value);
          if (Number.isNaN(ms))
            throw new InputFormatError(
              fn,
              { ...at(n), column: key },
              `not a date in git's format (e.g. "Thu Apr 7 15:13:13 2005 -0700"): ${preview(value.trim())}`,
            );
          if (key === 'AuthorDate') d.authorDate = ms;
          else d.commitDate = ms;
        } else if (key === 'Date') {
          throw new InputFormatError(
            fn,
            at(n),
            `this log has a "Date:" line, so it was written without --pretty=fuller (which gives AuthorDate: and CommitDate:). Write it with: ${GIT_LOG_COMMAND}`,
          );
        } else if (key !== 'Merge') {
          throw new InputFormatError(
            fn,
            at(n),
            `unexpected line in the header of commit ${d.hash.slice(0, 12)}: ${preview(text)}`,
          );
        }
        continue;
      }
      if (c === 32 && text.startsWith('    ')) {
        if (d.state === State.Message) d.message.push(text.slice(4));
        else if (d.state === State.Diff && d.raw.length === 0 && d.numstat.length === 0) {
          // A log whose blank message lines lost their indent (trailing spaces stripped): still the message.
          d.message.push('', text.slice(4));
          d.state = State.Message;
        } else if (d.state !== State.Notes)
          throw new InputFormatError(
            fn,
            at(n),
            `unexpected indented line after the message of commit ${d.hash.slice(0, 12)}: ${preview(text)}`,
          );
        continue;
      }
      if (text === '') {
        if (d.state === State.Message && d.message.length > 0) d.state = State.Diff;
        continue;
      }
      if (c === 58) {
        d.raw.push(text);
        d.rawLines.push(n);
        d.state = State.Diff;
        continue;
      }
      if ((c >= 48 && c <= 57) || c === 45) {
        d.numstat.push(text);
        d.numstatLines.push(n);
        d.state = State.Diff;
        continue;
      }
      if (text.startsWith('Notes')) {
        d.state = State.Notes;
        continue;
      }
      throw new InputFormatError(
        fn,
        at(n),
        `unexpected line in commit ${d.hash.slice(0, 12)}: ${preview(text)}`,
      );
    }
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  if (d !== undefined) {
    if (d.state === State.Header)
      throw new InputFormatError(
        fn,
        at(d.line),
        `the log ends inside the header of commit ${d.hash.slice(0, 12)} (line ${n} is the last): the file looks truncated`,
      );
    out.push(finish(d));
  }
  if (out.length > 0) yield out;
}

function trimEnd(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
  return end === lines.length ? lines : lines.slice(0, end);
}
