import { fail, type Json, type RecordAt } from './fields.js';

/** A GitHub account as a record names it: the identity id, numeric id, login and, for bots, the evidence. */
export interface GithubUser {
  id: string;
  sourceId?: string;
  login: string;
  bot?: string;
}

/** The most characters a login may have (GitHub allows 39; `[bot]` apps and enterprise logins a few more). */
export const MAX_LOGIN = 100;

/**
 * The account of a REST or GH Archive user object (`{ login, id, type }`), or
 * undefined when the account was deleted (`null`, or `{}` as some exports
 * write it). Bots: `type: "Bot"`, or a login ending in `[bot]`.
 */
export function restUser(at: RecordAt, o: Json, key: string, path: string): GithubUser | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v))
    fail(at, `${path}.${key}`, `expected a user object, found ${Array.isArray(v) ? 'an array' : typeof v}`);
  const u = v as Json;
  if (u.login === undefined && u.id === undefined) return undefined;
  return accountOf(at, u.login, u.id, u.type, `${path}.${key}`, 'type');
}

/** The account from a login, a numeric id (absent: keyed by login) and a type, checked; errors name `path`. */
export function accountOf(
  at: RecordAt,
  login: unknown,
  id: unknown,
  type: unknown,
  path: string,
  typeField: string,
): GithubUser {
  if (typeof login !== 'string' || login.length === 0 || login.length > MAX_LOGIN)
    fail(
      at,
      `${path}.login`,
      typeof login === 'string'
        ? `expected a login of 1–${MAX_LOGIN} characters, found ${login.length}`
        : `expected a string, found ${login === null ? 'null' : Array.isArray(login) ? 'an array' : typeof login}`,
    );
  let user: GithubUser;
  if (id === undefined || id === null) user = { id: `github:@${login}`, login };
  else {
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
      fail(
        at,
        `${path}.id`,
        `expected a positive integer user id, found ${JSON.stringify(id)?.slice(0, 40)}`,
      );
    user = { id: `github:${id}`, sourceId: String(id), login };
  }
  const bot = botEvidence(login, type, typeField);
  if (bot !== undefined) user.bot = bot;
  return user;
}

const BOT_TYPE = 'GitHub user type "Bot"';

/** Why an account is a bot (its type field says `Bot`, or its login ends in `[bot]`), or undefined for a person. */
export function botEvidence(login: string, type: unknown, typeField: string): string | undefined {
  if (type === 'Bot') return typeField === 'type' ? BOT_TYPE : `GitHub user ${typeField} "Bot"`;
  return login.endsWith('[bot]') ? 'GitHub login ends in "[bot]"' : undefined;
}
