import type { Activity } from '../../../model/activity.js';
import { InputFormatError, type InputLocation } from '../../../model/errors.js';
import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { chatDate, epochSecondsToMs } from '../../chat/internal/chatTime.js';
import { expectObject, field, jsonKind, optionalArray, optionalString } from '../../chat/internal/json.js';

/** Someone a message names as its author or a reacting user, with what the message says about them. */
export interface SlackActor {
  /** The identity id (`slack:U123`, `slack:B456` for a bot without a user). */
  id: string;
  /** The Slack user or bot id. */
  sourceId: string;
  name?: string;
  username?: string;
  /** Why the message shows a bot, when it does. */
  botEvidence?: string;
}

/** What the messages of a day file give: activities, the actors they name, what was skipped. */
export interface SlackDayRecords {
  activities: Activity[];
  /** Actors by identity id (first name, username and bot evidence seen kept). */
  actors: Map<string, SlackActor>;
  /** Skipped messages: [reason, example]. */
  skips: [string, string][];
  /** Reactions the export counts but whose users it does not list. */
  unlistedReactions: number;
}

/** Adds `actor` to `actors`, keeping the first name, username and bot evidence seen. */
export function addSlackActor(actors: Map<string, SlackActor>, actor: SlackActor): void {
  const known = actors.get(actor.id);
  if (known === undefined) {
    actors.set(actor.id, actor);
    return;
  }
  known.name ??= actor.name;
  known.username ??= actor.username;
  known.botEvidence ??= actor.botEvidence;
}

/**
 * The topics of every Slack activity (Slack has none): one frozen empty array shared by all, so
 * that a million messages do not hold a million empty arrays (changing it throws).
 */
const NO_TOPICS: string[] = Object.freeze([]) as unknown as string[];

/** Subtypes that are messages people (or bots) wrote. */
const WRITTEN = new Set([
  'thread_broadcast',
  'reply_broadcast',
  'bot_message',
  'me_message',
  'file_share',
  'slackbot_response',
]);
const JOINS = new Set(['channel_join', 'group_join']);
const LEAVES = new Set(['channel_leave', 'group_leave']);

/** The activity id of the message at `ts` in channel folder `folder`. */
export function slackMessageId(folder: string, ts: string): string {
  return boundedId(`slack:${folder}:${ts}`);
}

/** Epoch ms of a Slack `ts` (text), or an error at `at` "column". */
const slackTsMs = (fn: string, at: InputLocation, value: unknown, column: string): number => {
  const ms = typeof value === 'string' ? epochSecondsToMs(value) : undefined;
  if (ms === undefined)
    throw new InputFormatError(
      fn,
      { ...at, column },
      `not a Slack timestamp: expected epoch seconds as text ("1704189600.123456"), found ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : jsonKind(value)}`,
      { value },
    );
  return ms;
};

/** A new actor with every field present (one object shape, so lookups stay fast). */
const newActor = (id: string, sourceId: string): SlackActor => ({
  id,
  sourceId,
  name: undefined,
  username: undefined,
  botEvidence: undefined,
});

/** The actor of user `user` in this day file, with the name the message's `user_profile` gives when not known yet. */
const userActor = (
  fn: string,
  at: InputLocation,
  user: string,
  message: Record<string, unknown>,
  actors: Map<string, SlackActor>,
): SlackActor => {
  const id = boundedId(`slack:${user}`);
  let actor = actors.get(id);
  if (actor === undefined) {
    actor = newActor(id, user);
    actors.set(id, actor);
  }
  if (actor.name !== undefined) return actor;
  const profile = field(message, 'user_profile');
  if (typeof profile === 'object' && profile !== null && !Array.isArray(profile)) {
    const p = profile as Record<string, unknown>;
    const name = optionalString(fn, at, p, 'real_name') ?? optionalString(fn, at, p, 'display_name');
    const username = optionalString(fn, at, p, 'name');
    if (name) actor.name = clip(name);
    if (username) actor.username ??= clip(username);
  }
  return actor;
};

/**
 * Adds to `out` the records of message `index` of the day file `file` of
 * channel folder `folder`: a post or a reply (threads by `thread_ts`), a
 * reaction activity per reacting user, a join or leave; or the reason it is
 * skipped.
 */
export function addSlackMessage(
  fn: string,
  file: string,
  folder: string,
  index: number,
  raw: unknown,
  includeText: boolean,
  out: SlackDayRecords,
): void {
  const record = `[${index}]`;
  const at: InputLocation = { file, record };
  const m = expectObject(fn, at, raw, 'a message');
  const type = field(m, 'type');
  if (type !== undefined && type !== 'message') {
    out.skips.push([`record of type ${JSON.stringify(clip(String(type), 50))}`, `${file} ${record}`]);
    return;
  }
  const ts = field(m, 'ts') as string;
  const when = chatDate(fn, at, slackTsMs(fn, at, ts, 'ts'), ts, 'ts');
  const subtype = optionalString(fn, at, m, 'subtype');
  const join = subtype !== undefined && JOINS.has(subtype);
  const leave = subtype !== undefined && LEAVES.has(subtype);
  if (subtype !== undefined && !WRITTEN.has(subtype) && !join && !leave) {
    out.skips.push([`system message (subtype ${JSON.stringify(clip(subtype, 50))})`, `${file} ${record}`]);
    return;
  }
  const user = optionalString(fn, at, m, 'user');
  const botId = optionalString(fn, at, m, 'bot_id');
  let actor: SlackActor;
  if (user !== undefined && user !== '') {
    actor = userActor(fn, at, user, m, out.actors);
    if (actor.botEvidence === undefined) {
      if (botId !== undefined && botId !== '')
        actor.botEvidence = `Slack message with bot_id "${clip(botId, 50)}"`;
      else if (subtype === 'bot_message') actor.botEvidence = 'Slack message of subtype "bot_message"';
      else if (user === 'USLACKBOT') actor.botEvidence = 'Slackbot (user id USLACKBOT)';
    }
  } else if (botId !== undefined && botId !== '') {
    actor = newActor(boundedId(`slack:${botId}`), botId);
    actor.botEvidence = `Slack message from bot_id "${clip(botId, 50)}"${subtype === undefined ? '' : ` (subtype "${subtype}")`}`;
    const profile = field(m, 'bot_profile');
    const name =
      optionalString(fn, at, m, 'username') ??
      (typeof profile === 'object' && profile !== null && !Array.isArray(profile)
        ? optionalString(fn, at, profile as Record<string, unknown>, 'name')
        : undefined);
    if (name) actor.name = clip(name);
  } else {
    out.skips.push(['message without a user or bot_id', `${file} ${record}`]);
    return;
  }
  if (out.actors.get(actor.id) !== actor) addSlackActor(out.actors, actor);
  const id = slackMessageId(folder, ts);
  const channel = clip(folder, 200);
  const provenance = { source: 'slack', sourceId: ts, file, record };
  if (join || leave) {
    out.activities.push({
      id,
      memberId: actor.id,
      at: when,
      kind: join ? 'join' : 'leave',
      channel,
      topics: NO_TOPICS,
      provenance,
    });
    return;
  }
  const threadTsRaw = field(m, 'thread_ts');
  let threadTs: string | undefined;
  if (threadTsRaw !== undefined && threadTsRaw !== null) {
    slackTsMs(fn, at, threadTsRaw, 'thread_ts');
    threadTs = threadTsRaw as string;
  }
  const isReply = threadTs !== undefined && threadTs !== ts;
  const thread = isReply ? slackMessageId(folder, threadTs as string) : id;
  const message: Activity = {
    id,
    memberId: actor.id,
    at: when,
    kind: isReply ? 'reply' : 'post',
    channel,
    thread,
    topics: NO_TOPICS,
    provenance,
  };
  if (isReply) message.replyTo = thread;
  if (includeText) {
    const text = optionalString(fn, at, m, 'text');
    if (text) message.text = clip(text, 100_000);
  }
  out.activities.push(message);
  const reactions = optionalArray(fn, at, m, 'reactions', 'reactions');
  if (reactions === undefined) return;
  reactions.forEach((r, k) => {
    const rAt = { file, record: `${record}.reactions[${k}]` };
    const reaction = expectObject(fn, rAt, r, 'a reaction');
    const name = optionalString(fn, rAt, reaction, 'name') ?? '?';
    const users = field(reaction, 'users');
    const listed = Array.isArray(users) ? users : [];
    const seen = new Set<string>();
    for (const u of listed) {
      if (typeof u !== 'string' || u === '')
        throw new InputFormatError(
          fn,
          { ...rAt, column: 'users' },
          `expected user ids, found ${jsonKind(u)}`,
        );
      if (seen.has(u)) continue;
      seen.add(u);
      const who = { id: boundedId(`slack:${u}`) };
      if (!out.actors.has(who.id)) out.actors.set(who.id, newActor(who.id, u));
      out.activities.push({
        id: boundedId(`${id}:reaction:${name}:${u}`),
        memberId: who.id,
        at: when,
        kind: 'reaction',
        channel,
        thread,
        replyTo: id,
        topics: NO_TOPICS,
        provenance: { source: 'slack', sourceId: `${ts} :${clip(name, 100)}:`, file, record: rAt.record },
      });
    }
    const count = field(reaction, 'count');
    if (typeof count === 'number' && Number.isSafeInteger(count) && count > seen.size)
      out.unlistedReactions += count - seen.size;
  });
}
