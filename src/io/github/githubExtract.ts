import { match } from 'ts-pattern';
import { z } from 'zod';
import { parseWith } from '../../model/validate.js';
import type { SourceExtract } from '../core/sourceExtract.js';
import type { GithubInputFile } from './githubInputFile.js';
import { mapDiscussionsPage } from './internal/discussions.js';
import { ExtractBuilder } from './internal/extractBuilder.js';
import { fail, isObject, type RecordAt } from './internal/fields.js';
import { jsonRecords } from './internal/jsonRecords.js';
import { checkFiles, commonGithubOptions } from './internal/options.js';
import {
  type MapContext,
  mapIssue,
  mapIssueComment,
  mapIssueEvent,
  mapPull,
  mapReview,
  mapReviewComment,
  restKindOf,
} from './internal/restRecords.js';

/**
 * Options of {@link githubExtract}: which labels make an issue a question,
 * when a draft pull request starts waiting for a response, whether to keep
 * titles and bodies, and a description. Unknown options are refused.
 *
 * @example
 * ```ts
 * GithubExtractOptionsSchema.parse({}).questionLabels; // → ['question', 'help', 'support']
 * GithubExtractOptionsSchema.parse({}).draftStart; // → 'ready-for-review'
 * ```
 */
export const GithubExtractOptionsSchema = z.strictObject(commonGithubOptions);
/** Options of {@link githubExtract} (input; see {@link GithubExtractOptionsSchema}). */
export type GithubExtractOptions = z.input<typeof GithubExtractOptionsSchema>;

const FN = 'githubExtract';

/**
 * Reads GitHub exports — REST API JSON as `gh api --paginate` saves it, and
 * GraphQL pages of discussions — into a {@link SourceExtract}. Each file may
 * be one JSON array, several arrays back to back (one per page), JSON lines,
 * or objects back to back; each record's kind is told from its fields:
 * issues (pull requests included: an issue with a `pull_request` key), pull
 * requests, issue comments, review comments, reviews, issue events (for
 * `ready_for_review`), and `gh api graphql` pages of discussions. Commits
 * are recognised and skipped (read them with the git importer).
 *
 * Issues, pull requests and discussions open threads
 * (`github:OWNER/REPO#N`); comments, reviews and review comments reply to
 * the opening (a review comment answering another replies to it; a
 * discussion reply to its comment). Kinds: issue → `issue` (`post` when it
 * has a question label), pull request → `pull-request`, discussion →
 * `post`, comment → `comment` (`reply` on questions and discussions),
 * review → `review`, accepted answer → `answer`. Identities are
 * `github:<user id>` with the login as username and bots flagged.
 *
 * @param files - the files, each `{ name, input }` (text, bytes or a stream; gzip is detected)
 * @param options - see {@link GithubExtractOptionsSchema}
 * @returns the extract (activities sorted by time, then id)
 * @throws InputFormatError naming the file, line and field (`issues.json:3 [1].user.login: expected a string…`) for truncated or invalid JSON, a record of no known kind, a bad field or a date outside GitHub's lifetime
 * @throws ValidationError for bad options
 *
 * @example
 * ```ts
 * const issues = JSON.stringify([{ number: 1, title: 'How do I…?', url: 'https://api.github.com/repos/o/r/issues/1', labels: [{ name: 'question' }], user: { login: 'ada', id: 1, type: 'User' }, created_at: '2024-03-01T10:00:00Z' }]);
 * const comments = JSON.stringify([{ id: 7, issue_url: 'https://api.github.com/repos/o/r/issues/1', user: { login: 'bob', id: 2, type: 'User' }, created_at: '2024-03-01T12:00:00Z' }]);
 * const extract = await githubExtract([{ name: 'issues.json', input: issues }, { name: 'comments.json', input: comments }]);
 * extract.activities.map((a) => `${a.kind} ${a.replyTo ?? ''}`); // → ['post ', 'reply github:o/r#1']
 * ```
 */
export async function githubExtract(
  files: readonly GithubInputFile[],
  options: GithubExtractOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, GithubExtractOptionsSchema, options, 'options');
  const list = checkFiles(FN, files);
  const b = new ExtractBuilder();
  for (const { name, input } of list) {
    for await (const batch of jsonRecords(input, FN, name)) {
      for (const r of batch) {
        const at: RecordAt = { fn: FN, file: name, line: r.line, record: `[${r.index}]` };
        const ctx: MapContext = { b, at, text: o.text };
        const rec = r.value;
        if (!isObject(rec)) fail(at, '', 'expected an object (a GitHub record)');
        const kind = restKindOf(rec);
        if (kind === undefined)
          fail(
            at,
            '',
            'not a GitHub record this importer reads (an issue, pull request, issue comment, review comment, review, issue event or a discussions GraphQL page)',
          );
        match(kind)
          .with('issue', () => mapIssue(ctx, rec))
          .with('pull', () => mapPull(ctx, rec))
          .with('issueComment', () => mapIssueComment(ctx, rec))
          .with('reviewComment', () => mapReviewComment(ctx, rec))
          .with('review', () => mapReview(ctx, rec))
          .with('issueEvent', () => mapIssueEvent(ctx, rec))
          .with('graphql', () => mapDiscussionsPage(ctx, rec))
          .with('commit', () =>
            b.tally.skip(
              'commit (read commits with the git importer, which keeps authors and co-authors)',
              `${name}:${r.line}`,
            ),
          )
          .with('event', () =>
            fail(
              at,
              '',
              'a GH Archive event: read event files with ghArchiveExtract (community-kit import gharchive)',
            ),
          )
          .with('apiError', () =>
            fail(
              at,
              '',
              `a GitHub API error response, not data: ${JSON.stringify(String(rec.message)).slice(0, 200)}`,
            ),
          )
          .exhaustive();
      }
    }
  }
  return b.finish({
    questionLabels: o.questionLabels,
    draftStart: o.draftStart,
    source: 'github',
    description: o.description,
    files: list.map((f) => f.name),
  });
}
