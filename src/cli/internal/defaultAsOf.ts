import type { Community } from '../../model/community.js';

/** The last instant the library accepts (9999-12-31T23:59:59.999Z). */
const LAST_MS = 253_402_300_799_999;

/**
 * The default end of a report's window: the start of the day after the last
 * activity or gathering (2000-01-01 for a community with neither), in UTC —
 * kept within the dates the library accepts (a last activity on 9999-12-31
 * gives its last millisecond, not a year 10000).
 */
export function defaultAsOf(community: Community): Date {
  let last = Number.NEGATIVE_INFINITY;
  for (const a of community.activities) last = Math.max(last, a.at.getTime());
  for (const g of community.gatherings) last = Math.max(last, g.start.getTime());
  if (!Number.isFinite(last)) return new Date(Date.UTC(2000, 0, 1));
  const d = new Date(last);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const next = new Date(0);
  next.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return new Date(Math.min(next.getTime(), LAST_MS));
}
