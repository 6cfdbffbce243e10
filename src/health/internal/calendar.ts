import type { PeriodUnit } from '../../model/periods.js';
import { periodKey } from '../../model/periods.js';

const DAY = 86_400_000;

/** Month index (year × 12 + month0) of a UTC instant, by civil-from-days arithmetic (Hinnant). */
function monthOf(t: number): number {
  const z = Math.floor(t / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  let y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y++;
  return y * 12 + (m - 1);
}

/**
 * The integer index of the UTC calendar period containing instant `t` (ms):
 * days since the epoch, ISO weeks since Monday 1970-01-05, months / quarters /
 * years since year 0. Consecutive periods have consecutive indices.
 */
export function periodIndex(t: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return Math.floor(t / DAY);
    case 'week':
      return Math.floor((Math.floor(t / DAY) - 4) / 7);
    case 'month':
      return monthOf(t);
    case 'quarter':
      return Math.floor(monthOf(t) / 3);
    case 'year':
      return Math.floor(monthOf(t) / 12);
  }
}

/** The first instant (ms, UTC) of the period with index `i`. */
export function periodIndexStart(i: number, unit: PeriodUnit): number {
  switch (unit) {
    case 'day':
      return i * DAY;
    case 'week':
      return (i * 7 + 4) * DAY;
    case 'month': {
      const y = Math.floor(i / 12);
      const d = new Date(0);
      d.setUTCFullYear(y, i - y * 12, 1);
      return d.getTime();
    }
    case 'quarter':
      return periodIndexStart(i * 3, 'month');
    case 'year':
      return periodIndexStart(i * 12, 'month');
  }
}

/** The sortable key (`2024-05`, `2024-W20`…) of the period with index `i`. */
export function periodIndexKey(i: number, unit: PeriodUnit): string {
  return periodKey(new Date(periodIndexStart(i, unit)), unit);
}

/**
 * A cursor that maps non-decreasing instants to period indices, recomputing
 * only when an instant leaves the current period (the hot-loop fast path).
 */
export class PeriodCursor {
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private idx = 0;
  constructor(private readonly unit: PeriodUnit) {}
  at(t: number): number {
    if (t >= this.lo && t < this.hi) return this.idx;
    this.idx = periodIndex(t, this.unit);
    this.lo = periodIndexStart(this.idx, this.unit);
    this.hi = periodIndexStart(this.idx + 1, this.unit);
    return this.idx;
  }
}

/** One period of a result: key and half-open interval as ISO strings. */
export interface PeriodRef {
  key: string;
  start: string;
  end: string;
}

/** The period reference of index `i`. */
export function periodRef(i: number, unit: PeriodUnit): PeriodRef {
  return {
    key: periodIndexKey(i, unit),
    start: new Date(periodIndexStart(i, unit)).toISOString(),
    end: new Date(periodIndexStart(i + 1, unit)).toISOString(),
  };
}

/**
 * The period index range [lo, hi] a metric reports, or null when there is
 * nothing to report: from the period of `from` (else the first period with
 * data) to the period just before `asOf` (else the last period with data).
 */
export function reportedRange(
  periodsWithData: Iterable<number>,
  unit: PeriodUnit,
  from: number | undefined,
  asOf: number,
): [number, number] | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const p of periodsWithData) {
    if (p < first) first = p;
    if (p > last) last = p;
  }
  const lo = from === undefined ? first : periodIndex(from, unit);
  const hi = Number.isFinite(asOf) ? periodIndex(asOf - 1, unit) : last;
  return Number.isFinite(lo) && Number.isFinite(hi) && hi >= lo ? [lo, hi] : null;
}
