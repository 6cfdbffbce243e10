import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { emailDomain, emailPlaceholderReason, githubNoreply, normaliseEmail } from '../core/emailAddress.js';
import { freeMailDomain } from '../core/freeMailDomains.js';

/** The keyed pseudonym functions `pseudonymise` and `pseudonymiseExtract` share, so both give the same pseudonyms for one key. */
export interface Pseudonyms {
  member: (id: string) => string;
  identity: (id: string) => string;
  activity: (id: string) => string;
  thread: (id: string) => string;
  gathering: (id: string) => string;
  name: (name: string) => string;
  username: (username: string) => string;
  email: (email: string) => string;
  sourceId: (source: string, id: string) => string;
}

/** HMAC-SHA-256 pseudonyms under `key`, cached per value. */
export function pseudonyms(key: Uint8Array): Pseudonyms {
  const cache = new Map<string, string>();
  const h = (kind: string, value: string, length = 16): string => {
    const k = `${kind}\u0000${value}`;
    let out = cache.get(k);
    if (out === undefined) {
      out = bytesToHex(hmac(sha256, key, utf8ToBytes(k))).slice(0, 32);
      cache.set(k, out);
    }
    return out.slice(0, length);
  };
  return {
    member: (id) => `m-${h('member', id)}`,
    identity: (id) => `i-${h('identity', id)}`,
    activity: (id) => `a-${h('activity', id)}`,
    thread: (id) => `t-${h('thread', id)}`,
    gathering: (id) => `g-${h('gathering', id)}`,
    name: (n) => `Person ${h('name', n.trim().toLowerCase(), 8)}`,
    username: (u) => `u-${h('username', u.trim().toLowerCase(), 12)}`,
    email: (e) => {
      const normal = normaliseEmail(e);
      // A placeholder stays one (it must never match after pseudonymising either).
      if (emailPlaceholderReason(normal) !== undefined) return `${h('email', normal)}@localhost`;
      // A GitHub noreply address keeps its form, with the login as pseudonymised as the GitHub username.
      const gh = githubNoreply(normal);
      if (gh !== undefined) return `u-${h('username', gh.login, 12)}@users.noreply.github.com`;
      const domain = emailDomain(normal);
      if (domain === undefined) return `${h('email', normal)}@none.pseudonymised`;
      // Free-mail, ISP and no-reply domains name nobody: kept, so they are still never organisations.
      if (freeMailDomain(domain) !== undefined) return `${h('email', normal)}@${domain}`;
      return `${h('email', normal)}@${h('domain', domain, 12)}.pseudonymised`;
    },
    sourceId: (source, id) => h('source-id', `${source}\u0000${id}`),
  };
}
