/** 32-bit FNV-1a of `s` with a seed, as 8 hex digits. */
function fnv(s: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The longest id the model accepts. */
const MAX_ID = 256;

/**
 * A valid id from a prefix and a key: `prefix + key` when it fits in 256
 * characters; otherwise the first characters and a 16-hex-digit hash of the
 * whole key (deterministic, so the same key always gives the same id).
 */
export function boundedId(prefix: string, key: string): string {
  const id = prefix + key;
  if (id.length <= MAX_ID) return id;
  const hash = fnv(key, 0x811c9dc5) + fnv(key, 0x050c5d1f);
  return `${id.slice(0, MAX_ID - hash.length - 1)}~${hash}`;
}

/**
 * The identity id of a person named in a commit: `git:` and the lower-cased
 * e-mail, or `git:` and the name when the e-mail is empty; undefined when both
 * are empty.
 */
export function gitIdentityId(name: string | undefined, email: string | undefined): string | undefined {
  const e = (email ?? '').trim();
  if (e !== '') return boundedId('git:', e.toLowerCase());
  const n = (name ?? '').trim();
  return n === '' ? undefined : boundedId('git:', n);
}
