import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Provenance } from '../model/provenance.js';
import { parseWith } from '../model/validate.js';
import { classifyBot } from './core/classifyBot.js';
import { type SourceExtract, SourceExtractSchema } from './core/sourceExtract.js';
import { pseudonyms } from './internal/pseudonyms.js';
import { type PseudonymiseOptions, PseudonymiseOptionsSchema } from './pseudonymise.js';

/**
 * Pseudonymises one source extract before it is combined, with the same
 * keyed pseudonyms as {@link pseudonymise}: each source can be pseudonymised
 * where it was exported, and `assembleCommunity` (or `community-kit combine`)
 * still joins the same person across the pseudonymised extracts — equal
 * e-mails stay equal, a GitHub noreply address still names the pseudonymised
 * login, the extract's own mailmap is pseudonymised the same way and still
 * applies, placeholders stay placeholders. Bots are classified first (the
 * deciding layers of `classifyBot`) and carried as the platform flag, since
 * hashed logins can no longer be recognised. Identity, activity, thread and
 * gathering ids, names, e-mails, usernames and source ids are replaced; free
 * text (activity `text`, profile `bio` and `metadata`, assessment `evidence`,
 * warnings and skip examples) is dropped unless `keepText`.
 *
 * @param extract - a source extract (parsed, or as read back from JSON)
 * @param options - `key` (required, ≥ 16 bytes), `keepText`
 * @returns the pseudonymised extract
 * @throws ValidationError when the key is missing or short, or the extract is invalid
 *
 * @example
 * ```ts
 * const key = 'a long secret, kept safe';
 * const a = pseudonymiseExtract({ format: 'community-kit/source-extract@1', source: 'git',
 *   identities: [{ id: 'git:ada@x.org', source: 'git', name: 'Ada', email: 'ada@x.org' }] }, { key });
 * const b = pseudonymiseExtract({ format: 'community-kit/source-extract@1', source: 'mbox',
 *   identities: [{ id: 'mbox:1', source: 'mbox', name: 'Ada L.', email: 'ADA@x.org' }] }, { key });
 * a.identities[0]?.email === b.identities[0]?.email; // → true
 * assembleCommunity([a, b]).community.members.length; // → 1
 * ```
 */
export function pseudonymiseExtract(extract: unknown, options: PseudonymiseOptions): SourceExtract {
  const o = parseWith('pseudonymiseExtract', PseudonymiseOptionsSchema, options, 'options');
  const e = parseWith('pseudonymiseExtract', SourceExtractSchema, extract, 'extract');
  const p = pseudonyms(typeof o.key === 'string' ? utf8ToBytes(o.key) : o.key);
  const id = (x: string): string => p.identity(x);
  const provenance = (v: Provenance | undefined): { provenance?: Provenance } =>
    v === undefined
      ? {}
      : {
          provenance: {
            ...v,
            ...(v.sourceId === undefined ? {} : { sourceId: p.sourceId(v.source, v.sourceId) }),
          },
        };
  return SourceExtractSchema.parse({
    format: e.format,
    source: e.source,
    ...(e.description === undefined ? {} : { description: e.description }),
    files: e.files,
    identities: e.identities.map((i) => {
      const verdict = classifyBot(i);
      return {
        id: id(i.id),
        source: i.source,
        ...(i.sourceId === undefined ? {} : { sourceId: p.sourceId(i.source, i.sourceId) }),
        ...(i.name === undefined ? {} : { name: p.name(i.name) }),
        ...(i.email === undefined ? {} : { email: p.email(i.email) }),
        ...(i.username === undefined ? {} : { username: p.username(i.username) }),
        ...(verdict.verdict === 'bot'
          ? { platformBot: true, platformBotEvidence: `classified before pseudonymising: ${verdict.layer}` }
          : {}),
      };
    }),
    profiles: e.profiles.map((pr) => {
      const { bio, metadata, name, ...rest } = pr;
      return {
        ...rest,
        id: id(pr.id),
        ...(name === undefined ? {} : { name: p.name(name) }),
        ...(o.keepText && bio !== undefined ? { bio } : {}),
        ...(o.keepText && metadata !== undefined ? { metadata } : {}),
      };
    }),
    activities: e.activities.map((a) => {
      const { text, ...rest } = a;
      return {
        ...rest,
        id: p.activity(a.id),
        memberId: id(a.memberId),
        ...(a.thread === undefined ? {} : { thread: p.thread(a.thread) }),
        ...(a.replyTo === undefined ? {} : { replyTo: p.activity(a.replyTo) }),
        ...(o.keepText && text !== undefined ? { text } : {}),
        ...provenance(a.provenance),
      };
    }),
    gatherings: e.gatherings.map((g) => ({
      ...g,
      id: p.gathering(g.id),
      hosts: g.hosts.map(id),
      speakers: g.speakers.map(id),
      registered: g.registered.map(id),
      attended: g.attended.map(id),
      ...provenance(g.provenance),
    })),
    roleAssignments: e.roleAssignments.map((r) => ({
      ...r,
      memberId: id(r.memberId),
      ...provenance(r.provenance),
    })),
    skillAssessments: e.skillAssessments.map((s) => {
      const { evidence, ...rest } = s;
      return {
        ...rest,
        memberId: id(s.memberId),
        ...(s.assessorId === undefined ? {} : { assessorId: id(s.assessorId) }),
        ...(o.keepText && evidence !== undefined ? { evidence } : {}),
        ...provenance(s.provenance),
      };
    }),
    mailmap: e.mailmap.map((m) => ({
      ...(m.properName === undefined ? {} : { properName: p.name(m.properName) }),
      ...(m.properEmail === undefined ? {} : { properEmail: p.email(m.properEmail) }),
      ...(m.commitName === undefined ? {} : { commitName: p.name(m.commitName) }),
      commitEmail: m.commitEmail === '' ? '' : p.email(m.commitEmail),
      ...(m.file === undefined ? {} : { file: m.file }),
      line: m.line,
    })),
    read: e.read,
    skipped: e.skipped.map((s) => ({
      reason: s.reason,
      count: s.count,
      examples: o.keepText ? s.examples : [],
    })),
    warnings: o.keepText ? e.warnings : [],
  });
}
