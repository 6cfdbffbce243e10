import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { fail, parseWith } from '../model/validate.js';
import { communityMaturityModel } from './communityMaturityModel.js';

const STAGE_IDS = communityMaturityModel.stages.map((s) => s.id) as string[];
const COMPETENCY_IDS = communityMaturityModel.competencies.map((c) => c.id) as string[];

/**
 * Answers to the maturity self-assessment: for each competency id, the stage
 * the community is at — a number 1–4 or a stage id (`emergent-community`).
 *
 * @example
 * ```ts
 * MaturityAnswersSchema.parse({ strategy: 2, tools: 'community' });
 * ```
 */
export const MaturityAnswersSchema = z.record(
  z.string(),
  z.union([z.number().int().min(1).max(4), z.string()]),
);

/** Answers to the maturity self-assessment. */
export type MaturityAnswers = z.input<typeof MaturityAnswersSchema>;

/**
 * Result of {@link assessMaturity}.
 *
 * @example
 * ```ts
 * MaturityAssessmentSchema.shape.weakest; // competencies at the lowest stage
 * ```
 */
export const MaturityAssessmentSchema = z.object({
  competencies: z.array(
    z.object({ id: z.string(), name: z.string(), stage: z.number(), stageName: z.string() }),
  ),
  /** Median stage (lower median), its name, and the mean. */
  overall: z.object({ stage: z.number(), stageName: z.string(), mean: z.number() }),
  /** Competencies at the lowest stage answered: where to work first. */
  weakest: z.array(z.string()),
  /** Competencies with no answer. */
  unanswered: z.array(z.string()),
});

/** Result of {@link assessMaturity}. */
export type MaturityAssessment = z.output<typeof MaturityAssessmentSchema>;

/**
 * A community-level self-assessment against the Community Maturity Model:
 * the stage per competency, the overall profile (median stage and mean), and
 * the weakest competencies to work on. Competencies left unanswered are
 * listed, not guessed.
 *
 * @param answers - stage (1–4 or stage id) per competency id
 * @returns the profile
 * @throws {@link ValidationError} for an unknown competency or stage, or no answers at all
 *
 * @example
 * ```ts
 * assessMaturity({ strategy: 2, leadership: 3, culture: 2, 'community-management': 3, 'content-and-programming': 3, 'policies-and-governance': 1, tools: 3, 'metrics-and-measurement': 1 });
 * // → { overall: { stage: 2, stageName: 'Emergent Community', mean: 2.25 }, weakest: ['policies-and-governance', 'metrics-and-measurement'], … }
 * ```
 */
export function assessMaturity(answers: MaturityAnswers): MaturityAssessment {
  const parsed = parseWith('assessMaturity', MaturityAnswersSchema, answers, 'answers');
  const issues: ValidationIssue[] = [];
  const stages = new Map<string, number>();
  for (const [id, value] of Object.entries(parsed)) {
    if (!COMPETENCY_IDS.includes(id)) {
      issues.push({
        path: `answers[${JSON.stringify(id)}]`,
        message: `no competency "${id}"; competencies: ${COMPETENCY_IDS.join(', ')}`,
        code: 'unknown-reference',
      });
      continue;
    }
    const stage = typeof value === 'number' ? value : STAGE_IDS.indexOf(value) + 1;
    if (stage < 1) {
      issues.push({
        path: `answers.${id}`,
        message: `no stage "${value}"; stages: 1–4 or ${STAGE_IDS.join(', ')}`,
        code: 'invalid-input',
      });
      continue;
    }
    stages.set(id, stage);
  }
  if (issues.length === 0 && stages.size === 0)
    issues.push({ path: 'answers', message: 'no competency was answered', code: 'empty-input' });
  if (issues.length > 0) fail('assessMaturity', issues);
  const stageName = (n: number): string => communityMaturityModel.stages[n - 1]?.name ?? String(n);
  const competencies = communityMaturityModel.competencies
    .filter((c) => stages.has(c.id))
    .map((c) => ({
      id: c.id,
      name: c.name,
      stage: stages.get(c.id) as number,
      stageName: stageName(stages.get(c.id) as number),
    }));
  const sorted = competencies.map((c) => c.stage).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  const min = sorted[0] as number;
  return {
    competencies,
    overall: {
      stage: median,
      stageName: stageName(median),
      mean: sorted.reduce((s, x) => s + x, 0) / sorted.length,
    },
    weakest: competencies.filter((c) => c.stage === min).map((c) => c.id),
    unanswered: COMPETENCY_IDS.filter((id) => !stages.has(id)),
  };
}
