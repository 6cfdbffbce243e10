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
  const score = new Map<number, number>();
  const matched = new Map<number, Map<number, string[]>>();
  for (const t of terms) {
    const p = index.postings.get(t);
    if (!p) continue;
    const df = p.member.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let k = 0; k < df; k++) {
      const i = p.member[k] as number;
      const tf = p.tf[k] as number;
      const norm = 1 - index.b + (index.b * (index.length[i] as number)) / (index.meanLength || 1);
      score.set(i, (score.get(i) ?? 0) + (idf * tf * (index.k1 + 1)) / (tf + index.k1 * norm));
      let byField = matched.get(i);
      if (!byField) matched.set(i, (byField = new Map()));
      const fields = p.fields[k] as number;
      for (let f = 0; f < FIELD_NAMES.length; f++)
        if (fields & (1 << f)) byField.set(f, [...(byField.get(f) ?? []), t]);
    }
  }
  const candidates = required.length > 0 && terms.length === 0 ? [...index.skills.keys()] : [...score.keys()];
  const f = opts.filters;
  const exclude = new Set(f.exclude ?? []);
  const langs = f.languages ? new Set(f.languages.map((l) => l.toLowerCase())) : undefined;
  const zones = f.timeZones ? new Set(f.timeZones) : undefined;
  const maxText = Math.max(1e-12, ...candidates.map((i) => score.get(i) ?? 0));
  const out: Expert[] = [];
  for (const i of candidates) {
    const m = index.members[i]!;
    const id = index.ids[i] as string;
    if (exclude.has(id)) continue;
    if (f.willingToSpeak && !m.willing.speak) continue;
    if (f.willingToMentor && !m.willing.mentor) continue;
    if (f.minHoursPerMonth !== undefined && (m.hoursPerMonth ?? 0) < f.minHoursPerMonth) continue;
    if (langs && !m.languages.some((l) => langs.has(l.toLowerCase()))) continue;
    if (zones && (m.timeZone === null || !zones.has(m.timeZone))) continue;
    const textScore = score.get(i) ?? 0;
    const levels = index.skills.get(i) ?? {};
    const skills = required.map((r) => {
      const level = levels[r.skillId] ?? null;
      return { skillId: r.skillId, required: r.level, level, met: level !== null && level >= r.level };
    });
    const skillScore = required.length === 0 ? null : skills.filter((s) => s.met).length / required.length;
    if (textScore === 0 && !skillScore) continue;
    let recentActivity = 0;
    for (const t of terms) recentActivity += index.recent.get(t)?.get(i) ?? 0;
    const base =
      skillScore === null
        ? textScore / maxText
        : terms.length === 0
          ? skillScore
          : (1 - opts.skillWeight) * (textScore / maxText) + opts.skillWeight * skillScore;
    const byField = matched.get(i);
    const matchedTerms: Expert['reasons']['matchedTerms'] = {};
    if (byField)
      for (const [k, ts] of [...byField].sort((a, b) => a[0] - b[0]))
        matchedTerms[FIELD_NAMES[k]!] = [...new Set(ts)].sort();
    out.push({
      memberId: id,
      name: m.name,
      score: base * (1 + 0.1 * Math.log1p(recentActivity)),
      textScore,
      skillScore,
      reasons: { matchedTerms, skills, recentActivity },
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1)).slice(0, opts.top);
}
