import type { Community } from '../../model/community.js';
import { addPeriods, type PeriodUnit, periodKey, periodStart } from '../../model/periods.js';

/** The last instant the library accepts (9999-12-31T23:59:59.999Z). */
const LAST_MS = 253_402_300_799_999;

/** The end of a report's window (exclusive) and the sentence that says why it is there. */
export interface AsOfChoice {
  readonly asOf: Date;
  /** Why the window ends there, for the report's basis section ("the end of the last complete quarter…"). */
  readonly reason: string;
}

/** `YYYY-MM-DD` of an instant, in UTC (four-digit years: 0099-12-31). */
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The start of the UTC day after `ms`, kept within the dates the library accepts. */
function dayAfter(ms: number): number {
  const d = new Date(ms);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const next = new Date(0);
  next.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return next.getTime();
}

/**
 * The CLI's default end of a report's window, so that the report compares
 * whole periods: the end of the last complete period (of `unit`, the
 * report's period: a quarter) by the latest activity or gathering — the
 * quarter the data stops in is left out unless the data ends on its last day.
 * Where the data holds no complete period before that (everything happened in
 * the current one), the day after the latest activity, and the reason says
 * the period is partial; 2000-01-01 for a community with no dated records.
 * Kept within the dates the library accepts: data ending on 9999-12-31 gives
 * its last millisecond, not a year 10000. The reason names the period and
 * the latest activity and says how to change it.
 */
export function defaultAsOf(community: Community, unit: PeriodUnit = 'quarter'): AsOfChoice {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const see = (ms: number): void => {
    if (ms < first) first = ms;
    if (ms > last) last = ms;
  };
  for (const a of community.activities) see(a.at.getTime());
  for (const g of community.gatherings) see(g.start.getTime());
  const change = 'pass --as-of to change';
  if (!Number.isFinite(last))
    return {
      asOf: new Date(Date.UTC(2000, 0, 1)),
      reason: `a fixed date: the data holds no dated activity or gathering; ${change}`,
    };
  const next = dayAfter(last);
  const end = periodStart(new Date(next), unit).getTime();
  if (end <= first) {
    const current = periodKey(new Date(last), unit);
    return {
      asOf: new Date(Math.min(next, LAST_MS)),
      reason: `the day after the latest activity (${day(last)}): the data holds no complete ${unit}, so ${current} is partial; ${change}`,
    };
  }
  const complete = periodKey(addPeriods(new Date(end), unit, -1), unit);
  const latest =
    end === next
      ? `which holds the latest activity (${day(last)})`
      : `before the latest activity (${day(last)})`;
  return {
    asOf: new Date(Math.min(end, LAST_MS)),
    reason: `the end of the last complete ${unit} (${complete}), ${latest}; ${change}`,
  };
}
