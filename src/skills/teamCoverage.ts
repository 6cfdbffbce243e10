import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { duplicateIdIssues, fail, parseWith } from '../model/validate.js';
import { indexFrameworks } from './internal/frameworkIndex.js';
import { resolveRequirements } from './internal/requirements.js';
import { type SkillProfile, SkillProfileSchema } from './skillProfile.js';
import { SkillRequirementSchema } from './skillRequirement.js';
import { type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * Options of {@link teamCoverage}.
 *
 * @example
 * ```ts
 * TeamCoverageOptionsSchema.parse({}); // → {}
 * ```
 */
export const TeamCoverageOptionsSchema = z.strictObject({
  /** Only these skills, each at its own level (default: every skill at the scale's working level). */
  requirements: z.array(SkillRequirementSchema).optional(),
});

/** Options of {@link teamCoverage}. */
export type TeamCoverageOptions = z.input<typeof TeamCoverageOptionsSchema>;

/**
 * Result of {@link teamCoverage}: the data behind a skills heat map.
 *
 * @example
 * ```ts
 * TeamCoverageSchema.shape.uncovered; // skills nobody holds at the needed level
 * ```
 */
export const TeamCoverageSchema = z.object({
  frameworkId: z.string(),
  members: z.array(z.string()),
  /** Members with no assessment in this framework (their cells are null: unknown, not zero). */
  unassessed: z.array(z.string()),
  skills: z.array(
    z.object({
      skillId: z.string(),
      name: z.string(),
      familyId: z.string(),
      /** The level that counts as covered. */
      needed: z.number(),
      /** Level per member (null when not assessed), in `members` order. */
      levels: z.array(z.number().nullable()),
      /** Members at or above `needed`. */
      holders: z.array(z.string()),
    }),
  ),
  /** Skills someone was assessed in but nobody holds at the needed level. */
  uncovered: z.array(z.string()),
  /** Skills nobody in the team was assessed in: unknown, not absent. */
  notAssessed: z.array(z.string()),
  /** Skills exactly one member holds: a single point of failure. */
  singleHolder: z.array(z.object({ skillId: z.string(), memberId: z.string() })),
  /** Per family: how many of its skills are covered. */
  families: z.array(
    z.object({
      familyId: z.string(),
      name: z.string(),
      skills: z.number(),
      covered: z.number(),
      share: z.number(),
    }),
  ),
});

/** Result of {@link teamCoverage}. */
export type TeamCoverage = z.output<typeof TeamCoverageSchema>;

/**
 * What a team covers of a framework: the skill × member matrix of levels, the
 * skills nobody holds at working level (or at the level a requirement sets) —
 * separated from the skills nobody was even assessed in, which are unknown —
 * the skills only one person holds (single points of failure), and coverage
 * per family. An empty team covers nothing (every skill is not assessed); members
 * with no assessments are listed as `unassessed`, and their cells are `null`.
 *
 * Cost: O(m × s) for m members and s skills.
 *
 * @param profiles - the team's profiles (from `skillProfile`)
 * @param framework - the framework to cover
 * @param options - `requirements`, to check only some skills at their own levels
 * @returns the coverage matrix and its summaries
 * @throws {@link ValidationError} when a requirement names a skill or level not in the framework, or two profiles share a member id
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const team = ['m-001', 'm-002', 'm-003'].map((id) => skillProfile(community, id, { asOf: '2026-01-01' }));
 * teamCoverage(team, cscceSkillsWheel).uncovered.length; // → 4 — wheel skills nobody holds at "working"
 * ```
 */
export function teamCoverage(
  profiles: readonly SkillProfile[],
  framework: SkillsFramework,
  options: TeamCoverageOptions = {},
): TeamCoverage {
  const ps = parseWith('teamCoverage', z.array(SkillProfileSchema), profiles, 'profiles');
  const f = parseWith('teamCoverage', SkillsFrameworkSchema, framework, 'framework');
  const opts = parseWith('teamCoverage', TeamCoverageOptionsSchema, options, 'options');
  const issues: ValidationIssue[] = duplicateIdIssues(
    ps.map((p) => p.memberId),
    (i) => `profiles[${i}].memberId`,
    'member',
  );
  const index = indexFrameworks([f]);
  const wanted = opts.requirements
    ? resolveRequirements(index, opts.requirements, 'options.requirements', issues).map((r) => ({
        skillId: r.skillId,
        name: r.name,
        familyId: r.familyId,
        needed: r.required,
      }))
    : f.families.flatMap((fam) =>
        fam.skills.map((s) => ({
          skillId: s.id,
          name: s.name,
          familyId: fam.id,
          needed: f.scale.workingLevel,
        })),
      );
  if (issues.length > 0) fail('teamCoverage', issues);
  const members = ps.map((p) => p.memberId);
  const skills = wanted.map((w) => {
    const levels = ps.map((p) => {
      const l = p.levels[w.skillId];
      return l && l.frameworkId === f.id ? l.level : null;
    });
    const holders = members.filter((_, i) => (levels[i] ?? -1) >= w.needed);
    return { ...w, levels, holders };
  });
  const families = f.families
    .map((fam) => {
      const own = skills.filter((s) => s.familyId === fam.id);
      const covered = own.filter((s) => s.holders.length > 0).length;
      return {
        familyId: fam.id,
        name: fam.name,
        skills: own.length,
        covered,
        share: own.length === 0 ? 0 : covered / own.length,
      };
    })
    .filter((fam) => fam.skills > 0);
  return {
    frameworkId: f.id,
    members,
    unassessed: ps
      .filter((p) => !Object.values(p.levels).some((l) => l.frameworkId === f.id))
      .map((p) => p.memberId),
    skills,
    uncovered: skills
      .filter((s) => s.holders.length === 0 && s.levels.some((l) => l !== null))
      .map((s) => s.skillId),
    notAssessed: skills.filter((s) => s.levels.every((l) => l === null)).map((s) => s.skillId),
    singleHolder: skills
      .filter((s) => s.holders.length === 1)
      .map((s) => ({ skillId: s.skillId, memberId: s.holders[0] as string })),
    families,
  };
}
