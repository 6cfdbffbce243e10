import { z } from 'zod';
import { duplicateIdIssues, fail, parseWith } from '../model/validate.js';

/**
 * A candidate for a team: what they bring (requirement keys — skill ids,
 * topics, anything — each with a level) and their affiliation.
 *
 * @example
 * ```ts
 * TeamCandidateSchema.parse({ id: 'm-1', covers: { 'event-planning': 3, budgeting: 2 }, affiliation: 'Northfield' });
 * ```
 */
export const TeamCandidateSchema = z.object({
  id: z.string().min(1),
  /** Requirement key → level the candidate has. */
  covers: z.record(z.string(), z.number()),
  affiliation: z.string().nullish(),
});

/** A candidate for a team. */
export type TeamCandidate = z.input<typeof TeamCandidateSchema>;

/**
 * A requirement of the team: a key and the level needed (default 1).
 *
 * @example
 * ```ts
 * TeamRequirementSchema.parse({ key: 'event-planning', level: 2 });
 * ```
 */
export const TeamRequirementSchema = z.object({ key: z.string().min(1), level: z.number().default(1) });

/** A requirement of the team. */
export type TeamRequirement = z.input<typeof TeamRequirementSchema>;

/**
 * Options of {@link formTeam}.
 *
 * @example
 * ```ts
 * FormTeamOptionsSchema.parse({}); // → { size: 5, exactLimit: 22 }
 * ```
 */
export const FormTeamOptionsSchema = z.strictObject({
  /** The most members the team may have. */
  size: z.number().int().positive().default(5),
  /** Use the exact search when there are at most this many useful candidates. */
  exactLimit: z.number().int().min(0).max(26).default(22),
});

/** Options of {@link formTeam}. */
export type FormTeamOptions = z.input<typeof FormTeamOptionsSchema>;

/**
 * The result of {@link formTeam}, as a schema.
 *
 * @example
 * ```ts
 * TeamSchema.parse({ members: [], uncovered: ['python'], affiliations: 0, method: 'exact', approximationBound: null });
 * ```
 */
export const TeamSchema = z.object({
  members: z.array(
    z.object({ id: z.string(), covers: z.array(z.string()), affiliation: z.string().nullable() }),
  ),
  /** Requirements nobody on the team meets. */
  uncovered: z.array(z.string()),
  /** Distinct affiliations on the team. */
  affiliations: z.number().int().min(0),
  method: z.enum(['exact', 'greedy']),
  /** For greedy: the team is at most this factor larger than the smallest covering team (H(max coverage) ≤ ln(n) + 1). */
  approximationBound: z.number().nullable(),
});

/** The result of {@link formTeam}. */
export type Team = z.output<typeof TeamSchema>;

/**
 * A small team that covers the required skills at the required levels —
 * a working group, an organising committee, a code-of-conduct committee —
 * with diversity of affiliation as the secondary objective. For up to
 * `exactLimit` useful candidates an exact search finds the team of at most
 * `size` members covering the most requirements, then with the fewest members,
 * then the most affiliations (by id on ties). Beyond that, greedy set cover
 * (Chvátal 1979): each step adds the candidate covering most of what is still
 * uncovered (ties: a new affiliation, then id), within a factor H(d) ≤
 * ln(d) + 1 of the smallest covering team, d being the most requirements one
 * candidate covers.
 *
 * @param candidates - who could join, and what each covers
 * @param requirements - what the team needs
 * @param options - `size`, `exactLimit`
 * @returns the team, what each member covers, what stays uncovered
 * @throws {@link ValidationError} for duplicate candidate or requirement keys
 *
 * @example
 * ```ts
 * formTeam(
 *   [{ id: 'a', covers: { x: 1, y: 1 } }, { id: 'b', covers: { z: 1 } }, { id: 'c', covers: { x: 1 } }],
 *   [{ key: 'x' }, { key: 'y' }, { key: 'z' }],
 * ).members.map((m) => m.id); // → ['a', 'b']
 * ```
 */
export function formTeam(
  candidates: readonly TeamCandidate[],
  requirements: readonly TeamRequirement[],
  options: FormTeamOptions = {},
): Team {
  const C = parseWith('formTeam', z.array(TeamCandidateSchema), candidates, 'candidates');
  const R = parseWith('formTeam', z.array(TeamRequirementSchema), requirements, 'requirements');
  const opts = parseWith('formTeam', FormTeamOptionsSchema, options, 'options');
  const duplicates = [
    ...duplicateIdIssues(
      C.map((c) => c.id),
      (i) => `candidates[${i}].id`,
    ),
    ...duplicateIdIssues(
      R.map((r) => r.key),
      (i) => `requirements[${i}].key`,
      'requirement',
    ),
  ];
  if (duplicates.length > 0) fail('formTeam', duplicates);
  // Which requirements (by index) each candidate meets.
  const meets = C.map((c) =>
    R.map((r, k) => ((c.covers[r.key] ?? Number.NEGATIVE_INFINITY) >= r.level ? k : -1)).filter(
      (k) => k >= 0,
    ),
  );
  const small = R.length <= 30;
  const masks = meets.map((ks) => (small ? ks.reduce((m, k) => m | (1 << k), 0) : 0));
  const coversOf = (i: number): string[] => (meets[i] as number[]).map((k) => R[k]!.key);
  const affOf = (i: number): string | null => C[i]!.affiliation ?? null;
  const useful = C.map((_, i) => i)
    .filter((i) => (meets[i] as number[]).length > 0)
    .sort((a, b) => (C[a]!.id < C[b]!.id ? -1 : 1));
  const bits = (m: number): number => {
    let n = 0;
    for (let x = m >>> 0; x; x >>>= 1) n += x & 1;
    return n;
  };
  const affiliations = (team: number[]): number => new Set(team.map(affOf).filter((a) => a !== null)).size;
  let chosen: number[];
  let method: Team['method'];
  let bound: number | null = null;
  if (small && useful.length <= opts.exactLimit) {
    method = 'exact';
    let best: number[] = [];
    let bestCov = 0;
    const consider = (team: number[], cov: number): void => {
      const c = bits(cov);
      const better =
        c > bestCov ||
        (c === bestCov && team.length < best.length) ||
        (c === bestCov && team.length === best.length && affiliations(team) > affiliations(best));
      if (better) {
        best = [...team];
        bestCov = c;
      }
    };
    const search = (start: number, team: number[], cov: number): void => {
      consider(team, cov);
      if (team.length === opts.size) return;
      for (let k = start; k < useful.length; k++) {
        const i = useful[k] as number;
        if ((cov | (masks[i] as number)) === cov) continue;
        team.push(i);
        search(k + 1, team, cov | (masks[i] as number));
        team.pop();
      }
    };
    search(0, [], 0);
    chosen = best;
  } else {
    method = 'greedy';
    chosen = [];
    const done = new Uint8Array(R.length);
    const used = new Set<string>();
    const gainOf = (i: number): number => (meets[i] as number[]).reduce((g, k) => g + (done[k] ? 0 : 1), 0);
    while (chosen.length < opts.size) {
      let best = -1;
      let gain = 0;
      for (const i of useful) {
        if (chosen.includes(i)) continue;
        const g = gainOf(i);
        const newAff = affOf(i) !== null && !used.has(affOf(i) as string);
        const bestNewAff = best >= 0 && affOf(best) !== null && !used.has(affOf(best) as string);
        if (g > gain || (g === gain && g > 0 && newAff && !bestNewAff)) {
          best = i;
          gain = g;
        }
      }
      if (best < 0 || gain === 0) break;
      chosen.push(best);
      for (const k of meets[best] as number[]) done[k] = 1;
      const a = affOf(best);
      if (a !== null) used.add(a);
    }
    const d = Math.max(1, ...useful.map((i) => (meets[i] as number[]).length));
    let h = 0;
    for (let k = 1; k <= d; k++) h += 1 / k;
    bound = h;
  }
  const covered = new Set(chosen.flatMap((i) => meets[i] as number[]));
  return {
    members: chosen
      .map((i) => ({ id: C[i]!.id, covers: coversOf(i), affiliation: affOf(i) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    uncovered: R.filter((_, k) => !covered.has(k)).map((r) => r.key),
    affiliations: affiliations(chosen),
    method,
    approximationBound: bound,
  };
}
