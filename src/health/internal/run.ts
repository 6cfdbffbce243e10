import { type ActivityLogSource, activityLog } from '../../model/activityLog.js';
import type { MetricAccumulator } from '../metricAccumulator.js';

/** Builds (or reuses) the log of `source`, adds it to `acc` and returns the result. */
export function runOn<R>(source: ActivityLogSource, acc: MetricAccumulator<R>): R {
  acc.add(activityLog(source));
  return acc.result();
}
