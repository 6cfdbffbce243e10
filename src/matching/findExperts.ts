import { z } from 'zod';
import { MAX_SPAN_DAYS } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import type { ExpertiseIndex } from './expertiseIndex.js';
import { requireExpertiseIndex } from './internal/builtIndexes.js';
import { tokenize } from './internal/text.js';

interface Scratch {
  score: Float64Array;
  /** Per member: recency-weighted matching work, matching activities, recent ones, latest (ms). */
  work: Float64Array;
  count: Float64Array;
  recentCount: Float64Array;
  last: Float64Array;
  touched: Int32Array;
  /** Per activity: the idf mass of the query terms it contains. */
  share: Float64Array;
  touchedActivities: Int32Array;
}
/** Per-index working arrays, reused by every query (all zero between queries). Not observable from outside. */
const scratch = new WeakMap<ExpertiseIndex, Scratch>();
function scratchFor(index: ExpertiseIndex): Scratch {
  let s = scratch.get(index);
  if (!s) {
    const n = index.ids.length;
    const a = index.activityMember.length;
    s = {
      score: new Float64Array(n),
      work: new Float64Array(n),
      count: new Float64Array(n),
      recentCount: new Float64Array(n),
      last: new Float64Array(n),
      touched: new Int32Array(n),
      share: new Float64Array(a),
      touchedActivities: new Int32Array(a),
    };
    scratch.set(index, s);
  }
  return s;
}

const FIELD_NAMES = ['expertise', 'interests', 'bio', 'activity'] as const;
const DAY = 86_400_000;

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
  /** How much the matching work a member did counts next to the text match. */
  work: z
    .strictObject({
      /**
       * Share of the relevance that comes from matching work (0–1): relevance =
       * (1 − weight) × text match + weight × work, each as a share of the best
       * candidate's. 0 ranks by text alone.
       */
      weight: z.number().min(0).max(1).default(0.6),
      /**
       * Half-life in days of a matching activity's contribution to work (an
       * activity this long before the index's `asOf` counts half); 0 counts
       * every activity fully, however old.
       */
      halfLife: z
        .number()
        .min(0)
        .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
        .default(1825),
      /**
       * Work is a share of the most matching work among the candidates, but
       * of at least this much (in full-match activities), so that two posts
       * are not full evidence just because nobody did more.
       */
      reference: z.number().positive().default(5),
    })
    .default({ weight: 0.6, halfLife: 1825, reference: 5 }),
});

/** Options of {@link findExperts}. */
export type FindExpertsOptions = z.input<typeof FindExpertsOptionsSchema>;

/**
 * One expert found by {@link findExperts}, with the reasons for the score.
 *
 * @example
 * ```ts
 * ExpertSchema.parse({ memberId: 'm-1', name: 'Ada', score: 0.9, textScore: 2.1, workScore: 3.5, skillScore: null,
 *   reasons: { matchedTerms: { expertise: ['python'] }, skills: [], recentActivity: 0, matchingActivities: 4,
 *     lastMatchingActivity: '2025-11-30', why: '4 matching activities, the last on 2025-11-30; text match 100% of the best' } });
 * ```
 */
export const ExpertSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  /** The rank score, at most 1 (see {@link findExperts} for the formula). */
  score: z.number(),
  /** BM25F score of the text part. */
  textScore: z.number(),
  /** The matching work: the member's activities on the query's terms, each weighted by its share of the query and by its age. */
  workScore: z.number(),
  /** Share of the required skills met (null without skill requirements). */
  skillScore: z.number().nullable(),
  reasons: z.object({
    /** Query terms matched, per field. */
    matchedTerms: z.partialRecord(z.enum(['expertise', 'interests', 'bio', 'activity']), z.array(z.string())),
    /** The required skills, with the member's level. */
    skills: z.array(
      z.object({ skillId: z.string(), required: z.number(), level: z.number().nullable(), met: z.boolean() }),
    ),
    /** Their activities on the query's terms within the index's `recencyDays`. */
    recentActivity: z.number().int().min(0),
    /** Their activities on the query's terms, however old. */
    matchingActivities: z.number().int().min(0),
    /** Date (YYYY-MM-DD, UTC) of the latest of them, or null. */
    lastMatchingActivity: z.string().nullable(),
    /** The reasons in one sentence. */
    why: z.string(),
  }),
});

/** One expert, with the reasons for the score. */
export type Expert = z.output<typeof ExpertSchema>;

/** The reasons as one sentence: matching work first, then text and skills. */
function whySentence(
  count: number,
  last: string | null,
  textShare: number,
  skillScore: number | null,
  hasText: boolean,
): string {
  const parts: string[] = [];
  if (hasText) {
    parts.push(
      count === 0
        ? 'no matching activities'
        : `${count} matching ${count === 1 ? 'activity' : 'activities'}, the last on ${last}`,
    );
    parts.push(`text match ${Math.round(100 * textShare)}% of the best`);
  }
  if (skillScore !== null) parts.push(`${Math.round(100 * skillScore)}% of the required skills met`);
  return parts.join('; ');
}

/**
 * Ranks members for a topic or question by the evidence that they know it:
 * - **text match** — BM25F over expertise, interests, bio and activity
 *   (field-weighted), as a share of the best candidate's;
 * - **work** — how much matching work they did: each of their activities
 *   whose topics or text contain a query term counts by the share of the
 *   query's idf it contains (1 when it has every term) times
 *   2^(−age / `work.halfLife`), age counted back from the index's `asOf`;
 *   summed, as a share of the best candidate's (or of `work.reference`
 *   when that is more).
 *
 * relevance = (1 − `work.weight`) × text + `work.weight` × work (so a
 * member with no matching activity has at most 1 − `work.weight`: a profile
 * alone is weaker evidence than the work); with required skills, score =
 * (1 − `skillWeight`) × relevance + `skillWeight` × the share of skills met
 * (the share alone for a skills-only query). So the people who did the work
 * rank first, and a one-commit contributor with a short record no longer
 * outranks the maintainer. Filters: willing to speak or mentor, hours
 * available, languages, time zones, excluded members. Each result carries
 * its scores and reasons — the matched terms per field, the skills that
 * counted, the number of matching activities, the latest one's date, and the
 * whole as one sentence (`reasons.why`). Ties are broken by member id. An
 * empty query or no match gives no results.
 *
 * Cost: O(Σ postings of the query terms, members' and activities' + members
 * matched · log top).
 *
 * @param index - from `expertiseIndex`
 * @param query - free text, or `{ text, skills }`
 * @param options - `top`, `filters`, `skillWeight`, `work`
 * @returns the experts, best first
 * @throws {@link ValidationError} when the query or an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * findExperts(index, 'python packaging', { top: 3, filters: { willingToMentor: true } })[0]?.reasons.matchedTerms;
 * // → { expertise: ['packaging', 'python'], activity: ['python'] }
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
  // Scores accumulate in flat arrays reused across queries on the same index
  // (reset after use); `touched` lists the members with a match.
  const { score, work, count, recentCount, last, touched, share, touchedActivities } = scratchFor(index);
  let nTouched = 0;
  const termPostings = terms.map((t) => index.postings.get(t));
  const idfs = termPostings.map((p) => {
    if (!p) return 0;
    const df = p.member.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  termPostings.forEach((p, k) => {
    if (!p) return;
    const idf = idfs[k] as number;
    const member = p.member;
    const weight = p.weight;
    for (let j = 0; j < member.length; j++) {
      const i = member[j] as number;
      const s = score[i] as number;
      if (s === 0) touched[nTouched++] = i;
      score[i] = s + idf * (weight[j] as number);
    }
  });
  // Matching work: each activity's share of the query's idf mass, decayed by age.
  const idfMass = idfs.reduce((x, y) => x + y, 0);
  let nActivities = 0;
  terms.forEach((t, k) => {
    const list = index.activityPostings.get(t);
    const idf = idfs[k] as number;
    if (!list || !(idf > 0)) return;
    for (let j = 0; j < list.length; j++) {
      const a = list[j] as number;
      const x = share[a] as number;
      if (x === 0) touchedActivities[nActivities++] = a;
      share[a] = x + idf;
    }
  });
  const rate = opts.work.halfLife === 0 ? 0 : Math.LN2 / (opts.work.halfLife * DAY);
  for (let j = 0; j < nActivities; j++) {
    const a = touchedActivities[j] as number;
    const i = index.activityMember[a] as number;
    const t = index.activityAt[a] as number;
    const decay = rate === 0 ? 1 : Math.exp(-Math.max(0, index.asOf - t) * rate);
    work[i] = (work[i] as number) + ((share[a] as number) / idfMass) * decay;
    count[i] = (count[i] as number) + 1;
    if (t >= index.recentFrom) recentCount[i] = (recentCount[i] as number) + 1;
    if (count[i] === 1 || t > (last[i] as number)) last[i] = t;
    share[a] = 0;
  }
  const skillsOnly = required.length > 0 && terms.length === 0;
  const candidates: ArrayLike<number> = skillsOnly ? [...index.skills.keys()] : touched.subarray(0, nTouched);
  const nCandidates = skillsOnly ? candidates.length : nTouched;
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
  // The best text and work among all candidates (before filters): shares are of these.
  let maxText = 1e-12;
  let maxWork = 0;
  for (let c = 0; c < nCandidates; c++) {
    const i = candidates[c] as number;
    if ((score[i] as number) > maxText) maxText = score[i] as number;
    if ((work[i] as number) > maxWork) maxWork = work[i] as number;
  }
  const workWeight = opts.work.weight;
  maxWork = Math.max(maxWork, opts.work.reference);
  // Keep only the best `top` (a small sorted buffer); reasons are built for those alone.
  const best: { i: number; score: number; textScore: number; skillScore: number | null }[] = [];
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
    const relevance = (1 - workWeight) * (textScore / maxText) + workWeight * ((work[i] as number) / maxWork);
    const total =
      skillScore === null
        ? relevance
        : terms.length === 0
          ? skillScore
          : (1 - opts.skillWeight) * relevance + opts.skillWeight * skillScore;
    if (best.length === opts.top) {
      // Most candidates stop here, before any allocation.
      const worst = best[best.length - 1]!;
      if (
        total < worst.score ||
        (total === worst.score && (index.ids[i] as string) >= (index.ids[worst.i] as string))
      )
        continue;
    }
    const entry = { i, score: total, textScore, skillScore };
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
    const n = count[i] as number;
    const lastDay = n === 0 ? null : new Date(last[i] as number).toISOString().slice(0, 10);
    return {
      memberId: index.ids[i] as string,
      name: index.members[i]!.name,
      score: e.score,
      textScore: e.textScore,
      workScore: work[i] as number,
      skillScore: e.skillScore,
      reasons: {
        matchedTerms,
        skills,
        recentActivity: recentCount[i] as number,
        matchingActivities: n,
        lastMatchingActivity: lastDay,
        why: whySentence(n, lastDay, e.textScore / maxText, e.skillScore, terms.length > 0),
      },
    };
  });
  for (let c = 0; c < nTouched; c++) {
    const i = touched[c] as number;
    score[i] = 0;
  }
  for (let j = 0; j < nActivities; j++) {
    const i = index.activityMember[touchedActivities[j] as number] as number;
    work[i] = 0;
    count[i] = 0;
    recentCount[i] = 0;
    last[i] = 0;
  }
  return out;
}
