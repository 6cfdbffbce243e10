import { z } from 'zod';
import type { ActivityKind } from '../model/activityKinds.js';
import type { PeriodUnit } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import type { ActivityLog, ActivityLogSource } from './activityLog.js';
import { accumulator, kindMask, type State } from './internal/accumulate.js';
import { PeriodCursor, periodIndex, periodRef } from './internal/calendar.js';
import { addHash, estimate, hash32, mergeRegisters, relativeStandardError } from './internal/hyperLogLog.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link activeMembers}. */
export const ActiveMembersOptionsSchema = z
  .object({
    ...periodOptionsShape,
    /**
     * Count distinct members with a HyperLogLog sketch of 2^precision
     * one-byte registers per period instead of exactly (relative standard
     * error ≈ 1.04/√(2^precision): 0.81% at 14). For logs whose members per
     * period would not fit in memory, or to merge compact parts from many
     * machines. Only with minCount 1 (a sketch does not count per member).
     */
    sketch: z.object({ precision: z.number().int().min(4).max(18).default(14) }).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.sketch !== undefined && o.minCount > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['sketch'],
        message: 'a sketch counts distinct members only: use minCount 1 with it, or count exactly',
      });
  });
/** Options of {@link activeMembers} (input). */
export type ActiveMembersOptions = z.input<typeof ActiveMembersOptionsSchema>;
/** Defaults of {@link ActiveMembersOptions}. */
export const ACTIVE_MEMBERS_DEFAULTS: z.output<typeof ActiveMembersOptionsSchema> =
  ActiveMembersOptionsSchema.parse({});

/** One period of {@link activeMembers}. */
export const ActiveMembersPeriodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  /** Members with at least `minCount` counted activities in the period. */
  active: z.number().int(),
  /** Counted activities in the period. */
  activities: z.number().int(),
  /** Relative change of `active` from the previous period (null for the first period or after a zero). */
  growth: z.number().nullable(),
});
/** Result of {@link activeMembers}. */
export const ActiveMembersResultSchema = z.object({
  unit: z.string(),
  minCount: z.number().int(),
  kinds: z.array(z.string()),
  periods: z.array(ActiveMembersPeriodSchema),
  /** When `active` is a HyperLogLog estimate (rounded): its precision and relative standard error; null when exact. */
  sketch: z.object({ precision: z.number().int(), relativeStandardError: z.number() }).nullable(),
});
/** Result of {@link activeMembers}. */
export type ActiveMembersResult = z.output<typeof ActiveMembersResultSchema>;

/**
 * The streaming form of {@link activeMembers} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link activeMembers}
 * @returns an accumulator whose result is the {@link ActiveMembersResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = activeMembersAccumulator({ unit: 'week' });
 * acc.add(activityLog(community));
 * acc.result().periods.length; // → 52
 * ```
 */
export function activeMembersAccumulator(
  options: ActiveMembersOptions = {},
): MetricAccumulator<ActiveMembersResult> {
  const o = parseWith('activeMembers', ActiveMembersOptionsSchema, options, 'options');
  const asOf = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  if (o.sketch !== undefined) {
    const { precision } = o.sketch;
    return accumulator(['activeMembers', o], new SketchPeriods(o.unit, o.kinds, asOf, precision), (s) => {
      const periods: ActiveMembersResult['periods'] = [];
      const range = s.range(ms(o.from));
      if (range !== null) {
        let prev = Number.NaN;
        for (let p = range[0]; p <= range[1]; p++) {
          const registers = s.registers.get(p);
          const active = registers === undefined ? 0 : Math.round(estimate(registers));
          periods.push({
            ...periodRef(p, o.unit),
            active,
            activities: s.activities.get(p) ?? 0,
            growth: Number.isNaN(prev) || prev === 0 ? null : (active - prev) / prev,
          });
          prev = active;
        }
      }
      const sketch = { precision, relativeStandardError: relativeStandardError(precision) };
      return { unit: o.unit, minCount: o.minCount, kinds: [...o.kinds], periods, sketch };
    });
  }
  const state = new MemberPeriods(o.unit, o.kinds, asOf);
  return accumulator(['activeMembers', o], state, (s) => {
    const periods: ActiveMembersResult['periods'] = [];
    const range = s.range(ms(o.from), undefined);
    if (range !== null) {
      let prev = Number.NaN;
      for (let p = range[0]; p <= range[1]; p++) {
        const active = s.active(p, o.minCount).length;
        periods.push({
          ...periodRef(p, o.unit),
          active,
          activities: s.activities(p),
          growth: Number.isNaN(prev) || prev === 0 ? null : (active - prev) / prev,
        });
        prev = active;
      }
    }
    return { unit: o.unit, minCount: o.minCount, kinds: [...o.kinds], periods, sketch: null };
  });
}

/** Mergeable state of the sketched count: per period, a HyperLogLog sketch of its members and its activity count. */
class SketchPeriods implements State<SketchPeriods> {
  readonly registers = new Map<number, Uint8Array>();
  readonly activities = new Map<number, number>();
  /** Member id hashes per log member index (each id hashed once per log). */
  private readonly hashes = new WeakMap<readonly string[], Uint32Array>();
  constructor(
    readonly unit: PeriodUnit,
    readonly kinds: readonly ActivityKind[],
    readonly asOf: number,
    readonly precision: number,
  ) {}

  private sketchOf(p: number): Uint8Array {
    let r = this.registers.get(p);
    if (r === undefined) {
      r = new Uint8Array(2 ** this.precision);
      this.registers.set(p, r);
    }
    return r;
  }

  add(log: ActivityLog, start: number, end: number): void {
    const mask = kindMask(this.kinds, log.kinds);
    let hashes = this.hashes.get(log.memberIds);
    if (hashes === undefined) {
      hashes = Uint32Array.from(log.memberIds, hash32);
      this.hashes.set(log.memberIds, hashes);
    }
    const cursor = new PeriodCursor(this.unit);
    const { time, kind, member } = log;
    let period = Number.NaN;
    let registers: Uint8Array | undefined;
    let count = 0;
    const flush = (): void => {
      if (count > 0) this.activities.set(period, (this.activities.get(period) ?? 0) + count);
      count = 0;
    };
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t >= this.asOf) break;
      if (mask[kind[r] as number] === 0) continue;
      const p = cursor.at(t);
      if (p !== period || registers === undefined) {
        flush();
        period = p;
        registers = this.sketchOf(p);
      }
      addHash(registers, this.precision, hashes[member[r] as number] as number);
      count++;
    }
    flush();
  }

  merge(other: SketchPeriods): void {
    for (const [p, r] of other.registers) mergeRegisters(this.sketchOf(p), r);
    for (const [p, c] of other.activities) this.activities.set(p, (this.activities.get(p) ?? 0) + c);
  }

  /** Period index range [lo, hi] to report, or null when nothing to report. */
  range(from: number | undefined): [number, number] | null {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const p of this.registers.keys()) {
      lo = Math.min(lo, p);
      hi = Math.max(hi, p);
    }
    if (from !== undefined) lo = periodIndex(from, this.unit);
    if (Number.isFinite(this.asOf)) hi = periodIndex(this.asOf - 1, this.unit);
    return Number.isFinite(lo) && Number.isFinite(hi) && hi >= lo ? [lo, hi] : null;
  }
}

/**
 * Active members per calendar period: the number of distinct members with at
 * least `minCount` activities of the counted kinds in each period, with the
 * activity count and the period-over-period growth rate. Periods with no
 * activity are listed with zeros.
 *
 * Definition: CHAOSS "Contributors" (https://chaoss.community/?p=3467) —
 * distinct contributors in a period, filtered by kind of engagement.
 * Complexity: O(n) over the log plus O(a log a) per period with a active members.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - unit, from, asOf (activities at or after it are ignored), kinds, minCount
 * @returns the periods, oldest first (empty when there is no activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * activeMembers(community, { unit: 'month', asOf: '2024-04-01' }).periods.map((p) => p.active);
 * // → [12, 0, 15]
 * ```
 */
export function activeMembers(
  source: ActivityLogSource,
  options: ActiveMembersOptions = {},
): ActiveMembersResult {
  return runOn(source, activeMembersAccumulator(options));
}
