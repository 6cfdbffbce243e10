import { z } from 'zod';
import type { Activity } from '../../model/activity.js';
import { InputFormatError } from '../../model/errors.js';
import { parseWith } from '../../model/validate.js';
import type { ExportInput } from '../chat/exportInput.js';
import { boundedId } from '../chat/internal/boundedId.js';
import {
  CHAT_OPTION_FIELDS,
  chatExtract,
  foundFiles,
  kindCounts,
  sortedIdentities,
} from '../chat/internal/chatExtract.js';
import { exportTexts } from '../chat/internal/exportTexts.js';
import { mergeIdentity } from '../chat/internal/identities.js';
import { parseJsonFile } from '../chat/internal/json.js';
import { compareStrings } from '../core/internal/sortKey.js';
import { skipTally } from '../core/skipTally.js';
import type { SourceExtract, SourceIdentity } from '../core/sourceExtract.js';
import { type ZulipMessage, zulipMessages } from './internal/zulipMessages.js';
import { type ZulipReaction, type ZulipRealm, zulipIdentityId, zulipRealm } from './internal/zulipRealm.js';

const FN = 'importZulip';

/**
 * Options of {@link importZulip}.
 *
 * @example
 * ```ts
 * ImportZulipOptionsSchema.parse({}); // → { directMessages: false, text: false }
 * ```
 */
export const ImportZulipOptionsSchema = z.strictObject({
  /** Read direct messages and direct-message groups when the export has them; default false: skipped and counted. */
  directMessages: CHAT_OPTION_FIELDS.directMessages,
  /** Keep message content (Markdown) on the activities; default false. */
  text: CHAT_OPTION_FIELDS.text,
  /** A description of the organisation for the extract. */
  description: CHAT_OPTION_FIELDS.description,
});

/** Options of {@link importZulip} (see {@link ImportZulipOptionsSchema}). */
export type ImportZulipOptions = z.input<typeof ImportZulipOptionsSchema>;

const cmp = compareStrings;
/** Orders ids numerically when both are integers (Zulip's are), else as text. */
const idCmp = (a: string, b: string): number =>
  /^\d+$/.test(a) && /^\d+$/.test(b) ? a.length - b.length || cmp(a, b) : cmp(a, b);
const isRealm = (path: string): boolean => /(^|\/)realm\.json$/.test(path);
const isMessages = (path: string): boolean => /(^|\/)messages-\d+\.json$/.test(path);

/**
 * Reads a Zulip organisation export — the `.tar.gz` that `manage.py export`
 * or the organisation settings' export writes (its bytes, whole or streamed;
 * read without untarring, one file in memory at a time), or the files of its
 * folder: realm.json and messages-000001.json… — into a {@link SourceExtract}:
 *
 * - identities `zulip:<user id>` from realm.json (full name, the real e-mail
 *   `delivery_email` when exported; `is_bot` / `bot_type` flag bots), and a
 *   `join` at each user's `date_joined`;
 * - a thread per stream and topic (`zulip:topic:<stream id>:<topic>`, topics
 *   compared without case as Zulip does): its first message is a `post`,
 *   every later one a `reply` to it;
 * - a `reaction` per `zerver_reaction` row, replying to its message;
 * - direct messages skipped and counted unless `directMessages` is set.
 *
 * @param input - the export's `.tar.gz` (or `.tar`, or a ZIP) as bytes or a stream of chunks, or its files (a list or a stream; see {@link ExportInput})
 * @param options - see {@link ImportZulipOptionsSchema}
 * @returns the extract; `read` counts files, users, streams, messages, posts, replies, reactions and joins
 * @throws {@link InputFormatError} for input that is not a Zulip export (naming the file and record)
 * @throws {@link ValidationError} for unknown or bad options
 *
 * @example
 * ```ts
 * const realm = {
 *   zerver_userprofile: [{ id: 1, full_name: 'Ada Lovelace', delivery_email: 'ada@example.org', is_bot: false, date_joined: 1704067200 }],
 *   zerver_stream: [{ id: 5, name: 'general' }],
 *   zerver_recipient: [{ id: 50, type: 2, type_id: 5 }],
 * };
 * const messages = { zerver_message: [{ id: 900, sender: 1, recipient: 50, subject: 'hello', date_sent: 1704189600.5 }] };
 * const extract = await importZulip([
 *   { path: 'realm.json', text: JSON.stringify(realm) },
 *   { path: 'messages-000001.json', text: JSON.stringify(messages) },
 * ]);
 * extract.activities.map((a) => `${a.id} ${a.kind} ${a.at.toISOString()}`);
 * // → ['zulip:join:1 join 2024-01-01T00:00:00.000Z', 'zulip:900 post 2024-01-02T10:00:00.500Z']
 * ```
 */
export async function importZulip(
  input: ExportInput,
  options: ImportZulipOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ImportZulipOptionsSchema, options, 'options');
  const skips = skipTally();
  const realms = new Map<string, ZulipRealm>();
  const messageFiles = new Map<string, { messages: ZulipMessage[]; reactions: ZulipReaction[] }>();
  const others: string[] = [];
  for await (const { path, text } of exportTexts(FN, input, (p) => isRealm(p) || isMessages(p))) {
    if (text === undefined || realms.has(path) || messageFiles.has(path)) others.push(path);
    else if (isRealm(path)) realms.set(path, zulipRealm(FN, path, parseJsonFile(FN, path, text)));
    else messageFiles.set(path, zulipMessages(FN, path, parseJsonFile(FN, path, text), o.text));
  }
  if (realms.size === 0)
    throw new InputFormatError(
      FN,
      {},
      `not a Zulip export: expected realm.json and messages-000001.json…; found ${foundFiles([...messageFiles.keys(), ...others])}`,
    );
  for (const p of others.sort(cmp))
    skips.skip('file of the export not read (attachments, avatars, audit log…)', p);

  const identities = new Map<string, SourceIdentity>();
  const activities: Activity[] = [];
  const streams = new Map<string, string>();
  const recipients = new Map<string, { type: number; typeId: string }>();
  const reactions: ZulipReaction[] = [];
  let users = 0;
  for (const path of [...realms.keys()].sort(cmp)) {
    const r = realms.get(path) as ZulipRealm;
    users += r.identities.length;
    for (const i of r.identities) mergeIdentity(identities, i);
    for (const [k, v] of r.streams) if (!streams.has(k)) streams.set(k, v);
    for (const [k, v] of r.recipients) if (!recipients.has(k)) recipients.set(k, v);
    reactions.push(...r.reactions);
    activities.push(...r.joins);
  }
  const knownUsers = identities.size;
  const messages: ZulipMessage[] = [];
  const messagePaths = [...messageFiles.keys()].sort(cmp);
  for (const path of messagePaths) {
    const f = messageFiles.get(path) as { messages: ZulipMessage[]; reactions: ZulipReaction[] };
    messages.push(...f.messages);
    reactions.push(...f.reactions);
  }

  // Threads: stream + topic (case-insensitive), or the direct-message conversation.
  const threadOf = new Map<string, string>();
  const rootOf = new Map<string, ZulipMessage>();
  const kept: ZulipMessage[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    const example = `${m.file} ${m.record}`;
    if (seen.has(m.id)) {
      skips.skip('message given twice (first kept)', example);
      continue;
    }
    seen.add(m.id);
    const to = recipients.get(m.recipient);
    if (to === undefined) {
      skips.skip('message to a recipient not in realm.json', example);
      continue;
    }
    if (to.type !== 2 && !o.directMessages) {
      skips.skip('direct message (directMessages option is off)', example);
      continue;
    }
    const thread = boundedId(
      to.type === 2 ? `zulip:topic:${to.typeId}:${m.topic.toLowerCase()}` : `zulip:dm:${m.recipient}`,
    );
    threadOf.set(m.id, thread);
    const root = rootOf.get(thread);
    if (root === undefined || m.ms < root.ms || (m.ms === root.ms && idCmp(m.id, root.id) < 0))
      rootOf.set(thread, m);
    kept.push(m);
  }
  const reactionsOf = new Map<string, ZulipReaction[]>();
  for (const r of reactions) {
    const list = reactionsOf.get(r.messageId);
    if (list === undefined) reactionsOf.set(r.messageId, [r]);
    else list.push(r);
  }
  const reactionIds = new Set<string>();
  let unmatchedReactions = 0;
  const keptIds = new Set(kept.map((m) => m.id));
  for (const r of reactions) if (!keptIds.has(r.messageId) && !seen.has(r.messageId)) unmatchedReactions++;
  for (const m of kept) {
    const to = recipients.get(m.recipient) as { type: number; typeId: string };
    const thread = threadOf.get(m.id) as string;
    const root = rootOf.get(thread) as ZulipMessage;
    const id = boundedId(`zulip:${m.id}`);
    const channel = to.type === 2 ? (streams.get(to.typeId) ?? `stream-${to.typeId}`) : 'direct messages';
    const memberId = zulipIdentityId(m.sender);
    if (!identities.has(memberId))
      mergeIdentity(identities, { id: memberId, source: 'zulip', sourceId: m.sender });
    const activity: Activity = {
      id,
      memberId,
      at: new Date(m.ms),
      kind: root === m ? 'post' : 'reply',
      channel,
      thread,
      topics: [],
      provenance: { source: 'zulip', sourceId: m.id, file: m.file, record: m.record },
    };
    if (root !== m) activity.replyTo = boundedId(`zulip:${root.id}`);
    if (m.text !== undefined) activity.text = m.text;
    activities.push(activity);
    const rs = (reactionsOf.get(m.id) ?? [])
      .slice()
      .sort((a, b) => cmp(a.emoji, b.emoji) || idCmp(a.userId, b.userId));
    for (const r of rs) {
      const rid = boundedId(`${id}:reaction:${r.emoji}:${r.userId}`);
      if (reactionIds.has(rid)) continue;
      reactionIds.add(rid);
      const who = zulipIdentityId(r.userId);
      if (!identities.has(who)) mergeIdentity(identities, { id: who, source: 'zulip', sourceId: r.userId });
      activities.push({
        id: rid,
        memberId: who,
        at: new Date(m.ms),
        kind: 'reaction',
        channel,
        thread,
        replyTo: id,
        topics: [],
        provenance: { source: 'zulip', sourceId: `${m.id} :${r.emoji}:`, file: r.file, record: r.record },
      });
    }
  }
  const warnings: string[] = [];
  const unknown = identities.size - knownUsers;
  if (unknown > 0)
    warnings.push(
      `${unknown} sender${unknown === 1 ? '' : 's'} or reacting user${unknown === 1 ? '' : 's'} not in realm.json (identities with the user id only)`,
    );
  if (unmatchedReactions > 0)
    warnings.push(
      `${unmatchedReactions} reaction${unmatchedReactions === 1 ? '' : 's'} to messages the export does not hold (not imported)`,
    );
  const count = kindCounts(activities);
  return chatExtract({
    source: 'zulip',
    files: [...realms.keys(), ...messagePaths],
    identities: sortedIdentities(identities),
    activities,
    read: {
      files: realms.size + messageFiles.size,
      users,
      streams: streams.size,
      messages: messages.length,
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
