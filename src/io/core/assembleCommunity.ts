import { z } from 'zod';
import { type Activity, ActivitySchema } from '../../model/activity.js';
import type { Community } from '../../model/community.js';
import { DateInputSchema } from '../../model/dateInput.js';
import type { ValidationIssue } from '../../model/errors.js';
import type { Gathering } from '../../model/gathering.js';
import { LabelSchema } from '../../model/ids.js';
import { fastActivity } from '../../model/internal/fastActivity.js';
import type { Member, MemberIdentity } from '../../model/member.js';
import { parseCommunity } from '../../model/parseCommunity.js';
import { fail, parseWith, zodIssues } from '../../model/validate.js';
import { DomainAffiliationSchema, EnrollmentSchema } from './affiliationMaps.js';
import { classifyBot } from './classifyBot.js';
import { normaliseEmail } from './emailAddress.js';
import { IdentityAliasesSchema, IdentityRefSchema, identityMatchesRef } from './identityAliases.js';
import type { ImportReport } from './importReport.js';
import { affiliate, affiliationIndex } from './internal/affiliate.js';
import { memberIdFor } from './internal/memberId.js';
import { mergeProfiles } from './internal/mergeProfiles.js';
import { compareStrings } from './internal/sortKey.js';
import { MailmapEntrySchema } from './mailmap.js';
import { MergeRuleSchema, resolveIdentities } from './resolveIdentities.js';
import { type SourceExtract, SourceExtractSchema, type SourceIdentity } from './sourceExtract.js';
import { suggestMerges } from './suggestMerges.js';

/** Options of {@link assembleCommunity}. */
export const AssembleOptionsSchema = z.strictObject({
  /** The community's name. */
  name: z.string().min(1).max(500).default('Imported community'),
  /** What it is. */
  description: z.string().max(100_000).optional(),
  /** The user's alias file (groups that are one person, keepApart pairs). */
  aliases: IdentityAliasesSchema.default({ groups: [], keepApart: [] }),
  /** The user's mailmap entries (`parseMailmap`), applied after the extracts' own, so they win. */
  mailmap: z.array(MailmapEntrySchema).default([]),
  /** More pairs that are two people (added to `aliases.keepApart`). */
  keepApart: z.array(z.tuple([IdentityRefSchema, IdentityRefSchema])).default([]),
  /** Sources whose usernames name the same accounts (usernames match only within one source otherwise). */
  usernameNamespaces: z.array(z.array(LabelSchema).min(2)).default([]),
  /** Domain → organisation lines (`parseDomainMap`); `*.domain` covers subdomains. */
  affiliations: z.array(DomainAffiliationSchema).default([]),
  /** E-mail → organisation lines with periods (`parseEmailMap`); they beat domains and profiles. */
  enrollments: z.array(EnrollmentSchema).default([]),
  /** An unmapped, non-free-mail domain used by two or more persons names their organisation. */
  domainsAsOrganisations: z.boolean().default(true),
  /** The date affiliations are taken at (default: the latest activity or gathering in the data). */
  asOf: DateInputSchema.optional(),
  /** Bots beyond the built-in layers (`extra`) and identities that are people whatever the layers say (`notBots`). */
  bots: z
    .strictObject({
      extra: z.array(IdentityRefSchema).default([]),
      notBots: z.array(IdentityRefSchema).default([]),
    })
    .default({ extra: [], notBots: [] }),
  /** List likely merges for a person to confirm in the report. */
  suggest: z.boolean().default(true),
});

/** Options of {@link assembleCommunity} (input). */
export type AssembleOptions = z.input<typeof AssembleOptionsSchema>;

/** What {@link assembleCommunity} returns. */
export interface AssembledCommunity {
  /** The community, validated by `parseCommunity`. */
  community: Community;
  /** What was read, merged, skipped and guessed. */
  report: ImportReport;
}

const REFERENCE_FIELDS = ['hosts', 'speakers', 'registered', 'attended'] as const;

function describeExtract(raw: unknown, i: number): string {
  const r = raw as { source?: unknown; files?: unknown } | null;
  const source = typeof r?.source === 'string' ? r.source : '?';
  const files = Array.isArray(r?.files) ? r.files.filter((f): f is string => typeof f === 'string') : [];
  return `extracts[${i}] (${source}${files.length > 0 ? `: ${files.slice(0, 3).join(', ')}` : ''})`;
}

/** Issues for records that name an identity the extract does not list. */
function referenceIssues(e: SourceExtract, where: string): ValidationIssue[] {
  const known = new Set(e.identities.map((x) => x.id));
  const issues: ValidationIssue[] = [];
  const check = (id: string | undefined, path: string): void => {
    if (id !== undefined && !known.has(id))
      issues.push({
        path: `${where}.${path}`,
        message: `no identity "${id}" in this extract's identities`,
        code: 'unknown-reference',
      });
  };
  e.profiles.forEach((p, k) => {
    check(p.id, `profiles[${k}].id`);
  });
  e.activities.forEach((a, k) => {
    check(a.memberId, `activities[${k}].memberId`);
  });
  e.gatherings.forEach((g, k) => {
    for (const f of REFERENCE_FIELDS)
      g[f].forEach((id, j) => {
        check(id, `gatherings[${k}].${f}[${j}]`);
      });
  });
  e.roleAssignments.forEach((r, k) => {
    check(r.memberId, `roleAssignments[${k}].memberId`);
  });
  e.skillAssessments.forEach((s, k) => {
    check(s.memberId, `skillAssessments[${k}].memberId`);
    check(s.assessorId, `skillAssessments[${k}].assessorId`);
  });
  return issues;
}

const ExtractWithoutActivities = SourceExtractSchema.omit({ activities: true });

/**
 * One extract through `SourceExtractSchema`, its activities on the model's
 * fast path (exactly what the schema gives, at a fraction of the cost on
 * large extracts; zod only where the fast path is unsure, for its messages).
 */
function parseExtract(raw: unknown, where: string, issues: ValidationIssue[]): SourceExtract | undefined {
  const rawActivities = (raw as { activities?: unknown } | null)?.activities;
  const head = ExtractWithoutActivities.safeParse(raw);
  if (!head.success) issues.push(...zodIssues(head.error.issues, where));
  if (rawActivities !== undefined && !Array.isArray(rawActivities)) {
    issues.push({ path: `${where}.activities`, message: 'expected an array', code: 'invalid-input' });
    return undefined;
  }
  const activities: Activity[] = [];
  let bad = false;
  (rawActivities ?? []).forEach((a: unknown, k: number) => {
    const fast = fastActivity(a);
    if (fast !== undefined) {
      activities.push(fast);
      return;
    }
    const r = ActivitySchema.safeParse(a);
    if (r.success) activities.push(r.data);
    else {
      bad = true;
      issues.push(...zodIssues(r.error.issues, `${where}.activities[${k}]`));
    }
  });
  return head.success && !bad ? { ...head.data, activities } : undefined;
}

/** A key that orders extracts the same whatever order they were given in. */
function extractKey(e: SourceExtract): string {
  return [e.source, e.description ?? '', ...e.files].join('\u0000');
}

function mostUsed(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [v, c] of counts)
    if (c > bestCount || (c === bestCount && best !== undefined && compareStrings(v, best) < 0)) {
      best = v;
      bestCount = c;
    }
  return best;
}

const identityKey = (m: MemberIdentity): string =>
  [m.source, m.sourceId ?? '', m.name ?? '', m.email ?? '', m.username ?? ''].join('\u0000');

/**
 * Builds one community from the extracts of several sources: validates each
 * extract, resolves identities across all of them (`resolveIdentities`: the
 * extracts' own mailmaps, then the user's, aliases and keepApart), gives each
 * person a stable member id, fills `identities`, `name` (the mailmap's name,
 * else the name used on most activities), `joinedAt` (the earliest a profile
 * states — never guessed from activity; health metrics fall back on the first
 * activity themselves), affiliation (see docs/io/identities.md) and bot kind;
 * merges profiles (disagreements become warnings); rewrites every record's
 * identity ids to member ids; keeps an activity or gathering that several
 * extracts hold once; validates through `parseCommunity`; and reports it all.
 *
 * Member ids: the slug of the member's name and the first 8 hex digits of
 * SHA-256 of their smallest identity id (`ada-lovelace-3f2a9c1b`) — the same
 * person gets the same id from the same identities in any order.
 *
 * Deterministic: the same extracts and options, in any order, give the same
 * output byte for byte (records are sorted; extracts are read in an order of
 * their own: source, description, files).
 *
 * @param extracts - source extracts (parsed, or as read back from JSON)
 * @param options - name, aliases, mailmap, keepApart, affiliations, enrollments, bots, asOf, suggest
 * @returns `{ community, report }`
 * @throws ValidationError naming the extract (`extracts[1] (git: git.log)`) and field when an extract is invalid or refers to an identity it does not list; on invalid options
 *
 * @example
 * ```ts
 * const { community, report } = assembleCommunity([
 *   { format: 'community-kit/source-extract@1', source: 'git',
 *     identities: [{ id: 'git:ada@x.org', source: 'git', name: 'Ada', email: 'ada@x.org' }],
 *     activities: [{ id: 'git:1', memberId: 'git:ada@x.org', at: '2024-03-01T10:00:00Z', kind: 'commit' }] },
 *   { format: 'community-kit/source-extract@1', source: 'mbox',
 *     identities: [{ id: 'mbox:ada@x.org', source: 'mbox', name: 'Ada Lovelace', email: 'ADA@x.org' }],
 *     activities: [{ id: 'mbox:<m1@x>', memberId: 'mbox:ada@x.org', at: '2024-03-02T10:00:00Z', kind: 'post' }] },
 * ]);
 * community.members.map((m) => m.id); // → ['ada-e03b1471']
 * report.merges[0]?.rule; // → 'same-email'
 * ```
 */
export function assembleCommunity(
  extracts: readonly unknown[],
  options: AssembleOptions = {},
): AssembledCommunity {
  const o = parseWith('assembleCommunity', AssembleOptionsSchema, options, 'options');
  if (!Array.isArray(extracts))
    fail('assembleCommunity', [
      { path: 'extracts', message: 'expected an array of source extracts', code: 'invalid-input' },
    ]);
  const issues: ValidationIssue[] = [];
  const parsed: SourceExtract[] = [];
  extracts.forEach((raw, i) => {
    const where = describeExtract(raw, i);
    const r = parseExtract(raw, where, issues);
    if (r === undefined) return;
    issues.push(...referenceIssues(r, where));
    parsed.push(r);
  });
  if (issues.length > 0) fail('assembleCommunity', issues);
  const keyed = parsed.map((e) => ({ e, key: extractKey(e) }));
  keyed.sort((a, b) => {
    const c = compareStrings(a.key, b.key);
    return c !== 0 ? c : compareStrings(JSON.stringify(a.e), JSON.stringify(b.e));
  });
  const ordered = keyed.map((k) => k.e);
  const warnings: string[] = [];

  // Who is who.
  const allIdentities = ordered.flatMap((e) => e.identities);
  const resolved = resolveIdentities(allIdentities, {
    mailmap: [...ordered.flatMap((e) => e.mailmap), ...o.mailmap],
    aliases: { groups: o.aliases.groups, keepApart: [...o.aliases.keepApart, ...o.keepApart] },
    usernameNamespaces: o.usernameNamespaces,
  });
  for (const ref of resolved.unmatchedRefs) warnings.push(`alias reference matches no identity: ${ref}`);
  const recordsOf = new Map<string, SourceIdentity[]>();
  for (const x of allIdentities) recordsOf.set(x.id, [...(recordsOf.get(x.id) ?? []), x]);

  // Activity per identity: counts (for names) and latest time (for which e-mail is current).
  const activityCount = new Map<string, number>();
  const lastSeen = new Map<string, number>();
  let latest = Number.NEGATIVE_INFINITY;
  const counted = new Set<string>();
  for (const e of ordered) {
    for (const a of e.activities) {
      // An activity several extracts hold counts once, as it will in the community.
      if (!counted.has(a.id)) activityCount.set(a.memberId, (activityCount.get(a.memberId) ?? 0) + 1);
      counted.add(a.id);
      const t = a.at.getTime();
      if (t > (lastSeen.get(a.memberId) ?? Number.NEGATIVE_INFINITY)) lastSeen.set(a.memberId, t);
      if (t > latest) latest = t;
    }
    for (const g of e.gatherings) if (g.start.getTime() > latest) latest = g.start.getTime();
  }
  const asOf = o.asOf ?? (Number.isFinite(latest) ? new Date(latest) : undefined);

  // Persons → members.
  const memberOf = new Map<string, string>();
  const taken = new Set<string>();
  const members: Member[] = [];
  const bots: { memberId: string; reason: string }[] = [];
  const botSuggestions: { memberId: string; reason: string }[] = [];
  const personEmails = resolved.persons.map((p) =>
    p.identityIds.flatMap((id) =>
      (recordsOf.get(id) ?? []).flatMap((r) => (r.email === undefined ? [] : [r.email])),
    ),
  );
  const affIndex = affiliationIndex(
    o.enrollments,
    o.affiliations,
    personEmails,
    o.domainsAsOrganisations,
    asOf,
  );
  const profilesOf = new Map<string, SourceExtract['profiles']>();
  for (const e of ordered)
    for (const p of e.profiles) profilesOf.set(p.id, [...(profilesOf.get(p.id) ?? []), p]);
  const affiliationGuesses: ImportReport['affiliationGuesses'] = [];
  const unaffiliated: string[] = [];

  for (const person of resolved.persons) {
    const records = person.identityIds.flatMap((id) => recordsOf.get(id) ?? []);
    const names = new Map<string, number>();
    for (const id of person.identityIds)
      for (const r of recordsOf.get(id) ?? [])
        if (r.name !== undefined && r.name.trim() !== '')
          names.set(r.name.trim(), (names.get(r.name.trim()) ?? 0) + (activityCount.get(id) ?? 0) + 1);
    const profiles = person.identityIds.flatMap((id) => profilesOf.get(id) ?? []);
    const merged = mergeProfiles(profiles);
    const label =
      person.mailmapName ??
      merged.profile.name ??
      mostUsed(names) ??
      records.find((r) => r.username !== undefined)?.username ??
      records.find((r) => r.email !== undefined)?.email?.split('@')[0];
    const id = memberIdFor(label, person.identityIds[0] as string, taken);
    taken.add(id);
    for (const identityId of person.identityIds) memberOf.set(identityId, id);
    for (const w of merged.conflicts) warnings.push(`member ${id}: ${w}`);

    const identities = [
      ...new Map(
        records.map((r) => {
          const m: MemberIdentity = {
            source: r.source,
            ...(r.sourceId === undefined ? {} : { sourceId: r.sourceId }),
            ...(r.name === undefined ? {} : { name: r.name }),
            ...(r.email === undefined ? {} : { email: r.email }),
            ...(r.username === undefined ? {} : { username: r.username }),
          };
          return [identityKey(m), m] as const;
        }),
      ),
    ]
      .sort((a, b) => compareStrings(a[0], b[0]))
      .map(([, m]) => m);

    // Bots, in layers; the user's lists win.
    let botReason: string | undefined;
    const notBot = records.some((r) => o.bots.notBots.some((ref) => identityMatchesRef(ref, r)));
    if (!notBot) {
      const extra = records.find((r) => o.bots.extra.some((ref) => identityMatchesRef(ref, r)));
      if (extra !== undefined) botReason = `listed as a bot by the user (${extra.id})`;
      else {
        const verdicts = records.map(classifyBot);
        const layerRank = { platform: 0, 'app-account': 1, 'known-bot': 2 } as const;
        const decided = verdicts
          .flatMap((v) => (v.verdict === 'bot' ? [v] : []))
          .sort(
            (x, y) => layerRank[x.layer] - layerRank[y.layer] || compareStrings(x.reason, y.reason),
          )[0]?.reason;
        if (decided !== undefined) botReason = decided;
        else {
          const suggested = verdicts
            .flatMap((v) => (v.verdict === 'suggest' ? [v.reason] : []))
            .sort(compareStrings)[0];
          if (suggested !== undefined) botSuggestions.push({ memberId: id, reason: suggested });
        }
      }
    }
    if (botReason !== undefined) bots.push({ memberId: id, reason: botReason });

    // Affiliation: e-mails most recently used first.
    const emails = person.identityIds
      .flatMap((iid) =>
        (recordsOf.get(iid) ?? []).flatMap((r) =>
          r.email === undefined
            ? []
            : [{ email: normaliseEmail(r.email), t: lastSeen.get(iid) ?? Number.NEGATIVE_INFINITY }],
        ),
      )
      .sort((a, b) => b.t - a.t || compareStrings(a.email, b.email))
      .map((x) => x.email);
    let affiliation: string | undefined;
    let metadata = merged.profile.metadata;
    if (botReason === undefined) {
      const aff = affiliate(emails, affIndex);
      const stated = merged.profile.affiliation;
      if (aff.rule?.startsWith('enrollment')) {
        affiliation = aff.organisation;
        if (stated !== undefined && stated !== aff.organisation)
          warnings.push(
            `member ${id}: a profile says "${stated}", ${aff.rule} says "${aff.organisation ?? 'none'}" — kept the enrollment`,
          );
      } else affiliation = stated ?? aff.organisation;
      if (aff.periods.length > 0 && (stated === undefined || aff.rule?.startsWith('enrollment') === true))
        metadata = { ...(metadata ?? {}), affiliations: aff.periods };
      if (affiliation === undefined) {
        unaffiliated.push(id);
        if (aff.personalDomain !== undefined)
          affiliationGuesses.push({
            memberId: id,
            domain: aff.personalDomain,
            reason:
              'only this person uses the domain: likely personal, not an organisation (map it to use it)',
          });
      }
    }

    const { name: _profileName, affiliation: _stated, metadata: _m, id: _id, ...rest } = merged.profile;
    members.push({
      ...rest,
      id,
      ...(label === undefined ? {} : { name: label }),
      ...(affiliation === undefined ? {} : { affiliation }),
      kind: botReason === undefined ? 'person' : 'bot',
      ...(botReason === undefined ? {} : { botReason }),
      identities,
      ...(metadata === undefined ? {} : { metadata }),
    } as Member);
  }

  // Records, with identity ids rewritten to member ids.
  const mapId = (x: string): string => memberOf.get(x) as string;
  const skipped: ImportReport['skipped'] = ordered.flatMap((e) =>
    e.skipped.map((s) => ({ source: e.source, ...s })),
  );
  const activities = new Map<string, Activity>();
  const duplicates: string[] = [];
  let duplicateCount = 0;
  for (const e of ordered)
    for (const a of e.activities) {
      const mapped = { ...a, memberId: mapId(a.memberId) };
      const had = activities.get(a.id);
      if (had !== undefined) {
        duplicateCount++;
        if (duplicates.length < 5) duplicates.push(a.id);
        if (had.memberId !== mapped.memberId)
          warnings.push(
            `activity ${a.id} appears in several extracts with different members (${had.memberId}, ${mapped.memberId}); kept the first`,
          );
        continue;
      }
      activities.set(a.id, mapped);
    }
  if (duplicateCount > 0)
    skipped.push({
      source: 'assembleCommunity',
      reason: 'same activity id in several extracts (kept once)',
      count: duplicateCount,
      examples: duplicates,
    });
  let dangling = 0;
  const danglingExamples: string[] = [];
  for (const a of activities.values())
    if (a.replyTo !== undefined && !activities.has(a.replyTo)) {
      dangling++;
      if (danglingExamples.length < 5) danglingExamples.push(`${a.id} → ${a.replyTo}`);
      delete (a as { replyTo?: string }).replyTo;
    }
  if (dangling > 0)
    warnings.push(
      `${dangling} repl${dangling === 1 ? 'y answers' : 'ies answer'} an activity no extract holds; replyTo dropped (e.g. ${danglingExamples.join(', ')})`,
    );

  const gatherings = new Map<string, Gathering>();
  for (const e of ordered)
    for (const g of e.gatherings) {
      const had = gatherings.get(g.id);
      const lists = Object.fromEntries(
        REFERENCE_FIELDS.map((f) => [
          f,
          [...new Set([...(had?.[f] ?? []), ...g[f].map(mapId)])].sort(compareStrings),
        ]),
      );
      gatherings.set(g.id, { ...(had ?? g), ...lists } as Gathering);
    }
  const roleAssignments = ordered
    .flatMap((e) => e.roleAssignments)
    .map((r) => ({ ...r, memberId: mapId(r.memberId) }));
  const skillAssessments = ordered
    .flatMap((e) => e.skillAssessments)
    .map((s) => ({
      ...s,
      memberId: mapId(s.memberId),
      ...(s.assessorId === undefined ? {} : { assessorId: mapId(s.assessorId) }),
    }));

  const byTime = (x: Activity, y: Activity) => x.at.getTime() - y.at.getTime() || compareStrings(x.id, y.id);
  const community = parseCommunity({
    name: o.name,
    ...(o.description === undefined ? {} : { description: o.description }),
    members: members.sort((x, y) => compareStrings(x.id, y.id)),
    activities: [...activities.values()].sort(byTime),
    gatherings: [...gatherings.values()].sort((x, y) => compareStrings(x.id, y.id)),
    roleAssignments: roleAssignments.sort(
      (x, y) =>
        compareStrings(x.memberId, y.memberId) ||
        compareStrings(x.roleId, y.roleId) ||
        x.from.getTime() - y.from.getTime(),
    ),
    skillAssessments: skillAssessments.sort(
      (x, y) =>
        compareStrings(x.memberId, y.memberId) ||
        compareStrings(x.frameworkId, y.frameworkId) ||
        compareStrings(x.skillId, y.skillId) ||
        x.assessedAt.getTime() - y.assessedAt.getTime(),
    ),
  });

  const mergesByRule = Object.fromEntries(MergeRuleSchema.options.map((r) => [r, 0])) as Record<
    string,
    number
  >;
  for (const m of resolved.merges) mergesByRule[m.rule] = (mergesByRule[m.rule] ?? 0) + 1;
  const keepApartIds = resolved.keptApart.map((x) => x.identities);
  const report: ImportReport = {
    format: 'community-kit/import-report@1',
    extracts: ordered.map((e) => ({
      source: e.source,
      ...(e.description === undefined ? {} : { description: e.description }),
      files: e.files,
      read: e.read,
      identities: e.identities.length,
      activities: e.activities.length,
      gatherings: e.gatherings.length,
      profiles: e.profiles.length,
      roleAssignments: e.roleAssignments.length,
      skillAssessments: e.skillAssessments.length,
    })),
    totals: {
      identities: new Set(allIdentities.map((x) => x.id)).size,
      members: community.members.length,
      bots: bots.length,
      activities: community.activities.length,
      gatherings: community.gatherings.length,
      roleAssignments: community.roleAssignments.length,
      skillAssessments: community.skillAssessments.length,
    },
    skipped,
    merges: resolved.merges,
    mergesByRule,
    keptApart: resolved.keptApart,
    ignoredEmails: resolved.ignoredEmails,
    bots: bots.sort((x, y) => compareStrings(x.memberId, y.memberId)),
    botSuggestions: botSuggestions.sort((x, y) => compareStrings(x.memberId, y.memberId)),
    unaffiliated: { count: unaffiliated.length, examples: unaffiliated.sort(compareStrings).slice(0, 10) },
    affiliationGuesses: affiliationGuesses.sort((x, y) => compareStrings(x.memberId, y.memberId)),
    suggestedMerges: o.suggest
      ? suggestMerges(allIdentities, {
          persons: resolved.persons.map((p) => p.identityIds),
          keepApart: keepApartIds,
        })
      : [],
    warnings: [...ordered.flatMap((e) => e.warnings.map((w) => `${e.source}: ${w}`)), ...warnings],
  };
  return { community, report };
}
