import { z } from 'zod';
import { ACTIVITY_KINDS, ActivityKindSchema } from '../model/activityKinds.js';
import { type ActivityLog, type ActivityLogSource, activityLog } from '../model/activityLog.js';
import { DateInputSchema } from '../model/dateInput.js';
import { filledArray } from '../model/internal/scratch.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { fail, parseWith } from '../model/validate.js';
import { accumulator, IdSpace, kindMask, quantileSorted, type State } from './internal/accumulate.js';
import { PeriodCursor, periodIndex, periodRef } from './internal/calendar.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { firstAtOrAfter } from '../model/internal/rows.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

const DAY = 86_400_000;
const JOIN = ACTIVITY_KINDS.indexOf('join');
const INF = Number.POSITIVE_INFINITY;

/** Options of {@link onboardingFunnel}. */
export const OnboardingFunnelOptionsSchema = z.strictObject({
  /** Cohort period unit (cohort = the period a member joined in). */
  unit: PeriodUnitSchema.default('quarter'),
  /** Only members who joined at or after this instant are reported (default: all). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: later joins and activities are ignored (default: none ignored). */
  asOf: DateInputSchema.optional(),
  /** Activity kinds that count as activity (default: all but join and leave). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default([...DEFAULT_ACTIVE_KINDS]),
  /** Distinct calendar months (UTC) with activity that make a member "regular". */
  regularMonths: z.number().int().min(2).max(24).default(3),
});
/** Options of {@link onboardingFunnel} (input). */
export type OnboardingFunnelOptions = z.input<typeof OnboardingFunnelOptionsSchema>;
/** Defaults of {@link OnboardingFunnelOptions}. */
export const ONBOARDING_FUNNEL_DEFAULTS: z.output<typeof OnboardingFunnelOptionsSchema> =
  OnboardingFunnelOptionsSchema.parse({});

/** The funnel steps, in order; each is a subset of the one before. */
export const ONBOARDING_STEPS = [
  'joined',
  'firstActivity',
  'firstResponse',
  'secondActivity',
  'regular',
] as const;

const StepCounts = z.object({
  joined: z.number().int(),
  firstActivity: z.number().int(),
  firstResponse: z.number().int(),
  secondActivity: z.number().int(),
  regular: z.number().int(),
});

/** One funnel (overall or one cohort) of {@link onboardingFunnel}. */
export const FunnelSchema = z.object({
  /** Members at each step (each step counts only members who reached every step before it). */
  counts: StepCounts,
  /** counts[step] / counts[previous step] (null when the previous step is empty). */
  conversion: z.object({
    firstActivity: z.number().nullable(),
    firstResponse: z.number().nullable(),
    secondActivity: z.number().nullable(),
    regular: z.number().nullable(),
  }),
  /** counts.regular / counts.joined (null without joiners). */
  overall: z.number().nullable(),
  /** Median days from joining to the step, over the members counted at it (type 7; null when none). */
  medianDays: z.object({
    firstActivity: z.number().nullable(),
    firstResponse: z.number().nullable(),
    secondActivity: z.number().nullable(),
  }),
});
/** One funnel of {@link onboardingFunnel}. */
export type Funnel = z.output<typeof FunnelSchema>;

/** Result of {@link onboardingFunnel}. */
export const OnboardingFunnelResultSchema = FunnelSchema.extend({
  unit: z.string(),
  regularMonths: z.number().int(),
  /** One funnel per joining period, oldest first (periods without joiners included between the first and last). */
  cohorts: z.array(FunnelSchema.extend({ key: z.string(), start: z.string(), end: z.string() })),
});
/** Result of {@link onboardingFunnel}. */
export type OnboardingFunnelResult = z.output<typeof OnboardingFunnelResultSchema>;

/** Mergeable per-member state: join time, first two counted activities, first response received, smallest K distinct months. */
class FunnelState implements State<FunnelState> {
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

interface Row {
  join: number;
  steps: number[];
}

function funnel(rows: readonly Row[]): Funnel {
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

/**
 * The streaming form of {@link onboardingFunnel} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link onboardingFunnel}
 * @returns an accumulator whose result is the {@link OnboardingFunnelResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = onboardingFunnelAccumulator({ unit: 'month' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().counts.joined; // → 400
 * ```
 */
export function onboardingFunnelAccumulator(
  options: OnboardingFunnelOptions = {},
): MetricAccumulator<OnboardingFunnelResult> {
  const o = parseWith('onboardingFunnel', OnboardingFunnelOptionsSchema, options, 'options');
  const to = ms(o.asOf) ?? INF;
  const k = o.regularMonths;
  return accumulator(['onboardingFunnel', o], new FunnelState(o.kinds, to, k), (s) => funnelResult(s, o));
}

/** The funnel result of a state, for parsed options `o` (resolves pending replies first). */
function funnelResult(
  s: FunnelState,
  o: z.output<typeof OnboardingFunnelOptionsSchema>,
): OnboardingFunnelResult {
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
  const cohorts: OnboardingFunnelResult['cohorts'] = [];
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
 * The onboarding funnels for several option sets that differ only in `from`
 * and `asOf` (unit, kinds and regularMonths shared), in one pass over the
 * activity: the state as of each `asOf`, in increasing order, is the state as
 * of the one before plus the activity in between. Each result equals
 * {@link onboardingFunnel} with its options — a report comparing two periods
 * pays for one pass, not two.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - one option set per funnel (see {@link onboardingFunnel})
 * @returns the funnels, in the order of `options`
 * @throws ValidationError on invalid options, or options that differ in more than `from` and `asOf`
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const [lastQuarter, thisQuarter] = onboardingFunnels(community, [
 *   { from: '2025-07-01', asOf: '2025-10-01' },
 *   { from: '2025-10-01', asOf: '2026-01-01' },
 * ]);
 * thisQuarter?.counts; // → onboardingFunnel(community, { from: '2025-10-01', asOf: '2026-01-01' }).counts
 * thisQuarter?.counts.joined; // → 58
 * ```
 */
export function onboardingFunnels(
  source: ActivityLogSource,
  options: readonly OnboardingFunnelOptions[],
): OnboardingFunnelResult[] {
  const list = parseWith('onboardingFunnels', z.array(z.unknown()), options, 'options');
  const parsed = list.map((x, i) =>
    parseWith('onboardingFunnel', OnboardingFunnelOptionsSchema, x, `options[${i}]`),
  );
  const first = parsed[0];
  if (first === undefined) return [];
  const log = activityLog(source);
  const shared = (x: (typeof parsed)[number]) => JSON.stringify([x.unit, x.kinds, x.regularMonths]);
  parsed.forEach((x, i) => {
    if (shared(x) !== shared(first))
      fail('onboardingFunnel', [
        {
          path: `options[${i}]`,
          message: 'expected the same unit, kinds and regularMonths as options[0]',
          code: 'invalid-option',
        },
      ]);
  });
  const byEnd = parsed
    .map((x, i) => ({ x, i, to: ms(x.asOf) ?? INF }))
    .sort((a, b) => a.to - b.to || a.i - b.i);
  const state = new FunnelState(first.kinds, (byEnd[0] as { to: number }).to, first.regularMonths);
  const out: OnboardingFunnelResult[] = new Array(parsed.length);
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

/**
 * The onboarding funnel: of the members who joined, how many made a first
 * contribution, then received a first response from someone else, then came
 * back for a second activity, then became regulars (activity in at least
 * `regularMonths` distinct calendar months) — with the conversion from each
 * step to the next and the median days from joining to each step, overall
 * and per cohort of the joining period. Each step counts only members who
 * reached every step before it, so conversions are between 0 and 1.
 *
 * Definitions: joining = the member's `joinedAt` (roster), else their first
 * `join` activity, else their first counted activity. A response received =
 * a counted activity by another member that replies (`replyTo`) to one of
 * theirs. Steps reached before the joining instant count at it. Members who
 * joined recently have had less time to become regular: read the latest
 * cohorts as unfinished. No joiners → zero counts, null conversions, no
 * cohorts.
 *
 * Source: CHAOSS Newcomer Experience and Conversion Rate metrics
 * (https://chaoss.community/?p=3569, https://chaoss.community/kb/metric-conversion-rate/),
 * the contributor funnel of Mike McQuaid / Josh Berkus (first contribution →
 * repeat → regular). Complexity: O(n + M·K) for n rows, M members, K = regularMonths.
 *
 * @param source - a community (for its roster's joining dates), activities or an {@link ActivityLog}
 * @param options - unit ('quarter'), from, asOf, kinds, regularMonths (3)
 * @returns the overall funnel and one funnel per joining period
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // 4 joined; 3 posted; 2 of them got a reply; 1 posted again; nobody is regular yet
 * const community = parseCommunity({
 *   name: 'New members',
 *   members: [{ id: 'host', joinedAt: '2025-01-01' }, ...['ana', 'bo', 'cy', 'di'].map((id) => ({ id, joinedAt: '2026-01-05' }))],
 *   activities: [
 *     { id: 'p1', memberId: 'ana', at: '2026-01-10', kind: 'post' },
 *     { id: 'p2', memberId: 'bo', at: '2026-01-11', kind: 'post' },
 *     { id: 'p3', memberId: 'cy', at: '2026-01-12', kind: 'post' },
 *     { id: 'r1', memberId: 'host', at: '2026-01-13', kind: 'reply', replyTo: 'p1' },
 *     { id: 'r2', memberId: 'host', at: '2026-01-13', kind: 'reply', replyTo: 'p2' },
 *     { id: 'p4', memberId: 'ana', at: '2026-01-20', kind: 'post' },
 *   ],
 * });
 * const f = onboardingFunnel(community, { from: '2026-01-01', asOf: '2026-03-01' });
 * f.counts; // → { joined: 4, firstActivity: 3, firstResponse: 2, secondActivity: 1, regular: 0 }
 * f.conversion.firstActivity; // → 0.75
 * ```
 */
export function onboardingFunnel(
  source: ActivityLogSource,
  options: OnboardingFunnelOptions = {},
): OnboardingFunnelResult {
  return runOn(source, onboardingFunnelAccumulator(options));
}
