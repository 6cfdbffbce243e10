import { InputFormatError } from '../../../model/errors.js';
import { lineBatches, type TextInput } from '../../core/textInput.js';
import type { GitCommit, GitFileChange, GitPerson } from '../gitCommit.js';
import { GIT_LOG_COMMAND } from '../gitLogArgs.js';
import { parseGitDate } from './gitDate.js';
import { numstatPaths, unquoteGitPath } from './gitPaths.js';
import { parseTrailers } from './trailers.js';

const FN = 'parseGitLog';

/** Where the parser is within a commit. */
enum State {
  Header = 0,
  Message = 1,
  Diff = 2,
  Notes = 3,
}

/** What the parser reads a log with. */
export interface GitLogParserOptions {
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
  raw: GitFileChange[];
  numstat: GitFileChange[];
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
function notAGitLog(file: string | undefined, line: number, text: string): InputFormatError {
  const t = text.trimStart();
  const what =
    t.startsWith('{') || t.startsWith('[')
      ? 'this looks like JSON, not a git log'
      : /^[0-9a-f]{7,64} /.test(t)
        ? 'this looks like "git log --oneline" output, which has no authors or dates'
        : `expected a line "commit <hash>", found ${preview(text)}`;
  return new InputFormatError(
    FN,
    { ...(file === undefined ? {} : { file }), line },
    `${what}. Expected the output of: ${GIT_LOG_COMMAND}`,
    { value: text },
  );
}

/** A `commit <hash> <parents…> (refs)` line as a new draft. */
function startCommit(text: string, line: number, file: string | undefined): Draft {
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
  if (!isHex(hash) || !hashes.every(isHex))
    throw new InputFormatError(
      FN,
      { ...(file === undefined ? {} : { file }), line },
      `expected "commit" followed by full hashes (40 or 64 hex digits), found ${preview(text)}. Expected the output of: ${GIT_LOG_COMMAND}`,
      { value: text },
    );
  return {
    hash,
    parents: hashes.slice(1),
    refs,
    line,
    message: [],
    messageLine: 0,
    raw: [],
    numstat: [],
    state: State.Header,
  };
}

/** `Name <email>` after a header key, as written. */
function person(value: string): GitPerson | undefined {
  const left = value.lastIndexOf('<');
  const right = value.lastIndexOf('>');
  if (left < 0 || right < left) return undefined;
  return { name: value.slice(0, left).trim(), email: value.slice(left + 1, right) };
}

/** A `--raw` line (`:100644 100644 abc def M\tpath`, `R100\told\tnew`, `::… MM\tpath` for a merge). */
function rawChange(text: string): GitFileChange | undefined {
  const tab = text.indexOf('\t');
  if (tab < 0) return undefined;
  const status = text.slice(text.lastIndexOf(' ', tab) + 1, tab);
  const second = text.indexOf('\t', tab + 1);
  if (second < 0) return { path: unquoteGitPath(text.slice(tab + 1)), status };
  return {
    oldPath: unquoteGitPath(text.slice(tab + 1, second)),
    path: unquoteGitPath(text.slice(second + 1)),
    status,
  };
}

/** A `--numstat` line (`3\t1\tpath`, `-\t-\tpath`, renames in `{old => new}` form). */
function numstatChange(text: string): GitFileChange | undefined {
  const t1 = text.indexOf('\t');
  const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
  if (t2 < 0) return undefined;
  const a = text.slice(0, t1);
  const r = text.slice(t1 + 1, t2);
  const paths = numstatPaths(unquoteGitPath(text.slice(t2 + 1)));
  if (a === '-' && r === '-') return { ...paths, binary: true };
  const added = Number(a);
  const removed = Number(r);
  if (!Number.isSafeInteger(added) || !Number.isSafeInteger(removed) || a === '' || r === '')
    return undefined;
  return { ...paths, added, removed };
}

/** The files of a commit: raw and numstat lines paired (by order when they correspond one to one, else by path). */
function files(d: Draft): GitFileChange[] {
  if (d.numstat.length === 0) return d.raw;
  if (d.raw.length === 0) return d.numstat;
  if (d.raw.length === d.numstat.length) {
    return d.raw.map((f, i) => {
      const n = d.numstat[i] as GitFileChange;
      return n.binary === true
        ? { ...f, binary: true }
        : { ...f, added: n.added as number, removed: n.removed as number };
    });
  }
  // A merge's combined raw diff (`::…`) lists fewer files than its numstat: keep numstat's files, with raw statuses.
  const status = new Map(d.raw.map((f) => [f.path, f.status]));
  return d.numstat.map((n) => {
    const s = status.get(n.path);
    return s === undefined ? n : { ...n, status: s };
  });
}

/**
 * Reads a git log in batches of commits (one batch per batch of lines), for
 * parseGitLog and gitExtract. See parseGitLog for the format and the errors.
 */
export async function* gitCommitBatches(
  input: TextInput,
  options: GitLogParserOptions,
): AsyncGenerator<GitCommit[]> {
  const { file } = options;
  const at = (line: number) => ({ ...(file === undefined ? {} : { file }), line });
  let d: Draft | undefined;
  let n = 0;
  let out: GitCommit[] = [];

  const finish = (draft: Draft): GitCommit => {
    const missing = [
      draft.author === undefined ? 'Author:' : '',
      draft.authorDate === undefined ? 'AuthorDate:' : '',
      draft.committer === undefined ? 'Commit:' : '',
      draft.commitDate === undefined ? 'CommitDate:' : '',
    ].filter((m) => m !== '');
    if (missing.length > 0)
      throw new InputFormatError(
        FN,
        at(draft.line),
        `commit ${draft.hash.slice(0, 12)} has no ${missing.join(', ')} line${missing.length > 1 ? 's' : ''}; the log must be written with --pretty=fuller: ${GIT_LOG_COMMAND}`,
      );
    const trailers = parseTrailers(draft.message, options.trailerKeys).map(({ index, ...t }) => ({
      ...t,
      line: draft.messageLine + index,
    }));
    return {
      hash: draft.hash,
      parents: draft.parents,
      refs: draft.refs,
      author: draft.author as GitPerson,
      authorDate: new Date(draft.authorDate as number),
      committer: draft.committer as GitPerson,
      commitDate: new Date(draft.commitDate as number),
      message: draft.message.length === 0 ? '' : trimEnd(draft.message).join('\n'),
      trailers,
      files: files(draft),
      line: draft.line,
    };
  };

  for await (const batch of lineBatches(input)) {
    for (let i = 0; i < batch.length; i++) {
      const text = batch[i] as string;
      n++;
      const c = text.charCodeAt(0);
      if (c === 99 && text.startsWith('commit ')) {
        if (d !== undefined) out.push(finish(d));
        d = startCommit(text, n, file);
        continue;
      }
      if (d === undefined) {
        if (text.trim() === '') continue;
        throw notAGitLog(file, n, text);
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
              FN,
              { ...at(n), column: key },
              `expected "Name <email>", found ${preview(value.trim())}`,
            );
          if (key === 'Author') d.author = who;
          else d.committer = who;
        } else if (key === 'AuthorDate' || key === 'CommitDate') {
          const ms = parseGitDate(value);
          if (Number.isNaN(ms))
            throw new InputFormatError(
              FN,
              { ...at(n), column: key },
              `not a date in git's format (e.g. "Thu Apr 7 15:13:13 2005 -0700"): ${preview(value.trim())}`,
            );
          if (key === 'AuthorDate') d.authorDate = ms;
          else d.commitDate = ms;
        } else if (key === 'Date') {
          throw new InputFormatError(
            FN,
            at(n),
            `this log has a "Date:" line, so it was written without --pretty=fuller (which gives AuthorDate: and CommitDate:). Write it with: ${GIT_LOG_COMMAND}`,
          );
        } else if (key !== 'Merge') {
          throw new InputFormatError(
            FN,
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
            FN,
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
        const f = rawChange(text);
        if (f === undefined) throw new InputFormatError(FN, at(n), `not a --raw line: ${preview(text)}`);
        d.raw.push(f);
        d.state = State.Diff;
        continue;
      }
      if ((c >= 48 && c <= 57) || c === 45) {
        const f = numstatChange(text);
        if (f === undefined) throw new InputFormatError(FN, at(n), `not a --numstat line: ${preview(text)}`);
        d.numstat.push(f);
        d.state = State.Diff;
        continue;
      }
      if (text.startsWith('Notes')) {
        d.state = State.Notes;
        continue;
      }
      throw new InputFormatError(
        FN,
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
        FN,
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
