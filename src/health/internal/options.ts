import { z } from 'zod';
import { ACTIVITY_KINDS, type ActivityKind, ActivityKindSchema } from '../../model/activityKinds.js';
import { DateInputSchema } from '../../model/dateInput.js';
import { PeriodUnitSchema } from '../../model/periods.js';

/** Kinds counted as activity by default: every kind except `join` and `leave`. */
export const DEFAULT_ACTIVE_KINDS: readonly ActivityKind[] = ACTIVITY_KINDS.filter(
  (k) => k !== 'join' && k !== 'leave',
);

/** Options shared by the per-period activity metrics. */
export const periodOptionsShape = {
  /** Calendar period unit (UTC; ISO weeks). */
  unit: PeriodUnitSchema.default('month'),
  /** First instant reported (default: the period of the first activity). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: activities at or after it are ignored (default: none ignored; report up to the last activity). */
  asOf: DateInputSchema.optional(),
  /** Activity kinds that count (default: all but join and leave). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default([...DEFAULT_ACTIVE_KINDS]),
  /** Minimum counted activities in a period to be active in it. */
  minCount: z.number().int().positive().default(1),
};

/** ms of an optional date. */
export function ms(d: Date | undefined): number | undefined {
  return d === undefined ? undefined : d.getTime();
}
