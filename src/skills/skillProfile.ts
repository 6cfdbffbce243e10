import { match } from 'ts-pattern';
import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import type { ValidationIssue } from '../model/errors.js';
import { IdSchema } from '../model/ids.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import {
  type AssessmentSource,
  AssessmentSourceSchema,
  type SkillAssessment,
} from '../model/skillAssessment.js';
import { fail, parseWith } from '../model/validate.js';
import { assessmentLevel, indexFrameworks } from './internal/frameworkIndex.js';
import { frameworksOption } from './internal/frameworksOption.js';

const DAY = 86_400_000;

/** Plain code-unit order (not locale-dependent, so the output is the same everywhere). */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Options of {@link skillProfile}.
 *
 * @example
 * ```ts
 * SkillProfileOptionsSchema.parse({ asOf: '2026-01-01' }); // → { asOf: Date 2026-01-01, combine: 'trusted-source', staleAfterDays: 730, frameworks: […] }
 * ```
 */
export const SkillProfileOptionsSchema = z.strictObject({
  /** Assessments after this instant are ignored; ages are measured from it. */
  asOf: DateInputSchema,
  /**
   * How sources are combined. `trusted-source` (default): the manager's latest
   * assessment, else the median of the peers' latest (one per assessor, lower
   * median), else the self-assessment, else a derived one. `latest`: the most
   * recent assessment of any human source (derived only when there is none).
   * `max`: the highest level among the latest per source.
   */
  combine: z.enum(['trusted-source', 'latest', 'max']).default('trusted-source'),
  /** Assessments older than this are stale: used only when nothing fresher exists, and flagged. */
  staleAfterDays: z
    .number()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(730),
  /** Frameworks the assessments refer to (default: the built-in ones); their ids must be unique. */
  frameworks: frameworksOption(),
});

/** Options of {@link skillProfile}. */
export type SkillProfileOptions = z.input<typeof SkillProfileOptionsSchema>;

/**
 * A member's level in one skill, with the assessments behind it.
 *
 * @example
 * ```ts
 * SkillLevelSchema.shape.evidence; // the assessments considered, newest first
 * ```
 */
export const SkillLevelSchema = z.object({
  frameworkId: z.string(),
  skillId: z.string(),
  /** Level index on the framework's scale. */
  level: z.number(),
  /** Level id on the framework's scale. */
  levelId: z.string(),
  /** The source the level was taken from. */
  source: AssessmentSourceSchema,
  /** True when every assessment used is older than `staleAfterDays`. */
  stale: z.boolean(),
  /** The latest assessment per source (and per assessor for peers), newest first. */
  evidence: z.array(
    z.object({
      source: AssessmentSourceSchema,
      level: z.number(),
      assessedAt: z.string(),
      ageDays: z.number(),
      assessorId: z.string().optional(),
      used: z.boolean(),
    }),
  ),
});

/** A member's level in one skill. */
export type SkillLevel = z.output<typeof SkillLevelSchema>;

/**
 * A member's skill profile: their level per skill (keyed by skill id), each
 * with its evidence. A member with no assessments has `assessed: false` and no
 * levels — unassessed, which is not the same as unskilled.
 *
 * @example
 * ```ts
 * SkillProfileSchema.parse({ memberId: 'm-1', asOf: '2026-01-01T00:00:00.000Z', assessed: false, levels: {} });
 * ```
 */
export const SkillProfileSchema = z.object({
  memberId: z.string(),
  asOf: z.string(),
  assessed: z.boolean(),
  levels: z.record(z.string(), SkillLevelSchema),
});

/** A member's skill profile. */
export type SkillProfile = z.output<typeof SkillProfileSchema>;

const PRIORITY: Record<AssessmentSource, number> = { manager: 0, peer: 1, self: 2, derived: 3 };

/**
 * A member's skill profile from their assessments: per skill, the latest
 * assessment per source (per assessor for peers), combined across sources by
 * a documented rule — by default the manager's view, else the peers' median,
 * else the self-assessment, else a derived level (derived levels are never
 * mixed with human ones: they count only when no human assessed the skill
 * within `staleAfterDays`, and say so in `source`). Assessments older than
 * `staleAfterDays` (730) are used only when nothing fresher exists, and the
 * level is then flagged `stale`; the stale ones stay in `evidence`.
 * Two assessments from one source at the same instant count as the lower of
 * the two, so the profile does not depend on the order of the input.
 *
 * Cost: O(a log a) for a assessments.
 *
 * @param source - a community, or its skill assessments
 * @param memberId - whose profile
 * @param options - `asOf` (required), `combine`, `staleAfterDays`, `frameworks`
 * @returns the profile (`assessed: false` for a member with no assessments)
 * @throws {@link ValidationError} when an assessment names an unknown framework or skill, or a level off the scale, or two frameworks share an id
 *
 * @example
 * ```ts
 * const p = skillProfile(sampleCommunity(), 'm-002', { asOf: '2026-01-01' });
 * p.levels['cscce/interpersonal/mentoring']?.source; // → 'peer' — a peer's view outranks the self-assessment
 * ```
 */
export function skillProfile(
  source: Community | readonly SkillAssessment[],
  memberId: string,
  options: SkillProfileOptions,
): SkillProfile {
  const opts = parseWith('skillProfile', SkillProfileOptionsSchema, options, 'options');
  parseWith('skillProfile', IdSchema, memberId, 'memberId');
  const community = Array.isArray(source) ? { skillAssessments: source } : source;
  requireParsedCommunity('skillProfile', community, 'source', ['skillAssessments']);
  const issues: ValidationIssue[] = [];
  const profile = profileFrom(
    community.skillAssessments,
    undefined,
    memberId,
    opts,
    indexFrameworks(opts.frameworks),
    issues,
  );
  if (issues.length > 0) fail('skillProfile', issues);
  return profile;
}

/**
 * The skill profiles of many members at once, by {@link skillProfile}'s rule
 * and with its options: the same profiles as calling it for each member, in
 * one pass over the assessments (O(a log a + m) rather than O(m × a)), for a
 * report or a ranking over every member.
 *
 * @param source - a community, or its skill assessments
 * @param memberIds - whose profiles (duplicates allowed)
 * @param options - as for {@link skillProfile}
 * @returns one profile per id, in the order given
 * @throws {@link ValidationError} as {@link skillProfile} does, naming the first bad assessment of any of these members
 *
 * @example
 * ```ts
 * const [a, b] = skillProfiles(sampleCommunity(), ['m-002', 'nobody'], { asOf: '2026-01-01' });
 * a?.levels['cscce/interpersonal/mentoring']?.source; // → 'peer'
 * b?.assessed; // → false
 * ```
 */
export function skillProfiles(
  source: Community | readonly SkillAssessment[],
  memberIds: readonly string[],
  options: SkillProfileOptions,
): SkillProfile[] {
  const opts = parseWith('skillProfiles', SkillProfileOptionsSchema, options, 'options');
  parseWith('skillProfiles', z.array(IdSchema), memberIds, 'memberIds');
  const community = Array.isArray(source) ? { skillAssessments: source } : source;
  requireParsedCommunity('skillProfiles', community, 'source', ['skillAssessments']);
  const all = community.skillAssessments;
  const wanted = new Set(memberIds);
  const byMember = new Map<string, number[]>();
  all.forEach((a, i) => {
    if (!wanted.has(a.memberId)) return;
    const list = byMember.get(a.memberId);
    if (list === undefined) byMember.set(a.memberId, [i]);
    else list.push(i);
  });
  const index = indexFrameworks(opts.frameworks);
  const issues: ValidationIssue[] = [];
  const memo = new Map<string, SkillProfile>();
  const out = memberIds.map((id) => {
    let p = memo.get(id);
    if (p === undefined) {
      p = profileFrom(all, byMember.get(id) ?? [], id, opts, index, issues);
      memo.set(id, p);
    }
    return p;
  });
  if (issues.length > 0) fail('skillProfiles', issues);
  return out;
}

/**
 * The rule behind {@link skillProfile}: `memberId`'s profile from the
 * assessments of `all` at `indices` (every index when undefined; others'
 * assessments are skipped). Problems go to `issues`, named by their index in `all`.
 */
function profileFrom(
  all: readonly SkillAssessment[],
  indices: readonly number[] | undefined,
  memberId: string,
  opts: z.output<typeof SkillProfileOptionsSchema>,
  index: ReturnType<typeof indexFrameworks>,
  issues: ValidationIssue[],
): SkillProfile {
  const t = opts.asOf.getTime();
  type Item = { a: SkillAssessment; level: number; ageDays: number };
  const bySkill = new Map<string, Item[]>();
  const take = (a: SkillAssessment, i: number): void => {
    if (a.memberId !== memberId || a.assessedAt.getTime() > t) return;
    const r = assessmentLevel(index, a, `assessments[${i}]`);
    if ('issue' in r) {
      issues.push(r.issue);
      return;
    }
    const key = `${a.frameworkId}\u0000${a.skillId}`;
    const list = bySkill.get(key) ?? [];
    list.push({ a, level: r.level, ageDays: Math.floor((t - a.assessedAt.getTime()) / DAY) });
    bySkill.set(key, list);
  };
  if (indices === undefined) all.forEach(take);
  else for (const i of indices) take(all[i] as SkillAssessment, i);

  const levels: Record<string, SkillLevel> = {};
  for (const [key, items] of [...bySkill].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // Latest per source, and per assessor for peers.
    const latest = new Map<string, Item>();
    for (const it of items) {
      const k = it.a.source === 'peer' ? `peer:${it.a.assessorId}` : it.a.source;
      const prev = latest.get(k);
      // Newer wins; two from one source at the same instant: the lower level (the cautious reading),
      // so the result does not depend on the order of the input.
      const newer = prev ? it.a.assessedAt.getTime() - prev.a.assessedAt.getTime() : 1;
      if (!prev || newer > 0 || (newer === 0 && it.level < prev.level)) latest.set(k, it);
    }
    const candidates = [...latest.values()].sort(
      (x, y) =>
        y.a.assessedAt.getTime() - x.a.assessedAt.getTime() ||
        PRIORITY[x.a.source] - PRIORITY[y.a.source] ||
        byCodeUnit(x.a.assessorId ?? '', y.a.assessorId ?? '') ||
        x.level - y.level,
    );
    const fresh = candidates.filter((c) => c.ageDays <= opts.staleAfterDays);
    const pool = fresh.length > 0 ? fresh : candidates;
    const human = pool.filter((c) => c.a.source !== 'derived');
    const usable = human.length > 0 ? human : pool;
    const used: Item[] = match(opts.combine)
      .with('trusted-source', () => {
        const best = Math.min(...usable.map((c) => PRIORITY[c.a.source]));
        const top = usable.filter((c) => PRIORITY[c.a.source] === best);
        if (top[0]?.a.source !== 'peer') return top.slice(0, 1);
        const sorted = [...top].sort(
          (x, y) => x.level - y.level || byCodeUnit(x.a.assessorId ?? '', y.a.assessorId ?? ''),
        );
        return [sorted[Math.floor((sorted.length - 1) / 2)] as Item];
      })
      .with('latest', () => usable.slice(0, 1))
      .with('max', () => [...usable].sort((x, y) => y.level - x.level).slice(0, 1))
      .exhaustive();
    const chosen = used[0] as Item;
    const framework = index.framework.get(chosen.a.frameworkId)!;
    const skillId = key.split('\u0000')[1] as string;
    levels[skillId] = {
      frameworkId: chosen.a.frameworkId,
      skillId,
      level: chosen.level,
      levelId: framework.scale.levels[chosen.level]?.id ?? String(chosen.level),
      source: chosen.a.source,
      stale: fresh.length === 0,
      evidence: candidates.map((c) => ({
        source: c.a.source,
        level: c.level,
        assessedAt: c.a.assessedAt.toISOString(),
        ageDays: c.ageDays,
        ...(c.a.assessorId !== undefined ? { assessorId: c.a.assessorId } : {}),
        used: c === chosen,
      })),
    };
  }
  return { memberId, asOf: opts.asOf.toISOString(), assessed: bySkill.size > 0, levels };
}
