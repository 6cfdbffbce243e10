import { z } from 'zod';
import { requireObjectArray } from '../../model/internal/argumentChecks.js';
import { parseWith } from '../../model/validate.js';
import { emailPlaceholderReason, normaliseEmail } from './emailAddress.js';
import type { MergeSuggestion } from './importReport.js';
import type { SourceIdentity } from './sourceExtract.js';

/** Options of {@link suggestMerges}. */
export const SuggestMergesOptionsSchema = z.strictObject({
  /** Identity ids already known to be one person (pairs inside a group are not suggested). */
  persons: z.array(z.array(z.string())).default([]),
  /** Pairs never to suggest (identity ids). */
  keepApart: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Lowest score listed. */
  minScore: z.number().min(0).max(1).default(0.5),
  /** Most suggestions listed (best first). */
  limit: z.number().int().min(0).default(200),
});

/** Options of {@link suggestMerges} (input). */
export type SuggestMergesOptions = z.input<typeof SuggestMergesOptionsSchema>;

/** Lower case, accents removed, punctuation to spaces, single spaces. */
function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Local parts shared by many unrelated people: never evidence on their own. */
const GENERIC_LOCAL = new Set([
  'info',
  'admin',
  'contact',
  'mail',
  'me',
  'dev',
  'git',
  'github',
  'hello',
  'office',
  'support',
  'test',
  'user',
  'webmaster',
  'office',
]);

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

interface Features {
  id: string;
  name: string;
  tokens: string[];
  local?: string;
}

function features(identity: SourceIdentity): Features {
  const name = normaliseName(identity.name ?? '');
  const email = identity.email === undefined ? undefined : normaliseEmail(identity.email);
  const local =
    email !== undefined && emailPlaceholderReason(email) === undefined
      ? email
          .slice(0, email.lastIndexOf('@'))
          .replace(/^\d+\+/, '')
          .replace(/\+.*$/, '')
      : undefined;
  return {
    id: identity.id,
    name,
    tokens: name === '' ? [] : name.split(' '),
    ...(local === undefined ? {} : { local }),
  };
}

/** Local-part forms a name gives (Bird et al.'s e-mail/name heuristic): first.last, flast, firstlast, first_last, lastf… */
function nameForms(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (tokens.length < 2) return out;
  const first = tokens[0] as string;
  const last = tokens[tokens.length - 1] as string;
  for (const f of [
    `${first}.${last}`,
    `${first}${last}`,
    `${first}_${last}`,
    `${first}-${last}`,
    `${first[0]}${last}`,
    `${first[0]}.${last}`,
    `${last}${first[0]}`,
    `${last}.${first}`,
    `${last}${first}`,
  ])
    out.add(f);
  return out;
}

function pairScore(a: Features, b: Features): { score: number; reasons: string[] } {
  const parts: [number, string][] = [];
  if (a.tokens.length >= 2 && a.name === b.name) parts.push([0.8, `same name "${a.name}"`]);
  else if (a.tokens.length >= 2 && b.tokens.length >= 2) {
    const al = a.tokens[a.tokens.length - 1];
    const bl = b.tokens[b.tokens.length - 1];
    const af = a.tokens[0] as string;
    const bf = b.tokens[0] as string;
    if (
      al === bl &&
      (al as string).length >= 3 &&
      af !== bf &&
      (af.length === 1 || bf.length === 1) &&
      af[0] === bf[0]
    )
      parts.push([0.55, `same family name "${al}" and matching initial`]);
    else if (a.name.length >= 8 && b.name.length >= 8) {
      const sim = 1 - levenshtein(a.name, b.name) / Math.max(a.name.length, b.name.length);
      if (sim >= 0.85)
        parts.push([0.5, `similar names "${a.name}" / "${b.name}" (${Math.round(sim * 100)}% alike)`]);
    }
  }
  if (a.local !== undefined && a.local === b.local && a.local.length >= 4 && !GENERIC_LOCAL.has(a.local))
    parts.push([0.6, `same e-mail local part "${a.local}"`]);
  if (a.local !== undefined && nameForms(b.tokens).has(a.local))
    parts.push([0.6, `e-mail local part "${a.local}" is formed from the name "${b.name}"`]);
  else if (b.local !== undefined && nameForms(a.tokens).has(b.local))
    parts.push([0.6, `e-mail local part "${b.local}" is formed from the name "${a.name}"`]);
  const score = 1 - parts.reduce((p, [s]) => p * (1 - s), 1);
  return { score: Math.round(score * 1000) / 1000, reasons: parts.map(([, r]) => r) };
}

/**
 * Lists pairs of identities that are likely one person but that no rule
 * merged, with a score and the reasons, for a person to confirm (confirmed
 * pairs go back in as alias groups: each suggestion carries its `alias`).
 * Names alone never merge anyone; here they only suggest. The evidence
 * follows Bird et al., "Mining email social networks" (MSR 2006: normalised
 * names, e-mail local parts formed from names) and gambit (Gote & Zingg,
 * "gambit – An Open Source Name Disambiguation Tool for Version Control
 * Systems", MSR 2021: initials, name similarity): same normalised name (0.8),
 * same family name with a matching initial (0.55), names at least 85% alike
 * (0.5), the same e-mail local part at different domains (0.6), a local part
 * formed from the other's name (0.6); evidence combines as 1 − Π(1 − s).
 * Candidates are only compared within blocks sharing a name token or local
 * part, so cost stays near-linear.
 *
 * @param identities - identities from one or more extracts
 * @param options - persons already merged, keepApart pairs, minScore, limit
 * @returns suggestions, best first (then by ids)
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const s = suggestMerges([
 *   { id: 'git:ada@x.org', source: 'git', name: 'Ada Lovelace', email: 'ada@x.org' },
 *   { id: 'mbox:a.lovelace@y.org', source: 'mbox', name: 'Ada  Lovelace', email: 'ada.lovelace@y.org' },
 * ]);
 * s[0]?.score; // → 0.92
 * s[0]?.reasons; // → ['same name "ada lovelace"', 'e-mail local part "ada.lovelace" is formed from the name "ada lovelace"']
 * ```
 */
export function suggestMerges(
  identities: readonly SourceIdentity[],
  options: SuggestMergesOptions = {},
): MergeSuggestion[] {
  requireObjectArray('suggestMerges', 'identities', identities);
  const o = parseWith('suggestMerges', SuggestMergesOptionsSchema, options, 'options');
  const personOf = new Map<string, number>();
  o.persons.forEach((group, g) => {
    for (const id of group) personOf.set(id, g);
  });
  const apart = new Set(o.keepApart.map(([a, b]) => (a < b ? `${a}\n${b}` : `${b}\n${a}`)));
  const byId = new Map<string, Features>();
  for (const identity of identities) if (!byId.has(identity.id)) byId.set(identity.id, features(identity));
  const all = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const blocks = new Map<string, Features[]>();
  const block = (key: string, f: Features): void => {
    const list = blocks.get(key) ?? [];
    // An identity can reach a block twice (a name word and a local-part word): once is enough.
    if (list[list.length - 1] !== f) list.push(f);
    blocks.set(key, list);
  };
  for (const f of all) {
    if (f.tokens.length >= 2) block(`last:${f.tokens[f.tokens.length - 1]}`, f);
    if (f.tokens.length >= 2) block(`first:${f.tokens[0]}`, f);
    if (f.local !== undefined) {
      block(`local:${f.local}`, f);
      for (const part of f.local.split(/[._-]/)) if (part.length >= 3) block(`last:${part}`, f);
    }
  }
  const best = new Map<string, MergeSuggestion>();
  for (const key of [...blocks.keys()].sort()) {
    const list = blocks.get(key) as Features[];
    if (list.length > 500) continue; // a block this large is a common name, not evidence
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Features;
        const b = list[j] as Features;
        const pa = personOf.get(a.id);
        if (pa !== undefined && pa === personOf.get(b.id)) continue;
        const pairKey = `${a.id}\n${b.id}`;
        if (apart.has(pairKey)) continue;
        const ka = pa === undefined ? `i:${a.id}` : `p:${pa}`;
        const pb = personOf.get(b.id);
        const kb = pb === undefined ? `i:${b.id}` : `p:${pb}`;
        const personKey = ka < kb ? `${ka}\n${kb}` : `${kb}\n${ka}`;
        const { score, reasons } = pairScore(a, b);
        if (score < o.minScore) continue;
        const s: MergeSuggestion = {
          identities: [a.id, b.id],
          score,
          reasons,
          alias: [{ id: a.id }, { id: b.id }],
        };
        const had = best.get(personKey);
        if (had === undefined || score > had.score) best.set(personKey, s);
      }
  }
  return [...best.values()]
    .sort((x, y) => y.score - x.score || (x.identities.join('\n') < y.identities.join('\n') ? -1 : 1))
    .slice(0, o.limit);
}
