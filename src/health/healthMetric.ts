import { z } from 'zod';
import type { Signal } from '../model/signals.js';

/**
 * One metric of the health report, now and then. A metric whose data is
 * missing (see {@link HEALTH_METRIC_NEEDS}) has null values and says in
 * `notMeasured` what it needs, instead of showing a zero the data cannot
 * support.
 *
 * @example
 * ```ts
 * HealthMetricSchema.parse({ id: 'active', label: 'Active members', current: 3, previous: 2, change: 1, relativeChange: 0.5, definition: '…' }).id; // → 'active'
 * ```
 */
export const HealthMetricSchema = z.object({
  id: z.string(),
  label: z.string(),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current − previous (null when either is missing). */
  change: z.number().nullable(),
  /** Relative change, (current − previous) / previous (null when previous is 0 or missing). */
  relativeChange: z.number().nullable(),
  /** How to read it and where the definition comes from. */
  definition: z.string(),
  /** Set when the data lacks what the metric needs: the signals missing. */
  notMeasured: z.array(z.string()).optional(),
});
/** One metric, now and then. */
export type HealthMetric = z.output<typeof HealthMetricSchema>;

/**
 * The signals each health-report metric needs (see `dataCoverage`). A git
 * history has activity but no replies, so time to first response is "not
 * measured" there rather than "no response".
 *
 * @example
 * ```ts
 * HEALTH_METRIC_NEEDS.medianResponseHours; // → ['conversations', 'replies']
 * ```
 */
export const HEALTH_METRIC_NEEDS: Readonly<Record<string, readonly Signal[]>> = {
  active: ['activity'],
  new: ['activity'],
  returning: ['activity'],
  churned: ['activity'],
  churnRate: ['activity'],
  retention: ['activity'],
  activities: ['activity'],
  medianResponseHours: ['conversations', 'replies'],
  p90ResponseHours: ['conversations', 'replies'],
  unanswered: ['conversations', 'replies'],
  absenceFactor: ['activity'],
  elephantFactor: ['affiliations'],
  gini: ['activity'],
  top10Share: ['activity'],
  joined: ['joins'],
  activation: ['joins'],
  newcomerResponse: ['joins', 'replies'],
  gatherings: ['gatherings'],
  gatheringAttendance: ['attendance'],
  showUpRate: ['attendance'],
  gatheringActiveAfter: ['attendance', 'activity'],
};
