import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { Community } from '../model/community.js';
import { parseCommunity } from '../model/parseCommunity.js';
import type { Provenance } from '../model/provenance.js';
import { parseWith } from '../model/validate.js';
import { pseudonyms } from './internal/pseudonyms.js';

/** The shortest key accepted, in bytes (128 bits). */
export const MIN_PSEUDONYMISE_KEY_BYTES = 16;

const KEY_MESSAGE =
  `a secret key of at least ${MIN_PSEUDONYMISE_KEY_BYTES} bytes is required: without one (or with a short one) ` +
  'anyone can hash a list of candidate e-mails and names and find who is who (a dictionary attack); keep the key ' +
  'secret and use the same key for exports you want to combine';

/** Options of {@link pseudonymise}. */
export const PseudonymiseOptionsSchema = z.strictObject({
  /** The secret key (text or bytes), at least 16 bytes. Keep it: the same key gives the same pseudonyms. */
  key: z
    .union([z.string(), z.instanceof(Uint8Array)], { error: KEY_MESSAGE })
    .refine(
      (k) => (typeof k === 'string' ? utf8ToBytes(k).length : k.length) >= MIN_PSEUDONYMISE_KEY_BYTES,
      KEY_MESSAGE,
    ),
  /** Keep free text (activity text, bios, assessment evidence, metadata, bot reasons); default false drops it. */
  keepText: z.boolean().default(false),
});

/** Options of {@link pseudonymise} (input). */
export type PseudonymiseOptions = z.input<typeof PseudonymiseOptionsSchema>;

/** The bot layer a reason names, without the identity it named. */
function botLayer(reason: string): string {
  if (reason.startsWith('the platform marks')) return 'the platform marks it as a bot';
  if (reason.startsWith('app account')) return 'an app account ([bot] login)';
  if (reason.startsWith('known bot')) return reason;
  return 'listed as a bot';
}

/**
 * Replaces everything in a community that names a person with keyed
 * pseudonyms — HMAC-SHA-256 under the user's secret key (`@noble/hashes`,
 * audited, synchronous, runs in browsers) — so the result can be shared:
 * member, activity, thread and gathering ids, names, e-mails (the address and
 * its domain hashed separately, so equal domains stay equal; a placeholder
 * stays a placeholder and a GitHub noreply address keeps its form with the
 * login pseudonymised as usernames are), usernames and
 * source ids, in members, their identities and every record that refers to
 * them (`memberId`, `replyTo`, `thread`, hosts, speakers, registered,
 * attended, `assessorId`, `contactMemberId`, provenance `sourceId`). The
 * same key gives the same pseudonym for the same value in every run and
 * source, so exports pseudonymised separately still line up and combine.
 * Organisations, channels, topics, kinds, times, gathering titles and
 * stakeholders' names are kept. Free text (activity `text`, `bio`,
 * assessment `evidence`, member `metadata` other than affiliation periods,
 * the detail of bot reasons) is dropped unless `keepText`.
 *
 * What can still identify someone: timestamps and activity patterns, a rare
 * organisation or time zone, the text you chose to keep — see
 * docs/io/pseudonymise.md.
 *
 * @param community - a parsed community
 * @param options - `key` (required, ≥ 16 bytes), `keepText`
 * @returns a new community, validated; the input is not changed
 * @throws ValidationError when the key is missing or short (the message says why), or an option is unknown
 *
 * @example
 * ```ts
 * const c = parseCommunity({ name: 'x', members: [{ id: 'ada', name: 'Ada Lovelace', affiliation: 'Acme' }] });
 * const p = pseudonymise(c, { key: 'a long secret, kept safe' });
 * p.members[0]?.name?.startsWith('Person '); // → true
 * p.members[0]?.affiliation; // → 'Acme'
 * pseudonymise(c, { key: 'a long secret, kept safe' }).members[0]?.id === p.members[0]?.id; // → true
 * ```
 */
export function pseudonymise(community: Community, options: PseudonymiseOptions): Community {
  const o = parseWith('pseudonymise', PseudonymiseOptionsSchema, options, 'options');
  const { member, activity, thread, gathering, name, username, email, sourceId } = pseudonyms(
    typeof o.key === 'string' ? utf8ToBytes(o.key) : o.key,
  );
  const provenance = (p: Provenance | undefined): { provenance?: Provenance } =>
    p === undefined
      ? {}
      : {
          provenance: {
            ...p,
            ...(p.sourceId === undefined ? {} : { sourceId: sourceId(p.source, p.sourceId) }),
          },
        };

  const out = {
    name: community.name,
    ...(community.description === undefined ? {} : { description: community.description }),
    ...(community.createdAt === undefined ? {} : { createdAt: community.createdAt }),
    stage: community.stage,
    members: community.members.map((m) => {
      const { bio, metadata, botReason, identities, name: n, ...rest } = m;
      const affiliations = metadata?.affiliations;
      const keptMetadata = o.keepText ? metadata : affiliations === undefined ? undefined : { affiliations };
      return {
        ...rest,
        id: member(m.id),
        ...(n === undefined ? {} : { name: name(n) }),
        ...(o.keepText && bio !== undefined ? { bio } : {}),
        ...(botReason === undefined ? {} : { botReason: o.keepText ? botReason : botLayer(botReason) }),
        identities: identities.map((i) => ({
          source: i.source,
          ...(i.sourceId === undefined ? {} : { sourceId: sourceId(i.source, i.sourceId) }),
          ...(i.name === undefined ? {} : { name: name(i.name) }),
          ...(i.email === undefined ? {} : { email: email(i.email) }),
          ...(i.username === undefined ? {} : { username: username(i.username) }),
        })),
        ...(keptMetadata === undefined ? {} : { metadata: keptMetadata }),
      };
    }),
    activities: community.activities.map((a) => {
      const { text, ...rest } = a;
      return {
        ...rest,
        id: activity(a.id),
        memberId: member(a.memberId),
        ...(a.thread === undefined ? {} : { thread: thread(a.thread) }),
        ...(a.replyTo === undefined ? {} : { replyTo: activity(a.replyTo) }),
        ...(o.keepText && text !== undefined ? { text } : {}),
        ...provenance(a.provenance),
      };
    }),
    gatherings: community.gatherings.map((g) => ({
      ...g,
      id: gathering(g.id),
      hosts: g.hosts.map(member),
      speakers: g.speakers.map(member),
      registered: g.registered.map(member),
      attended: g.attended.map(member),
      ...provenance(g.provenance),
    })),
    roleAssignments: community.roleAssignments.map((r) => ({
      ...r,
      memberId: member(r.memberId),
      ...provenance(r.provenance),
    })),
    skillAssessments: community.skillAssessments.map((s) => {
      const { evidence, ...rest } = s;
      return {
        ...rest,
        memberId: member(s.memberId),
        ...(s.assessorId === undefined ? {} : { assessorId: member(s.assessorId) }),
        ...(o.keepText && evidence !== undefined ? { evidence } : {}),
        ...provenance(s.provenance),
      };
    }),
    stakeholders: community.stakeholders.map((s) => ({
      ...s,
      ...(s.contactMemberId === undefined ? {} : { contactMemberId: member(s.contactMemberId) }),
    })),
  };
  return parseCommunity(out);
}
