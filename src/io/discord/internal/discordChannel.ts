import type { Activity } from '../../../model/activity.js';
import { InputFormatError, type InputLocation } from '../../../model/errors.js';
import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { isoChatDate } from '../../chat/internal/chatTime.js';
import {
  expectArray,
  expectObject,
  field,
  optionalArray,
  optionalString,
  requiredKey,
} from '../../chat/internal/json.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';

/** What one DiscordChatExporter file gave. */
export interface DiscordChannelRecords {
  /** The channel's kind as DiscordChatExporter writes it (`GuildTextChat`, `GuildPublicThread`, `DirectTextChat`…). */
  channelType: string;
  /** The thread id when the file is a thread (`discord:<thread channel id>`). */
  thread: string | undefined;
  messages: number;
  activities: Activity[];
  /** The message ids each activity's message replies to by `reference.messageId`, by activity id. */
  references: Map<string, string>;
  authors: SourceIdentity[];
  skips: [string, string][];
  unlistedReactions: number;
}

/** The activity id of Discord message `id`. */
export const discordMessageId = (id: string): string => boundedId(`discord:${id}`);

/** Whether a DiscordChatExporter channel type is a direct-message conversation. */
export const isDirectChannel = (type: string): boolean =>
  type === 'DirectTextChat' || type === 'DirectGroupTextChat';

function discordUser(fn: string, at: InputLocation, raw: unknown): SourceIdentity {
  const u = expectObject(fn, at, raw, 'a user');
  const userId = requiredKey(fn, at, u, 'id');
  const identity: SourceIdentity = {
    id: boundedId(`discord:${userId}`),
    source: 'discord',
    sourceId: clip(userId, 1000),
  };
  const name = optionalString(fn, at, u, 'name');
  const discriminator = optionalString(fn, at, u, 'discriminator');
  const nickname = optionalString(fn, at, u, 'nickname');
  if (name !== undefined && name !== '')
    identity.username = clip(
      discriminator !== undefined && discriminator !== '' && discriminator !== '0' && discriminator !== '0000'
        ? `${name}#${discriminator}`
        : name,
    );
  if (nickname !== undefined && nickname !== '' && nickname !== name) identity.name = clip(nickname);
  if (field(u, 'isBot') === true) {
    identity.platformBot = true;
    identity.platformBotEvidence = 'Discord author "isBot": true';
  }
  return identity;
}

/**
 * The records of one DiscordChatExporter JSON file (one channel or thread):
 * `Default` and `Reply` messages as posts and replies (replies by
 * `reference.messageId`; in a thread file, every message but the thread's
 * starter replies to the starter), `GuildMemberJoin` as joins, a reaction
 * activity per listed reacting user; other message types skipped.
 */
export function discordChannelRecords(
  fn: string,
  file: string,
  parsed: unknown,
  includeText: boolean,
): DiscordChannelRecords {
  const root = expectObject(fn, { file }, parsed, 'a DiscordChatExporter export');
  if (field(root, 'messages') === undefined || field(root, 'channel') === undefined)
    throw new InputFormatError(
      fn,
      { file },
      `not a DiscordChatExporter JSON export: expected "guild", "channel" and "messages"; found the keys ${Object.keys(root).slice(0, 8).join(', ') || '(none)'}`,
    );
  const channel = expectObject(fn, { file, column: 'channel' }, field(root, 'channel'), 'the channel');
  const channelId = requiredKey(fn, { file, column: 'channel' }, channel, 'id');
  const channelType = optionalString(fn, { file, column: 'channel' }, channel, 'type') ?? 'GuildTextChat';
  const isThread = /Thread$/.test(channelType);
  const name = optionalString(fn, { file, column: 'channel' }, channel, 'name');
  const parent = optionalString(fn, { file, column: 'channel' }, channel, 'category');
  const label = clip(((isThread ? parent : name) ?? name ?? channelId).trim() || channelId, 200);
  const thread = isThread ? discordMessageId(channelId) : undefined;
  const messages = expectArray(fn, { file, column: 'messages' }, field(root, 'messages'), 'messages');
  const out: DiscordChannelRecords = {
    channelType,
    thread,
    messages: messages.length,
    activities: [],
    references: new Map(),
    authors: [],
    skips: [],
    unlistedReactions: 0,
  };
  messages.forEach((raw, i) => {
    const record = `messages[${i}]`;
    const at: InputLocation = { file, record };
    const m = expectObject(fn, at, raw, 'a message');
    const messageId = requiredKey(fn, at, m, 'id');
    const type = optionalString(fn, at, m, 'type') ?? 'Default';
    const join = type === 'GuildMemberJoin';
    if (type !== 'Default' && type !== 'Reply' && !join) {
      out.skips.push([`system message (type ${JSON.stringify(clip(type, 50))})`, `${file} ${record}`]);
      return;
    }
    const when = isoChatDate(fn, { ...at, column: 'timestamp' }, field(m, 'timestamp'));
    const author = discordUser(fn, { ...at, column: 'author' }, field(m, 'author'));
    out.authors.push(author);
    const id = discordMessageId(messageId);
    const provenance = { source: 'discord', sourceId: clip(messageId, 1000), file, record };
    if (join) {
      out.activities.push({
        id,
        memberId: author.id,
        at: when,
        kind: 'join',
        channel: label,
        topics: [],
        provenance,
      });
      return;
    }
    const activity: Activity = {
      id,
      memberId: author.id,
      at: when,
      kind: 'post',
      channel: label,
      topics: [],
      provenance,
    };
    const reference = field(m, 'reference');
    const refId =
      reference === undefined || reference === null
        ? undefined
        : optionalString(
            fn,
            { ...at, column: 'reference' },
            expectObject(fn, { ...at, column: 'reference' }, reference, 'a reference'),
            'messageId',
          );
    if (refId !== undefined && refId !== '' && refId !== messageId) {
      activity.kind = 'reply';
      activity.replyTo = discordMessageId(refId);
      out.references.set(id, activity.replyTo);
    }
    if (thread !== undefined) {
      activity.thread = thread;
      if (id !== thread) {
        activity.kind = 'reply';
        activity.replyTo ??= thread;
      }
    }
    if (includeText) {
      const content = optionalString(fn, at, m, 'content');
      if (content) activity.text = clip(content, 100_000);
    }
    out.activities.push(activity);
    const reactions = optionalArray(fn, at, m, 'reactions', 'reactions');
    if (reactions === undefined) return;
    reactions.forEach((r, k) => {
      const rAt = { file, record: `${record}.reactions[${k}]` };
      const reaction = expectObject(fn, rAt, r, 'a reaction');
      const emojiRaw = field(reaction, 'emoji');
      const emoji =
        typeof emojiRaw === 'object' && emojiRaw !== null && !Array.isArray(emojiRaw)
          ? optionalString(fn, rAt, emojiRaw as Record<string, unknown>, 'code') ||
            optionalString(fn, rAt, emojiRaw as Record<string, unknown>, 'name') ||
            '?'
          : '?';
      const users = field(reaction, 'users');
      const seen = new Set<string>();
      if (Array.isArray(users))
        users.forEach((u, j) => {
          const who = discordUser(fn, { ...rAt, column: `users[${j}]` }, u);
          if (seen.has(who.id)) return;
          seen.add(who.id);
          out.authors.push(who);
          const reactionActivity: Activity = {
            id: boundedId(`${id}:reaction:${emoji}:${who.sourceId}`),
            memberId: who.id,
            at: when,
            kind: 'reaction',
            channel: label,
            replyTo: id,
            topics: [],
            provenance: {
              source: 'discord',
              sourceId: clip(`${messageId} ${emoji}`, 1000),
              file,
              record: rAt.record,
            },
          };
          if (thread !== undefined) reactionActivity.thread = thread;
          out.activities.push(reactionActivity);
        });
      const count = field(reaction, 'count');
      if (typeof count === 'number' && Number.isSafeInteger(count) && count > seen.size)
        out.unlistedReactions += count - seen.size;
    });
  });
  return out;
}
