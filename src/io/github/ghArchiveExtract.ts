import { z } from 'zod';
import { InputFormatError } from '../../model/errors.js';
import { parseWith } from '../../model/validate.js';
import type { SourceExtract } from '../core/sourceExtract.js';
import { lineBatches } from '../core/textInput.js';
import type { GithubInputFile } from './githubInputFile.js';
import { ExtractBuilder } from './internal/extractBuilder.js';
import { isObject } from './internal/fields.js';
import { eventContext, mapEvent, READ_EVENT_TYPES } from './internal/ghArchiveEvents.js';
import { checkFiles, commonGithubOptions } from './internal/options.js';

/**
 * Options of {@link ghArchiveExtract}: the options of githubExtract (questionLabels, draftStart, text, description),
 * plus the repositories to keep and whether pushes become activities.
 * Unknown options are refused.
 *
 * @example
 * ```ts
 * GhArchiveExtractOptionsSchema.parse({ repositories: ['octo-org/widgets'] }).pushes; // → true
 * ```
 */
export const GhArchiveExtractOptionsSchema = z.strictObject({
  ...commonGithubOptions,
  /** Read only these repositories (`owner/name`, any case); default: every repository in the files. */
  repositories: z.array(z.string().min(3).max(300)).max(100_000).optional(),
  /** Read pushes as `commit` activities of the pusher (one per push, weighted by its distinct commits when the payload says). */
  pushes: z.boolean().default(true),
});
/** Options of {@link ghArchiveExtract} (input; see {@link GhArchiveExtractOptionsSchema}). */
export type GhArchiveExtractOptions = z.input<typeof GhArchiveExtractOptionsSchema>;

const FN = 'ghArchiveExtract';
const TYPE_KEY = '"type":"';
const REPO_KEY = '"repo":{';
const NAME_KEY = '"name":"';

/** The event type written near the start of a GH Archive line, without parsing it (undefined when not found there). */
function typeOfLine(line: string): string | undefined {
  const k = line.indexOf(TYPE_KEY);
  if (k < 0 || k > 120) return undefined;
  const end = line.indexOf('"', k + TYPE_KEY.length);
  if (end < 0) return undefined;
  const type = line.slice(k + TYPE_KEY.length, end);
  return type.endsWith('Event') ? type : undefined;
}

/** The repository name of a GH Archive line, without parsing it (undefined when not found). */
function repoOfLine(line: string): string | undefined {
  const r = line.indexOf(REPO_KEY);
  if (r < 0) return undefined;
  const k = line.indexOf(NAME_KEY, r);
  if (k < 0 || k - r > 80) return undefined;
  const end = line.indexOf('"', k + NAME_KEY.length);
  return end < 0 ? undefined : line.slice(k + NAME_KEY.length, end);
}

/**
 * Reads GH Archive event files (https://www.gharchive.org: one JSON event per
 * line, hourly files gzipped — pass them as they are) into a
 * {@link SourceExtract}: IssuesEvent, IssueCommentEvent, PullRequestEvent,
 * PullRequestReviewEvent, PullRequestReviewCommentEvent, DiscussionEvent and
 * PushEvent become activities as {@link githubExtract} maps the same records
 * (a push is a `commit` by the pusher); ReleaseEvent and the other actions
 * are counted. Since October 2025 GH Archive holds trimmed payloads (no pull
 * request author, title or dates; pushes without commits): the event's actor
 * and time stand in for what is missing, and an event that lacks what it
 * needs is skipped and counted, never fatal. Lines of other event types are
 * skipped without being parsed. Streaming: memory grows with the activities
 * kept, not with the files.
 *
 * @param files - the files, each `{ name, input }` (text, bytes or a stream of chunks; gzip is detected)
 * @param options - see {@link GhArchiveExtractOptionsSchema}
 * @returns the extract (activities sorted by time, then id)
 * @throws InputFormatError when a file is not GH Archive JSON lines (its first line is not an event) or a gzip file is corrupt or truncated
 * @throws ValidationError for bad options
 *
 * @example
 * ```ts
 * const lines = [
 *   '{"id":"1","type":"IssuesEvent","actor":{"id":1,"login":"ada"},"repo":{"id":9,"name":"o/r"},"payload":{"action":"opened","issue":{"number":3}},"created_at":"2025-11-01T10:00:00Z"}',
 *   '{"id":"2","type":"WatchEvent","actor":{"id":2,"login":"bob"},"repo":{"id":9,"name":"o/r"},"payload":{"action":"started"},"created_at":"2025-11-01T10:05:00Z"}',
 * ].join('\n');
 * const extract = await ghArchiveExtract([{ name: '2025-11-01-10.json.gz', input: lines }]);
 * extract.activities.map((a) => a.kind); // → ['issue']
 * ```
 */
export async function ghArchiveExtract(
  files: readonly GithubInputFile[],
  options: GhArchiveExtractOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, GhArchiveExtractOptionsSchema, options, 'options');
  const list = checkFiles(FN, files);
  const wanted =
    o.repositories === undefined ? undefined : new Set(o.repositories.map((r) => r.toLowerCase()));
  const b = new ExtractBuilder();
  const skippedTypes = new Map<string, number>();
  let invalid = 0;
  const ctx = eventContext(b, o.text, o.pushes);
  for (const { name, input } of list) {
    ctx.file = name;
    ctx.fileIndex = b.fileIndex(name);
    let lineNo = 0;
    let events = 0;
    const batches = lineBatches(input);
    for (;;) {
      let next: IteratorResult<string[]>;
      try {
        next = await batches.next();
      } catch (error) {
        throw new InputFormatError(
          FN,
          { file: name, line: lineNo + 1 },
          `cannot be decompressed or decoded (${error instanceof Error ? error.message : String(error)}); is the .gz file complete?`,
        );
      }
      if (next.done) break;
      for (const line of next.value) {
        lineNo++;
        if (line.length === 0) continue;
        const type = typeOfLine(line);
        if (type !== undefined && !READ_EVENT_TYPES.has(type)) {
          events++;
          skippedTypes.set(type, (skippedTypes.get(type) ?? 0) + 1);
          continue;
        }
        if (wanted !== undefined) {
          const repo = repoOfLine(line);
          if (repo !== undefined && !wanted.has(repo.toLowerCase())) {
            events++;
            b.count('otherRepositories');
            continue;
          }
        }
        let e: unknown;
        try {
          e = JSON.parse(line);
        } catch {
          if (events === 0 && lineNo === 1)
            throw new InputFormatError(
              FN,
              { file: name, line: 1 },
              'not GH Archive JSON lines: the first line is not JSON',
            );
          invalid++;
          b.tally.skip('line is not valid JSON (truncated or corrupted)', `${name}:${lineNo}`);
          continue;
        }
        if (!isObject(e) || typeof e.type !== 'string' || !isObject(e.payload)) {
          if (events === 0)
            throw new InputFormatError(
              FN,
              { file: name, line: lineNo },
              'not a GH Archive event (expected an object with type, actor, repo and payload); REST exports are read by githubExtract (community-kit import github)',
            );
          b.tally.skip('line is not a GH Archive event', `${name}:${lineNo}`);
          continue;
        }
        events++;
        if (wanted !== undefined) {
          const repo = isObject(e.repo) && typeof e.repo.name === 'string' ? e.repo.name.toLowerCase() : '';
          if (!wanted.has(repo)) {
            b.count('otherRepositories');
            continue;
          }
        }
        if (!READ_EVENT_TYPES.has(e.type)) {
          skippedTypes.set(e.type, (skippedTypes.get(e.type) ?? 0) + 1);
          continue;
        }
        ctx.line = lineNo;
        mapEvent(ctx, e);
      }
    }
    b.count('events', events);
    if (events === 0) b.warnings.push(`${name} holds no GH Archive events.`);
  }
  for (const [type, n] of [...skippedTypes].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)))
    b.count(`other:${type}`, n);
  if (invalid > 0)
    b.warnings.push(`${invalid} line${invalid === 1 ? ' was' : 's were'} not valid JSON and skipped.`);
  return b.finish({
    questionLabels: o.questionLabels,
    draftStart: o.draftStart,
    source: 'github',
    description: o.description,
    files: list.map((f) => f.name),
  });
}
