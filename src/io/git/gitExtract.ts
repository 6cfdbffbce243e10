import { z } from 'zod';
import type { Activity } from '../../model/activity.js';
import { type ActivityKind, ActivityKindSchema } from '../../model/activityKinds.js';
import { DateInputSchema } from '../../model/dateInput.js';
import type { ValidationIssue } from '../../model/errors.js';
import { isSafeKey, LabelSchema } from '../../model/ids.js';
import type { Provenance } from '../../model/provenance.js';
import { fail, parseWith } from '../../model/validate.js';
import { type MailmapEntry, MailmapEntrySchema, parseMailmap } from '../core/mailmap.js';
import { skipTally } from '../core/skipTally.js';
import { SOURCE_EXTRACT_FORMAT, type SourceExtract, type SourceIdentity } from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import type { GitCommit } from './gitCommit.js';
import { gitCommitBatches } from './internal/gitLogParser.js';
import { gitIdentityId } from './internal/identityId.js';
import { compileTopicRules, type TopicRule, topLevelDirectory } from './internal/topicRules.js';
import { DEFAULT_TRAILER_KEYS } from './parseGitLog.js';

/**
 * What each trailer gives the person it names, by default (keys without
 * regard to case): a co-author gets a `commit` credit like the author's;
 * reviewers, ackers and testers a `review`; a reporter an `issue` (they
 * reported the problem the commit fixes). `Signed-off-by` (the Developer
 * Certificate of Origin, signed by the author and by whoever passed the patch
 * on), `Suggested-by` and `Helped-by` give nothing unless mapped with the
 * `trailers` option.
 *
 * @example
 * ```ts
 * DEFAULT_GIT_TRAILER_KINDS['reviewed-by']; // → 'review'
 * ```
 */
export const DEFAULT_GIT_TRAILER_KINDS: Readonly<Record<string, ActivityKind>> = {
  'co-authored-by': 'commit',
  'reviewed-by': 'review',
  'acked-by': 'review',
  'tested-by': 'review',
  'reported-by': 'issue',
};

/** Keys a user record may not have (JSON.parse keeps a `__proto__` key that zod would silently drop). */
function reservedKeyIssues(options: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof options !== 'object' || options === null) return issues;
  for (const name of ['topics', 'trailers']) {
    const value = (options as Record<string, unknown>)[name];
    if (typeof value === 'object' && value !== null)
      for (const key of Object.keys(value))
        if (!isSafeKey(key))
          issues.push({ path: `options.${name}`, message: `reserved key "${key}"`, code: 'invalid-input' });
  }
  return issues;
}

/**
 * Options of {@link gitExtract} (strict: an unknown option is an error).
 *
 * @example
 * ```ts
 * GitExtractOptionsSchema.parse({ repository: 'shell-novice' }).merges; // → false
 * ```
 */
export const GitExtractOptionsSchema = z.strictObject({
  /** The repository's name: every activity's `channel`, and the extract's description. */
  repository: LabelSchema.optional(),
  /** The log file as the user named it, for provenance and errors. */
  file: z.string().min(1).max(4096).optional(),
  /** Keep commits authored at or after this date (author date). */
  since: DateInputSchema.optional(),
  /** Keep commits authored before this date (author date; exclusive, so `2025-01-01` keeps all of 2024). */
  until: DateInputSchema.optional(),
  /** Keep merge commits (more than one parent) as activities; by default they are skipped and counted. */
  merges: z.boolean().default(false),
  /** `lines`: weight = lines added + removed (at least 1); `none` (default): no weight, every commit counts 1. */
  weight: z.enum(['none', 'lines']).default('none'),
  /**
   * Topics from the paths a commit changed: `top-level` (default) the top-level
   * directory of each file (files at the root give none); `none`; or rules
   * `{ glob: topic }`, first matching rule wins per file, paths no rule matches
   * falling back to `topicFallback`.
   */
  topics: z
    .union([z.enum(['top-level', 'none']), z.record(z.string().min(1), LabelSchema)])
    .default('top-level'),
  /** With topic rules: what a path no rule matches gives (`top-level`, default, or `none`). */
  topicFallback: z.enum(['top-level', 'none']).default('top-level'),
  /** Trailer key → activity kind (or `null` for nothing), over {@link DEFAULT_GIT_TRAILER_KINDS}; keys without regard to case. */
  trailers: z.record(z.string().min(1), ActivityKindSchema.nullable()).default({}),
  /** The repository's `.mailmap` (its text, or entries from parseMailmap), carried in the extract for assembleCommunity. */
  mailmap: z.union([z.string(), z.array(MailmapEntrySchema)]).optional(),
  /** The mailmap's file name, for provenance. */
  mailmapFile: z.string().min(1).max(4096).optional(),
  /** Commit text on activities (for expertise search): `none` (default), the `subject` line, or the whole `message`. */
  text: z.enum(['none', 'subject', 'message']).default('none'),
  /** Called with the number of commits read so far, after each batch (for progress displays). */
  onProgress: z
    .custom<(commits: number) => void>((v) => typeof v === 'function', 'expected a function')
    .optional(),
});

/** Options of {@link gitExtract} (input). */
export type GitExtractOptions = z.input<typeof GitExtractOptionsSchema>;

const MAX_TOPICS = 100;
const MAX_TEXT = 100_000;

/** The topics of a commit: one per file (rule, else fallback), the 100 most frequent if more, sorted by name. */
function commitTopics(commit: GitCommit, rules: readonly TopicRule[], fallback: boolean): string[] {
  if (commit.files.length === 0) return [];
  const counts = new Map<string, number>();
  for (const f of commit.files) {
    let topic: string | undefined;
    for (const r of rules)
      if (r.test(f.path)) {
        topic = r.topic;
        break;
      }
    if (topic === undefined && fallback) topic = topLevelDirectory(f.path)?.trim().slice(0, 200);
    if (topic !== undefined && topic !== '') counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  let topics = [...counts.keys()];
  if (topics.length > MAX_TOPICS)
    topics = topics
      .sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_TOPICS);
  return topics.sort();
}

/** Lines added + removed by a commit (binary files count 0). */
function linesChanged(commit: GitCommit): number {
  let n = 0;
  for (const f of commit.files) n += (f.added ?? 0) + (f.removed ?? 0);
  return n;
}

/** The role recorded in provenance for a trailer credit: `co-author` for Co-authored-by, else the key in lower case. */
const trailerRole = (key: string): string => (key === 'co-authored-by' ? 'co-author' : key);

/**
 * Turns a git log (the output of `git -c log.mailmap=false log
 * --pretty=fuller --numstat --raw --parents --decorate=full`, see
 * {@link gitLogArgs} and {@link parseGitLog}) into a {@link SourceExtract}:
 *
 * - identities `git:<e-mail in lower case>` (or `git:<name>` when the e-mail
 *   is empty), with the name and e-mail as written (the name used most often
 *   with that e-mail); who is who is left to assembleCommunity, which applies
 *   the repository's `.mailmap` carried in `extract.mailmap`;
 * - the author gets a `commit` at the author date (`git:<hash>`); each
 *   trailer whose key the trailer map names (`Co-authored-by` → `commit`,
 *   `Reviewed-by`/`Acked-by`/`Tested-by` → `review`, `Reported-by` →
 *   `issue`, see {@link DEFAULT_GIT_TRAILER_KINDS}) gives its person that
 *   kind, with the role in provenance (`co-author`, `reviewed-by`…); a
 *   trailer naming the author, or naming someone twice for the same kind, is
 *   skipped and counted;
 * - `channel` is the repository name; no `thread` (a commit is not part of a
 *   conversation in the log); topics from the changed paths; `weight` from
 *   lines changed when asked;
 * - merge commits are skipped and counted unless `merges: true`; commits
 *   authored outside `since`/`until` are skipped and counted;
 * - provenance `{ source: 'git', sourceId: hash, file, line }` on every activity.
 *
 * The committer is not credited (after a rebase, a web merge or an applied
 * patch, it is who pressed the button).
 *
 * @param input - the log as text, bytes (gzip accepted) or a stream of chunks
 * @param options - see {@link GitExtractOptionsSchema}
 * @returns the extract (identities in order of first appearance, activities in log order)
 * @throws {@link ValidationError} for bad options; {@link InputFormatError} for input that is not such a log (see {@link parseGitLog})
 *
 * @example
 * ```ts
 * const log = [
 *   'commit 1111111111111111111111111111111111111111',
 *   'Author:     Ada Lovelace <Ada@Example.org>',
 *   'AuthorDate: Mon Nov 11 11:14:51 2013 -0500',
 *   'Commit:     Ada Lovelace <Ada@Example.org>',
 *   'CommitDate: Mon Nov 11 11:14:51 2013 -0500',
 *   '',
 *   '    Add the intro',
 *   '    ',
 *   '    Co-authored-by: Bob <bob@example.org>',
 *   '',
 *   '12\t0\tdoc/intro.md',
 * ].join('\n');
 * const extract = await gitExtract(log, { repository: 'lessons' });
 * extract.activities.map((a) => [a.memberId, a.kind, a.topics, a.provenance?.role]);
 * // → [['git:ada@example.org', 'commit', ['doc'], undefined], ['git:bob@example.org', 'commit', ['doc'], 'co-author']]
 * ```
 */
export async function gitExtract(input: TextInput, options: GitExtractOptions = {}): Promise<SourceExtract> {
  const reserved = reservedKeyIssues(options);
  if (reserved.length > 0) fail('gitExtract', reserved);
  const o = parseWith('gitExtract', GitExtractOptionsSchema, options, 'options');
  const kinds = new Map<string, ActivityKind>(Object.entries(DEFAULT_GIT_TRAILER_KINDS));
  for (const [key, kind] of Object.entries(o.trailers)) {
    if (kind === null) kinds.delete(key.toLowerCase());
    else kinds.set(key.toLowerCase(), kind);
  }
  const rules = typeof o.topics === 'object' ? compileTopicRules(o.topics) : [];
  const fallback =
    o.topics === 'top-level' || (typeof o.topics === 'object' && o.topicFallback === 'top-level');
  const since = o.since?.getTime() ?? Number.NEGATIVE_INFINITY;
  const until = o.until?.getTime() ?? Number.POSITIVE_INFINITY;
  const skipped = skipTally();
  const identities = new Map<string, { identity: SourceIdentity; names: Map<string, number> }>();
  const activities: Activity[] = [];
  const read = { commits: 0, merges: 0, trailers: 0 };

  const idByEmail = new Map<string, string | undefined>();
  const identify = (name: string | undefined, email: string | undefined): string | undefined => {
    let id: string | undefined;
    if (email !== undefined && email !== '') {
      id = idByEmail.get(email);
      if (id === undefined) {
        id = gitIdentityId(name, email);
        if (email.trim() !== '') idByEmail.set(email, id); // a blank e-mail falls back to the name: not cached
      }
    } else id = gitIdentityId(name, email);
    if (id === undefined) return undefined;
    let entry = identities.get(id);
    if (entry === undefined) {
      const e = (email ?? '').trim();
      entry = {
        identity: { id, source: 'git', ...(e === '' ? {} : { email: e.slice(0, 500) }) },
        names: new Map(),
      };
      identities.set(id, entry);
    }
    const n = (name ?? '').trim();
    if (n !== '') entry.names.set(n, (entry.names.get(n) ?? 0) + 1);
    return id;
  };

  const channel = o.repository;
  /** One activity, its fields in the same order every time (no spreads: this runs once per credit). */
  const activity = (
    id: string,
    memberId: string,
    at: Date,
    kind: ActivityKind,
    topics: string[],
    provenance: Provenance,
    weight: number | undefined,
    text: string | undefined,
  ): Activity => {
    const a: Activity =
      channel === undefined
        ? { id, memberId, at, kind, topics }
        : { id, memberId, at, channel, kind, topics };
    if (weight !== undefined) a.weight = weight;
    if (text !== undefined && text !== '') a.text = text;
    a.provenance = provenance;
    return a;
  };
  const provenance = (commit: GitCommit, line: number, role?: string): Provenance => {
    const p: Provenance = { source: 'git', sourceId: commit.hash };
    if (o.file !== undefined) p.file = o.file;
    p.line = line;
    if (role !== undefined) p.role = role;
    return p;
  };

  const take = (commit: GitCommit): void => {
    read.commits++;
    const merge = commit.parents.length > 1;
    if (merge) read.merges++;
    read.trailers += commit.trailers.length;
    const short = commit.hash.slice(0, 12);
    const at = commit.authorDate.getTime();
    if (at < since || at >= until) {
      skipped.skip('commit authored outside since/until', short);
      return;
    }
    if (merge && !o.merges) {
      skipped.skip('merge commit (merges: true keeps them)', short);
      return;
    }
    const authorId = identify(commit.author.name, commit.author.email);
    if (authorId === undefined) {
      skipped.skip('commit whose author has neither name nor e-mail', short);
      return;
    }
    const topics = commitTopics(commit, rules, fallback);
    const lines = o.weight === 'lines' ? Math.max(1, linesChanged(commit)) : undefined;
    const text =
      o.text === 'none'
        ? undefined
        : (o.text === 'subject' ? (commit.message.split('\n', 1)[0] as string) : commit.message).slice(
            0,
            MAX_TEXT,
          );
    activities.push(
      activity(
        `git:${commit.hash}`,
        authorId,
        commit.authorDate,
        'commit',
        topics,
        provenance(commit, commit.line),
        lines,
        text,
      ),
    );
    const credited = new Set<string>();
    let k = 0;
    for (const t of commit.trailers) {
      const key = t.key.toLowerCase();
      const kind = kinds.get(key);
      if (kind === undefined) continue;
      const id = identify(t.name, t.email);
      if (id === undefined) {
        skipped.skip(`${t.key} trailer without a name or e-mail`, `${short} line ${t.line}`);
        continue;
      }
      if (id === authorId) {
        skipped.skip(`${t.key} trailer naming the commit's author`, `${short} line ${t.line}`);
        continue;
      }
      if (credited.has(`${kind} ${id}`)) {
        skipped.skip(`${t.key} trailer repeating a person already credited`, `${short} line ${t.line}`);
        continue;
      }
      credited.add(`${kind} ${id}`);
      const role = trailerRole(key);
      k++;
      activities.push(
        activity(
          `git:${commit.hash}:${k}`,
          id,
          commit.authorDate,
          kind,
          topics,
          provenance(commit, t.line, role),
          kind === 'commit' ? lines : undefined,
          undefined,
        ),
      );
    }
  };

  const trailerKeys = new Set([...DEFAULT_TRAILER_KEYS, ...kinds.keys()]);
  for await (const batch of gitCommitBatches(input, {
    fn: 'gitExtract',
    ...(o.file === undefined ? {} : { file: o.file }),
    trailerKeys,
  })) {
    for (const commit of batch) take(commit);
    o.onProgress?.(read.commits);
  }

  const mailmap: MailmapEntry[] =
    o.mailmap === undefined
      ? []
      : typeof o.mailmap === 'string'
        ? parseMailmap(o.mailmap, o.mailmapFile === undefined ? {} : { file: o.mailmapFile })
        : o.mailmap;
  const warnings =
    read.commits === 0
      ? ['no commits read: the log is empty (or since/until left nothing for git to print)']
      : [];
  return {
    format: SOURCE_EXTRACT_FORMAT,
    source: 'git',
    ...(o.repository === undefined ? {} : { description: `git history of ${o.repository}` }),
    files: [
      ...(o.file === undefined ? [] : [o.file]),
      ...(o.mailmapFile === undefined ? [] : [o.mailmapFile]),
    ],
    identities: [...identities.values()].map(({ identity, names }) => {
      let best: string | undefined;
      let most = 0;
      for (const [name, count] of names)
        if (count > most) {
          best = name;
          most = count;
        }
      return best === undefined ? identity : { ...identity, name: best.slice(0, 500) };
    }),
    profiles: [],
    activities,
    gatherings: [],
    roleAssignments: [],
    skillAssessments: [],
    mailmap,
    read,
    skipped: skipped.list(),
    warnings,
  };
}
