import { z } from 'zod';
import type { Activity } from '../../model/activity.js';
import { InputFormatError } from '../../model/errors.js';
import { parseWith } from '../../model/validate.js';
import type { ExportInput } from '../chat/exportInput.js';
import { clip } from '../chat/internal/boundedId.js';
import {
  CHAT_OPTION_FIELDS,
  chatExtract,
  kindCounts,
  sortedIdentities,
} from '../chat/internal/chatExtract.js';
import { exportTexts } from '../chat/internal/exportTexts.js';
import { expectArray, expectObject, optionalString, parseJsonFile } from '../chat/internal/json.js';
import { dropMissingReplyTargets } from '../chat/internal/replyTargets.js';
import { compareStrings } from '../core/internal/sortKey.js';
import { skipTally } from '../core/skipTally.js';
import type { SourceExtract, SourceIdentity } from '../core/sourceExtract.js';
import {
  addSlackActor,
  addSlackMessage,
  type SlackActor,
  type SlackDayRecords,
} from './internal/slackMessage.js';
import { isReadSlackPath, type SlackChannelList, slackPath } from './internal/slackPaths.js';
import { addSlackUsers } from './internal/slackUsers.js';

const FN = 'importSlack';

/**
 * Options of {@link importSlack}.
 *
 * @example
 * ```ts
 * ImportSlackOptionsSchema.parse({}); // → { directMessages: false, text: false }
 * ```
 */
export const ImportSlackOptionsSchema = z.strictObject({
  /** Read direct messages and group DMs (dms.json, mpims.json) when the export has them (default false: skipped and counted). */
  directMessages: CHAT_OPTION_FIELDS.directMessages,
  /** Keep message text on the activities (for expertise search); default false, so the extract holds no message content. */
  text: CHAT_OPTION_FIELDS.text,
  /** A description of the export for the extract (e.g. the workspace name). */
  description: CHAT_OPTION_FIELDS.description,
});

/** Options of {@link importSlack} (see {@link ImportSlackOptionsSchema}). */
export type ImportSlackOptions = z.input<typeof ImportSlackOptionsSchema>;

/** What one day file gave, kept until every file is read so the result does not depend on file order. */
interface DayFile extends SlackDayRecords {
  folder: string;
  messages: number;
}

const LIST_FILE: Record<SlackChannelList, string> = {
  channels: 'channels.json',
  groups: 'groups.json',
  dms: 'dms.json',
  mpims: 'mpims.json',
};

/**
 * Reads a Slack workspace export — the ZIP an admin downloads, or its
 * unzipped folder given file by file — into a {@link SourceExtract}:
 *
 * - identities `slack:<user id>` from users.json (username, real name,
 *   profile e-mail when the export has it; `is_bot`, `is_app_user`, Slackbot,
 *   `bot_id` and `bot_message` flag bots, with the evidence);
 * - one activity per message (`slack:<channel>:<ts>`): a `post`, or a `reply`
 *   when its `thread_ts` names another message (the thread root, which it
 *   `replyTo`s; `thread_broadcast` replies count as replies);
 * - one `reaction` per reacting user, replying to the message (dated at the
 *   message: the export does not say when people reacted);
 * - `channel_join` / `channel_leave` as `join` / `leave`;
 * - system messages (`channel_topic`, `pinned_item`…) skipped and counted by
 *   subtype; direct messages skipped unless `directMessages` is set.
 *
 * The ZIP is inflated one entry at a time, so memory holds one day file and
 * the result. The result does not depend on the order of the files.
 *
 * @param input - the export ZIP (bytes or a stream of chunks) or its files (see {@link ExportInput})
 * @param options - see {@link ImportSlackOptionsSchema}
 * @returns the extract; `read` counts files, users, channels, messages, posts, replies, reactions, joins and leaves
 * @throws {@link InputFormatError} for input that is not a readable Slack export (naming the file and record)
 * @throws {@link ValidationError} for unknown or bad options
 *
 * @example
 * ```ts
 * const extract = await importSlack([
 *   { path: 'users.json', text: '[{"id":"U1","name":"ada","real_name":"Ada Lovelace"}]' },
 *   { path: 'channels.json', text: '[{"id":"C1","name":"general"}]' },
 *   { path: 'general/2024-01-02.json', text: '[{"type":"message","user":"U1","ts":"1704189600.123456","text":"Hello"}]' },
 * ]);
 * extract.activities[0]?.id; // → 'slack:general:1704189600.123456'
 * extract.activities[0]?.at.toISOString(); // → '2024-01-02T10:00:00.123Z'
 * extract.identities[0]?.name; // → 'Ada Lovelace'
 * ```
 */
export async function importSlack(
  input: ExportInput,
  options: ImportSlackOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ImportSlackOptionsSchema, options, 'options');
  const skips = skipTally();
  const users = new Map<string, SourceIdentity>();
  const folderList = new Map<string, SlackChannelList>();
  const days = new Map<string, DayFile>();
  const found: string[] = [];
  const seenMeta = new Set<string>();
  const metaSkips: [string, string][] = [];
  let userCount = 0;
  let channelCount = 0;
  for await (const { path, text } of exportTexts(FN, input, isReadSlackPath)) {
    if (found.length < 10) found.push(path);
    const what = slackPath(path);
    if (text === undefined) {
      if (what.kind === 'not-slack') metaSkips.push(['file that is not part of a Slack export', path]);
      else if (what.kind === 'other-metadata') metaSkips.push(['Slack metadata file not read', path]);
      continue;
    }
    if (days.has(path) || seenMeta.has(path)) {
      metaSkips.push(['file given twice (first kept)', path]);
      continue;
    }
    if (what.kind === 'users') {
      seenMeta.add(path);
      userCount += addSlackUsers(FN, path, parseJsonFile(FN, path, text), users, skips);
    } else if (what.kind === 'channels') {
      seenMeta.add(path);
      channelCount += addChannelFolders(path, what.list, parseJsonFile(FN, path, text), folderList);
    } else if (what.kind === 'day') {
      days.set(path, readDayFile(path, what.folder, text, o.text));
    }
  }
  const metaNames = new Set([...seenMeta].map((p) => p.split('/').pop()));
  if (!metaNames.has('users.json') || ![...Object.values(LIST_FILE)].some((f) => metaNames.has(f)))
    throw new InputFormatError(
      FN,
      {},
      `not a Slack export: expected users.json, channels.json and a folder per channel of day files (general/2024-01-02.json); found ${found.length === 0 ? 'no files' : found.join(', ')}${found.length === 10 ? ', …' : ''}`,
    );
  for (const [reason, example] of metaSkips.sort((a, b) => cmp(a[1], b[1]))) skips.skip(reason, example);

  const activities: Activity[] = [];
  const ids = new Set<string>();
  const actors = new Map<string, SlackActor>();
  const files = [...days.keys()].sort(cmp);
  const unlisted = new Set<string>();
  let messages = 0;
  let unlistedReactions = 0;
  for (const path of files) {
    const day = days.get(path) as DayFile;
    messages += day.messages;
    const list = folderList.get(day.folder);
    if (list === undefined && folderList.size > 0) unlisted.add(day.folder);
    if ((list === 'dms' || list === 'mpims') && !o.directMessages) {
      for (let i = 0; i < day.messages; i++)
        skips.skip('direct message (directMessages option is off)', `${path} [${i}]`);
      continue;
    }
    for (const [reason, example] of day.skips) skips.skip(reason, example);
    unlistedReactions += day.unlistedReactions;
    for (const a of day.activities) {
      if (ids.has(a.id)) {
        skips.skip('duplicate message (same channel and ts)', `${path} ${a.provenance?.record}`);
        continue;
      }
      ids.add(a.id);
      activities.push(a);
    }
    // A copy only for an actor not seen before (addSlackActor keeps what it is given, and day files share actors).
    for (const actor of day.actors.values())
      addSlackActor(actors, actors.has(actor.id) ? actor : { ...actor });
  }
  const warnings: string[] = [];
  const dropped = dropMissingReplyTargets(activities, ids);
  if (dropped > 0)
    warnings.push(
      `${dropped} repl${dropped === 1 ? 'y names a thread root' : 'ies name thread roots'} that the export does not hold (kept as replies in the thread, without replyTo)`,
    );
  if (unlistedReactions > 0)
    warnings.push(
      `${unlistedReactions} reaction${unlistedReactions === 1 ? '' : 's'} counted by Slack without the reacting users listed (not imported)`,
    );
  if (unlisted.size > 0)
    warnings.push(
      `${unlisted.size} folder${unlisted.size === 1 ? '' : 's'} not listed in channels.json, groups.json, dms.json or mpims.json, read as channels: ${[...unlisted].sort(cmp).slice(0, 5).join(', ')}`,
    );
  const identities = slackIdentities(users, actors);
  const missing = identities.length - users.size;
  if (missing > 0)
    warnings.push(
      `${missing} author${missing === 1 ? '' : 's'} or reacting user${missing === 1 ? '' : 's'} not in users.json (identities with what their messages say of them)`,
    );
  const count = kindCounts(activities);
  return chatExtract({
    source: 'slack',
    files: [...seenMeta, ...files],
    identities,
    activities,
    read: {
      files: files.length + seenMeta.size,
      users: userCount,
      channels: channelCount,
      messages,
      posts: count('post'),
      replies: count('reply'),
      reactions: count('reaction'),
      joins: count('join'),
      leaves: count('leave'),
    },
    skips,
    warnings,
    description: o.description,
  });
}

const cmp = compareStrings;

function readDayFile(path: string, folder: string, text: string, includeText: boolean): DayFile {
  const messages = expectArray(FN, { file: path }, parseJsonFile(FN, path, text), 'messages');
  const day: DayFile = {
    folder,
    messages: messages.length,
    activities: [],
    actors: new Map(),
    skips: [],
    unlistedReactions: 0,
  };
  for (let i = 0; i < messages.length; i++)
    addSlackMessage(FN, path, folder, i, messages[i], includeText, day);
  return day;
}

function addChannelFolders(
  file: string,
  list: SlackChannelList,
  parsed: unknown,
  into: Map<string, SlackChannelList>,
): number {
  const channels = expectArray(FN, { file }, parsed, 'channels');
  channels.forEach((raw, i) => {
    const at = { file, record: `[${i}]` };
    const c = expectObject(FN, at, raw, 'a channel');
    // Channel and group folders are named after the channel; DM folders after the DM's id.
    const folder = list === 'dms' ? optionalString(FN, at, c, 'id') : optionalString(FN, at, c, 'name');
    if (folder === undefined || folder === '')
      throw new InputFormatError(FN, { ...at, column: list === 'dms' ? 'id' : 'name' }, 'missing');
    if (!into.has(folder)) into.set(folder, list);
  });
  return channels.length;
}

/** users.json identities and every other actor, with message evidence of bots, sorted by id. */
function slackIdentities(
  users: Map<string, SourceIdentity>,
  actors: Map<string, SlackActor>,
): SourceIdentity[] {
  const out = new Map<string, SourceIdentity>();
  for (const [id, u] of users) out.set(id, { ...u });
  for (const [id, a] of actors) {
    let identity = out.get(id);
    if (identity === undefined) {
      identity = { id, source: 'slack', sourceId: clip(a.sourceId, 1000) };
      if (a.name !== undefined) identity.name = a.name;
      if (a.username !== undefined) identity.username = a.username;
      out.set(id, identity);
    }
    if (a.botEvidence !== undefined && identity.platformBot !== true) {
      identity.platformBot = true;
      identity.platformBotEvidence = a.botEvidence;
    }
  }
  return sortedIdentities(out);
}
