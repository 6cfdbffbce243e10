import type { Activity } from '../../../model/activity.js';
import { InputFormatError, type InputLocation } from '../../../model/errors.js';
import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { isoChatDate } from '../../chat/internal/chatTime.js';
import {
  expectArray,
  expectObject,
  field,
  jsonKind,
  optionalString,
  requiredKey,
} from '../../chat/internal/json.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';
import { discourseBotEvidence, discourseIdentityId } from './discourseUsers.js';

/** What one topic file gave. */
export interface DiscourseTopicRecords {
  topicId: string;
  posts: number;
  activities: Activity[];
  authors: SourceIdentity[];
  skips: [string, string][];
  likes: number;
  /** Posts the topic's stream lists but the file does not hold. */
  missingPosts: number;
}

const POST_TYPES: Record<number, string | undefined> = {
  1: undefined,
  2: 'moderator action post',
  3: 'small action (topic closed, pinned, split…)',
  4: 'whisper (staff-only post)',
};

/** The activity id of Discourse post `postId`. */
export const discoursePostId = (postId: string): string => boundedId(`discourse:post:${postId}`);

const positiveInt = (fn: string, at: InputLocation, v: unknown, column: string): number => {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return v;
  throw new InputFormatError(
    fn,
    { ...at, column },
    `expected a post number (1, 2, …), found ${jsonKind(v)}`,
    {
      value: v,
    },
  );
};

function tagLabels(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  const out: string[] = [];
  for (const t of tags) {
    const name =
      typeof t === 'string'
        ? t
        : typeof t === 'object' && t !== null && typeof (t as { name?: unknown }).name === 'string'
          ? (t as { name: string }).name
          : undefined;
    if (name !== undefined && name.trim() !== '' && out.length < 100) out.push(clip(name.trim(), 200));
  }
  return out;
}

const stripHtml = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The records of one topic as `/t/{id}.json` returns it: post 1 is a `post`
 * opening the thread `discourse:topic:<id>`; every other post a `reply` to
 * the post its `reply_to_post_number` names, or else to post 1; the accepted
 * answer (solved plugin) an `answer`. Small actions, moderator actions,
 * whispers and deleted posts are skipped.
 */
export function discourseTopicRecords(
  fn: string,
  file: string,
  parsed: unknown,
  includeText: boolean,
): DiscourseTopicRecords {
  const topic = expectObject(fn, { file }, parsed, 'a Discourse topic as /t/{id}.json returns it');
  const streamRaw = field(topic, 'post_stream');
  if (streamRaw === undefined)
    throw new InputFormatError(
      fn,
      { file },
      `not a Discourse topic: expected "post_stream" as /t/{id}.json returns it; found the keys ${Object.keys(topic).slice(0, 8).join(', ') || '(none)'}`,
    );
  const stream = expectObject(fn, { file, column: 'post_stream' }, streamRaw, 'the post stream');
  const posts = expectArray(fn, { file, column: 'post_stream.posts' }, field(stream, 'posts'), 'posts');
  const firstPost = posts[0];
  const topicId =
    field(topic, 'id') !== undefined
      ? requiredKey(fn, { file }, topic, 'id')
      : typeof firstPost === 'object' && firstPost !== null
        ? requiredKey(
            fn,
            { file, record: 'post_stream.posts[0]' },
            firstPost as Record<string, unknown>,
            'topic_id',
          )
        : requiredKey(fn, { file }, topic, 'id');
  const thread = boundedId(`discourse:topic:${topicId}`);
  const categoryId = field(topic, 'category_id');
  const channel =
    typeof categoryId === 'number' || (typeof categoryId === 'string' && categoryId !== '')
      ? clip(`category-${categoryId}`, 200)
      : undefined;
  const topics = tagLabels(field(topic, 'tags'));
  const acceptedRaw = field(topic, 'accepted_answer');
  const acceptedNumber =
    typeof acceptedRaw === 'object' && acceptedRaw !== null && !Array.isArray(acceptedRaw)
      ? field(acceptedRaw as Record<string, unknown>, 'post_number')
      : undefined;
  const out: DiscourseTopicRecords = {
    topicId,
    posts: posts.length,
    activities: [],
    authors: [],
    skips: [],
    likes: 0,
    missingPosts: 0,
  };
  const ids = field(stream, 'stream');
  if (Array.isArray(ids) && ids.length > posts.length) out.missingPosts = ids.length - posts.length;
  /** Activity id by post number, and each kept post's wanted parent number. */
  const byNumber = new Map<number, string>();
  const pending: [Activity, number | undefined][] = [];
  posts.forEach((raw, i) => {
    const record = `post_stream.posts[${i}]`;
    const at: InputLocation = { file, record };
    const p = expectObject(fn, at, raw, 'a post');
    const postId = requiredKey(fn, at, p, 'id');
    const number = positiveInt(fn, at, field(p, 'post_number'), 'post_number');
    const when = isoChatDate(fn, { ...at, column: 'created_at' }, field(p, 'created_at'));
    const postType = field(p, 'post_type');
    const typeSkip = typeof postType === 'number' ? POST_TYPES[postType] : undefined;
    const actionCode = optionalString(fn, at, p, 'action_code');
    const example = `${file} ${record}`;
    if (typeSkip !== undefined || (actionCode !== undefined && actionCode !== '')) {
      out.skips.push([typeSkip ?? (POST_TYPES[3] as string), example]);
      return;
    }
    const deleted = field(p, 'deleted_at');
    if ((deleted !== undefined && deleted !== null) || field(p, 'user_deleted') === true) {
      out.skips.push(['deleted post', example]);
      return;
    }
    const username = optionalString(fn, at, p, 'username');
    if (username === undefined || username === '') {
      out.skips.push(['post without a username', example]);
      return;
    }
    const userIdRaw = field(p, 'user_id');
    const userId =
      typeof userIdRaw === 'number' || typeof userIdRaw === 'string' ? String(userIdRaw) : undefined;
    const author: SourceIdentity = {
      id: discourseIdentityId(username),
      source: 'discourse',
      username: clip(username),
    };
    if (userId !== undefined) author.sourceId = clip(userId, 1000);
    const name = optionalString(fn, at, p, 'name');
    if (name !== undefined && name !== '') author.name = clip(name);
    const bot = discourseBotEvidence(userId);
    if (bot !== undefined) {
      author.platformBot = true;
      author.platformBotEvidence = bot;
    }
    out.authors.push(author);
    const accepted =
      field(p, 'accepted_answer') === true ||
      field(p, 'accepted_solution') === true ||
      acceptedNumber === number;
    const id = discoursePostId(postId);
    const activity: Activity = {
      id,
      memberId: author.id,
      at: when,
      kind: number === 1 ? 'post' : accepted ? 'answer' : 'reply',
      thread,
      topics,
      provenance: { source: 'discourse', sourceId: clip(postId, 1000), file, record },
    };
    if (channel !== undefined) activity.channel = channel;
    if (includeText) {
      const raw = optionalString(fn, at, p, 'raw');
      const cooked = optionalString(fn, at, p, 'cooked');
      const text = raw ?? (cooked === undefined ? undefined : stripHtml(cooked));
      if (text) activity.text = clip(text, 100_000);
    }
    const summary = field(p, 'actions_summary');
    if (Array.isArray(summary))
      for (const s of summary)
        if (typeof s === 'object' && s !== null && (s as { id?: unknown }).id === 2) {
          const c = (s as { count?: unknown }).count;
          if (typeof c === 'number' && Number.isSafeInteger(c) && c > 0) out.likes += c;
        }
    if (!byNumber.has(number)) byNumber.set(number, id);
    const to = field(p, 'reply_to_post_number');
    pending.push([activity, number === 1 ? undefined : typeof to === 'number' && to >= 1 ? to : 1]);
  });
  for (const [activity, parent] of pending) {
    if (parent !== undefined) {
      const target = byNumber.get(parent) ?? byNumber.get(1);
      if (target !== undefined && target !== activity.id) activity.replyTo = target;
    }
    out.activities.push(activity);
  }
  return out;
}
