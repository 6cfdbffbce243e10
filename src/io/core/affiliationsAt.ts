import type { Community } from '../../model/community.js';
import { toDate } from '../../model/dateInput.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { fail } from '../../model/validate.js';

interface Period {
  organisation: string;
  until?: string;
}

function periodsOf(metadata: Record<string, unknown> | undefined): Period[] | undefined {
  const raw = metadata?.affiliations;
  if (!Array.isArray(raw)) return undefined;
  const out: Period[] = [];
  for (const p of raw)
    if (typeof p === 'object' && p !== null && typeof (p as Period).organisation === 'string')
      out.push({
        organisation: (p as Period).organisation,
        ...(typeof (p as Period).until === 'string' ? { until: (p as Period).until } : {}),
      });
  return out;
}

/**
 * The community with each member's `affiliation` taken at `at`, from the
 * affiliation periods `assembleCommunity` keeps in `metadata.affiliations`
 * (gitdm-style enrollments: `{ organisation, until? }`, until exclusive).
 * `Member.affiliation` holds one organisation — the one current at
 * assembly's `asOf` — so run organisation metrics (elephantFactor) for a past
 * period on `affiliationsAt(community, <last instant inside that period>)`
 * (e.g. `Date.parse(asOf) - 1`). Members without
 * periods keep their affiliation; a member whose periods all ended before
 * `at` has none. The input is not changed.
 *
 * @param community - a parsed community
 * @param at - the instant (Date, ISO string or epoch ms)
 * @returns a new community (members copied where their affiliation changes)
 * @throws ValidationError when `at` is not a date
 *
 * @example
 * ```ts
 * const c = parseCommunity({ name: 'x', members: [{ id: 'bob', affiliation: 'Beta',
 *   metadata: { affiliations: [{ organisation: 'Acme', until: '2024-02-01T00:00:00.000Z' }, { organisation: 'Beta' }] } }] });
 * affiliationsAt(c, '2024-01-15').members[0]?.affiliation; // → 'Acme'
 * affiliationsAt(c, '2024-03-01').members[0]?.affiliation; // → 'Beta'
 * ```
 */
export function affiliationsAt(community: Community, at: Date | string | number): Community {
  requireParsedCommunity('affiliationsAt', community);
  const when = toDate(at);
  if (when === undefined)
    fail('affiliationsAt', [
      { path: 'at', message: 'expected a date (ISO-8601, epoch ms or a Date)', code: 'invalid-input' },
    ]);
  const t = (when as Date).getTime();
  return {
    ...community,
    members: community.members.map((m) => {
      const periods = periodsOf(m.metadata);
      if (periods === undefined || periods.length === 0) return m;
      const sorted = [...periods].sort(
        (a, b) =>
          (a.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(a.until)) -
          (b.until === undefined ? Number.POSITIVE_INFINITY : Date.parse(b.until)),
      );
      const current = sorted.find((p) => p.until === undefined || t < Date.parse(p.until))?.organisation;
      if (current === m.affiliation) return m;
      const { affiliation: _old, ...rest } = m;
      return current === undefined ? rest : { ...rest, affiliation: current };
    }),
  };
}
