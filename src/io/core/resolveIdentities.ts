import { z } from 'zod';
import { LabelSchema } from '../../model/ids.js';
import { requireObjectArray } from '../../model/internal/argumentChecks.js';
import { parseWith } from '../../model/validate.js';
import { emailPlaceholderReason, githubNoreply, normaliseEmail } from './emailAddress.js';
import {
  describeIdentityRef,
  IdentityAliasesSchema,
  type IdentityRef,
  identityMatchesRef,
} from './identityAliases.js';
import { applyMailmap, type MailmapEntry, MailmapEntrySchema, mailmapIndex } from './mailmap.js';
import type { SourceIdentity } from './sourceExtract.js';

/**
 * The rules identity resolution may merge on, strongest first. Each merge in
 * the result names one.
 *
 * - `alias`: a group in the user's alias file (or a confirmed suggestion);
 * - `mailmap`: the identities' e-mails map to the same address under a mailmap;
 * - `same-email`: the same normalised e-mail (placeholders never match);
 * - `github-noreply`: a `users.noreply.github.com` address and the GitHub account with that login (and id);
 *   two noreply addresses are never joined to each other on their own (a login can be renamed and
 *   reused, and the old form carries no id);
 * - `same-username`: the same username in one source (or in sources the user declared one namespace).
 *
 * @example
 * ```ts
 * MergeRuleSchema.parse('mailmap'); // → 'mailmap'
 * ```
 */
export const MergeRuleSchema = z.enum(['alias', 'mailmap', 'same-email', 'github-noreply', 'same-username']);

/** A rule identity resolution merges on (see {@link MergeRuleSchema}). */
export type MergeRule = z.output<typeof MergeRuleSchema>;

const PRIORITY: Record<MergeRule, number> = {
  alias: 0,
  mailmap: 1,
  'same-email': 2,
  'github-noreply': 3,
  'same-username': 4,
};

/**
 * One merge: two identities (by id) joined, the rule that joined them and the
 * evidence (the shared e-mail, the mailmap line, the alias group…).
 *
 * @example
 * ```ts
 * IdentityMergeSchema.parse({ identities: ['git:ada@x.org', 'github:1'], rule: 'github-noreply', evidence: '1+ada@users.noreply.github.com is GitHub user ada (id 1)' });
 * ```
 */
export const IdentityMergeSchema = z.object({
  /** The two identity ids joined (in sorted order). */
  identities: z.tuple([z.string(), z.string()]),
  /** The rule. */
  rule: MergeRuleSchema,
  /** What the rule saw. */
  evidence: z.string(),
});

/** One merge with its rule and evidence. */
export type IdentityMerge = z.output<typeof IdentityMergeSchema>;

/**
 * A merge a rule wanted but a `keepApart` pair refused.
 *
 * @example
 * ```ts
 * KeptApartSchema.parse({ identities: ['git:a', 'git:b'], rule: 'same-email', evidence: 'e-mail x@y.org', keptApartBy: 'keepApart[0]' });
 * ```
 */
export const KeptApartSchema = IdentityMergeSchema.extend({
  /** Which keepApart pair refused it. */
  keptApartBy: z.string(),
});

/** A refused merge (see {@link KeptApartSchema}). */
export type KeptApart = z.output<typeof KeptApartSchema>;

/**
 * An e-mail that was never matched on, and why.
 *
 * @example
 * ```ts
 * IgnoredEmailSchema.parse({ email: 'root@localhost', reason: 'a local machine address', identities: ['git:root@localhost'] });
 * ```
 */
export const IgnoredEmailSchema = z.object({
  /** The address as normalised. */
  email: z.string(),
  /** Why it is not matched on. */
  reason: z.string(),
  /** The identities that carry it. */
  identities: z.array(z.string()),
});

/** An e-mail never matched on (see {@link IgnoredEmailSchema}). */
export type IgnoredEmail = z.output<typeof IgnoredEmailSchema>;

/**
 * Options of {@link resolveIdentities}: the mailmap entries to apply (a
 * repository's own and the user's, in the order git would read them — later
 * lines win), the user's aliases and keepApart pairs, and which sources share
 * one username namespace (e.g. `[['github', 'github-archive']]`).
 *
 * @example
 * ```ts
 * IdentityRulesSchema.parse({ usernameNamespaces: [['github', 'gharchive']] }).mailmap; // → []
 * ```
 */
export const IdentityRulesSchema = z.strictObject({
  /** Mailmap entries (see `parseMailmap`), later lines win. */
  mailmap: z.array(MailmapEntrySchema).default([]),
  /** Alias groups and keepApart pairs. */
  aliases: IdentityAliasesSchema.default({ groups: [], keepApart: [] }),
  /** Groups of sources whose usernames name the same accounts (usernames never match across sources otherwise). */
  usernameNamespaces: z.array(z.array(LabelSchema).min(2)).default([]),
});

/** Options of {@link resolveIdentities} (input). */
export type IdentityRules = z.input<typeof IdentityRulesSchema>;

/**
 * The result of {@link resolveIdentities}: one entry per person (the ids of
 * their identities, and the name and e-mail a mailmap gives them, if any),
 * every merge, every merge refused by keepApart, the e-mails never matched,
 * and alias references that matched nothing.
 */
export interface ResolvedIdentities {
  /** One per person, sorted by first identity id; `identityIds` sorted. */
  persons: { identityIds: string[]; mailmapName?: string; mailmapEmail?: string }[];
  /** Every merge, in the order applied (strongest rule first). */
  merges: IdentityMerge[];
  /** Merges refused by keepApart pairs. */
  keptApart: KeptApart[];
  /** Addresses never matched on, with the reason. */
  ignoredEmails: IgnoredEmail[];
  /** Alias or keepApart references that matched no identity. */
  unmatchedRefs: string[];
}

interface Candidate {
  a: string;
  b: string;
  rule: MergeRule;
  evidence: string;
}

/** Per identity id: every name, e-mail, username, source id and source its records carry. */
interface Node {
  id: string;
  records: SourceIdentity[];
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts)
    if (c > bestCount || (c === bestCount && best !== undefined && cmp(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  return best;
}

const lineOf = (e: MailmapEntry): string => `${e.file ?? '.mailmap'}:${e.line}`;

/**
 * Decides which identities are one person, conservatively and with reasons:
 * union-find over the candidate merges of each rule (see
 * {@link MergeRuleSchema}), applied strongest rule first, then by identity id,
 * so the result does not depend on input order. A merge that would join two
 * identities of a `keepApart` pair is refused and listed in `keptApart`.
 * Records with the same identity id are one identity. Names alone never merge
 * anyone (see `suggestMerges` for that).
 *
 * Complexity: O(n log n) in the number of identities, plus O(n·a) for `a` alias references.
 *
 * @param identities - identities from one or more extracts
 * @param rules - mailmap entries, aliases, username namespaces
 * @returns persons, merges with rule and evidence, refused merges, ignored e-mails
 * @throws ValidationError on invalid rules
 *
 * @example
 * ```ts
 * const r = resolveIdentities([
 *   { id: 'git:ada@x.org', source: 'git', name: 'Ada', email: 'Ada@X.org' },
 *   { id: 'mbox:ada@x.org', source: 'mbox', name: 'Ada L.', email: 'ada@x.org' },
 *   { id: 'git:root@localhost', source: 'git', name: 'Ada', email: 'root@localhost' },
 * ]);
 * r.persons.map((p) => p.identityIds); // → [['git:ada@x.org', 'mbox:ada@x.org'], ['git:root@localhost']]
 * r.merges[0]?.rule; // → 'same-email'
 * ```
 */
export function resolveIdentities(
  identities: readonly SourceIdentity[],
  rules: IdentityRules = {},
): ResolvedIdentities {
  requireObjectArray('resolveIdentities', 'identities', identities);
  const o = parseWith('resolveIdentities', IdentityRulesSchema, rules, 'rules');
  const nodes = new Map<string, Node>();
  for (const identity of identities) {
    let node = nodes.get(identity.id);
    if (node === undefined) {
      node = { id: identity.id, records: [] };
      nodes.set(identity.id, node);
    }
    node.records.push(identity);
  }
  const ids = [...nodes.keys()].sort(cmp);
  const candidates: Candidate[] = [];
  const ignored = new Map<string, { reason: string; ids: Set<string> }>();
  const mailmapNames = new Map<string, string[]>();
  const mailmapEmails = new Map<string, string[]>();

  // Buckets of identities sharing a key; `plain` members are joined to each other first.
  const buckets = new Map<string, Map<string, { rule: MergeRule; evidence: string }>>();
  const addKey = (key: string, id: string, rule: MergeRule, evidence: string): void => {
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = new Map();
      buckets.set(key, bucket);
    }
    const had = bucket.get(id);
    if (
      had === undefined ||
      PRIORITY[rule] > PRIORITY[had.rule] ||
      (PRIORITY[rule] === PRIORITY[had.rule] && cmp(evidence, had.evidence) < 0)
    )
      bucket.set(id, { rule, evidence });
  };

  const index = mailmapIndex(o.mailmap);
  const namespaceOf = new Map<string, string>();
  o.usernameNamespaces.forEach((group, g) => {
    for (const s of group) namespaceOf.set(s, `namespace ${g}`);
  });
  const githubByLogin = new Map<string, { id: string; sourceId?: string }[]>();
  const noreplyByLogin = new Map<string, { id: string; ghId?: string; email: string }[]>();

  for (const id of ids) {
    const node = nodes.get(id) as Node;
    for (const r of node.records) {
      if (r.email !== undefined) {
        const mapped = applyMailmap(index, { name: r.name ?? '', email: r.email });
        const raw = normaliseEmail(r.email);
        const key = normaliseEmail(mapped.email);
        if (mapped.entries.length > 0) {
          const named = mapped.entries.find((e) => e.properName !== undefined);
          if (named !== undefined) mailmapNames.set(id, [...(mailmapNames.get(id) ?? []), mapped.name]);
          if (key !== raw) mailmapEmails.set(id, [...(mailmapEmails.get(id) ?? []), mapped.email]);
        }
        const reason = emailPlaceholderReason(key);
        if (reason !== undefined) {
          let ig = ignored.get(key);
          if (ig === undefined) {
            ig = { reason, ids: new Set() };
            ignored.set(key, ig);
          }
          ig.ids.add(id);
        } else if (key !== raw)
          addKey(
            `email:${key}`,
            id,
            'mailmap',
            `mailmap ${mapped.entries.map(lineOf).join(', ')} maps ${raw} to ${key}`,
          );
        else addKey(`email:${key}`, id, 'same-email', `e-mail ${key}`);
        const gh = githubNoreply(raw);
        if (gh !== undefined) {
          const list = noreplyByLogin.get(gh.login) ?? [];
          list.push({ id, ...(gh.id === undefined ? {} : { ghId: gh.id }), email: raw });
          noreplyByLogin.set(gh.login, list);
        }
      }
      if (r.username !== undefined && r.username.trim() !== '') {
        const login = r.username.trim().toLowerCase();
        const ns = namespaceOf.get(r.source) ?? `source ${r.source}`;
        addKey(`username:${ns}:${login}`, id, 'same-username', `username ${login} in ${ns}`);
        if (r.source === 'github') {
          const list = githubByLogin.get(login) ?? [];
          list.push({ id, ...(r.sourceId === undefined ? {} : { sourceId: r.sourceId }) });
          githubByLogin.set(login, list);
        }
      }
    }
  }

  for (const key of [...buckets.keys()].sort(cmp)) {
    const bucket = buckets.get(key) as Map<string, { rule: MergeRule; evidence: string }>;
    if (bucket.size < 2) continue;
    const members = [...bucket].sort((x, y) => PRIORITY[y[1].rule] - PRIORITY[x[1].rule] || cmp(x[0], y[0]));
    const [hubId, hub] = members[0] as [string, { rule: MergeRule; evidence: string }];
    for (let k = 1; k < members.length; k++) {
      const [otherId, other] = members[k] as [string, { rule: MergeRule; evidence: string }];
      const stronger = PRIORITY[other.rule] <= PRIORITY[hub.rule] ? other : hub;
      candidates.push({ a: hubId, b: otherId, rule: stronger.rule, evidence: stronger.evidence });
    }
  }

  for (const login of [...noreplyByLogin.keys()].sort(cmp)) {
    const noreplies = noreplyByLogin.get(login) ?? [];
    for (const n of noreplies) {
      for (const g of githubByLogin.get(login) ?? []) {
        if (n.ghId !== undefined && g.sourceId !== undefined && n.ghId !== g.sourceId) continue;
        candidates.push({
          a: n.id,
          b: g.id,
          rule: 'github-noreply',
          evidence: `${n.email} is GitHub user ${login}${n.ghId === undefined ? '' : ` (id ${n.ghId})`}`,
        });
      }
    }
  }

  const unmatchedRefs: string[] = [];
  // References are looked up through their most selective field, then checked in full.
  let byField: Map<string, string[]> | undefined;
  const candidatesFor = (ref: IdentityRef): readonly string[] => {
    if (ref.id !== undefined) return nodes.has(ref.id) ? [ref.id] : [];
    if (byField === undefined) {
      byField = new Map();
      const put = (k: string, id: string): void => {
        const list = (byField as Map<string, string[]>).get(k);
        if (list === undefined) (byField as Map<string, string[]>).set(k, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      };
      for (const id of ids)
        for (const r of (nodes.get(id) as Node).records) {
          if (r.email !== undefined) put(`e:${normaliseEmail(r.email)}`, id);
          if (r.username !== undefined) put(`u:${r.username.toLowerCase()}`, id);
          if (r.sourceId !== undefined) put(`s:${r.sourceId}`, id);
        }
    }
    const key =
      ref.email !== undefined
        ? `e:${normaliseEmail(ref.email)}`
        : ref.username !== undefined
          ? `u:${ref.username.toLowerCase()}`
          : `s:${ref.sourceId}`;
    return byField.get(key) ?? [];
  };
  const matching = (ref: IdentityRef, where: string): string[] => {
    const out = candidatesFor(ref).filter((id) =>
      (nodes.get(id) as Node).records.some((r) => identityMatchesRef(ref, r)),
    );
    if (out.length === 0) unmatchedRefs.push(`${where}: ${describeIdentityRef(ref)}`);
    return out;
  };
  o.aliases.groups.forEach((group, g) => {
    const matched = [...new Set(group.flatMap((ref, k) => matching(ref, `aliases.groups[${g}][${k}]`)))].sort(
      cmp,
    );
    const evidence = `alias group ${g + 1}: ${group.map(describeIdentityRef).join(' = ')}`;
    for (let k = 1; k < matched.length; k++)
      candidates.push({ a: matched[0] as string, b: matched[k] as string, rule: 'alias', evidence });
  });

  // keepApart: each side's identities carry a tag; a union joining opposite tags is refused.
  const tags = new Map<string, Set<string>>();
  const apartName: string[] = [];
  o.aliases.keepApart.forEach(([left, right], k) => {
    apartName.push(`keepApart[${k}] (${describeIdentityRef(left)} ≠ ${describeIdentityRef(right)})`);
    for (const [side, ref] of [
      ['L', left],
      ['R', right],
    ] as const)
      for (const id of matching(ref, `aliases.keepApart[${k}]`)) {
        const set = tags.get(id) ?? new Set<string>();
        set.add(`${k}${side}`);
        tags.set(id, set);
      }
  });

  candidates.sort(
    (x, y) =>
      PRIORITY[x.rule] - PRIORITY[y.rule] || cmp(x.a, y.a) || cmp(x.b, y.b) || cmp(x.evidence, y.evidence),
  );
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let c = x;
    while (c !== r) {
      const next = parent.get(c) as string;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  const rootTags = new Map<string, Set<string>>(tags);
  const merges: IdentityMerge[] = [];
  const keptApart: KeptApart[] = [];
  for (const c of candidates) {
    const ra = find(c.a);
    const rb = find(c.b);
    if (ra === rb) continue;
    const ta = rootTags.get(ra);
    const tb = rootTags.get(rb);
    let refusedBy: number | undefined;
    if (ta !== undefined && tb !== undefined)
      for (const t of ta) {
        const opposite = t.endsWith('L') ? `${t.slice(0, -1)}R` : `${t.slice(0, -1)}L`;
        if (tb.has(opposite)) {
          refusedBy = Number(t.slice(0, -1));
          break;
        }
      }
    const pair: [string, string] = cmp(c.a, c.b) < 0 ? [c.a, c.b] : [c.b, c.a];
    if (refusedBy !== undefined) {
      keptApart.push({
        identities: pair,
        rule: c.rule,
        evidence: c.evidence,
        keptApartBy: apartName[refusedBy] as string,
      });
      continue;
    }
    const [keep, drop] = cmp(ra, rb) < 0 ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    if (ta !== undefined || tb !== undefined) rootTags.set(keep, new Set([...(ta ?? []), ...(tb ?? [])]));
    merges.push({ identities: pair, rule: c.rule, evidence: c.evidence });
  }

  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    const g = groups.get(r) ?? [];
    g.push(id);
    groups.set(r, g);
  }
  const persons = [...groups.values()]
    .map((identityIds) => {
      const name = mostFrequent(identityIds.flatMap((id) => mailmapNames.get(id) ?? []));
      const email = mostFrequent(identityIds.flatMap((id) => mailmapEmails.get(id) ?? []));
      return {
        identityIds,
        ...(name === undefined ? {} : { mailmapName: name }),
        ...(email === undefined ? {} : { mailmapEmail: email }),
      };
    })
    .sort((x, y) => cmp(x.identityIds[0] as string, y.identityIds[0] as string));
  const ignoredEmails = [...ignored]
    .map(([email, v]) => ({ email, reason: v.reason, identities: [...v.ids].sort(cmp) }))
    .sort((x, y) => cmp(x.email, y.email));
  return { persons, merges, keptApart, ignoredEmails, unmatchedRefs };
}
