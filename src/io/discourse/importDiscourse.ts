import { z } from 'zod';
import type { Activity } from '../../model/activity.js';
import { InputFormatError } from '../../model/errors.js';
import { parseWith } from '../../model/validate.js';
import type { ExportInput } from '../chat/exportInput.js';
import {
  CHAT_OPTION_FIELDS,
  chatExtract,
  foundFiles,
  keepFirstSeen,
  kindCounts,
  recordExample,
  sortedIdentities,
} from '../chat/internal/chatExtract.js';
import { exportTexts } from '../chat/internal/exportTexts.js';
import { mergeIdentity } from '../chat/internal/identities.js';
import { parseJsonFile } from '../chat/internal/json.js';
import { dropMissingReplyTargets } from '../chat/internal/replyTargets.js';
import { compareStrings } from '../core/internal/sortKey.js';
import { skipTally } from '../core/skipTally.js';
import type { SourceExtract, SourceIdentity } from '../core/sourceExtract.js';
import { type DiscourseTopicRecords, discourseTopicRecords } from './internal/discourseTopic.js';
import { type DiscourseUserList, discourseUserList } from './internal/discourseUsers.js';

const FN = 'importDiscourse';

/**
 * Options of {@link importDiscourse}.
 *
 * @example
 * ```ts
 * ImportDiscourseOptionsSchema.parse({}); // → { text: false }
 * ```
 */
export const ImportDiscourseOptionsSchema = z.strictObject({
  /** Keep post text (`raw`, else `cooked` without its HTML tags) on the activities; default false. */
  text: CHAT_OPTION_FIELDS.text,
  /** A description of the forum for the extract. */
  description: CHAT_OPTION_FIELDS.description,
});

/** Options of {@link importDiscourse} (see {@link ImportDiscourseOptionsSchema}). */
export type ImportDiscourseOptions = z.input<typeof ImportDiscourseOptionsSchema>;

const isJson = (path: string): boolean => /\.json(\.gz)?$/i.test(path);
const isCsv = (path: string): boolean => /\.csv(\.gz)?$/i.test(path);
const cmp = compareStrings;

/**
 * Reads a Discourse forum's topics as the API returns them (`/t/{id}.json`,
 * one file per topic, best fetched with `?print=true` so all posts are in
 * it) and, optionally, the admin user-list CSV, into a {@link SourceExtract}:
 *
 * - a topic is a thread `discourse:topic:<id>`; post 1 is a `post`, every
 *   other post a `reply` to the post its `reply_to_post_number` names (else
 *   to post 1); the accepted answer (`accepted_answer` / `accepted_solution`,
 *   the solved plugin) is an `answer`;
 * - identities `discourse:<username>` (lower case) with the user id, the
 *   name, and the e-mail from the CSV; system accounts (ids ≤ 0) are bots;
 * - the CSV's `created_at` is a `join` (staged users excepted);
 * - small actions, moderator actions, whispers and deleted posts are skipped
 *   and counted; likes are counted (the API does not say who liked).
 *
 * @param input - the files (`.json` topics, `.csv` user list), as a list, a stream or a ZIP (see {@link ExportInput})
 * @param options - see {@link ImportDiscourseOptionsSchema}
 * @returns the extract; `read` counts files, topics, posts, users and likes
 * @throws {@link InputFormatError} for a file that is not a topic or a user list (naming the file and record)
 * @throws {@link ValidationError} for unknown or bad options
 *
 * @example
 * ```ts
 * const topic = {
 *   id: 7, title: 'How do I start?', category_id: 2,
 *   post_stream: { posts: [
 *     { id: 70, post_number: 1, username: 'ada', user_id: 1, created_at: '2024-01-02T10:00:00.000Z' },
 *     { id: 71, post_number: 2, username: 'grace', user_id: 2, created_at: '2024-01-02T11:00:00.000Z', accepted_answer: true },
 *   ] },
 * };
 * const extract = await importDiscourse([{ path: 't/7.json', text: JSON.stringify(topic) }]);
 * extract.activities.map((a) => `${a.id} ${a.kind} ${a.replyTo ?? '-'}`);
 * // → ['discourse:post:70 post -', 'discourse:post:71 answer discourse:post:70']
 * ```
 */
export async function importDiscourse(
  input: ExportInput,
  options: ImportDiscourseOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ImportDiscourseOptionsSchema, options, 'options');
  const skips = skipTally();
  const topicFiles = new Map<string, DiscourseTopicRecords>();
  const userLists = new Map<string, DiscourseUserList>();
  const others: string[] = [];
  for await (const { path, text } of exportTexts(FN, input, (p) => isJson(p) || isCsv(p))) {
    if (text === undefined) {
      others.push(path);
      continue;
    }
    if (topicFiles.has(path) || userLists.has(path)) {
      others.push(path);
      continue;
    }
    if (isCsv(path)) userLists.set(path, discourseUserList(FN, path, text));
    else topicFiles.set(path, discourseTopicRecords(FN, path, parseJsonFile(FN, path, text), o.text));
  }
  if (topicFiles.size === 0 && userLists.size === 0)
    throw new InputFormatError(
      FN,
      {},
      `not a Discourse export: expected topic files as /t/{id}.json returns them and/or the admin user-list CSV; found ${foundFiles(others)}`,
    );
  for (const p of others.sort(cmp))
    skips.skip('file that is neither a topic (.json) nor a user list (.csv)', p);

  const identities = new Map<string, SourceIdentity>();
  const activities: Activity[] = [];
  const seen = new Set<string>();
  const csvFiles = [...userLists.keys()].sort(cmp);
  let users = 0;
  for (const path of csvFiles) {
    const list = userLists.get(path) as DiscourseUserList;
    users += list.rows;
    for (const identity of list.identities) mergeIdentity(identities, identity);
    for (const [, where] of list.staged)
      skips.skip('staged user (created by incoming e-mail, not a sign-up): no join', where);
    keepFirstSeen(seen, activities, list.joins, (join) =>
      skips.skip('user listed twice (first kept)', `${join.provenance?.file}:${join.provenance?.line}`),
    );
  }
  const topicPaths = [...topicFiles.keys()].sort(cmp);
  const topicIds = new Set<string>();
  let posts = 0;
  let likes = 0;
  let missingPosts = 0;
  let incompleteTopics = 0;
  for (const path of topicPaths) {
    const t = topicFiles.get(path) as DiscourseTopicRecords;
    topicIds.add(t.topicId);
    posts += t.posts;
    likes += t.likes;
    if (t.missingPosts > 0) {
      missingPosts += t.missingPosts;
      incompleteTopics++;
    }
    for (const [reason, example] of t.skips) skips.skip(reason, example);
    for (const author of t.authors) mergeIdentity(identities, author);
    keepFirstSeen(seen, activities, t.activities, (a) =>
      skips.skip('post given twice (first kept)', recordExample(a)),
    );
  }
  const warnings: string[] = [];
  if (missingPosts > 0)
    warnings.push(
      `${missingPosts} post${missingPosts === 1 ? '' : 's'} of ${incompleteTopics} topic${incompleteTopics === 1 ? '' : 's'} listed in post_stream.stream but not in the files (/t/{id}.json holds the first 20 posts; fetch /t/{id}.json?print=true for all)`,
    );
  const dropped = dropMissingReplyTargets(activities);
  if (dropped > 0)
    warnings.push(
      `${dropped} repl${dropped === 1 ? 'y names a post' : 'ies name posts'} the files do not hold (kept without replyTo)`,
    );
  if (likes > 0)
    warnings.push(
      `${likes} like${likes === 1 ? '' : 's'} counted but not imported: the topic JSON does not say who liked`,
    );
  const count = kindCounts(activities);
  return chatExtract({
    source: 'discourse',
    files: [...csvFiles, ...topicPaths],
    identities: sortedIdentities(identities),
    activities,
    read: {
      files: topicFiles.size + userLists.size,
      topics: topicIds.size,
      posts,
      users,
      likes,
      replies: count('reply'),
      answers: count('answer'),
      joins: count('join'),
    },
    skips,
    warnings,
    description: o.description,
  });
}
