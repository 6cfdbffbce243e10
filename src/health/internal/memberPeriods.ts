import type { ActivityKind } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { filledArray } from '../../model/internal/scratch.js';
import type { PeriodUnit } from '../../model/periods.js';
import { IdSpace, kindMask, type State } from './accumulate.js';
import { periodIndex, periodIndexStart, reportedRange } from './calendar.js';

/** Members active in one period, sorted by member index, with their activity counts. */
export interface PeriodMembers {
  m: Int32Array;
  c: Int32Array;
}

function mergeSorted(a: PeriodMembers, b: PeriodMembers): PeriodMembers {
  const m = new Int32Array(a.m.length + b.m.length);
  const c = new Int32Array(m.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.m.length || j < b.m.length) {
    const x = i < a.m.length ? (a.m[i] as number) : 0x7fffffff;
    const y = j < b.m.length ? (b.m[j] as number) : 0x7fffffff;
    if (x === y) {
      m[k] = x;
      c[k++] = (a.c[i++] as number) + (b.c[j++] as number);
    } else if (x < y) {
      m[k] = x;
      c[k++] = a.c[i++] as number;
    } else {
      m[k] = y;
      c[k++] = b.c[j++] as number;
    }
  }
  return { m: m.subarray(0, k), c: c.subarray(0, k) };
}

function sortPairs(m: Int32Array, c: Int32Array): PeriodMembers {
  const order = Array.from(m.keys()).sort((x, y) => (m[x] as number) - (m[y] as number));
  return {
    m: Int32Array.from(order, (i) => m[i] as number),
    c: Int32Array.from(order, (i) => c[i] as number),
  };
}

/**
 * Counts the counted activities of rows `start..end` per member (`count`,
 * members in first-seen order in `touched`); returns how many members were
 * touched. The hot loop of the activity metrics, kept free of calendar
 * arithmetic and closures, and touching one small per-member array.
 */
function countRange(
  log: ActivityLog,
  start: number,
  end: number,
  mask: Uint8Array,
  count: Int32Array,
  touched: number[],
): number {
  const { member, kind } = log;
  let nt = 0;
  for (let r = start; r < end; r++) {
    if (mask[kind[r] as number] === 0) continue;
    const x = member[r] as number;
    const c = count[x] as number;
    if (c === 0) touched[nt++] = x;
    count[x] = c + 1;
  }
  return nt;
}

/**
 * The members of rows `start..end` with their counted activities, for a
 * period with at least as many rows as the log has members. No step
 * branches on the data (in such a period a row often meets a member for the
 * first time, and a member's count is as often zero as not: branches the
 * processor cannot predict): every row adds its mask bit to its member's
 * count; one scan of the counts writes every member and count to `scratch`
 * and advances only past the non-zero ones, which lists them in member
 * order — what {@link countRange} and {@link takeCounts} give; then period
 * `p` is the first period of those met for the first time, and the counts
 * are reset.
 */
function denseCounts(
  log: ActivityLog,
  start: number,
  end: number,
  mask: Uint8Array,
  count: Int32Array,
  scratch: { m: Int32Array; c: Int32Array },
  p: number,
  first: Float64Array,
): PeriodMembers {
  const { member, kind } = log;
  for (let r = start; r < end; r++) {
    const x = member[r] as number;
    count[x] = (count[x] as number) + (mask[kind[r] as number] as number);
  }
  const sm = scratch.m;
  const sc = scratch.c;
  let k = 0;
  for (let x = 0; x < count.length; x++) {
    const c = count[x] as number;
    sm[k] = x;
    sc[k] = c;
    k += (-c >>> 31) as number; // counts are ≥ 0: 1 when c > 0
  }
  count.fill(0);
  for (let i = 0; i < k; i++) {
    const x = sm[i] as number;
    first[x] = Math.min(first[x] as number, p);
  }
  return { m: sm.slice(0, k), c: sc.slice(0, k) };
}

/** What one pass over rows `start..end` of a log gives, in the log's own member indices. */
interface LogCounts {
  periods: [number, PeriodMembers][];
  /** Each member's first period with a counted activity (+∞ when none). */
  first: Float64Array;
}

/**
 * Members active per calendar period (sorted, with counts) and each member's
 * first period with a counted activity, for rows `start..end` of `log`.
 * Rows are time-sorted: one calendar period at a time (a contiguous range,
 * found by binary search), so the hot loop does no calendar arithmetic, and
 * a member's first period is the first period that touches it.
 */
function logCounts(
  log: ActivityLog,
  start: number,
  end: number,
  mask: Uint8Array,
  unit: PeriodUnit,
  asOf: number,
): LogCounts {
  const n = log.memberIds.length;
  // Per-member scratch: the counts are typed (member-sized, small, and the
  // hot loop's only random access); the rest is on the JS heap (see
  // model/internal/scratch.ts).
  const count = new Int32Array(n);
  // The sparse periods' list of members met (made when the first one comes).
  let touched: number[] | undefined;
  const first = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const periods: [number, PeriodMembers][] = [];
  // Member-sized buffers of the dense periods, made when the first one comes.
  let scratch: { m: Int32Array; c: Int32Array } | undefined;
  const time = log.time;
  let r = start;
  while (r < end) {
    const t0 = time[r] as number;
    if (t0 >= asOf) break;
    const p = periodIndex(t0, unit);
    const stop = Math.min(periodIndexStart(p + 1, unit), asOf);
    const lo = firstAtOrAfter(time, r + 1, end, stop);
    let counted: PeriodMembers | null = null;
    if (lo - r >= n) {
      scratch ??= { m: new Int32Array(n), c: new Int32Array(n) };
      counted = denseCounts(log, r, lo, mask, count, scratch, p, first);
    }
    if (counted !== null) {
      if (counted.m.length > 0) periods.push([p, counted]);
    } else {
      touched ??= filledArray(n, 0);
      const nt = countRange(log, r, lo, mask, count, touched);
      for (let i = 0; i < nt; i++) {
        const x = touched[i] as number;
        if ((first[x] as number) > p) first[x] = p;
      }
      if (nt > 0) periods.push([p, takeCounts(touched, nt, count)]);
    }
    r = lo;
  }
  return { periods, first };
}

/** The members touched with their counts, sorted by member; resets the counts. */
function takeCounts(touched: number[], nt: number, count: Int32Array): PeriodMembers {
  const ms = new Int32Array(nt);
  const cs = new Int32Array(nt);
  if (nt * Math.log2(nt + 1) > count.length) {
    // Many members this period: one scan of the counts, already in order.
    for (let x = 0, k = 0; k < nt; x++) {
      const c = count[x] as number;
      if (c === 0) continue;
      ms[k] = x;
      cs[k++] = c;
      count[x] = 0;
    }
  } else {
    for (let i = 0; i < nt; i++) ms[i] = touched[i] as number;
    ms.sort();
    for (let i = 0; i < nt; i++) {
      const x = ms[i] as number;
      cs[i] = count[x] as number;
      count[x] = 0;
    }
  }
  return { m: ms, c: cs };
}

/**
 * Mergeable state behind the activity, flow and retention metrics: for every
 * period, the members active in it with their counts; for every member, the
 * first period with a counted activity over all history added. One pass over
 * the rows per `add`. This is the state a {@link MemberPeriodCounts} holds:
 * users who read several of these metrics count once and pass it down, and
 * so does the report.
 */
export class MemberPeriods implements State<MemberPeriods> {
  readonly space = new IdSpace();
  readonly periods = new Map<number, PeriodMembers>();
  /** Each member's first period with a counted activity (+∞ when none), by member of `space`. */
  first: Float64Array = new Float64Array(0);
  private mask: Uint8Array | null = null;
  constructor(
    readonly unit: PeriodUnit,
    readonly kinds: readonly ActivityKind[],
    readonly asOf: number,
  ) {}

  private grow(): void {
    const n = this.space.size;
    if (this.first.length >= n) return;
    const cap = Math.max(n, this.first.length * 2);
    const f = new Float64Array(cap).fill(Number.POSITIVE_INFINITY);
    f.set(this.first);
    this.first = f;
  }

  private put(p: number, pm: PeriodMembers): void {
    const old = this.periods.get(p);
    this.periods.set(p, old === undefined ? pm : mergeSorted(old, pm));
  }

  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    const counts = logCounts(log, start, end, this.mask, this.unit, this.asOf);
    this.take(this.space.map(log.memberIds), counts.periods, counts.first);
  }

  merge(other: MemberPeriods): void {
    this.take(this.space.map(other.space.ids), other.periods, other.first);
  }

  /** Adds periods and first periods counted in another member numbering (`map`: theirs → this space's). */
  private take(
    map: Int32Array,
    periods: Iterable<readonly [number, PeriodMembers]>,
    first: ArrayLike<number>,
  ): void {
    this.grow();
    let identity = true;
    for (let i = 0; i < map.length && identity; i++) identity = map[i] === i;
    for (const [p, pm] of periods)
      this.put(
        p,
        identity
          ? pm
          : sortPairs(
              Int32Array.from(pm.m, (i) => map[i] as number),
              pm.c,
            ),
      );
    const own = this.first;
    for (let i = 0; i < map.length; i++) {
      const x = map[i] as number;
      if ((first[i] as number) < (own[x] as number)) own[x] = first[i] as number;
    }
  }

  /** A copy that later `add`s and `merge`s of this state leave unchanged (the period lists are never written in place, so they are shared). */
  snapshot(): MemberPeriods {
    const copy = new MemberPeriods(this.unit, this.kinds, this.asOf);
    copy.merge(this);
    return copy;
  }

  /** Period index range [lo, hi] to report, or null when nothing to report. */
  range(from: number | undefined): [number, number] | null {
    return reportedRange(this.periods.keys(), this.unit, from, this.asOf);
  }

  /** First period of member `x` with a counted activity (NaN when never active). */
  firstPeriod(x: number): number {
    const f = this.first[x] as number;
    return Number.isFinite(f) ? f : Number.NaN;
  }

  /** Members with at least `min` counted activities in period `p`. */
  active(p: number, min: number): Int32Array {
    const pm = this.periods.get(p);
    if (pm === undefined) return new Int32Array(0);
    if (min <= 1) return pm.m;
    const out: number[] = [];
    for (let i = 0; i < pm.m.length; i++) if ((pm.c[i] as number) >= min) out.push(pm.m[i] as number);
    return Int32Array.from(out);
  }

  /** Total counted activities in period `p`. */
  activities(p: number): number {
    const pm = this.periods.get(p);
    let s = 0;
    if (pm !== undefined) for (let i = 0; i < pm.c.length; i++) s += pm.c[i] as number;
    return s;
  }

  /**
   * The flow of members through period `p`: active in it, new (first
   * counted activity ever in it), returning (active before, not in the
   * period just before), retained (also active in the period before) and
   * churned (active in the period before, not in this one).
   */
  flow(p: number, minCount: number): MemberFlowCounts {
    const prev = new Set<number>(this.active(p - 1, minCount));
    const now = this.active(p, minCount);
    let nw = 0;
    let returning = 0;
    let retained = 0;
    const ids: string[] = [];
    for (const x of now) {
      const fp = this.firstPeriod(x);
      if (prev.has(x)) retained++;
      else if (fp === p) {
        nw++;
        ids.push(this.space.ids[x] as string);
      } else if (fp < p) returning++;
    }
    const churned = prev.size - retained;
    return {
      active: now.length,
      new: nw,
      returning,
      retained,
      churned,
      churnRate: prev.size === 0 ? null : churned / prev.size,
      newMemberIds: ids.sort(),
    };
  }

  /**
   * The cohort of period `c` (members whose first counted activity is in
   * it) and how many of them are active in period `c + k` — the cell (c, k)
   * of the retention cohort matrix, for `c + k` up to period `last`.
   */
  cohortRetention(c: number, k: number, last: number): { size: number; retained: number | null } {
    let size = 0;
    for (let x = 0; x < this.space.size; x++) if (this.firstPeriod(x) === c) size++;
    if (c + k > last) return { size, retained: null };
    let retained = 0;
    for (const x of this.active(c + k, 1)) if (this.firstPeriod(x) === c) retained++;
    return { size, retained };
  }
}

/** What {@link MemberPeriods.flow} counts in one period. */
export interface MemberFlowCounts {
  active: number;
  new: number;
  returning: number;
  retained: number;
  churned: number;
  churnRate: number | null;
  newMemberIds: string[];
}
