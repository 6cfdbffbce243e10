import { addPeriods, type PeriodUnit, periodStart } from '../../model/periods.js';

/** A period the report describes: [start, end). */
export interface ReportWindow {
  start: Date;
  end: Date;
}

/** The two periods a health report compares. */
export interface ReportPeriods {
  unit: PeriodUnit;
  current: ReportWindow;
  previous: ReportWindow;
  /** `asOf` falls inside the current period. */
  partial: boolean;
}

/**
 * The current period (the one containing the instant just before `asOf`,
 * ending at `asOf`) and the one it is compared with: the period containing
 * `compareTo`, else the previous period — cut to the same span as the
 * current one when the current one is partial, so like is compared with like.
 */
export function reportPeriods(asOf: Date, unit: PeriodUnit, compareTo: Date | undefined): ReportPeriods {
  const curStart = periodStart(new Date(asOf.getTime() - 1), unit);
  const partial = asOf.getTime() !== addPeriods(curStart, unit, 1).getTime();
  const prevStart = compareTo ? periodStart(compareTo, unit) : addPeriods(curStart, unit, -1);
  const prevEnd = compareTo
    ? addPeriods(prevStart, unit, 1)
    : partial
      ? new Date(Math.min(prevStart.getTime() + (asOf.getTime() - curStart.getTime()), curStart.getTime()))
      : curStart;
  return {
    unit,
    current: { start: curStart, end: asOf },
    previous: { start: prevStart, end: prevEnd },
    partial,
  };
}
