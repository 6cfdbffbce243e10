import { ACTIVITY_KINDS } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { filledArray } from '../../model/internal/scratch.js';
import type { PeriodUnit } from '../../model/periods.js';
import { IdSpace, kindMask, quantileSorted, type State } from './accumulate.js';
import { PeriodCursor, periodIndex, periodRef } from './calendar.js';
import { ms } from './options.js';

const DAY = 86_400_000;
const JOIN = ACTIVITY_KINDS.indexOf('join');
const INF = Number.POSITIVE_INFINITY;

/** The parsed options of the onboarding funnel. */
export interface FunnelOptions {
  unit: PeriodUnit;
  from?: Date | undefined;
  asOf?: Date | undefined;
  kinds: readonly string[];
  regularMonths: number;
}

/** Mergeable per-member state: join time, first two counted activities, first response received, smallest K distinct months. */
export class FunnelState implements State<FunnelState> {
  readonly space = new IdSpace();
  // Per member of the space; plain arrays (see model/internal/scratch.ts).
  rosterJoin: number[] = [];
  joinAct: number[] = [];
  first: number[] = [];
  second: number[] = [];
  response: number[] = [];
  months: number[] = [];
  /** The rows added, to find the targets of replies that arrived in another part (only when there are such). */
  parts: [ActivityLog, number, number][] = [];
  /** Replies whose target was not in their log: [target id, replier, time]. */
  pending: [string, number, number][] = [];
  private mask: Uint8Array | null = null;
  constructor(
    readonly kinds: readonly string[],
    /** End of the analysis (exclusive); only ever moved later, between adds (see onboardingFunnels). */
    public to: number,
    readonly k: number,
  ) {}

  private grow(): void {
    const n = this.space.size;
    if (this.first.length >= n) return;
    const cap = Math.max(n, this.first.length * 2);
    const f = (old: number[]): number[] => {
      const a = filledArray(cap, INF);
      for (let i = 0; i < old.length; i++) a[i] = old[i] as number;
      return a;
    };
    this.rosterJoin = f(this.rosterJoin);
    this.joinAct = f(this.joinAct);
    this.first = f(this.first);
    this.second = f(this.second);
    this.response = f(this.response);
    const m = filledArray(cap * this.k, 0x7fffffff);
    for (let i = 0; i < this.months.length; i++) m[i] = this.months[i] as number;
    this.months = m;
  }

  private counted(x: number, t: number): void {
    const first = this.first;
    const second = this.second;
    if (t < (first[x] as number)) {
      second[x] = first[x] as number;
      first[x] = t;
    } else if (t < (second[x] as number)) second[x] = t;
  }

  private month(x: number, mo: number): void {
    const k = this.k;
    const m = this.months;
    const base = x * k;
    for (let i = 0; i < k; i++) {
      const v = m[base + i] as number;
      if (v === mo) return;
      if (mo < v) {
        for (let j = k - 1; j > i; j--) m[base + j] = m[base + j - 1] as number;
        m[base + i] = mo;
        return;
      }
    }
  }

  private responded(x: number, t: number): void {
    if (t < (this.response[x] as number)) this.response[x] = t;
  }

  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    const mask = this.mask;
    const map = this.space.map(log.memberIds);
    this.grow();
    for (let i = 0; i < log.memberIds.length; i++) {
      const j = log.memberJoinedAt[i] as number;
      const x = map[i] as number;
      if (j < this.to && j < (this.rosterJoin[x] as number)) this.rosterJoin[x] = j;
    }
    const cursor = new PeriodCursor('month');
    this.parts.push([log, start, end]);
    const { time, member, kind, replyTo } = log;
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t >= this.to) break;
      const x = map[member[r] as number] as number;
      const kd = kind[r] as number;
      if (kd === JOIN && t < (this.joinAct[x] as number)) this.joinAct[x] = t;
      if (mask[kd] === 0) continue;
      this.counted(x, t);
      this.month(x, cursor.at(t));
      const p = replyTo[r] as number;
      if (p >= 0) {
        const y = map[member[p] as number] as number;
        if (y !== x) this.responded(y, t);
      } else if (p === -2) this.pending.push([log.danglingReplyTo.get(r) as string, x, t]);
    }
  }

  /** Resolves pending replies whose target is now known (builds an id index over the parts only when needed). */
  resolve(): void {
    if (this.pending.length === 0) return;
    const owner = new Map<string, number>();
    for (const [log, start, end] of this.parts) {
      const map = this.space.map(log.memberIds);
      for (let r = start; r < end && (log.time[r] as number) < this.to; r++)
        owner.set(log.activityIds[r] as string, map[log.member[r] as number] as number);
    }
    const still: [string, number, number][] = [];
    for (const e of this.pending) {
      const y = owner.get(e[0]);
      if (y === undefined) still.push(e);
      else if (y !== e[1]) this.responded(y, e[2]);
    }
    this.pending = still;
  }

  merge(o: FunnelState): void {
    const map = this.space.map(o.space.ids);
    this.grow();
    const min = (a: number[], b: readonly number[], x: number, i: number): void => {
      if ((b[i] as number) < (a[x] as number)) a[x] = b[i] as number;
    };
    for (let i = 0; i < o.space.size; i++) {
      const x = map[i] as number;
      min(this.rosterJoin, o.rosterJoin, x, i);
      min(this.joinAct, o.joinAct, x, i);
      min(this.response, o.response, x, i);
      if (Number.isFinite(o.first[i] as number)) this.counted(x, o.first[i] as number);
      if (Number.isFinite(o.second[i] as number)) this.counted(x, o.second[i] as number);
      for (let j = 0; j < this.k; j++) {
        const v = o.months[i * this.k + j] as number;
        if (v !== 0x7fffffff) this.month(x, v);
      }
    }
    this.parts.push(...o.parts);
    for (const [id, i, t] of o.pending) this.pending.push([id, map[i] as number, t]);
  }
}

const median = (xs: number[]): number | null =>
  quantileSorted(
    xs.sort((a, b) => a - b),
    0.5,
  );

/** One joiner of a funnel: when they joined, and when they reached each later step (∞ when not). */
export interface FunnelRow {
  join: number;
  steps: number[];
}

type Row = FunnelRow;

/**
 * The funnel of some joiners: how many reached each step, the conversion
 * from each step to the next, and the median days from joining to each of
 * the first three steps (the order of the rows does not matter).
 */
export function funnel(rows: readonly Row[]) {
  const counts = [0, 0, 0, 0, 0];
  const days: number[][] = [[], [], []];
  for (const r of rows) {
    counts[0] = (counts[0] as number) + 1;
    for (let s = 0; s < 4; s++) {
      const t = r.steps[s] as number;
      if (!Number.isFinite(t)) break;
      counts[s + 1] = (counts[s + 1] as number) + 1;
      if (s < 3) days[s]?.push((t - r.join) / DAY);
    }
  }
  const conv = (s: number): number | null =>
    (counts[s - 1] as number) === 0 ? null : (counts[s] as number) / (counts[s - 1] as number);
  return {
    counts: {
      joined: counts[0] as number,
      firstActivity: counts[1] as number,
      firstResponse: counts[2] as number,
      secondActivity: counts[3] as number,
      regular: counts[4] as number,
    },
    conversion: { firstActivity: conv(1), firstResponse: conv(2), secondActivity: conv(3), regular: conv(4) },
    overall: counts[0] === 0 ? null : (counts[4] as number) / (counts[0] as number),
    medianDays: {
      firstActivity: median(days[0] as number[]),
      firstResponse: median(days[1] as number[]),
      secondActivity: median(days[2] as number[]),
    },
  };
}

/** The funnel result of a state, for parsed options `o` (resolves pending replies first). */
export function funnelResult(s: FunnelState, o: FunnelOptions) {
  const from = ms(o.from) ?? Number.NEGATIVE_INFINITY;
  const k = o.regularMonths;
  s.resolve();
  const rows: (Row & { id: string })[] = [];
  for (let x = 0; x < s.space.size; x++) {
    const roster = s.rosterJoin[x] as number;
    const joinAct = s.joinAct[x] as number;
    const first = s.first[x] as number;
    // Joined: the roster's joinedAt, else the first join activity, else the first counted activity.
    const join = Number.isFinite(roster) ? roster : Number.isFinite(joinAct) ? joinAct : first;
    if (!Number.isFinite(join) || join < from) continue;
    // A step reached before joining (data recorded late) counts at the joining instant.
    const at = (t: number): number => (Number.isFinite(t) ? Math.max(t, join) : INF);
    const firstActivity = at(first);
    const response = at(s.response[x] as number);
    const secondActivity = at(s.second[x] as number);
    const regular = (s.months[x * k + k - 1] as number) !== 0x7fffffff ? 0 : INF;
    rows.push({
      id: s.space.ids[x] as string,
      join,
      steps: [firstActivity, Number.isFinite(firstActivity) ? response : INF, secondActivity, regular],
    });
  }
  const whole = funnel(rows);
  const cohorts: (ReturnType<typeof funnel> & ReturnType<typeof periodRef>)[] = [];
  if (rows.length > 0) {
    const idx = rows.map((r) => periodIndex(r.join, o.unit));
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const p of idx) {
      if (p < lo) lo = p;
      if (p > hi) hi = p;
    }
    const by: Row[][] = Array.from({ length: hi - lo + 1 }, () => []);
    for (let i = 0; i < rows.length; i++) by[(idx[i] as number) - lo]?.push(rows[i] as Row);
    for (let c = 0; c < by.length; c++)
      cohorts.push({ ...periodRef(lo + c, o.unit), ...funnel(by[c] as Row[]) });
  }
  return { ...whole, unit: o.unit, regularMonths: k, cohorts };
}

/**
 * The funnels of several option sets that differ only in `from` and `asOf`,
 * in one pass over the log: the state as of each `asOf`, in increasing
 * order, is the state as of the one before plus the rows in between.
 *
 * @param log - the activity log
 * @param parsed - parsed options sharing unit, kinds and regularMonths
 * @returns one funnel per option set, in their order
 */
export function funnelsAt(log: ActivityLog, parsed: readonly FunnelOptions[]) {
  const first = parsed[0];
  if (first === undefined) return [];
  const byEnd = parsed
    .map((x, i) => ({ x, i, to: ms(x.asOf) ?? INF }))
    .sort((a, b) => a.to - b.to || a.i - b.i);
  const state = new FunnelState(first.kinds, (byEnd[0] as { to: number }).to, first.regularMonths);
  const out: ReturnType<typeof funnelResult>[] = new Array(parsed.length);
  let start = 0;
  for (const { x, i, to } of byEnd) {
    state.to = to;
    state.add(log, start, log.size);
    // Rows are time-sorted: the next snapshot only needs the rows from here.
    start = firstAtOrAfter(log.time, start, log.size, to);
    out[i] = funnelResult(state, x);
  }
  return out;
}
