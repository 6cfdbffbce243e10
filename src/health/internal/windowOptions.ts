import { z } from 'zod';
import { ActivityKindSchema } from '../../model/activityKinds.js';
import { DateInputSchema } from '../../model/dateInput.js';
import { DEFAULT_ACTIVE_KINDS } from './options.js';

/** Options shared by the window metrics (one window [from, asOf)). */
export const windowOptionsShape = {
  /** Window start, inclusive (default: no limit). */
  from: DateInputSchema.optional(),
  /** Window end, exclusive: later activities are ignored (default: no limit). */
  asOf: DateInputSchema.optional(),
  /** Activity kinds that count as contributions (default: all but join and leave). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default([...DEFAULT_ACTIVE_KINDS]),
};

/** [from, to) in ms from parsed window options. */
export function windowOf(o: { from?: Date | undefined; asOf?: Date | undefined }): [number, number] {
  return [o.from?.getTime() ?? Number.NEGATIVE_INFINITY, o.asOf?.getTime() ?? Number.POSITIVE_INFINITY];
}
