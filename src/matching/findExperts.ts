import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { ExpertiseIndex } from './expertiseIndex.js';
import { tokenize } from './internal/text.js';

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
export const FindExpertsOptionsSchema = z.object({
  top: z.number().int().positive().default(10),
  filters: z
    .object({
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

/** One expert, with the reasons for the score. */
export interface Expert {
  memberId: string;
  name: string;
  score: number;
  /** BM25F score of the text part. */
  textScore: number;
  /** Share of the required skills met (null without skill requirements). */
  skillScore: number | null;
  reasons: {
    /** Query terms matched, per field. */
    matchedTerms: Partial<Record<'expertise' | 'interests' | 'bio' | 'activity', string[]>>;
    /** The required skills, with the member's level. */
    skills: { skillId: string; required: number; level: number | null; met: boolean }[];
    /** Their recent activities on the query's terms. */
    recentActivity: number;
  };
}

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
 * findExperts(index, 'python packaging', { top: 3, filters: { willingToMentor: true } })[0]?.reasons.matchedTerms;
 * // → { expertise: ['packaging', 'python'], interests: ['python'] }
 * ```
 */
export function findExperts(
  index: ExpertiseIndex,
  query: ExpertQuery,
  options: FindExpertsOptions = {},
): Expert[] {
  const q = parseWith('findExperts', ExpertQuerySchema, query, 'query');
  const opts = parseWith('findExperts', FindExpertsOptionsSchema, options, 'options');
  const text = typeof q === 'string' ? q : q.text;
  const required = typeof q === 'string' ? [] : q.skills;
  const terms = [...new Set(tokenize(text))];
  const n = index.ids.length;
  // Scores accumulate in a flat array; `touched` lists the members with a match.
  const score = new Float64Array(n);
  const touched: number[] = [];
  const termPostings = terms.map((t) => index.postings.get(t));
  for (const p of termPostings) {
    if (!p) continue;
    const df = p.member.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let k = 0; k < df; k++) {
      const i = p.member[k] as number;
      const tf = p.tf[k] as number;
      const norm = 1 - index.b + (index.b * (index.length[i] as number)) / (index.meanLength || 1);
      if (score[i] === 0) touched.push(i);
      score[i] = (score[i] as number) + (idf * tf * (index.k1 + 1)) / (tf + index.k1 * norm);
    }
  }
  const candidates = required.length > 0 && terms.length === 0 ? [...index.skills.keys()] : touched;
  const f = opts.filters;
  const exclude = new Set(f.exclude ?? []);
  const langs = f.languages ? new Set(f.languages.map((l) => l.toLowerCase())) : undefined;
  const zones = f.timeZones ? new Set(f.timeZones) : undefined;
  let maxText = 1e-12;
  for (const i of candidates) if ((score[i] as number) > maxText) maxText = score[i] as number;
  const recentRows = terms.map((t) => index.recent.get(t));
  // Keep only the best `top` (a small sorted buffer); reasons are built for those alone.
  const best: { i: number; score: number; textScore: number; skillScore: number | null; recent: number }[] =
    [];
  const better = (a: { score: number; i: number }, b: { score: number; i: number }): boolean =>
    a.score > b.score || (a.score === b.score && (index.ids[a.i] as string) < (index.ids[b.i] as string));
  for (const i of candidates) {
    const m = index.members[i]!;
    if (exclude.size > 0 && exclude.has(index.ids[i] as string)) continue;
    if (f.willingToSpeak && !m.willing.speak) continue;
    if (f.willingToMentor && !m.willing.mentor) continue;
    if (f.minHoursPerMonth !== undefined && (m.hoursPerMonth ?? 0) < f.minHoursPerMonth) continue;
    if (langs && !m.languages.some((l) => langs.has(l.toLowerCase()))) continue;
    if (zones && (m.timeZone === null || !zones.has(m.timeZone))) continue;
    const textScore = score[i] as number;
    let skillScore: number | null = null;
    if (required.length > 0) {
      const levels = index.skills.get(i) ?? {};
      let met = 0;
      for (const r of required) if ((levels[r.skillId] ?? -1) >= r.level) met++;
      skillScore = met / required.length;
    }
    if (textScore === 0 && !skillScore) continue;
    let recent = 0;
    for (const row of recentRows) recent += row?.get(i) ?? 0;
    const base =
      skillScore === null
        ? textScore / maxText
        : terms.length === 0
          ? skillScore
          : (1 - opts.skillWeight) * (textScore / maxText) + opts.skillWeight * skillScore;
    const entry = { i, score: base * (1 + 0.1 * Math.log1p(recent)), textScore, skillScore, recent };
    if (best.length === opts.top && !better(entry, best[best.length - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > opts.top) best.pop();
  }
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
