import type { DomainAffiliation, Enrollment } from '../affiliationMaps.js';
import { emailDomain, emailPlaceholderReason, normaliseEmail } from '../emailAddress.js';
import { freeMailDomain } from '../freeMailDomains.js';

/** One period of an affiliation: the organisation, until a date (exclusive) or open. */
export interface AffiliationPeriod {
  organisation: string;
  until?: string;
  rule: string;
}

/** What the affiliation rules say about one member. */
export interface MemberAffiliation {
  /** The organisation at `asOf`. */
  organisation?: string;
  /** Every period the rules give (dated rules only have more than one). */
  periods: AffiliationPeriod[];
  /** The rule that decided (`enrollment alice@x.org`, `domain map acme.com`, `shared domain acme.com`…). */
  rule?: string;
  /** A domain not used as an organisation because only this person uses it. */
  personalDomain?: string;
}

/** Lines for one key, dated first (by date), then the open one; the organisation at `at`. */
function at(
  lines: readonly { organisation: string; until?: Date }[],
  asOf: Date | undefined,
): string | undefined {
  const sorted = [...lines].sort(
    (a, b) =>
      (a.until?.getTime() ?? Number.POSITIVE_INFINITY) - (b.until?.getTime() ?? Number.POSITIVE_INFINITY),
  );
  if (asOf === undefined) return sorted.find((l) => l.until === undefined)?.organisation;
  return sorted.find((l) => l.until === undefined || asOf.getTime() < l.until.getTime())?.organisation;
}

function periodsOf(
  lines: readonly { organisation: string; until?: Date }[],
  rule: string,
): AffiliationPeriod[] {
  return [...lines]
    .sort(
      (a, b) =>
        (a.until?.getTime() ?? Number.POSITIVE_INFINITY) - (b.until?.getTime() ?? Number.POSITIVE_INFINITY),
    )
    .map((l) => ({
      organisation: l.organisation,
      ...(l.until === undefined ? {} : { until: l.until.toISOString() }),
      rule,
    }));
}

/** The domain-map lines covering `domain`: its own, else the nearest `*.parent` marked line. */
function domainLines(
  domain: string,
  map: ReadonlyMap<string, DomainAffiliation[]>,
): [string, DomainAffiliation[]] | undefined {
  const own = map.get(domain) ?? map.get(`*.${domain}`);
  if (own !== undefined) return [domain, own];
  const parts = domain.split('.');
  for (let k = 1; k < parts.length - 1; k++) {
    const parent = parts.slice(k).join('.');
    const wild = map.get(`*.${parent}`);
    if (wild !== undefined) return [`*.${parent}`, wild];
  }
  return undefined;
}

/** Indexes for {@link affiliate}, built once per assembly. */
export interface AffiliationIndex {
  enrollments: Map<string, Enrollment[]>;
  domains: Map<string, DomainAffiliation[]>;
  /** Domain → how many persons use it. */
  personsPerDomain: Map<string, number>;
  domainsAsOrganisations: boolean;
  asOf: Date | undefined;
}

export function affiliationIndex(
  enrollments: readonly Enrollment[],
  domains: readonly DomainAffiliation[],
  personEmails: readonly (readonly string[])[],
  domainsAsOrganisations: boolean,
  asOf: Date | undefined,
): AffiliationIndex {
  const e = new Map<string, Enrollment[]>();
  for (const x of enrollments) e.set(normaliseEmail(x.email), [...(e.get(normaliseEmail(x.email)) ?? []), x]);
  const d = new Map<string, DomainAffiliation[]>();
  for (const x of domains) d.set(x.domain, [...(d.get(x.domain) ?? []), x]);
  const personsPerDomain = new Map<string, number>();
  for (const emails of personEmails) {
    const seen = new Set<string>();
    for (const email of emails) {
      const domain = emailDomain(email);
      if (domain !== undefined) seen.add(domain);
    }
    for (const domain of seen) personsPerDomain.set(domain, (personsPerDomain.get(domain) ?? 0) + 1);
  }
  return { enrollments: e, domains: d, personsPerDomain, domainsAsOrganisations, asOf };
}

/**
 * A member's affiliation from their e-mails (most recently used first): an
 * enrollment for one of their addresses; else a domain-map line for one of
 * their domains; else (when allowed) a domain that several persons use and
 * that is not free-mail; a domain only this person uses is reported as
 * personal, not used.
 */
export function affiliate(emails: readonly string[], index: AffiliationIndex): MemberAffiliation {
  const usable = emails.map(normaliseEmail).filter((e) => emailPlaceholderReason(e) === undefined);
  for (const email of usable) {
    const lines = index.enrollments.get(email);
    if (lines === undefined) continue;
    const rule = `enrollment ${email}`;
    const organisation = at(lines, index.asOf);
    return { ...(organisation === undefined ? {} : { organisation }), periods: periodsOf(lines, rule), rule };
  }
  for (const email of usable) {
    const domain = emailDomain(email);
    if (domain === undefined) continue;
    const hit = domainLines(domain, index.domains);
    if (hit === undefined) continue;
    const rule = `domain map ${hit[0]}`;
    const organisation = at(hit[1], index.asOf);
    return {
      ...(organisation === undefined ? {} : { organisation }),
      periods: periodsOf(hit[1], rule),
      rule,
    };
  }
  let personalDomain: string | undefined;
  if (index.domainsAsOrganisations) {
    const candidates = [...new Set(usable.map(emailDomain))].filter(
      (d): d is string => d !== undefined && freeMailDomain(d) === undefined,
    );
    for (const domain of candidates) {
      if ((index.personsPerDomain.get(domain) ?? 0) >= 2) {
        const rule = `shared domain ${domain}`;
        return { organisation: domain, periods: [{ organisation: domain, rule }], rule };
      }
      personalDomain ??= domain;
    }
  }
  return { periods: [], ...(personalDomain === undefined ? {} : { personalDomain }) };
}
