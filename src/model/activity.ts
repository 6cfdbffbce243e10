import { z } from 'zod';
import { ActivityKindSchema } from './activityKinds.js';
import { DateInputSchema } from './dateInput.js';
import { IdSchema, LabelSchema } from './ids.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * One thing a member did, at a moment, of a kind (see
 * {@link ACTIVITY_KIND_MEANINGS}), optionally in a channel and a thread, and
 * optionally answering another activity (`replyTo`).
 *
 * @example
 * ```ts
 * ActivitySchema.parse({ id: 'a-2', memberId: 'm-2', at: '2024-03-01T10:00:00Z', kind: 'answer', thread: 't-1', replyTo: 'a-1' });
 * ```
 */
export const ActivitySchema = z.object({
  /** Unique activity id. */
  id: IdSchema,
  /** The member who acted. */
  memberId: IdSchema,
  /** When. */
  at: DateInputSchema,
  /** What kind of activity. */
  kind: ActivityKindSchema,
  /** Where: a channel, list, forum category or repository. */
  channel: LabelSchema.optional(),
  /** The conversation, issue or artefact this belongs to. */
  thread: IdSchema.optional(),
  /** The activity this one answers (must exist in the community). */
  replyTo: IdSchema.optional(),
  /** A weight (e.g. size of a contribution); metrics that use weights read an absent weight as 1. */
  weight: z.number().finite().positive().optional(),
  /** Topics this activity concerns. */
  topics: z.array(LabelSchema).max(100).default([]),
  /** Optional text (used by expertise search when enabled). */
  text: z.string().max(100_000).optional(),
  /** Where it was read from (set by importers; see {@link ProvenanceSchema}). */
  provenance: ProvenanceSchema.optional(),
});

/** One thing a member did (parsed). */
export type Activity = z.output<typeof ActivitySchema>;
/** An activity as accepted on input. */
export type ActivityInput = z.input<typeof ActivitySchema>;
