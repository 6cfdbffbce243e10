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
import {
  type DiscordChannelRecords,
  discordChannelRecords,
  isDirectChannel,
} from './internal/discordChannel.js';

const FN = 'importDiscord';

/**
 * Options of {@link importDiscord}.
 *
 * @example
 * ```ts
 * ImportDiscordOptionsSchema.parse({}); // → { directMessages: false, text: false }
 * ```
 */
export const ImportDiscordOptionsSchema = z.strictObject({
  /** Read direct-message exports (channel types `DirectTextChat`, `DirectGroupTextChat`); default false: skipped and counted. */
  directMessages: CHAT_OPTION_FIELDS.directMessages,
  /** Keep message content on the activities; default false. */
  text: CHAT_OPTION_FIELDS.text,
  /** A description of the server for the extract. */
  description: CHAT_OPTION_FIELDS.description,
});

/** Options of {@link importDiscord} (see {@link ImportDiscordOptionsSchema}). */
export type ImportDiscordOptions = z.input<typeof ImportDiscordOptionsSchema>;

const isJson = (path: string): boolean => /\.json(\.gz)?$/i.test(path);

/**
 * Reads Discord channels and threads exported with DiscordChatExporter
 * (`--format Json`, one file per channel or thread) into a
 * {@link SourceExtract}:
 *
 * - identities `discord:<user id>` (username, with `#discriminator` for
 *   accounts that still have one; the server nickname as the name;
 *   `isBot` flags bots and webhooks);
 * - messages (`Default`, `Reply`) as activities `discord:<message id>`: a
 *   `reply` when `reference.messageId` names another message (which it
 *   `replyTo`s), else a `post`; a thread file's messages are replies in the
 *   thread `discord:<thread id>`, to the message that started it;
 * - `GuildMemberJoin` as `join`; a `reaction` per listed reacting user;
 * - other message types (pins, thread-created notices, calls, boosts…)
 *   skipped and counted by type; direct messages skipped unless
 *   `directMessages` is set.
 *
 * A non-thread message's `thread` is the first message of its reply chain
 * that the export holds.
 *
 * @param input - the JSON files, as a list, a stream or a ZIP (see {@link ExportInput})
 * @param options - see {@link ImportDiscordOptionsSchema}
 * @returns the extract; `read` counts files, channels, threads, messages, posts, replies, reactions and joins
 * @throws {@link InputFormatError} for a file that is not a DiscordChatExporter JSON export (naming the file and record)
 * @throws {@link ValidationError} for unknown or bad options
 *
 * @example
 * ```ts
 * const file = {
 *   guild: { id: '1', name: 'Example' },
 *   channel: { id: '10', type: 'GuildTextChat', name: 'help' },
 *   messages: [
 *     { id: '100', type: 'Default', timestamp: '2024-01-02T10:00:00+00:00', author: { id: '7', name: 'ada', isBot: false } },
 *     { id: '101', type: 'Reply', timestamp: '2024-01-02T10:05:00+00:00', author: { id: '8', name: 'grace', isBot: false }, reference: { messageId: '100' } },
 *   ],
 * };
 * const extract = await importDiscord([{ path: 'help.json', text: JSON.stringify(file) }]);
 * extract.activities.map((a) => `${a.id} ${a.kind} ${a.replyTo ?? '-'}`);
 * // → ['discord:100 post -', 'discord:101 reply discord:100']
 * ```
 */
export async function importDiscord(
  input: ExportInput,
  options: ImportDiscordOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ImportDiscordOptionsSchema, options, 'options');
  const skips = skipTally();
  const channels = new Map<string, DiscordChannelRecords>();
  const others: string[] = [];
  for await (const { path, text } of exportTexts(FN, input, isJson)) {
    if (text === undefined || channels.has(path)) others.push(path);
    else channels.set(path, discordChannelRecords(FN, path, parseJsonFile(FN, path, text), o.text));
  }
  if (channels.size === 0)
    throw new InputFormatError(
      FN,
      {},
      `not a DiscordChatExporter export: expected JSON files (DiscordChatExporter --format Json); found ${foundFiles(others)}`,
    );
  for (const p of others.sort(compareStrings))
    skips.skip('file that is not a DiscordChatExporter JSON export (media, HTML…)', p);

  const identities = new Map<string, SourceIdentity>();
  const activities: Activity[] = [];
  const references = new Map<string, string>();
  const seen = new Set<string>();
  const paths = [...channels.keys()].sort(compareStrings);
  let messages = 0;
  let unlisted = 0;
  let threads = 0;
  for (const path of paths) {
    const c = channels.get(path) as DiscordChannelRecords;
    messages += c.messages;
    if (isDirectChannel(c.channelType) && !o.directMessages) {
      for (let i = 0; i < c.messages; i++)
        skips.skip('direct message (directMessages option is off)', `${path} messages[${i}]`);
      continue;
    }
    if (c.thread !== undefined) threads++;
    unlisted += c.unlistedReactions;
    for (const [reason, example] of c.skips) skips.skip(reason, example);
    for (const a of c.authors) mergeIdentity(identities, a);
    for (const [from, to] of c.references) references.set(from, to);
    keepFirstSeen(seen, activities, c.activities, (a) =>
      skips.skip('message given twice (first kept)', recordExample(a)),
    );
  }
  assignReplyChainThreads(activities, references, seen);
  const warnings: string[] = [];
  const dropped = dropMissingReplyTargets(activities);
  if (dropped > 0)
    warnings.push(
      `${dropped} repl${dropped === 1 ? 'y names a message' : 'ies name messages'} the export does not hold (kept without replyTo)`,
    );
  if (unlisted > 0)
    warnings.push(
      `${unlisted} reaction${unlisted === 1 ? '' : 's'} counted without the reacting users listed (export with a DiscordChatExporter version that writes reaction users)`,
    );
  const count = kindCounts(activities);
  return chatExtract({
    source: 'discord',
    files: paths,
    identities: sortedIdentities(identities),
    activities,
    read: {
      files: paths.length,
      channels: paths.length - threads,
      threads,
      messages,
      posts: count('post'),
      replies: count('reply'),
      reactions: count('reaction'),
      joins: count('join'),
    },
    skips,
    warnings,
    description: o.description,
  });
}

/**
 * Sets `thread` on the messages outside thread files: the first message of
 * the reply chain (by `reference.messageId`) that the export holds; a
 * message's reactions share its thread.
 */
function assignReplyChainThreads(
  activities: Activity[],
  references: Map<string, string>,
  held: Set<string>,
): void {
  const rootOf = (id: string): string => {
    let cur = id;
    for (let steps = 0; steps < 10_000; steps++) {
      const next = references.get(cur);
      if (next === undefined || !held.has(next)) return cur;
      cur = next;
    }
    return cur;
  };
  const byId = new Map<string, Activity>();
  for (const a of activities) byId.set(a.id, a);
  for (const a of activities) {
    if (a.thread !== undefined || a.kind === 'join') continue;
    if (a.kind === 'reaction') {
      const target = a.replyTo === undefined ? undefined : byId.get(a.replyTo);
      a.thread = target?.thread ?? rootOf(a.replyTo ?? a.id);
    } else a.thread = rootOf(a.id);
  }
}
