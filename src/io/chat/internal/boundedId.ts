import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const MAX_ID = 256;

/**
 * `id` itself when it fits an id (at most 256 characters); otherwise its first
 * 190 characters, `~` and the first 32 hex digits of its SHA-256, so long keys
 * stay unique and the same key always gives the same id.
 */
export function boundedId(id: string): string {
  if (id.length <= MAX_ID) return id;
  return `${id.slice(0, 190)}~${bytesToHex(sha256(new TextEncoder().encode(id))).slice(0, 32)}`;
}

/** `text` cut to at most `max` characters (identity fields are bounded by the schema). */
export function clip(text: string, max = 500): string {
  return text.length <= max ? text : text.slice(0, max);
}
