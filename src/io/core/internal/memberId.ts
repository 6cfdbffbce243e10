import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** ASCII slug of a name: accents dropped, lower case, runs of other characters to `-`, at most 32 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
}

/** The first `length` hex digits of SHA-256 of `text`. */
export function shortHash(text: string, length = 8): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length);
}

/**
 * A member id from the resolved person, never from input order: the slug of
 * the display name (or `member`) and a short hash of the person's smallest
 * identity id (`ada-lovelace-3f2a9c1b`), lengthened when two persons would collide.
 */
export function memberIdFor(
  label: string | undefined,
  anchorIdentityId: string,
  taken: ReadonlySet<string>,
): string {
  const base = slug(label ?? '') || 'member';
  for (let length = 8; length <= 64; length += 8) {
    const id = `${base}-${shortHash(anchorIdentityId, length)}`;
    if (!taken.has(id)) return id;
  }
  /* c8 ignore next */
  return `${base}-${shortHash(`${anchorIdentityId}\n${taken.size}`, 64)}`;
}
