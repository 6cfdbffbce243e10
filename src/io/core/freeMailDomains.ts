import { requireString } from '../../model/internal/argumentChecks.js';

/**
 * E-mail domains that are never an organisation: free-mail providers, ISPs
 * and no-reply domains, as data with where each list comes from. A member
 * whose only addresses are here stays unaffiliated. Entries ending in `.*`
 * cover every country domain of the provider (`hotmail.*` → `hotmail.co.uk`).
 * Sources: the providers' own sign-up pages; the free-mail list gitdm ships
 * (https://github.com/cncf/gitdm, `map/domain-map` comments); GitHub's
 * documentation of `users.noreply.github.com`
 * (https://docs.github.com/en/account-and-profile/setting-up-and-managing-your-personal-account-on-github/managing-email-preferences/setting-your-commit-email-address).
 */
export const FREE_MAIL_DOMAINS: readonly {
  domain: string;
  kind: 'free-mail' | 'isp' | 'noreply';
  source: string;
}[] = [
  ...[
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'outlook.*',
    'hotmail.*',
    'live.*',
    'msn.com',
    'yahoo.*',
    'ymail.com',
    'rocketmail.com',
    'aol.com',
    'aim.com',
    'icloud.com',
    'me.com',
    'mac.com',
    'mailbox.org',
    'protonmail.com',
    'protonmail.ch',
    'proton.me',
    'pm.me',
    'tutanota.com',
    'tutanota.de',
    'tuta.io',
    'gmx.*',
    'web.de',
    'posteo.de',
    'posteo.net',
    'fastmail.com',
    'fastmail.fm',
    'hey.com',
    'zoho.com',
    'yandex.*',
    'ya.ru',
    'mail.ru',
    'rambler.ru',
    'qq.com',
    'foxmail.com',
    '163.com',
    '126.com',
    'yeah.net',
    'sina.com',
    'sohu.com',
    'aliyun.com',
    'naver.com',
    'hanmail.net',
    'daum.net',
    'rediffmail.com',
    'laposte.net',
    'libero.it',
    'seznam.cz',
    'wp.pl',
    'o2.pl',
    'interia.pl',
    'riseup.net',
    'disroot.org',
    'hushmail.com',
    'inbox.com',
    'mail.com',
    'email.com',
    'usa.net',
    'lycos.com',
    'freenet.de',
    'gmx.net',
  ].map((domain) => ({
    domain,
    kind: 'free-mail' as const,
    source: 'provider sign-up pages; gitdm free-mail list',
  })),
  ...[
    'comcast.net',
    'verizon.net',
    'att.net',
    'sbcglobal.net',
    'bellsouth.net',
    'charter.net',
    'cox.net',
    'earthlink.net',
    'btinternet.com',
    'virginmedia.com',
    'sky.com',
    'talktalk.net',
    'orange.fr',
    'wanadoo.fr',
    'free.fr',
    'sfr.fr',
    't-online.de',
    'arcor.de',
    'alice.it',
    'tiscali.it',
    'telenet.be',
    'skynet.be',
    'xs4all.nl',
    'ziggo.nl',
    'planet.nl',
    'home.nl',
    'bigpond.com',
    'optusnet.com.au',
    'shaw.ca',
    'rogers.com',
    'sympatico.ca',
    'videotron.ca',
    'ntlworld.com',
    'blueyonder.co.uk',
    'online.no',
    'telia.com',
    'bluewin.ch',
  ].map((domain) => ({
    domain,
    kind: 'isp' as const,
    source: 'consumer ISP mail domains (providers’ pages)',
  })),
  ...[
    'users.noreply.github.com',
    'noreply.github.com',
    'github.com',
    'users.noreply.gitlab.com',
    'noreply.codeberg.org',
  ].map((domain) => ({
    domain,
    kind: 'noreply' as const,
    source: 'GitHub/GitLab/Codeberg no-reply address documentation',
  })),
];

const EXACT = new Map<string, (typeof FREE_MAIL_DOMAINS)[number]>();
const ANY_TLD = new Map<string, (typeof FREE_MAIL_DOMAINS)[number]>();
for (const d of FREE_MAIL_DOMAINS)
  if (d.domain.endsWith('.*')) ANY_TLD.set(d.domain.slice(0, -2), d);
  else EXACT.set(d.domain, d);

/**
 * The {@link FREE_MAIL_DOMAINS} entry covering `domain`, if any: free-mail,
 * ISP and no-reply domains are never organisations.
 *
 * @param domain - a lower-case e-mail domain
 * @returns the entry (with its kind and source), or undefined
 *
 * @example
 * ```ts
 * freeMailDomain('hotmail.co.uk')?.kind; // → 'free-mail'
 * freeMailDomain('cern.ch'); // → undefined
 * ```
 */
export function freeMailDomain(domain: string): (typeof FREE_MAIL_DOMAINS)[number] | undefined {
  requireString('freeMailDomain', 'domain', domain);
  const exact = EXACT.get(domain);
  if (exact !== undefined) return exact;
  const dot = domain.indexOf('.');
  return dot < 0 ? undefined : ANY_TLD.get(domain.slice(0, dot));
}
