import { ACTIVITY_KINDS } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import type { PeriodUnit } from '../../model/periods.js';
import { kindMask } from './accumulate.js';
import { PeriodCursor, periodIndex, periodRef } from './calendar.js';
import { type FunnelRow, funnel } from './funnelState.js';
import type { ReportWindow } from './reportPeriods.js';

const JOIN = ACTIVITY_KINDS.indexOf('join');
const INF = Number.POSITIVE_INFINITY;

/** Each member's first row of a counted kind and first join row, over the rows before `to` (∞ when none). */
export interface FirstTimes {
  to: number;
  counted: Float64Array;
  joinAct: Float64Array;
}

/**
 * Each member's first counted activity and first join activity before
 * `to`, in one pass over the rows before it. Rows are time-sorted, so a
 * member's first is the first row met; for an earlier end, the same times
 * cut at that end (see {@link joinTimes}).
 *
 * @param log - the log
 * @param kinds - the counted kinds
 * @param to - end of the rows read (exclusive)
 */
export function firstTimes(log: ActivityLog, kinds: readonly string[], to: number): FirstTimes {
  const n = log.memberIds.length;
  const counted = new Float64Array(n).fill(INF);
  const joinAct = new Float64Array(n).fill(INF);
  const mask = kindMask(kinds, log.kinds);
  const { time, member, kind } = log;
  const stop = firstAtOrAfter(time, 0, log.size, to);
  for (let r = 0; r < stop; r++) {
    const x = member[r] as number;
    const k = kind[r] as number;
    if (k === JOIN && joinAct[x] === INF) joinAct[x] = time[r] as number;
    if (mask[k] === 1 && counted[x] === INF) counted[x] = time[r] as number;
  }
  return { to, counted, joinAct };
}

/**
 * When each member joined, as of `to`: the roster's `joinedAt`, else the
 * first join activity, else the first counted activity — each only when
 * before `to` (∞ when none).
 */
function joinTimes(log: ActivityLog, first: FirstTimes, to: number): Float64Array {
  const n = log.memberIds.length;
  const join = new Float64Array(n);
  const before = (t: number): number => (t < to ? t : INF);
  for (let x = 0; x < n; x++) {
    const roster = log.memberJoinedAt[x] as number;
    const joinAct = before(first.joinAct[x] as number);
    join[x] = roster < to ? roster : joinAct !== INF ? joinAct : before(first.counted[x] as number);
  }
  return join;
}

/** The parsed funnel options the report reads. */
export interface ReportFunnelOptions {
  kinds: readonly string[];
  regularMonths: number;
}

/**
 * The onboarding funnel of the members who joined in a report window — the
 * cohort `onboardingFunnel` gives for the window's period with `from` and
 * `asOf` at the window's ends, and the same numbers — computed for that
 * cohort only: its members are found from each member's join time, then
 * one pass over the rows before the window's end follows only them (their
 * second activity, distinct months, first response received).
 *
 * @param log - the community's log (one log: a reply whose target is not in it has no target)
 * @param first - {@link firstTimes} up to at least the window's end
 * @param window - the window
 * @param unit - the report's period unit
 * @param o - the funnel options
 * @returns the cohort's funnel, or undefined when nobody joined in the window
 */
export function reportFunnel(
  log: ActivityLog,
  first: FirstTimes,
  window: ReportWindow,
  unit: PeriodUnit,
  o: ReportFunnelOptions,
) {
  const from = window.start.getTime();
  const to = window.end.getTime();
  const join = joinTimes(log, first, to);
  const n = log.memberIds.length;
  const inCohort = new Uint8Array(n);
  let size = 0;
  for (let x = 0; x < n; x++) {
    const j = join[x] as number;
    if (j >= from && j < to) {
      inCohort[x] = 1;
      size++;
    }
  }
  if (size === 0) return undefined;
  const mask = kindMask(o.kinds, log.kinds);
  const counted = new Int32Array(n);
  const second = new Float64Array(n).fill(INF);
  const response = new Float64Array(n).fill(INF);
  const months = new Int32Array(n);
  const lastMonth = new Int32Array(n).fill(-0x7fffffff);
  const cursor = new PeriodCursor('month');
  const { time, member, kind, replyTo } = log;
  const stop = firstAtOrAfter(time, 0, log.size, to);
  for (let r = 0; r < stop; r++) {
    if (mask[kind[r] as number] === 0) continue;
    const x = member[r] as number;
    const t = time[r] as number;
    if (inCohort[x] === 1) {
      const c = counted[x] as number;
      counted[x] = c + 1;
      if (c === 1) second[x] = t;
      const mo = cursor.at(t);
      if (mo !== lastMonth[x]) {
        lastMonth[x] = mo;
        months[x] = (months[x] as number) + 1;
      }
    }
    const p = replyTo[r] as number;
    if (p >= 0) {
      const y = member[p] as number;
      if (y !== x && inCohort[y] === 1 && t < (response[y] as number)) response[y] = t;
    }
  }
  const rows: FunnelRow[] = [];
  for (let x = 0; x < n; x++) {
    if (inCohort[x] === 0) continue;
    const j = join[x] as number;
    // A step reached before joining (data recorded late) counts at the joining instant.
    const at = (t: number): number => (t !== INF ? Math.max(t, j) : INF);
    const firstCounted = first.counted[x] as number;
    const firstActivity = at(firstCounted < to ? firstCounted : INF);
    rows.push({
      join: j,
      steps: [
        firstActivity,
        firstActivity !== INF ? at(response[x] as number) : INF,
        at(second[x] as number),
        (months[x] as number) >= o.regularMonths ? 0 : INF,
      ],
    });
  }
  return { ...periodRef(periodIndex(from, unit), unit), ...funnel(rows) };
}
