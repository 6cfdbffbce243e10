import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { isWhiteSpace } from './whiteSpace.js';

/**
 * The message ids in a Message-ID, In-Reply-To or References value, without
 * their angle brackets, in order. Comments and phrases between them (`<a@b>
 * (Ada's message of …)`) are ignored; a bare id without brackets counts when
 * it is the whole value and has an `@`.
 *
 * @param value - the header value (unfolded)
 * @returns the ids
 */
export function messageIdsIn(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids: string[] = [];
  // `<([^<>\s]+)>` everywhere in the value, scanned by hand (no match object per id).
  for (let open = value.indexOf('<'); open >= 0; ) {
    let j = open + 1;
    for (; j < value.length; j++) {
      const c = value.charCodeAt(j);
      if (c > 0x20 && c < 0x7f) {
        if (c === 0x3c || c === 0x3e) break;
      } else if (isWhiteSpace(c)) break;
    }
    if (j > open + 1 && value.charCodeAt(j) === 0x3e) {
      ids.push(value.slice(open + 1, j));
      j++;
    }
    open = value.indexOf('<', j);
  }
  if (ids.length === 0) {
    const bare = value.trim();
    if (bare.includes('@') && !/\s/.test(bare)) ids.push(bare);
  }
  return ids;
}

/**
 * `value.replace(/\s+/g, ' ').trim()`, without building a new string when
 * there is nothing to collapse (single spaces between words: most subjects).
 *
 * @param value - e.g. a decoded subject
 * @returns the value with each white-space run one space, and none at the ends
 */
export function collapsedSpace(value: string): string {
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = value.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c === 0x20 && i > 0 && i < last && !isWhiteSpace(value.charCodeAt(i + 1))) continue;
    if (c === 0x20 || isWhiteSpace(c)) return value.replace(/\s+/g, ' ').trim();
  }
  return value;
}

/** Reply markers: `Re:` and its translations (Aw, Sv, Antw, Vs, Odp, Rif, Ref, Res, 回复, 答复). */
const REPLY_PREFIX = /^(?:re|aw|sv|antw|vs|odp|rif|ref|res|回复|答复)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;
/** Forward markers: Fwd, Fw, WG, TR, RV, Enc. */
const FORWARD_PREFIX = /^(?:fwd?|wg|tr|rv|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;
/** A leading list tag: `[ovs-dev] `. */
const LIST_TAG = /^\[[^\]]*\]\s*/;

/**
 * Whether a subject says it is a reply: after any `[list]` tags, it starts
 * with `Re:` or a translation of it (Aw:, Sv:, Antw:, Vs:, Odp:, Rif:, Ref:,
 * Res:, 回复:, 答复:), possibly after forward markers.
 *
 * @param subject - the decoded subject
 * @returns whether it is marked as a reply
 */
export function isReplySubject(subject: string): boolean {
  let s = subject.trim();
  for (let i = 0; i < 20; i++) {
    if (REPLY_PREFIX.test(s)) return true;
    const next = s.replace(LIST_TAG, '').replace(FORWARD_PREFIX, '');
    if (next === s) return false;
    s = next;
  }
  return false;
}

/**
 * The base subject (RFC 5256 §2.1, simplified): the subject without `[list]`
 * tags, reply and forward markers (any number, in any order), a trailing
 * `(fwd)`, with runs of white space made one space, lower-cased, for
 * comparing subjects.
 *
 * @param subject - the decoded subject
 * @returns the base subject ('' when nothing is left)
 */
export function baseSubject(subject: string): string {
  let s = subject.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 50; i++) {
    const next = s
      .replace(LIST_TAG, '')
      .replace(REPLY_PREFIX, '')
      .replace(FORWARD_PREFIX, '')
      .replace(/\s*\(fwd\)$/i, '')
      .trim();
    if (next === s) break;
    s = next;
  }
  return s.toLowerCase();
}

/**
 * Pipermail (Mailman 2) hides addresses in its public archives as `user at
 * example.org`. When a From value has no `@` and holds such a pair, it is put
 * back (`user@example.org`).
 *
 * @param value - a From header value
 * @returns the value with the address restored, and whether it was changed
 */
export function deobfuscateAddress(value: string): { value: string; changed: boolean } {
  if (value.includes('@')) return { value, changed: false };
  const next = value.replace(
    /(^|[\s<"])([^\s@<>()",;:]+) at ([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)(?=$|[\s>(),"])/,
    '$1$2@$3',
  );
  return { value: next, changed: next !== value };
}

/**
 * An id made of `prefix` and `key` that is at most 256 characters: keys that
 * would make it longer are cut and end with `~` and 16 hex digits of the
 * key's SHA-256, so distinct keys stay distinct and the same key always gives
 * the same id.
 *
 * @param prefix - e.g. `mbox:`
 * @param key - the source's key
 * @returns the id
 */
export function boundedId(prefix: string, key: string): string {
  const id = prefix + key;
  if (id.length <= 256) return id;
  return `${id.slice(0, 256 - 17)}~${shortHash(key)}`;
}

/**
 * The first 16 hex digits of the SHA-256 of `text` (UTF-8): a short name that
 * is the same for the same text.
 *
 * @param text - any text
 * @returns 16 lower-case hex digits
 */
export function shortHash(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text))).slice(0, 16);
}
