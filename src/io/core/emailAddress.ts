import { requireString } from '../../model/internal/argumentChecks.js';

/** One kind of address never matched on: a test on its lower-case local part and domain, and the reason reported. */
export interface PlaceholderEmailRule {
  /** Whether an address (split at its last `@`) is of this kind. */
  test: (local: string, domain: string) => boolean;
  /** The reason the import report gives. */
  reason: string;
}

/**
 * Addresses that many people share or that name nobody, which identity
 * resolution never matches on: git's defaults when `user.email` is unset
 * (`user@host.(none)`, `root@localhost`), placeholders people type
 * (`none@none`, `nobody@…`), and no-reply senders. Each rule carries the reason
 * reported for it. Sources: git's `ident.c` default identity, GitHub's
 * web-flow committer `noreply@github.com`, and placeholders seen in public
 * histories.
 */
export const PLACEHOLDER_EMAIL_RULES: readonly PlaceholderEmailRule[] = [
  {
    test: (local, domain) => local === '' || domain === '',
    reason: 'not an e-mail address (no local part or domain)',
  },
  {
    test: (_l, domain) =>
      domain === 'localhost' || domain === 'localhost.localdomain' || domain.endsWith('.localdomain'),
    reason: 'a local machine address (git default when user.email is unset)',
  },
  {
    test: (_l, domain) => domain === '(none)' || domain.endsWith('.(none)') || domain === 'none',
    reason: 'git default when user.email is unset (host "(none)")',
  },
  {
    test: (local) =>
      [
        'none',
        'nobody',
        'noone',
        'no-one',
        'unknown',
        'anonymous',
        'devnull',
        'null',
        'root',
        'invalid',
      ].includes(local),
    reason: 'a placeholder or shared account name',
  },
  {
    test: (local, domain) =>
      (local === 'noreply' || local === 'no-reply' || local === 'no_reply' || local === 'donotreply') &&
      domain !== 'users.noreply.github.com',
    reason: 'a no-reply sender shared by many people',
  },
  {
    test: (_l, domain) => domain === 'example.invalid' || domain.endsWith('.invalid'),
    reason: 'a reserved invalid domain',
  },
];

/**
 * An e-mail address as identity resolution compares it: trimmed and in lower
 * case (mail providers treat local parts case-insensitively in practice, and
 * git's mailmap does too). Dots and `+tags` are kept: they are not equivalent
 * at every provider.
 *
 * @param email - as a source records it
 * @returns the comparable form
 *
 * @example
 * ```ts
 * normaliseEmail('  Ada@Example.ORG '); // → 'ada@example.org'
 * ```
 */
export function normaliseEmail(email: string): string {
  requireString('normaliseEmail', 'email', email);
  return email.trim().toLowerCase();
}

/**
 * The domain part of an address (after the last `@`), normalised; undefined
 * when there is none.
 *
 * @param email - an address
 * @returns the lower-case domain, or undefined
 *
 * @example
 * ```ts
 * emailDomain('ada@Cs.Example.org'); // → 'cs.example.org'
 * emailDomain('(none)'); // → undefined
 * ```
 */
export function emailDomain(email: string): string | undefined {
  requireString('emailDomain', 'email', email);
  const e = normaliseEmail(email);
  const at = e.lastIndexOf('@');
  return at < 0 || at === e.length - 1 ? undefined : e.slice(at + 1);
}

/**
 * Why an address must never be matched on (see
 * {@link PLACEHOLDER_EMAIL_RULES}), or undefined when it is a usable address.
 *
 * @param email - as a source records it
 * @returns the reason, or undefined
 *
 * @example
 * ```ts
 * emailPlaceholderReason('root@localhost'); // → 'a local machine address (git default when user.email is unset)'
 * emailPlaceholderReason('(none)'); // → 'not an e-mail address (no @)'
 * emailPlaceholderReason('ada@example.org'); // → undefined
 * ```
 */
export function emailPlaceholderReason(email: string): string | undefined {
  requireString('emailPlaceholderReason', 'email', email);
  const e = normaliseEmail(email);
  const at = e.lastIndexOf('@');
  if (at < 0) return 'not an e-mail address (no @)';
  const local = e.slice(0, at);
  const domain = e.slice(at + 1);
  for (const rule of PLACEHOLDER_EMAIL_RULES) if (rule.test(local, domain)) return rule.reason;
  return undefined;
}

/**
 * The GitHub account a `users.noreply.github.com` address stands for: the
 * login, and the numeric user id when the address has one
 * (`583231+octocat@users.noreply.github.com`, GitHub's form since 2017;
 * `octocat@users.noreply.github.com` before).
 *
 * @param email - an address
 * @returns `{ login, id? }` (login in lower case), or undefined for other addresses
 *
 * @example
 * ```ts
 * githubNoreply('583231+Octocat@users.noreply.github.com'); // → { login: 'octocat', id: '583231' }
 * githubNoreply('octocat@users.noreply.github.com'); // → { login: 'octocat' }
 * githubNoreply('octocat@github.com'); // → undefined
 * ```
 */
export function githubNoreply(email: string): { login: string; id?: string } | undefined {
  requireString('githubNoreply', 'email', email);
  const m = /^(?:(\d+)\+)?([^@+\s]+)@users\.noreply\.github\.com$/.exec(normaliseEmail(email));
  if (m === null) return undefined;
  return m[1] === undefined ? { login: m[2] as string } : { login: m[2] as string, id: m[1] };
}
