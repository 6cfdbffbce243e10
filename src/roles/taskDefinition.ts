import { z } from 'zod';
import { IdSchema } from '../model/ids.js';

/**
 * How often a recurring task typically happens.
 *
 * @example
 * ```ts
 * TaskCadenceSchema.parse('monthly'); // → 'monthly'
 * ```
 */
export const TaskCadenceSchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'as-needed']);

/** How often a task typically happens. */
export type TaskCadence = z.output<typeof TaskCadenceSchema>;

/**
 * A recurring task of community management: what it is, how often it
 * typically happens, which roles usually own it and which skills it
 * exercises.
 *
 * @example
 * ```ts
 * TaskDefinitionSchema.parse({ id: 'host-community-calls', name: 'Organise and host community calls', cadence: 'monthly', owners: ['community-manager'] });
 * ```
 */
export const TaskDefinitionSchema = z.object({
  /** Stable kebab-case id. */
  id: IdSchema,
  /** Short name. */
  name: z.string().min(1),
  /** What the task involves, in our own words. */
  description: z.string().default(''),
  /** Typical cadence. */
  cadence: TaskCadenceSchema,
  /** Role ids that usually own it. */
  owners: z.array(IdSchema).default([]),
  /** Skill ids it exercises. */
  skills: z.array(IdSchema).default([]),
});

/** A recurring task. */
export type TaskDefinition = z.output<typeof TaskDefinitionSchema>;
