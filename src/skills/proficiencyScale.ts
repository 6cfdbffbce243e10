import { z } from 'zod';
import { IdSchema } from '../model/ids.js';

/**
 * An ordered proficiency scale: levels from lowest (index 0) to highest, each
 * with an id, a label and a description.
 *
 * @example
 * ```ts
 * ProficiencyScaleSchema.parse({
 *   id: 'three',
 *   levels: [{ id: 'no', label: 'No' }, { id: 'some', label: 'Some' }, { id: 'yes', label: 'Yes' }],
 *   workingLevel: 1,
 *   teachingLevel: 2,
 * }).levels.length; // → 3
 * ```
 */
export const ProficiencyScaleSchema = z
  .object({
    /** Scale id. */
    id: IdSchema,
    /** Levels, lowest first (at least two). */
    levels: z
      .array(z.object({ id: IdSchema, label: z.string().min(1), description: z.string().default('') }))
      .min(2, 'a scale needs at least two levels'),
    /** Index of the level from which a person counts as able to do the work unaided. */
    workingLevel: z.number().int().min(0).default(2),
    /** Index of the level from which a person can teach others. */
    teachingLevel: z.number().int().min(0).default(3),
  })
  .superRefine((scale, ctx) => {
    const seen = new Set<string>();
    scale.levels.forEach((level, i) => {
      if (seen.has(level.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate level id "${level.id}"`,
          path: ['levels', i, 'id'],
        });
      seen.add(level.id);
    });
    if (scale.workingLevel >= scale.levels.length)
      ctx.addIssue({
        code: 'custom',
        message: 'workingLevel is beyond the last level',
        path: ['workingLevel'],
      });
    if (scale.teachingLevel >= scale.levels.length)
      ctx.addIssue({
        code: 'custom',
        message: 'teachingLevel is beyond the last level',
        path: ['teachingLevel'],
      });
  });

/** An ordered proficiency scale. */
export type ProficiencyScale = z.output<typeof ProficiencyScaleSchema>;

/**
 * community-kit's default five-level scale — **our own**: neither the CSCCE
 * Skills Wheel nor the Community Roundtable framework publishes proficiency
 * levels. none (0), aware (1), working (2), proficient (3), expert (4);
 * "working" is the level from which someone does the work unaided, and
 * "proficient" the level from which they can teach it.
 *
 * @example
 * ```ts
 * defaultProficiencyScale.levels.map((l) => l.id); // → ['none', 'aware', 'working', 'proficient', 'expert']
 * ```
 */
export const defaultProficiencyScale: ProficiencyScale = {
  id: 'community-kit-default',
  levels: [
    { id: 'none', label: 'None', description: 'No experience of the skill.' },
    {
      id: 'aware',
      label: 'Aware',
      description: 'Knows what the skill involves and why it matters; has not practised it.',
    },
    { id: 'working', label: 'Working', description: 'Does the work unaided in ordinary situations.' },
    {
      id: 'proficient',
      label: 'Proficient',
      description: 'Handles hard cases, adapts the practice to the situation, and can teach it.',
    },
    {
      id: 'expert',
      label: 'Expert',
      description: 'Shapes how others practise the skill; recognised beyond the community.',
    },
  ],
  workingLevel: 2,
  teachingLevel: 3,
};
