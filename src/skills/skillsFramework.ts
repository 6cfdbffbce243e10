import { z } from 'zod';
import { IdSchema } from '../model/ids.js';
import { ProficiencyScaleSchema } from './proficiencyScale.js';

/**
 * One skill of a framework: a stable id (the contract), the published name
 * (for display), our own short description, and where the skill is defined.
 *
 * @example
 * ```ts
 * SkillSchema.parse({ id: 'cscce/interpersonal/mentoring', name: 'Mentoring', description: 'Guiding others as they grow.' });
 * ```
 */
export const SkillSchema = z.object({
  /** Stable id, `<prefix>/<family>/<slug>`. */
  id: IdSchema,
  /** The published name, exactly. */
  name: z.string().min(1),
  /** Our own short description. */
  description: z.string().default(''),
  /** Where the skill is defined (e.g. its CSCCE glossary page). */
  sourceUrl: z.url().optional(),
  /** Free tags. */
  tags: z.array(z.string()).default([]),
  /** Set when the published name could not be confirmed from the publisher's own pages. */
  uncertain: z.boolean().default(false),
  /** Why the name is uncertain, or other notes. */
  note: z.string().optional(),
});

/** One skill of a framework. */
export type Skill = z.output<typeof SkillSchema>;

/**
 * A skills framework: who published it and under what licence, its families
 * of skills, and the proficiency scale its assessments use.
 *
 * @example
 * ```ts
 * SkillsFrameworkSchema.shape.families; // families of skills, each non-empty
 * ```
 */
export const SkillsFrameworkSchema = z.object({
  /** Stable id, e.g. `cscce-skills-wheel`. */
  id: IdSchema,
  /** The published title. */
  name: z.string().min(1),
  /** Version or edition. */
  version: z.string().default('1'),
  /** Publisher. */
  publisher: z.string().default(''),
  /** Authors, in citation order. */
  authors: z.array(z.string()).default([]),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** DOI, when there is one. */
  doi: z.string().optional(),
  /** Where to read it. */
  url: z.url().optional(),
  /** Licence of the published framework, as stated (`unverified` when not confirmed). */
  licence: z.string().default('not stated'),
  /** False when the data holds only part of the published framework. */
  complete: z.boolean().default(true),
  /** Notes on what is verified and what is not. */
  notes: z.array(z.string()).default([]),
  /** Families (competencies) of skills. */
  families: z
    .array(
      z.object({
        id: IdSchema,
        name: z.string().min(1),
        description: z.string().default(''),
        /** Skills (may be empty only in a framework marked `complete: false`). */
        skills: z.array(SkillSchema),
      }),
    )
    .min(1, 'a framework needs at least one family'),
  /** The scale assessments in this framework use. */
  scale: ProficiencyScaleSchema,
});

/** A skills framework. */
export type SkillsFramework = z.output<typeof SkillsFrameworkSchema>;
/** A skills framework as accepted on input. */
export type SkillsFrameworkInput = z.input<typeof SkillsFrameworkSchema>;
