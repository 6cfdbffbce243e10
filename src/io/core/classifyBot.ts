import { requireObject } from '../../model/internal/argumentChecks.js';
import { KNOWN_BOTS } from './knownBots.js';
import type { SourceIdentity } from './sourceExtract.js';

/**
 * What the bot layers say about one identity: `bot` with the reason when one
 * of the deciding layers matches (the platform's own flag, a `[bot]` login or
 * app address, the curated {@link KNOWN_BOTS} list), `suggest` with the reason
 * when only a name pattern does (a person must decide: "Neil Botelho" is a
 * person), or `person`.
 */
export type BotVerdict =
  | { verdict: 'bot'; layer: 'platform' | 'app-account' | 'known-bot'; reason: string }
  | { verdict: 'suggest'; reason: string }
  | { verdict: 'person' };

const KNOWN = new Map(KNOWN_BOTS.map((b) => [b.login, b]));

/** `bot` (or `robot`) as a word: `ci-bot`, `bot_deploy`, `Build Bot`; not inside a word (`Botelho`, `Talbot`). */
const BOT_WORD = /(^|[^a-z0-9])(ro)?bot([^a-z0-9]|$)/i;
/** A camel-case `…Bot` suffix (`ReleaseBot`), read on the original case. */
const CAMEL_BOT = /[a-z0-9]Bot$/;

/**
 * Classifies one identity by the bot layers, strongest first (see
 * {@link BotVerdict}).
 *
 * @param identity - an identity as a source knows it
 * @returns the verdict with its reason
 *
 * @example
 * ```ts
 * classifyBot({ id: 'github:49699333', source: 'github', username: 'dependabot[bot]' }).verdict; // → 'bot'
 * classifyBot({ id: 'git:ci@x.org', source: 'git', name: 'Release Bot', email: 'ci@x.org' }).verdict; // → 'suggest'
 * classifyBot({ id: 'git:neil@x.org', source: 'git', name: 'Neil Botelho', email: 'neil@x.org' }).verdict; // → 'person'
 * ```
 */
export function classifyBot(identity: SourceIdentity): BotVerdict {
  requireObject('classifyBot', 'identity', identity);
  if (identity.platformBot === true)
    return {
      verdict: 'bot',
      layer: 'platform',
      reason: `the platform marks ${identity.id} as a bot${identity.platformBotEvidence === undefined ? '' : ` (${identity.platformBotEvidence})`}`,
    };
  const email = identity.email?.trim().toLowerCase();
  const local = email?.slice(0, Math.max(0, email.lastIndexOf('@')));
  const candidates = [identity.username, identity.name, local]
    .filter((v): v is string => v !== undefined && v.trim() !== '')
    .map((v) => v.trim().toLowerCase());
  for (const c of candidates)
    if (c.endsWith('[bot]'))
      return { verdict: 'bot', layer: 'app-account', reason: `app account "${c}" (a [bot] login)` };
  for (const c of candidates) {
    const bare = c.replace(/^\d+\+/, '');
    const known = KNOWN.get(bare);
    if (known !== undefined)
      return { verdict: 'bot', layer: 'known-bot', reason: `known bot "${known.login}" (${known.source})` };
  }
  for (const c of [identity.username, identity.name, local])
    if (c !== undefined && (BOT_WORD.test(c) || CAMEL_BOT.test(c.trim())))
      return { verdict: 'suggest', reason: `"${c.trim()}" has "bot" as a word` };
  return { verdict: 'person' };
}
