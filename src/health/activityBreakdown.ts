import { z } from 'zod';
import type { ActivityLog, ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import { accumulator, type State } from './internal/accumulate.js';
import { runOn } from './internal/run.js';
import { windowOf, windowOptionsShape } from './internal/windowOptions.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link activityBreakdown}. */
export const ActivityBreakdownOptionsSchema = z.strictObject(windowOptionsShape);
/** Options of {@link activityBreakdown} (input). */
export type ActivityBreakdownOptions = z.input<typeof ActivityBreakdownOptionsSchema>;

/** Result of {@link activityBreakdown}. */
export const ActivityBreakdownResultSchema = z.object({
  /** Counted activities. */
  total: z.number(),
  /** Count per kind, most frequent first (ties by kind). */
  byKind: z.array(z.object({ kind: z.string(), count: z.number() })),
  /** Count per channel, most frequent first (ties by name); activities without a channel under `(none)`. */
  byChannel: z.array(z.object({ channel: z.string(), count: z.number() })),
  /** 7 × 24 UTC heat map: hourOfWeek[d][h], d = 0 Monday … 6 Sunday. */
  hourOfWeek: z.array(z.array(z.number())),
});
/** Result of {@link activityBreakdown}. */
export type ActivityBreakdownResult = z.output<typeof ActivityBreakdownResultSchema>;

const DAY = 86_400_000;

class Breakdown implements State<Breakdown> {
  readonly kinds = new Map<string, number>();
  readonly channels = new Map<string, number>();
  readonly how = new Float64Array(168);
  constructor(
    private readonly allowed: ReadonlySet<string>,
    private readonly from: number,
    private readonly to: number,
  ) {}
  add(log: ActivityLog, start: number, end: number): void {
    const byKind = new Float64Array(log.kinds.length);
    const byChannel = new Float64Array(log.channels.length + 1);
    const ok = log.kinds.map((k) => this.allowed.has(k));
    for (let r = start; r < end; r++) {
      const t = log.time[r] as number;
      if (t < this.from) continue;
      if (t >= this.to) break;
      const k = log.kind[r] as number;
      if (!ok[k]) continue;
      byKind[k] = (byKind[k] as number) + 1;
      const c = (log.channel[r] as number) + 1;
      byChannel[c] = (byChannel[c] as number) + 1;
      const d = Math.floor(t / DAY);
      const slot = (((d - 4) % 7) + 7) % 7;
      const h = Math.floor((t - d * DAY) / 3_600_000);
      this.how[slot * 24 + h] = (this.how[slot * 24 + h] as number) + 1;
    }
    byKind.forEach((v, k) => {
      if (v > 0) this.kinds.set(log.kinds[k] as string, (this.kinds.get(log.kinds[k] as string) ?? 0) + v);
    });
    byChannel.forEach((v, c) => {
      const name = c === 0 ? '(none)' : (log.channels[c - 1] as string);
      if (v > 0) this.channels.set(name, (this.channels.get(name) ?? 0) + v);
    });
  }
  merge(o: Breakdown): void {
    for (const [k, v] of o.kinds) this.kinds.set(k, (this.kinds.get(k) ?? 0) + v);
    for (const [k, v] of o.channels) this.channels.set(k, (this.channels.get(k) ?? 0) + v);
    for (let i = 0; i < 168; i++) this.how[i] = (this.how[i] as number) + (o.how[i] as number);
  }
}

const byCount = (a: [string, number], b: [string, number]): number =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The streaming form of {@link activityBreakdown}.
 *
 * @param options - as for {@link activityBreakdown}
 * @returns an accumulator
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = activityBreakdownAccumulator();
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().byKind[0]; // → { kind: 'reply', count: 4009 }
 * ```
 */
export function activityBreakdownAccumulator(
  options: ActivityBreakdownOptions = {},
): MetricAccumulator<ActivityBreakdownResult> {
  const o = parseWith('activityBreakdown', ActivityBreakdownOptionsSchema, options, 'options');
  const [from, to] = windowOf(o);
  return accumulator(['activityBreakdown', o], new Breakdown(new Set(o.kinds), from, to), (s) => {
    let total = 0;
    for (const v of s.kinds.values()) total += v;
    return {
      total,
      byKind: [...s.kinds].sort(byCount).map(([kind, count]) => ({ kind, count })),
      byChannel: [...s.channels].sort(byCount).map(([channel, count]) => ({ channel, count })),
      hourOfWeek: Array.from({ length: 7 }, (_, d) => Array.from(s.how.subarray(d * 24, d * 24 + 24))),
    };
  });
}

/**
 * Activity by kind, by channel and by hour of the week (UTC) in a window —
 * where and when the community is active.
 *
 * Definitions: CHAOSS "Types of Contributions" and "Activity Dates and
 * Times" (https://chaoss.community/?p=3444; aggregated in UTC, rendered as
 * an hour-of-week heat map). Complexity: O(n).
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, asOf, kinds
 * @returns counts per kind, per channel and the 7 × 24 heat map (zeros when empty)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * activityBreakdown(sampleCommunity()).hourOfWeek[0]?.[9]; // → 161 — Mondays 09:00–10:00 UTC
 * ```
 */
export function activityBreakdown(
  source: ActivityLogSource,
  options: ActivityBreakdownOptions = {},
): ActivityBreakdownResult {
  return runOn(source, activityBreakdownAccumulator(options));
}
