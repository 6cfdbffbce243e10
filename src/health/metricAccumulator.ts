import type { ActivityLog } from '../model/activityLog.js';

/**
 * The streaming, mergeable form of a health metric: `add` rows of one or more
 * logs, `merge` accumulators built on other parts (split by time, by member,
 * in workers or on other machines), then read the `result`. For every metric,
 * adding the parts to separate accumulators and merging them gives exactly
 * the result of one pass over the whole log. Accumulators key state by member
 * and activity ids, so parts may be separate logs with their own interning.
 *
 * @example
 * ```ts
 * const { activities } = sampleCommunity();
 * const logOfJanuary = activityLog(activities.filter((x) => x.at < new Date('2024-02-01')));
 * const logOfFebruary = activityLog(activities.filter((x) => x.at >= new Date('2024-02-01') && x.at < new Date('2024-03-01')));
 * const a = activeMembersAccumulator({ unit: 'month' });
 * a.add(logOfJanuary);
 * const b = activeMembersAccumulator({ unit: 'month' });
 * b.add(logOfFebruary);
 * a.merge(b);
 * a.result().periods.map((p) => p.active); // → [17, 30]
 * ```
 */
export interface MetricAccumulator<R> {
  /** Adds rows [start, end) of a log (default: all rows). */
  add(log: ActivityLog, start?: number, end?: number): void;
  /** Folds another accumulator of the same metric and options into this one. */
  merge(other: MetricAccumulator<R>): void;
  /** The metric's result for everything added so far. */
  result(): R;
}
