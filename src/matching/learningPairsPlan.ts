import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { type LearningPair, LearningPairSchema } from '../skills/learningPairs.js';
import { solveAssignment } from './solveAssignment.js';

/**
 * Options of {@link learningPairsPlan}.
 *
 * @example
 * ```ts
 * LearningPairsPlanOptionsSchema.parse({}); // → { maxPerTeacher: 2 }
 * ```
 */
export const LearningPairsPlanOptionsSchema = z.strictObject({
  /** The most learner–skill pairs a teacher takes on. */
  maxPerTeacher: z.number().int().min(1).default(2),
});

/** Options of {@link learningPairsPlan}. */
export type LearningPairsPlanOptions = z.input<typeof LearningPairsPlanOptionsSchema>;

/**
 * The optimal learning plan from the skills module's teacher → learner
 * candidates (`learningPairs(...).candidates`): each (learner, skill) gets at
 * most one teacher, each teacher at most `maxPerTeacher` learners, and the
 * total score (how far teachers are ahead) is as large as possible — solved
 * exactly as an assignment problem (each teacher is `maxPerTeacher` columns).
 *
 * @param candidates - teacher → learner pairs with scores
 * @param options - `maxPerTeacher`
 * @returns the chosen pairs, sorted by learner, then skill
 * @throws {@link ValidationError} when a candidate is malformed
 *
 * @example
 * ```ts
 * const team = ['m-001', 'm-002', 'm-003', 'm-004', 'm-005'].map((id) => skillProfile(sampleCommunity(), id, { asOf: '2026-01-01' }));
 * learningPairsPlan(learningPairs(team, cscceSkillsWheel).candidates, { maxPerTeacher: 2 }).length; // → 10
 * ```
 */
export function learningPairsPlan(
  candidates: readonly LearningPair[],
  options: LearningPairsPlanOptions = {},
): LearningPair[] {
  const list = parseWith('learningPairsPlan', z.array(LearningPairSchema), candidates, 'candidates');
  const { maxPerTeacher } = parseWith(
    'learningPairsPlan',
    LearningPairsPlanOptionsSchema,
    options,
    'options',
  );
  const rows = [...new Set(list.map((c) => `${c.learnerId}\u0000${c.skillId}`))].sort();
  const teachers = [...new Set(list.map((c) => c.teacherId))].sort();
  if (rows.length === 0) return [];
  const rowAt = new Map(rows.map((r, i) => [r, i]));
  const cols = teachers.length * maxPerTeacher;
  const data = new Float64Array(rows.length * cols).fill(Number.NEGATIVE_INFINITY);
  const pick = new Map<string, LearningPair>();
  for (const c of list) {
    const i = rowAt.get(`${c.learnerId}\u0000${c.skillId}`) as number;
    const t = teachers.indexOf(c.teacherId);
    for (let k = 0; k < maxPerTeacher; k++) data[i * cols + t * maxPerTeacher + k] = c.score;
    pick.set(`${i}\u0000${t}`, c);
  }
  const { assignment } = solveAssignment({ rows: rows.length, cols, data }, { maximize: true });
  return assignment
    .map((c, i) => (c < 0 ? undefined : pick.get(`${i}\u0000${Math.floor(c / maxPerTeacher)}`)))
    .filter((x): x is LearningPair => x !== undefined);
}
