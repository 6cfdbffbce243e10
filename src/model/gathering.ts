import { z } from 'zod';
import { DateInputSchema } from './dateInput.js';
import { IdSchema, LabelSchema } from './ids.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * The kinds of gathering a community holds.
 *
 * @example
 * ```ts
 * GatheringKindSchema.parse('office-hours'); // → 'office-hours'
 * ```
 */
export const GatheringKindSchema = z.enum([
  'community-call',
  'workshop',
  'training',
  'meetup',
  'conference',
  'hackathon',
  'social',
  'office-hours',
]);

/** The kind of a gathering. */
export type GatheringKind = z.output<typeof GatheringKindSchema>;

/**
 * A gathering: a call, workshop, training, meetup, conference, hackathon,
 * social or office hours — who hosted, spoke, registered and attended.
 *
 * @example
 * ```ts
 * GatheringSchema.parse({ id: 'g-1', title: 'March call', kind: 'community-call', start: '2024-03-05T15:00:00Z', attended: ['m-1', 'm-2'] });
 * ```
 */
export const GatheringSchema = z.object({
  /** Unique gathering id. */
  id: IdSchema,
  /** Title. */
  title: z.string().max(1000),
  /** What kind of gathering. */
  kind: GatheringKindSchema,
  /** Start time. */
  start: DateInputSchema,
  /** End time (not before `start`). */
  end: DateInputSchema.optional(),
  /** Members who hosted. */
  hosts: z.array(IdSchema).default([]),
  /** Members who spoke or presented. */
  speakers: z.array(IdSchema).default([]),
  /** Members who registered. */
  registered: z.array(IdSchema).default([]),
  /** Members who attended. */
  attended: z.array(IdSchema).default([]),
  /** Topics covered. */
  topics: z.array(LabelSchema).max(100).default([]),
  /** Online, in person or both. */
  format: z.enum(['online', 'in-person', 'hybrid']).default('online'),
  /** Where it was read from (set by importers). */
  provenance: ProvenanceSchema.optional(),
});

/** A gathering (parsed). */
export type Gathering = z.output<typeof GatheringSchema>;
/** A gathering as accepted on input. */
export type GatheringInput = z.input<typeof GatheringSchema>;
