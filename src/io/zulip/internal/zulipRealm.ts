import type { Activity } from '../../../model/activity.js';
import { InputFormatError, type InputLocation } from '../../../model/errors.js';
import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { chatDate, epochSecondsToMs } from '../../chat/internal/chatTime.js';
import {
  expectArray,
  expectObject,
  field,
  jsonKind,
  optionalString,
  requiredKey,
} from '../../chat/internal/json.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';

/** A Zulip reaction row (`zerver_reaction`). */
export interface ZulipReaction {
  userId: string;
  messageId: string;
  emoji: string;
  file: string;
  record: string;
}

/** What realm.json says: users, streams, recipients, and reactions when it holds them. */
export interface ZulipRealm {
  identities: SourceIdentity[];
  joins: Activity[];
  /** Stream name by stream id. */
  streams: Map<string, string>;
  /** Recipient by recipient id: its type (1 personal, 2 stream, 3 direct-message group) and the id it points to. */
  recipients: Map<string, { type: number; typeId: string }>;
  reactions: ZulipReaction[];
}

const BOT_TYPES: Record<number, string> = {
  1: 'generic bot',
  2: 'incoming webhook',
  3: 'outgoing webhook',
  4: 'embedded bot',
};

/** The identity id of Zulip user `id`. */
export const zulipIdentityId = (id: string): string => boundedId(`zulip:${id}`);

/** A list table of realm.json (absent → empty), as records. */
export function zulipTable(
  fn: string,
  file: string,
  realm: Record<string, unknown>,
  table: string,
): Record<string, unknown>[] {
  const rows = field(realm, table);
  if (rows === undefined || rows === null) return [];
  return expectArray(fn, { file, column: table }, rows, `${table} rows`).map((r, i) =>
    expectObject(fn, { file, record: `${table}[${i}]` }, r, `a ${table} row`),
  );
}

/** The epoch-seconds date at `key` of a row (Zulip writes floats such as 1704189600.123456). */
export function zulipDate(fn: string, at: InputLocation, row: Record<string, unknown>, key: string): Date {
  const raw = field(row, key);
  const ms = epochSecondsToMs(raw);
  if (ms === undefined)
    throw new InputFormatError(
      fn,
      { ...at, column: key },
      `not a date: expected epoch seconds, found ${typeof raw === 'string' ? JSON.stringify(clip(raw, 40)) : jsonKind(raw)}`,
      { value: raw },
    );
  return chatDate(fn, at, ms, raw, key);
}

/** The reactions of a `zerver_reaction` table. */
export function zulipReactions(fn: string, file: string, rows: Record<string, unknown>[]): ZulipReaction[] {
  return rows.map((r, i) => {
    const at = { file, record: `zerver_reaction[${i}]` };
    return {
      userId: requiredKey(fn, at, r, 'user_profile'),
      messageId: requiredKey(fn, at, r, 'message'),
      emoji: clip(optionalString(fn, at, r, 'emoji_name') ?? '?', 100),
      file,
      record: at.record,
    };
  });
}

/**
 * The users, streams and recipients of a Zulip organisation export's
 * realm.json: identities `zulip:<user id>` (full name, the real e-mail
 * `delivery_email` when the export has it, `is_bot` / `bot_type`), and a
 * `join` at each user's `date_joined`.
 */
export function zulipRealm(fn: string, file: string, parsed: unknown): ZulipRealm {
  const realm = expectObject(fn, { file }, parsed, 'the realm (realm.json)');
  if (field(realm, 'zerver_userprofile') === undefined)
    throw new InputFormatError(
      fn,
      { file },
      `not a Zulip realm.json: expected "zerver_userprofile", "zerver_stream" and "zerver_recipient"; found the keys ${Object.keys(realm).slice(0, 8).join(', ') || '(none)'}`,
    );
  const out: ZulipRealm = {
    identities: [],
    joins: [],
    streams: new Map(),
    recipients: new Map(),
    reactions: [],
  };
  zulipTable(fn, file, realm, 'zerver_userprofile').forEach((u, i) => {
    const record = `zerver_userprofile[${i}]`;
    const at = { file, record };
    const userId = requiredKey(fn, at, u, 'id');
    const identity: SourceIdentity = {
      id: zulipIdentityId(userId),
      source: 'zulip',
      sourceId: clip(userId, 1000),
    };
    const name = optionalString(fn, at, u, 'full_name');
    const email = optionalString(fn, at, u, 'delivery_email') || optionalString(fn, at, u, 'email');
    if (name) identity.name = clip(name);
    if (email?.includes('@')) identity.email = clip(email);
    const botType = field(u, 'bot_type');
    if (field(u, 'is_bot') === true || (typeof botType === 'number' && botType > 0)) {
      identity.platformBot = true;
      identity.platformBotEvidence = `Zulip "is_bot": true${typeof botType === 'number' ? ` (bot_type ${botType}, ${BOT_TYPES[botType] ?? 'bot'})` : ''}`;
    }
    out.identities.push(identity);
    if (field(u, 'is_mirror_dummy') === true || field(u, 'date_joined') === undefined) return;
    out.joins.push({
      id: boundedId(`zulip:join:${userId}`),
      memberId: identity.id,
      at: zulipDate(fn, at, u, 'date_joined'),
      kind: 'join',
      topics: [],
      provenance: { source: 'zulip', sourceId: clip(userId, 1000), file, record },
    });
  });
  zulipTable(fn, file, realm, 'zerver_stream').forEach((s, i) => {
    const at = { file, record: `zerver_stream[${i}]` };
    out.streams.set(
      requiredKey(fn, at, s, 'id'),
      clip(optionalString(fn, at, s, 'name') || requiredKey(fn, at, s, 'id'), 200),
    );
  });
  zulipTable(fn, file, realm, 'zerver_recipient').forEach((r, i) => {
    const at = { file, record: `zerver_recipient[${i}]` };
    const type = field(r, 'type');
    if (typeof type !== 'number')
      throw new InputFormatError(
        fn,
        { ...at, column: 'type' },
        `expected 1, 2 or 3, found ${jsonKind(type)}`,
      );
    out.recipients.set(requiredKey(fn, at, r, 'id'), { type, typeId: requiredKey(fn, at, r, 'type_id') });
  });
  out.reactions = zulipReactions(fn, file, zulipTable(fn, file, realm, 'zerver_reaction'));
  return out;
}
