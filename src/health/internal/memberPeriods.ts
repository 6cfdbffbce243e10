import type { ActivityKind } from '../../model/activityKinds.js';
import type { PeriodUnit } from '../../model/periods.js';
import type { ActivityLog } from '../activityLog.js';
import { IdSpace, kindMask, type State } from './accumulate.js';
import { PeriodCursor, periodIndex } from './calendar.js';

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
 * Mergeable state behind the activity and retention metrics: for every
 * period, the members active in it with their counts; for every member, the
 * first and last counted activity over all history added.
 */
export class MemberPeriods implements State<MemberPeriods> {
  readonly space = new IdSpace();
  readonly periods = new Map<number, PeriodMembers>();
  first: Float64Array = new Float64Array(0);
  last: Float64Array = new Float64Array(0);
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
    const l = new Float64Array(cap).fill(Number.NEGATIVE_INFINITY);
    f.set(this.first);
    l.set(this.last);
    this.first = f;
    this.last = l;
  }

  private put(p: number, pm: PeriodMembers): void {
    const old = this.periods.get(p);
    this.periods.set(p, old === undefined ? pm : mergeSorted(old, pm));
  }

  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    const mask = this.mask;
    const map = this.space.map(log.memberIds);
    this.grow();
    const n = this.space.size;
    const count = new Int32Array(n);
    const touched = new Int32Array(n);
    let nt = 0;
    let cur = Number.NaN;
    const cursor = new PeriodCursor(this.unit);
    const { time, member, kind } = log;
    const first = this.first;
    const last = this.last;
    const flush = (): void => {
      if (nt === 0) return;
      const ms = touched.slice(0, nt).sort();
      const cs = new Int32Array(nt);
      for (let i = 0; i < nt; i++) {
        const x = ms[i] as number;
        cs[i] = count[x] as number;
        count[x] = 0;
      }
      this.put(cur, { m: ms, c: cs });
      nt = 0;
    };
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t >= this.asOf) break;
      if (mask[kind[r] as number] === 0) continue;
      const p = cursor.at(t);
      if (p !== cur) {
        flush();
        cur = p;
      }
      const x = map[member[r] as number] as number;
      if (count[x] === 0) touched[nt++] = x;
      count[x] = (count[x] as number) + 1;
      if (t < (first[x] as number)) first[x] = t;
      if (t > (last[x] as number)) last[x] = t;
    }
    flush();
  }

  merge(other: MemberPeriods): void {
    const map = this.space.map(other.space.ids);
    this.grow();
    for (let i = 0; i < other.space.size; i++) {
      const x = map[i] as number;
      if ((other.first[i] as number) < (this.first[x] as number)) this.first[x] = other.first[i] as number;
      if ((other.last[i] as number) > (this.last[x] as number)) this.last[x] = other.last[i] as number;
    }
    for (const [p, pm] of other.periods) {
      const m = Int32Array.from(pm.m, (i) => map[i] as number);
      this.put(p, sortPairs(m, pm.c));
    }
  }

  /** Period index range [lo, hi] to report, or null when nothing to report. */
  range(from: number | undefined, to: number | undefined): [number, number] | null {
    let minP = Number.POSITIVE_INFINITY;
    let maxP = Number.NEGATIVE_INFINITY;
    for (const p of this.periods.keys()) {
      if (p < minP) minP = p;
      if (p > maxP) maxP = p;
    }
    const lo = from === undefined ? minP : periodIndex(from, this.unit);
    let hi = maxP;
    if (to !== undefined && Number.isFinite(to)) hi = periodIndex(to - 1, this.unit);
    else if (Number.isFinite(this.asOf)) hi = periodIndex(this.asOf - 1, this.unit);
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return null;
    return [lo, hi];
  }

  /** First period of each member (−∞ → NaN when never active). */
  firstPeriod(x: number): number {
    const f = this.first[x] as number;
    return Number.isFinite(f) ? periodIndex(f, this.unit) : Number.NaN;
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
}
