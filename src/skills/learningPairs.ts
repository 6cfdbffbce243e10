import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { duplicateIdIssues, fail, parseWith } from '../model/validate.js';
import { type SkillProfile, SkillProfileSchema } from './skillProfile.js';
import { type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * Options of {@link learningPairs}.
 *
 * @example
 * ```ts
 * LearningPairsOptionsSchema.parse({}); // → { maxPerTeacher: 2 }
 * ```
 */
export const LearningPairsOptionsSchema = z.strictObject({
  /** The most learners one teacher takes on in the plan. */
  maxPerTeacher: z.number().int().min(1).default(2),
  /** Only these skill ids (default: every skill of the framework). */
  skills: z.array(z.string()).optional(),
});

/** Options of {@link learningPairs}. */
export type LearningPairsOptions = z.input<typeof LearningPairsOptionsSchema>;

/**
 * One teacher → learner pair for one skill, with its score and reasons.
 *
 * @example
 * ```ts
 * LearningPairSchema.shape.score; // the level gap between teacher and learner
 * ```
 */
export const LearningPairSchema = z.object({
  skillId: z.string(),
  skillName: z.string(),
  teacherId: z.string(),
  learnerId: z.string(),
  teacherLevel: z.number(),
  learnerLevel: z.number(),
  /** Levels the teacher is ahead (larger is a clearer case). */
  score: z.number(),
  reasons: z.array(z.string()),
});

/** One teacher → learner pair. */
export type LearningPair = z.output<typeof LearningPairSchema>;

/**
 * Who could teach whom, skill by skill: every pair where the teacher is at the
 * scale's teaching level (proficient) or above and the learner below its
 * working level — with a score (how far ahead the teacher is) and the reasons.
 * Also a simple deterministic plan: each learner gets at most one teacher per
 * skill, no teacher more than `maxPerTeacher` learners, best scores first. For
 * an optimal plan, hand `candidates` to the matching module's assignment
 * solver. Unassessed learners are left out: they may already know the skill.
 *
 * Cost: O(s × m²) for s skills and m members.
 *
 * @param profiles - the team's profiles
 * @param framework - the framework whose skills to pair on
 * @param options - `maxPerTeacher`, `skills`
 * @returns `candidates` (every possible pair) and `plan` (a feasible selection)
 * @throws {@link ValidationError} when an option or profile is invalid, two profiles share a member id, or `skills` names a skill not in the framework
 *
 * @example
 * ```ts
 * const team = ['m-001', 'm-002', 'm-003', 'm-004', 'm-005'].map((id) => skillProfile(sampleCommunity(), id, { asOf: '2026-01-01' }));
 * learningPairs(team, cscceSkillsWheel).plan[0];
 * // → { skillId: 'cscce/communication/knowledge-brokering', teacherId: 'm-004', learnerId: 'm-002', teacherLevel: 4, learnerLevel: 1, score: 3, … }
 * ```
 */
export function learningPairs(
  profiles: readonly SkillProfile[],
  framework: SkillsFramework,
  options: LearningPairsOptions = {},
): { candidates: LearningPair[]; plan: LearningPair[] } {
  const ps = parseWith('learningPairs', z.array(SkillProfileSchema), profiles, 'profiles');
  const f = parseWith('learningPairs', SkillsFrameworkSchema, framework, 'framework');
  const opts = parseWith('learningPairs', LearningPairsOptionsSchema, options, 'options');
  const issues: ValidationIssue[] = duplicateIdIssues(
    ps.map((p) => p.memberId),
    (i) => `profiles[${i}].memberId`,
    'member',
  );
  const known = new Set(f.families.flatMap((fam) => fam.skills.map((s) => s.id)));
  opts.skills?.forEach((id, i) => {
    if (!known.has(id))
      issues.push({
        path: `options.skills[${i}]`,
        message: `no skill "${id}" in framework "${f.id}"`,
        code: 'unknown-reference',
      });
  });
  if (issues.length > 0) fail('learningPairs', issues);
  const only = opts.skills ? new Set(opts.skills) : undefined;
  const candidates: LearningPair[] = [];
  for (const fam of f.families)
    for (const skill of fam.skills) {
      if (only && !only.has(skill.id)) continue;
      const at = (p: SkillProfile): number | undefined => {
        const l = p.levels[skill.id];
        return l && l.frameworkId === f.id ? l.level : undefined;
      };
      for (const t of ps) {
        const tl = at(t);
        if (tl === undefined || tl < f.scale.teachingLevel) continue;
        for (const l of ps) {
          const ll = at(l);
          if (l === t || ll === undefined || ll >= f.scale.workingLevel) continue;
          const label = (i: number): string => f.scale.levels[i]?.id ?? String(i);
          candidates.push({
            skillId: skill.id,
            skillName: skill.name,
            teacherId: t.memberId,
            learnerId: l.memberId,
            teacherLevel: tl,
            learnerLevel: ll,
            score: tl - ll,
            reasons: [
              `${t.memberId} is ${label(tl)} in ${skill.name} (teaching level: ${label(f.scale.teachingLevel)} or above)`,
              `${l.memberId} is ${label(ll)} (below ${label(f.scale.workingLevel)})`,
              `${tl - ll} level${tl - ll === 1 ? '' : 's'} apart`,
            ],
          });
        }
      }
    }
  const order = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0) ||
      (a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0) ||
      (a.teacherId < b.teacherId ? -1 : 1),
  );
  const load = new Map<string, number>();
  const taught = new Set<string>();
  const plan: LearningPair[] = [];
  for (const c of order) {
    const key = `${c.learnerId}\u0000${c.skillId}`;
    if (taught.has(key) || (load.get(c.teacherId) ?? 0) >= opts.maxPerTeacher) continue;
    taught.add(key);
    load.set(c.teacherId, (load.get(c.teacherId) ?? 0) + 1);
    plan.push(c);
  }
  return { candidates, plan };
}
