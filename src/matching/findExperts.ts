import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { ExpertiseIndex } from './expertiseIndex.js';
import { requireExpertiseIndex } from './internal/builtIndexes.js';
import { tokenize } from './internal/text.js';

interface Scratch {
  score: Float64Array;
  recentCount: Float64Array;
  touched: Int32Array;
}
/** Per-index working arrays, reused by every query (all zero between queries). Not observable from outside. */
const scratch = new WeakMap<ExpertiseIndex, Scratch>();
function scratchFor(index: ExpertiseIndex): Scratch {
  let s = scratch.get(index);
  if (!s) {
    const n = index.ids.length;
    s = { score: new Float64Array(n), recentCount: new Float64Array(n), touched: new Int32Array(n) };
    scratch.set(index, s);
  }
  return s;
}

const FIELD_NAMES = ['expertise', 'interests', 'bio', 'activity'] as const;

/**
 * A query: free text and/or required skills with minimum levels (indices on
 * the skills' scale).
 *
 * @example
 * ```ts
 * ExpertQuerySchema.parse({ text: 'metadata standards', skills: [{ skillId: 'cscce/technical/data-management', level: 2 }] });
 * ```
 */
export const ExpertQuerySchema = z.union([
  z.string(),
  z.object({
    text: z.string().default(''),
    skills: z.array(z.object({ skillId: z.string(), level: z.number().int().min(0) })).default([]),
  }),
]);

/** A query for {@link findExperts}. */
export type ExpertQuery = z.input<typeof ExpertQuerySchema>;

/**
 * Options of {@link findExperts}.
 *
 * @example
 * ```ts
 * FindExpertsOptionsSchema.parse({ filters: { willingToSpeak: true } });
 * ```
 */
export const FindExpertsOptionsSchema = z.strictObject({
  top: z.number().int().positive().default(10),
  filters: z
    .strictObject({
      willingToSpeak: z.boolean().optional(),
      willingToMentor: z.boolean().optional(),
      /** At least this many hours a month available. */
      minHoursPerMonth: z.number().min(0).optional(),
      /** Speaks at least one of these languages. */
      languages: z.array(z.string()).optional(),
      /** In one of these IANA time zones. */
      timeZones: z.array(z.string()).optional(),
      exclude: z.array(z.string()).optional(),
    })
    .default({}),
  /** How much skill levels count next to the text score (0–1). */
  skillWeight: z.number().min(0).max(1).default(0.5),
});

/** Options of {@link findExperts}. */
export type FindExpertsOptions = z.input<typeof FindExpertsOptionsSchema>;

/**
 * One expert found by {@link findExperts}, with the reasons for the score.
 *
 * @example
 * ```ts
 * ExpertSchema.parse({ memberId: 'm-1', name: 'Ada', score: 2.1, textScore: 2.1, skillScore: null,
 *   reasons: { matchedTerms: { expertise: ['python'] }, skills: [], recentActivity: 0 } });
 * ```
 */
export const ExpertSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  score: z.number(),
  /** BM25F score of the text part. */
  textScore: z.number(),
  /** Share of the required skills met (null without skill requirements). */
  skillScore: z.number().nullable(),
  reasons: z.object({
    /** Query terms matched, per field. */
    matchedTerms: z.partialRecord(z.enum(['expertise', 'interests', 'bio', 'activity']), z.array(z.string())),
    /** The required skills, with the member's level. */
    skills: z.array(
      z.object({ skillId: z.string(), required: z.number(), level: z.number().nullable(), met: z.boolean() }),
    ),
    /** Their recent activities on the query's terms. */
    recentActivity: z.number().int().min(0),
  }),
});

/** One expert, with the reasons for the score. */
export type Expert = z.output<typeof ExpertSchema>;

/**
 * Ranks members for a topic or question: BM25F over expertise, interests, bio
 * and activity (field-weighted), combined with skill levels when the query
 * requires skills, and boosted by recent activity on the query's terms
 * (× (1 + 0.1 · ln(1 + n))). Filters: willing to speak or mentor, hours
 * available, languages, time zones, excluded members. Each result carries its
 * score and reasons: the matched terms per field, the skills that counted, the
 * recent activity. Ties are broken by member id. An empty query or no match
 * gives no results.
 *
 * Cost: O(Σ postings of the query terms + members matched · log top).
 *
 * @param index - from `expertiseIndex`
 * @param query - free text, or `{ text, skills }`
 * @param options - `top`, `filters`, `skillWeight`
 * @returns the experts, best first
 * @throws {@link ValidationError} when the query or an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * findExperts(index, 'python packaging', { top: 3, filters: { willingToMentor: true } })[0]?.reasons.matchedTerms;
 * // → { expertise: ['packaging', 'python'], interests: ['python'], activity: ['python'] }
 * ```
 */
export function findExperts(
  index: ExpertiseIndex,
  query: ExpertQuery,
  options: FindExpertsOptions = {},
): Expert[] {
  requireExpertiseIndex('findExperts', index);
  const q = parseWith('findExperts', ExpertQuerySchema, query, 'query');
  const opts = parseWith('findExperts', FindExpertsOptionsSchema, options, 'options');
  const text = typeof q === 'string' ? q : q.text;
  const required = typeof q === 'string' ? [] : q.skills;
  const terms = [...new Set(tokenize(text))];
  const n = index.ids.length;
  // Scores accumulate in a flat array reused across queries on the same index
  // (reset after use); `touched` lists the members with a match.
  const { score, recentCount, touched } = scratchFor(index);
  let nTouched = 0;
  const termPostings = terms.map((t) => index.postings.get(t));
  for (const p of termPostings) {
    if (!p) continue;
    const df = p.member.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const member = p.member;
    const weight = p.weight;
    for (let k = 0; k < df; k++) {
      const i = member[k] as number;
      const s = score[i] as number;
      if (s === 0) touched[nTouched++] = i;
      score[i] = s + idf * (weight[k] as number);
    }
  }
  const recentRows = terms.map((t) => index.recent.get(t));
  for (const row of recentRows) {
    if (!row) continue;
    for (let k = 0; k < row.member.length; k++) {
      const i = row.member[k] as number;
      recentCount[i] = (recentCount[i] as number) + (row.count[k] as number);
    }
  }
  const candidates: ArrayLike<number> =
    required.length > 0 && terms.length === 0 ? [...index.skills.keys()] : touched.subarray(0, nTouched);
  const nCandidates = required.length > 0 && terms.length === 0 ? candidates.length : nTouched;
  const f = opts.filters;
  const exclude = new Set(f.exclude ?? []);
  const langs = f.languages ? new Set(f.languages.map((l) => l.toLowerCase())) : undefined;
  const zones = f.timeZones ? new Set(f.timeZones) : undefined;
  const filtering =
    exclude.size > 0 ||
    f.willingToSpeak === true ||
    f.willingToMentor === true ||
    f.minHoursPerMonth !== undefined ||
    langs !== undefined ||
    zones !== undefined;
  let maxText = 1e-12;
  for (let c = 0; c < nCandidates; c++) {
    const x = score[candidates[c] as number] as number;
    if (x > maxText) maxText = x;
  }
  // Keep only the best `top` (a small sorted buffer); reasons are built for those alone.
  const best: { i: number; score: number; textScore: number; skillScore: number | null; recent: number }[] =
    [];
  const better = (a: { score: number; i: number }, b: { score: number; i: number }): boolean =>
    a.score > b.score || (a.score === b.score && (index.ids[a.i] as string) < (index.ids[b.i] as string));
  for (let c = 0; c < nCandidates; c++) {
    const i = candidates[c] as number;
    if (filtering) {
      const m = index.members[i]!;
      if (exclude.size > 0 && exclude.has(index.ids[i] as string)) continue;
      if (f.willingToSpeak && !m.willing.speak) continue;
      if (f.willingToMentor && !m.willing.mentor) continue;
      if (f.minHoursPerMonth !== undefined && (m.hoursPerMonth ?? 0) < f.minHoursPerMonth) continue;
      if (langs && !m.languages.some((l) => langs.has(l.toLowerCase()))) continue;
      if (zones && (m.timeZone === null || !zones.has(m.timeZone))) continue;
    }
    const textScore = score[i] as number;
    let skillScore: number | null = null;
    if (required.length > 0) {
      const levels = index.skills.get(i) ?? {};
      let met = 0;
      for (const r of required) if ((levels[r.skillId] ?? -1) >= r.level) met++;
      skillScore = met / required.length;
    }
    if (textScore === 0 && !skillScore) continue;
    const recent = recentCount[i] as number;
    const base =
      skillScore === null
        ? textScore / maxText
        : terms.length === 0
          ? skillScore
          : (1 - opts.skillWeight) * (textScore / maxText) + opts.skillWeight * skillScore;
    const total = recent === 0 ? base : base * (1 + 0.1 * Math.log1p(recent));
    if (best.length === opts.top) {
      // Most candidates stop here, before any allocation.
      const last = best[best.length - 1]!;
      if (
        total < last.score ||
        (total === last.score && (index.ids[i] as string) >= (index.ids[last.i] as string))
      )
        continue;
    }
    const entry = { i, score: total, textScore, skillScore, recent };
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > opts.top) best.pop();
  }
  for (let c = 0; c < nTouched; c++) score[touched[c] as number] = 0;
  for (const row of recentRows)
    if (row) for (let k = 0; k < row.member.length; k++) recentCount[row.member[k] as number] = 0;
  const out: Expert[] = best.map((e) => {
    const i = e.i;
    const levels = index.skills.get(i) ?? {};
    const skills = required.map((r) => {
      const level = levels[r.skillId] ?? null;
      return { skillId: r.skillId, required: r.level, level, met: level !== null && level >= r.level };
    });
    const byField = new Map<number, string[]>();
    termPostings.forEach((p, k) => {
      if (!p) return;
      // Binary search the member in the term's sorted postings.
      let lo = 0;
      let hi = p.member.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = p.member[mid] as number;
        if (v === i) {
          const fields = p.fields[mid] as number;
          for (let fi = 0; fi < FIELD_NAMES.length; fi++)
            if (fields & (1 << fi)) byField.set(fi, [...(byField.get(fi) ?? []), terms[k] as string]);
          break;
        }
        if (v < i) lo = mid + 1;
        else hi = mid - 1;
      }
    });
    const matchedTerms: Expert['reasons']['matchedTerms'] = {};
    for (const [k, ts] of [...byField].sort((a, b) => a[0] - b[0]))
      matchedTerms[FIELD_NAMES[k]!] = [...new Set(ts)].sort();
    return {
      memberId: index.ids[i] as string,
      name: index.members[i]!.name,
      score: e.score,
      textScore: e.textScore,
      skillScore: e.skillScore,
      reasons: { matchedTerms, skills, recentActivity: e.recent },
    };
  });
  return out;
}
