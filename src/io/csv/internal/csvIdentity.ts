import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+$/;

/** The e-mail in lower case, or undefined when the cell does not hold exactly one address. */
export function normaliseEmail(cell: string): string | undefined {
  const e = cell.trim().toLowerCase();
  return EMAIL.test(e) ? e : undefined;
}

/** A name as compared: Unicode NFC, spaces collapsed, lower case. */
export function normaliseName(cell: string): string {
  return cell.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `prefix:key`, made a valid id: keys that would pass 256 characters are cut and given a hash of the whole key. */
export function prefixedId(prefix: string, key: string): string {
  const id = `${prefix}:${key}`;
  if (id.length <= 256) return id;
  const hash = bytesToHex(sha256(new TextEncoder().encode(key))).slice(0, 16);
  return `${id.slice(0, 256 - 17)}~${hash}`;
}

/** What a row says about who someone is. */
export interface RowPerson {
  name: string;
  email: string;
  /** The tool's own id for them (Meetup user id, Eventbrite attendee #…), or ''. */
  sourceId: string;
  username?: string;
}

/**
 * The identity a row names, keyed (in this order) by the tool's own id, the
 * normalised e-mail, the username, or the normalised name — or undefined when
 * the row names nobody.
 */
export function rowIdentity(source: string, p: RowPerson): SourceIdentity | undefined {
  const email = normaliseEmail(p.email);
  const name = p.name.trim().replace(/\s+/g, ' ').slice(0, 500);
  const username = p.username?.trim().slice(0, 500) ?? '';
  let key: string;
  if (p.sourceId !== '') key = `id:${p.sourceId}`;
  else if (email !== undefined) key = email;
  else if (username !== '') key = `user:${username.toLowerCase()}`;
  else if (name !== '') key = `name:${normaliseName(name)}`;
  else return undefined;
  const identity: SourceIdentity = { id: prefixedId(source, key), source };
  if (p.sourceId !== '') identity.sourceId = p.sourceId.slice(0, 1000);
  if (name !== '') identity.name = name;
  if (email !== undefined) identity.email = p.email.trim().slice(0, 500);
  if (username !== '') identity.username = username;
  return identity;
}
