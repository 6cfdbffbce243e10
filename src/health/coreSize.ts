import { z } from 'zod';
import type { ActivityLogSource } from '../model/activityLog.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { periodRef } from './internal/calendar.js';
import { MemberPeriods } from './internal/memberPeriods.js';
import { ms, periodOptionsShape } from './internal/options.js';
import { runOn } from './internal/run.js';
import { countedPeriods } from './internal/sharedCounts.js';
import { isMemberPeriodCounts, type MemberPeriodCounts } from './memberPeriodCounts.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link coreSize}. */
export const CoreSizeOptionsSchema = z.strictObject({
  unit: periodOptionsShape.unit,
  from: periodOptionsShape.from,
  asOf: periodOptionsShape.asOf,
  kinds: periodOptionsShape.kinds,
  /** A member is core in a period when their share of its counted activities is at least this. */
  threshold: z.number().gt(0).max(1).default(0.05),
});
/** Options of {@link coreSize} (input). */
export type CoreSizeOptions = z.input<typeof CoreSizeOptionsSchema>;

/** One period of {@link coreSize}. */
export const CoreSizePeriodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  /** Counted activities in the period. */
  activities: z.number().int(),
  /** Members with at least one counted activity. */
  active: z.number().int(),
  /** Members whose share of the period's activities is at least `threshold`. */
  core: z.number().int(),
  /** Share of the period's activities made by those members (null without activity). */
  coreShare: z.number().nullable(),
  /** The core members' ids, most active first (ties by id). */
  coreMembers: z.array(z.string()),
  /**
   * GrimoireLab's onion model of the same period: members sorted by
   * activity, most first (ties by id); a member is core while the running
   * share including them is at most 80%, regular up to 95%, casual above.
   */
  onion: z.object({ core: z.number().int(), regular: z.number().int(), casual: z.number().int() }),
});
/** Result of {@link coreSize}. */
export const CoreSizeResultSchema = z.object({
  unit: z.string(),
  threshold: z.number(),
  kinds: z.array(z.string()),
  periods: z.array(CoreSizePeriodSchema),
});
/** Result of {@link coreSize}. */
export type CoreSizeResult = z.output<typeof CoreSizeResultSchema>;

/**
 * The streaming form of {@link coreSize} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link coreSize}
 * @returns an accumulator whose result is the {@link CoreSizeResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = coreSizeAccumulator({ unit: 'quarter' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().periods.map((p) => p.core); // → [7, 5, 5, 5, 3, 1, 3, 2]
 * ```
 */
export function coreSizeAccumulator(options: CoreSizeOptions = {}): MetricAccumulator<CoreSizeResult> {
  const o = parseWith('coreSize', CoreSizeOptionsSchema, options, 'options');
  const state = new MemberPeriods(o.unit, o.kinds, ms(o.asOf) ?? Number.POSITIVE_INFINITY);
  return accumulator(['coreSize', o], state, (s) => coreSizeOf(o, s));
}

/** The core per period from the member counts (unit and kinds are the counts'). */
function coreSizeOf(o: z.output<typeof CoreSizeOptionsSchema>, s: MemberPeriods): CoreSizeResult {
  const periods: CoreSizeResult['periods'] = [];
  const range = s.range(ms(o.from));
  if (range !== null)
    for (let p = range[0]; p <= range[1]; p++) {
      const pm = s.periods.get(p);
      const members =
        pm === undefined
          ? []
          : Array.from(pm.m, (x, i) => [s.space.ids[x] as string, pm.c[i] as number] as const);
      members.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      let total = 0;
      for (const [, c] of members) total += c;
      const coreMembers: string[] = [];
      let coreCount = 0;
      const onion = { core: 0, regular: 0, casual: 0 };
      let running = 0;
      for (const [id, c] of members) {
        if (c >= o.threshold * total) {
          coreMembers.push(id);
          coreCount += c;
        }
        running += c;
        const pct = (100 * running) / total;
        if (pct <= 80) onion.core++;
        else if (pct <= 95) onion.regular++;
        else onion.casual++;
      }
      periods.push({
        ...periodRef(p, s.unit),
        activities: total,
        active: members.length,
        core: coreMembers.length,
        coreShare: total === 0 ? null : coreCount / total,
        coreMembers,
        onion,
      });
    }
  return { unit: s.unit, threshold: o.threshold, kinds: [...s.kinds], periods };
}

/**
 * The size of the core over time: per calendar period, the members whose
 * share of the period's counted activities is at least `threshold` (5% by
 * default), the share of activity they made, and the same period cut by
 * GrimoireLab's onion model (core up to 80% of activity cumulatively, regular
 * up to 95%, casual the rest). A core that shrinks while activity holds
 * means more work on fewer people; read it with the contributor absence
 * factor. Periods with no activity are listed with zeros.
 *
 * Definitions: the threshold rule is ours (a member "above a share
 * threshold"); the onion model is GrimoireLab's (cereslib `Onion`: authors by
 * contributions, cumulative percentage cut at 80 and 95, right-closed), which
 * unlike the CHAOSS contributor absence factor leaves the author who crosses
 * 80% out of the core. Complexity: O(n) over the log plus O(a log a) per
 * period with a active members.
 *
 * Given {@link MemberPeriodCounts} instead of a log, it reads them (the
 * counting options are theirs) and counts nothing again.
 *
 * @param source - a community, activities, an {@link ActivityLog}, or {@link MemberPeriodCounts}
 * @param options - unit (month), from, asOf, kinds, threshold (0.05)
 * @returns the periods, oldest first (empty when there is no activity)
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // a month with 10 activities: ana 6, bo 3, cy 1
 * const who = ['ana', 'ana', 'ana', 'ana', 'ana', 'ana', 'bo', 'bo', 'bo', 'cy'];
 * const community = parseCommunity({
 *   name: 'Three members',
 *   members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }],
 *   activities: who.map((memberId, i) => ({ id: `a-${i}`, memberId, at: `2026-03-${10 + i}`, kind: 'post' })),
 * });
 * const [march] = coreSize(community, { unit: 'month', threshold: 0.2 }).periods;
 * march?.core; // → 2 — ana 60%, bo 30%
 * march?.coreShare; // → 0.9
 * march?.onion; // → { core: 1, regular: 1, casual: 1 } — 60% → core, 90% → regular, 100% → casual
 * ```
 */
export function coreSize(
  source: ActivityLogSource | MemberPeriodCounts,
  options: CoreSizeOptions = {},
): CoreSizeResult {
  if (!isMemberPeriodCounts(source)) return runOn(source, coreSizeAccumulator(options));
  const o = parseWith('coreSize', CoreSizeOptionsSchema, options, 'options');
  return coreSizeOf(o, countedPeriods('coreSize', source, options, o));
}
