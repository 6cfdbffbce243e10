import { z } from 'zod';
import { DateInputSchema } from './dateInput.js';
import { IdSchema } from './ids.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * Who made an assessment: the member themself, a peer (with the assessor's
 * id), a manager, or the library from activity (`derived`).
 *
 * @example
 * ```ts
 * AssessmentSourceSchema.parse('peer'); // → 'peer'
 * ```
 */
export const AssessmentSourceSchema = z.enum(['self', 'peer', 'manager', 'derived']);

/** Who made an assessment. */
export type AssessmentSource = z.output<typeof AssessmentSourceSchema>;

/**
 * One judgement of a member's level in one skill of a framework. `level` is a
 * level id of the framework's proficiency scale (`'working'`) or its index
 * (0 = the lowest level); the skills module resolves it against the scale.
 *
 * @example
 * ```ts
 * SkillAssessmentSchema.parse({ memberId: 'm-1', frameworkId: 'cscce-skills-wheel', skillId: 'cscce/interpersonal/mentoring', level: 'working', assessedAt: '2024-05-01', source: 'self' });
 * ```
 */
export const SkillAssessmentSchema = z
  .object({
    /** The member assessed. */
    memberId: IdSchema,
    /** The framework the skill belongs to. */
    frameworkId: IdSchema,
    /** The skill's id in that framework. */
    skillId: IdSchema,
    /** A level id of the framework's scale, or its 0-based index. */
    level: z.union([z.number().int().min(0).max(100), IdSchema], {
      error: 'expected a level id of the scale (e.g. "working") or its 0-based index (an integer)',
    }),
    /** When the assessment was made. */
    assessedAt: DateInputSchema,
    /** Who made it. */
    source: AssessmentSourceSchema,
    /** The assessor's member id (required for peer assessments). */
    assessorId: IdSchema.optional(),
    /** Free-text evidence or a link. */
    evidence: z.string().max(10_000).optional(),
    /** Where it was read from (set by importers). */
    provenance: ProvenanceSchema.optional(),
  })
  .refine((a) => a.source !== 'peer' || a.assessorId !== undefined, {
    message: 'a peer assessment needs assessorId',
    path: ['assessorId'],
  });

/** A skill assessment (parsed). */
export type SkillAssessment = z.output<typeof SkillAssessmentSchema>;
/** A skill assessment as accepted on input. */
export type SkillAssessmentInput = z.input<typeof SkillAssessmentSchema>;
