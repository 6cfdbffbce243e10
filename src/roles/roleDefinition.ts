import { z } from 'zod';
import { IdSchema } from '../model/ids.js';
import { SkillRequirementSchema } from '../skills/skillRequirement.js';

/**
 * Where a definition comes from: title, author or organisation, year, URL and
 * licence. Built-in roles cite the text they paraphrase.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ title: 'Our community handbook', author: 'Us', year: 2025, url: 'https://example.org/handbook', licence: 'CC BY 4.0' });
 * ```
 */
export const SourceSchema = z.object({
  /** Title of the source text. */
  title: z.string().min(1),
  /** Author or organisation. */
  author: z.string().min(1),
  /** Year of publication, when known. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Where to read it. */
  url: z.url().optional(),
  /** Licence of the source text, as stated (or `not stated`). */
  licence: z.string().default('not stated'),
});

/** Where a definition comes from. */
export type Source = z.output<typeof SourceSchema>;

/** Reporting cadences a role can have (how often it reports to its `reportsTo`). */
export const ReportingCadenceSchema = z.enum(['weekly', 'monthly', 'quarterly', 'yearly']);

/** A reporting cadence. */
export type ReportingCadence = z.output<typeof ReportingCadenceSchema>;

/**
 * A role in a community: what it is for, what it does, how much time it takes,
 * who it reports to and how often, how many may hold it, who can hold it, the
 * skills it needs and where the definition comes from. Roles are defined
 * before they are assigned.
 *
 * @example
 * ```ts
 * RoleDefinitionSchema.parse({ id: 'event-lead', name: 'Event Lead', summary: 'Runs our events.', source: { title: 'Our handbook', author: 'Us' } });
 * ```
 */
export const RoleDefinitionSchema = z.object({
  /** Stable kebab-case id, e.g. `community-manager`. */
  id: IdSchema,
  /** The published name, exactly. */
  name: z.string().min(1).max(200),
  /** One or two sentences in our own words. */
  summary: z.string().min(1).max(2000),
  /** What the holder is accountable for. */
  responsibilities: z.array(z.string().min(1)).default([]),
  /** Areas of work the role covers. */
  scope: z.array(z.string().min(1)).default([]),
  /** Ids of tasks (from a task catalogue) the role usually does. */
  tasks: z.array(IdSchema).default([]),
  /** Whether the role belongs to the core team (people for whom the community is part of the job). */
  coreTeam: z.boolean().default(false),
  /** Typical allocation range as a fraction of a full-time week. */
  allocation: z
    .object({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
    .refine((a) => a.min <= a.max, { message: 'min must not exceed max', path: ['max'] })
    .default({ min: 0, max: 1 }),
  /** The role this one reports to, if any (a role id in the same catalogue). */
  reportsTo: IdSchema.optional(),
  /** How often it reports to `reportsTo`. */
  reportingCadence: ReportingCadenceSchema.optional(),
  /** How many people may hold it at once, and how many are recommended. */
  holders: z
    .object({
      min: z.number().int().min(0).default(1),
      max: z.number().int().min(1).optional(),
      recommended: z.number().int().min(0).optional(),
    })
    .refine((h) => h.max === undefined || h.min <= h.max, {
      message: 'min must not exceed max',
      path: ['max'],
    })
    .default({ min: 1 }),
  /** Whether it can be held intermittently (called in when needed). */
  intermittent: z.boolean().default(false),
  /** Whether someone from outside the community (another department) can hold it. */
  external: z.boolean().default(false),
  /** Whether every community should have it (used by role coverage). */
  recommended: z.boolean().default(false),
  /** Skills needed, with levels (see `SkillRequirementSchema` in the skills module). */
  skills: z.array(SkillRequirementSchema).default([]),
  /** Where the definition comes from. */
  source: SourceSchema,
  /** Notes on how this role relates to others (e.g. which it grows out of). */
  relations: z.array(z.string()).default([]),
  /** Challenges people in the role commonly meet. */
  challenges: z.array(z.string()).default([]),
});

/** A role definition (parsed, defaults filled in). */
export type RoleDefinition = z.output<typeof RoleDefinitionSchema>;
/** A role definition as accepted on input. */
export type RoleDefinitionInput = z.input<typeof RoleDefinitionSchema>;
