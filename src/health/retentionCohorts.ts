import { z } from 'zod';
import type { ActivityLog, ActivityLogSource } from '../model/activityLog.js';
import type { PeriodUnit } from '../model/periods.js';
import { fail, parseWith } from '../model/validate.js';
import { accumulator, IdSpace, type State } from './internal/accumulate.js';
import { periodIndex, periodRef } from './internal/calendar.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import { countedPeriods } from './internal/sharedCounts.js';
import { isMemberPeriodCounts, type MemberPeriodCounts } from './memberPeriodCounts.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link retentionCohorts}. */
export const RetentionCohortsOptionsSchema = z.strictObject({
  ...periodOptionsShape,
  /** Largest offset k reported (default: up to the last period). */
  maxOffset: z.number().int().nonnegative().optional(),
  /**
   * What puts a member in a cohort: the period of their first counted
   * activity (`firstActivity`), or the period they joined (`joined`: the
   * roster's `joinedAt`, else their first `join` activity, else their first
   * counted activity — as in the onboarding funnel).
   */
  cohortBy: z.enum(['firstActivity', 'joined']).default('firstActivity'),
});
/** Options of {@link retentionCohorts} (input). */
export type RetentionCohortsOptions = z.input<typeof RetentionCohortsOptionsSchema>;

/** Result of {@link retentionCohorts}. */
export const RetentionCohortsResultSchema = z.object({
  unit: z.string(),
  cohorts: z.array(
    z.object({
      key: z.string(),
      start: z.string(),
      end: z.string(),
      /** Members whose first counted activity (or joining, with `cohortBy: 'joined'`) is in this period. */
      size: z.number().int(),
      /** retained[k]: cohort members active in period cohort + k (retained[0] = size for first-activity cohorts). */
      retained: z.array(z.number().int()),
      /** shares[k] = retained[k] / size (empty when size is 0). */
      shares: z.array(z.number()),
    }),
  ),
  /** Size-weighted mean share retained at each offset k over the cohorts that reach it. */
  averageByOffset: z.array(z.number().nullable()),
});
/** Result of {@link retentionCohorts}. */
export type RetentionCohortsResult = z.output<typeof RetentionCohortsResultSchema>;

const INF = Number.POSITIVE_INFINITY;

/**
 * The most cells (cohort × offset counts) a retention matrix may have: five
 * million, about 40 MB of result. Above it {@link retentionCohorts} fails with
 * a `too-large` error that names the options bounding the window.
 *
 * @example
 * ```ts
 * MAX_COHORT_CELLS; // → 5000000
 * ```
 */
export const MAX_COHORT_CELLS = 5_000_000;

/** Mergeable: when members joined — the roster's `joinedAt` and their first `join` activity, before `asOf`. */
class JoinTimes implements State<JoinTimes> {
  readonly space = new IdSpace();
  readonly roster: number[] = [];
  readonly activity: number[] = [];
  constructor(readonly asOf: number) {}

  private grow(): void {
    while (this.roster.length < this.space.size) {
      this.roster.push(INF);
      this.activity.push(INF);
    }
  }

  add(log: ActivityLog, start: number, end: number): void {
    const map = this.space.map(log.memberIds);
    this.grow();
    for (let i = 0; i < log.memberIds.length; i++) {
      const j = log.memberJoinedAt[i] as number; // NaN when unknown: every comparison is false
      const x = map[i] as number;
      if (j < this.asOf && j < (this.roster[x] as number)) this.roster[x] = j;
    }
    const join = log.kinds.indexOf('join');
    const { time, kind, member } = log;
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t >= this.asOf) break;
      if (kind[r] !== join) continue;
      const x = map[member[r] as number] as number;
      if (t < (this.activity[x] as number)) this.activity[x] = t;
    }
  }

  merge(other: JoinTimes): void {
    const map = this.space.map(other.space.ids);
    this.grow();
    for (let i = 0; i < other.space.size; i++) {
      const x = map[i] as number;
      this.roster[x] = Math.min(this.roster[x] as number, other.roster[i] as number);
      this.activity[x] = Math.min(this.activity[x] as number, other.activity[i] as number);
    }
  }
}

/** The activity periods, and join times when cohorts are by joining. */
class RetentionState implements State<RetentionState> {
  constructor(
    readonly periods: MemberPeriods,
    readonly joins: JoinTimes | null,
  ) {}
  add(log: ActivityLog, start: number, end: number): void {
    this.periods.add(log, start, end);
    this.joins?.add(log, start, end);
  }
  merge(other: RetentionState): void {
    this.periods.merge(other.periods);
    if (this.joins !== null && other.joins !== null) this.joins.merge(other.joins);
  }
}

/** Cohort period of each member of the state's space (NaN or +∞ when none): first activity, or joining. */
function cohortPeriods(state: RetentionState, unit: PeriodUnit): ArrayLike<number> {
  const s = state.periods;
  const joins = state.joins;
  if (joins === null) return s.first;
  const out: number[] = [];
  const joinsMap = joins.space.map(s.space.ids);
  for (let x = 0; x < s.space.size; x++) {
    const y = joinsMap[x] as number;
    const roster = joins.roster[y] as number;
    const activity = joins.activity[y] as number;
    const joined = Number.isFinite(roster) ? roster : activity;
    out.push(Number.isFinite(joined) ? periodIndex(joined, unit) : s.firstPeriod(x));
  }
  return out;
}

type RetentionCohortsOptionsParsed = z.output<typeof RetentionCohortsOptionsSchema>;

/**
 * The streaming form of {@link retentionCohorts} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link retentionCohorts}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = retentionCohortsAccumulator({ unit: 'month' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().cohorts[0]?.shares.slice(0, 4); // ≈ [1, 0.9412, 0.7059, 0.8235]
 * ```
 */
export function retentionCohortsAccumulator(
  options: RetentionCohortsOptions = {},
): MetricAccumulator<RetentionCohortsResult> {
  const o = parseWith('retentionCohorts', RetentionCohortsOptionsSchema, options, 'options');
  const asOf = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  const state = new RetentionState(
    new MemberPeriods(o.unit, o.kinds, asOf),
    o.cohortBy === 'joined' ? new JoinTimes(asOf) : null,
  );
  return accumulator(['retentionCohorts', o], state, (both) => cohortMatrix(o, both));
}

/** The cohort matrix from the member counts (and join times when cohorts are by joining); the unit is the counts'. */
function cohortMatrix(o: RetentionCohortsOptionsParsed, both: RetentionState): RetentionCohortsResult {
  const s = both.periods;
  const unit = s.unit;
  const range = s.range(ms(o.from));
  if (range === null) return { unit, cohorts: [], averageByOffset: [] };
  const [lo, hi] = range;
  const width = hi - lo + 1;
  const members = s.space.size;
  const cohortOf = new Int32Array(members).fill(-1);
  const sizes = new Int32Array(width);
  const periodOf = cohortPeriods(both, unit);
  for (let x = 0; x < members; x++) {
    const fp = periodOf[x] as number;
    if (fp >= lo && fp <= hi) {
      cohortOf[x] = fp - lo;
      sizes[fp - lo] = (sizes[fp - lo] as number) + 1;
    }
  }
  const maxK = Math.min(o.maxOffset ?? width - 1, width - 1);
  // The result lists every cohort period with one count per offset it reaches: refuse a window
  // whose matrix would not fit, naming the options that bound it, instead of exhausting memory.
  const cells = width * (maxK + 1) - (maxK * (maxK + 1)) / 2;
  if (cells > MAX_COHORT_CELLS)
    fail('retentionCohorts', [
      {
        path: 'options.maxOffset',
        message: `the window holds ${width} ${unit} periods (${periodRef(lo, unit).key} to ${periodRef(hi, unit).key}), a cohort matrix of ${cells.toExponential(2)} cells, more than the ${MAX_COHORT_CELLS.toLocaleString('en')} allowed; give options.maxOffset, a nearer options.asOf or options.from, or a longer options.unit`,
        code: 'too-large',
      },
    ]);
  // Counts only for cohorts that have members: memory is bounded by the data, not by the window.
  // (A packed array: empty cohorts share one empty row, so every element is an Int32Array.)
  const none = new Int32Array(0);
  const grid: Int32Array[] = Array.from({ length: width }, (_, c) =>
    (sizes[c] as number) > 0 ? new Int32Array(Math.min(maxK, width - 1 - c) + 1) : none,
  );
  for (let p = lo; p <= hi; p++) {
    const active = s.active(p, o.minCount);
    for (let i = 0; i < active.length; i++) {
      const c = cohortOf[active[i] as number] as number;
      if (c < 0) continue;
      const row = grid[c] as Int32Array;
      const k = p - lo - c;
      if (k >= 0 && k < row.length) row[k] = (row[k] as number) + 1;
    }
  }
  const cohorts: RetentionCohortsResult['cohorts'] = [];
  const num = new Float64Array(maxK + 1);
  const den = new Float64Array(maxK + 1);
  for (let c = 0; c < width; c++) {
    const size = sizes[c] as number;
    const reach = Math.min(maxK, width - 1 - c);
    const row = (sizes[c] as number) > 0 ? grid[c] : undefined;
    const retained: number[] = new Array(reach + 1);
    for (let k = 0; k <= reach; k++) {
      const r = row === undefined ? 0 : (row[k] as number);
      retained[k] = r;
      num[k] = (num[k] as number) + r;
      den[k] = (den[k] as number) + size;
    }
    cohorts.push({
      ...periodRef(lo + c, unit),
      size,
      retained,
      shares: size === 0 ? [] : retained.map((r) => r / size),
    });
  }
  const averageByOffset = Array.from(num, (v, k) =>
    (den[k] as number) === 0 ? null : v / (den[k] as number),
  );
  return { unit: unit, cohorts, averageByOffset };
}

/**
 * The cohort retention matrix: cohort c = members whose first counted
 * activity (over all history given) falls in period c — or, with
 * `cohortBy: 'joined'`, who joined in period c (so members who joined and
 * never took part count in the cohort's size); cell (c, k) = share of the
 * cohort active in period c + k. Also the size-weighted average N-period
 * retention across cohorts.
 *
 * Definition: the classic first-time cohort matrix (see PostHog's
 * "first-time retention"); "first" over all history as CHAOSS New
 * Contributors requires (https://chaoss.community/?p=3613).
 * Complexity: O(n) over the log plus O(P²) for P periods.
 *
 * Given {@link MemberPeriodCounts} instead of a log, it reads them (the
 * counting options are theirs) and counts nothing again; cohorts by first
 * activity only.
 *
 * @param source - a community, activities, an {@link ActivityLog}, or {@link MemberPeriodCounts}
 * @param options - unit, from, asOf, kinds, minCount, maxOffset, cohortBy
 * @returns cohorts oldest first (empty without activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * retentionCohorts(sampleCommunity(), { unit: 'month' }).cohorts[0];
 * // → { key: '2024-01', size: 17, retained: [17, 16, 12, 14, …], shares: [1, 0.9411764705882353, …], … }
 * ```
 */
export function retentionCohorts(
  source: ActivityLogSource | MemberPeriodCounts,
  options: RetentionCohortsOptions = {},
): RetentionCohortsResult {
  if (!isMemberPeriodCounts(source)) return runOn(source, retentionCohortsAccumulator(options));
  const o = parseWith('retentionCohorts', RetentionCohortsOptionsSchema, options, 'options');
  if (o.cohortBy === 'joined')
    fail('retentionCohorts', [
      {
        path: 'options.cohortBy',
        message:
          "cohorts by joining read when members joined, which member period counts do not hold: pass the log, or use cohortBy 'firstActivity'",
        code: 'invalid-option',
      },
    ]);
  return cohortMatrix(o, new RetentionState(countedPeriods('retentionCohorts', source, options, o), null));
}
