import { parse } from 'csv-parse/sync';
import type { Activity } from '../../../model/activity.js';
import { InputFormatError } from '../../../model/errors.js';
import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { chatDate } from '../../chat/internal/chatTime.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';

/** The identity id of a Discourse username (usernames are unique regardless of case). */
export function discourseIdentityId(username: string): string {
  return boundedId(`discourse:${username.toLowerCase()}`);
}

/** Why a Discourse account is a bot: the system accounts have ids ≤ 0 (`system` is -1, `discobot` -2). */
export function discourseBotEvidence(userId: string | undefined): string | undefined {
  return userId !== undefined && /^-?\d+$/.test(userId) && Number(userId) <= 0
    ? `Discourse system account (user id ${userId})`
    : undefined;
}

/** What the admin user-list CSV gave. */
export interface DiscourseUserList {
  identities: SourceIdentity[];
  joins: Activity[];
  /** Staged users (created by incoming e-mail, not a sign-up): [username, line]. */
  staged: [string, string][];
  rows: number;
}

const REQUIRED = ['id', 'username'];

/** A Discourse CSV date (`2019-03-27 16:27:32 UTC`, or ISO-8601) in epoch ms, NaN when it is not one. */
function csvDateMs(value: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?: ?UTC|Z|([+-]\d{2}:?\d{2}))?$/.exec(
    value.trim(),
  );
  if (m === null) return Number.NaN;
  return Date.parse(`${m[1]}T${m[2]}${m[3] ?? 'Z'}`);
}

/**
 * The identities and sign-ups of the admin user-list CSV (Admin → Users →
 * Export): `discourse:<username>` with the e-mail and the user id, a `join`
 * at `created_at` for every user who signed up (staged users, created by
 * incoming e-mail, have no join).
 */
export function discourseUserList(fn: string, file: string, text: string): DiscourseUserList {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: true,
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new InputFormatError(
      fn,
      line === undefined ? { file } : { file, line },
      `not a readable CSV: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const header = text.split(/\r?\n/, 1)[0]?.replace(/^\uFEFF/, '') ?? '';
  const columns = rows[0] === undefined ? header.split(',') : Object.keys(rows[0].record);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new InputFormatError(
      fn,
      { file, line: 1 },
      `not a Discourse user list: expected the columns id, name, username, email, created_at…; missing ${missing.join(', ')} (found ${columns.slice(0, 8).join(', ')})`,
    );
  const out: DiscourseUserList = { identities: [], joins: [], staged: [], rows: rows.length };
  let previousEnd = 1;
  for (const { record, info } of rows) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const get = (c: string): string | undefined => {
      const v = Object.hasOwn(record, c) ? record[c] : undefined;
      return v === undefined || v.trim() === '' ? undefined : v.trim();
    };
    const username = get('username');
    if (username === undefined) throw new InputFormatError(fn, { file, line, column: 'username' }, 'missing');
    const userId = get('id');
    const id = discourseIdentityId(username);
    const identity: SourceIdentity = { id, source: 'discourse', username: clip(username) };
    if (userId !== undefined) identity.sourceId = clip(userId, 1000);
    const name = get('name');
    const email = get('email');
    if (name !== undefined) identity.name = clip(name);
    // The system accounts' e-mail is written `no_email`: only addresses are kept.
    if (email?.includes('@')) identity.email = clip(email);
    const bot = discourseBotEvidence(userId);
    if (bot !== undefined) {
      identity.platformBot = true;
      identity.platformBotEvidence = bot;
    }
    out.identities.push(identity);
    if (get('staged') === 'true') {
      out.staged.push([username, `${file}:${line}`]);
      continue;
    }
    const created = get('created_at');
    if (created === undefined) continue;
    const ms = csvDateMs(created);
    if (Number.isNaN(ms))
      throw new InputFormatError(
        fn,
        { file, line, column: 'created_at' },
        `not a date: ${JSON.stringify(clip(created, 40))}`,
      );
    out.joins.push({
      id: boundedId(`discourse:join:${username.toLowerCase()}`),
      memberId: id,
      at: chatDate(fn, { file, line }, ms, created, 'created_at'),
      kind: 'join',
      topics: [],
      provenance: { source: 'discourse', sourceId: clip(userId ?? username, 1000), file, line },
    });
  }
  return out;
}
