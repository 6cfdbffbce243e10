import { utc } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  getISOWeek,
  getISOWeekYear,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import { z } from 'zod';
import { requireDate, requireFiniteNumber } from './internal/argumentChecks.js';
import { fail } from './validate.js';

/**
 * A calendar period unit. Periods are calendar periods in UTC; weeks are ISO
 * weeks (starting on Monday).
 *
 * @example
 * ```ts
 * PeriodUnitSchema.parse('quarter'); // → 'quarter'
 * ```
 */
export const PeriodUnitSchema = z.enum(['day', 'week', 'month', 'quarter', 'year']);

/** A calendar period unit. */
export type PeriodUnit = z.output<typeof PeriodUnitSchema>;

const UNITS: ReadonlySet<unknown> = new Set(PeriodUnitSchema.options);

/** Throws a ValidationError of `fn` unless `date` is a valid Date and `unit` a period unit. */
function checkDateAndUnit(fn: string, path: string, date: unknown, unit: unknown): void {
  requireDate(fn, path, date);
  if (!UNITS.has(unit))
    fail(fn, [
      {
        path: 'unit',
        message: `expected one of ${PeriodUnitSchema.options.join(', ')}, got ${typeof unit === 'string' ? JSON.stringify(unit) : typeof unit}`,
        code: 'invalid-input',
      },
    ]);
}

/**
 * The start (inclusive, UTC) of the calendar period containing `date`.
 *
 * @param date - any instant
 * @param unit - the period unit
 * @returns the first instant of that period
 *
 * @example
 * ```ts
 * periodStart(new Date('2024-05-17T10:00:00Z'), 'quarter').toISOString(); // → '2024-04-01T00:00:00.000Z'
 * ```
 */
export function periodStart(date: Date, unit: PeriodUnit): Date {
  checkDateAndUnit('periodStart', 'date', date, unit);
  const opts = { in: utc };
  let d: Date;
  switch (unit) {
    case 'day':
      d = startOfDay(date, opts);
      break;
    case 'week':
      d = startOfISOWeek(date, opts);
      break;
    case 'month':
      d = startOfMonth(date, opts);
      break;
    case 'quarter':
      d = startOfQuarter(date, opts);
      break;
    case 'year':
      d = startOfYear(date, opts);
      break;
  }
  return new Date(d.getTime());
}

/**
 * The start of the period `n` periods after the one starting at `start`
 * (negative `n` goes back).
 *
 * @param start - a period start (from {@link periodStart})
 * @param unit - the period unit
 * @param n - how many periods to move
 * @returns the start of the target period
 *
 * @example
 * ```ts
 * addPeriods(new Date('2024-01-01T00:00:00Z'), 'month', 2).toISOString(); // → '2024-03-01T00:00:00.000Z'
 * ```
 */
export function addPeriods(start: Date, unit: PeriodUnit, n: number): Date {
  checkDateAndUnit('addPeriods', 'start', start, unit);
  requireFiniteNumber('addPeriods', 'n', n);
  const opts = { in: utc };
  let d: Date;
  switch (unit) {
    case 'day':
      d = addDays(start, n, opts);
      break;
    case 'week':
      d = addWeeks(start, n, opts);
      break;
    case 'month':
      d = addMonths(start, n, opts);
      break;
    case 'quarter':
      d = addQuarters(start, n, opts);
      break;
    case 'year':
      d = addYears(start, n, opts);
      break;
  }
  return new Date(d.getTime());
}

/**
 * A readable, sortable key for the period containing `date`: `2024-05-17`,
 * `2024-W20`, `2024-05`, `2024-Q2`, `2024` (years always in four digits:
 * `0099-Q1`).
 *
 * @param date - any instant
 * @param unit - the period unit
 * @returns the period's key
 *
 * @example
 * ```ts
 * periodKey(new Date('2024-05-17T10:00:00Z'), 'quarter'); // → '2024-Q2'
 * ```
 */
export function periodKey(date: Date, unit: PeriodUnit): string {
  checkDateAndUnit('periodKey', 'date', date, unit);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Four-digit years, as ISO-8601 writes them, so keys of years before 1000 still sort.
  const year = (n: number): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(4, '0');
  switch (unit) {
    case 'day':
      return `${year(y)}-${pad(m + 1)}-${pad(date.getUTCDate())}`;
    case 'week': {
      const opts = { in: utc };
      return `${year(getISOWeekYear(date, opts))}-W${pad(getISOWeek(date, opts))}`;
    }
    case 'month':
      return `${year(y)}-${pad(m + 1)}`;
    case 'quarter':
      return `${year(y)}-Q${Math.floor(m / 3) + 1}`;
    case 'year':
      return year(y);
  }
}

/** A calendar period: its key and its half-open interval [start, end). */
export interface Period {
  /** Sortable key, e.g. `2024-Q2`. */
  key: string;
  /** First instant (inclusive). */
  start: Date;
  /** First instant of the next period (exclusive). */
  end: Date;
}

/**
 * Every calendar period that overlaps [from, to), in order.
 *
 * @param from - start of the range (inclusive)
 * @param to - end of the range (exclusive)
 * @param unit - the period unit
 * @returns the periods, oldest first (empty when `to ≤ from`)
 *
 * @example
 * ```ts
 * periodsBetween(new Date('2024-01-15Z'), new Date('2024-03-01Z'), 'month').map((p) => p.key); // → ['2024-01', '2024-02']
 * ```
 */
export function periodsBetween(from: Date, to: Date, unit: PeriodUnit): Period[] {
  checkDateAndUnit('periodsBetween', 'from', from, unit);
  requireDate('periodsBetween', 'to', to);
  const out: Period[] = [];
  if (!(to.getTime() > from.getTime())) return out;
  let start = periodStart(from, unit);
  while (start.getTime() < to.getTime()) {
    const end = addPeriods(start, unit, 1);
    out.push({ key: periodKey(start, unit), start, end });
    start = end;
  }
  return out;
}
