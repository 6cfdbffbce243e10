import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import type { Member } from '../model/member.js';
import { fail, parseWith } from '../model/validate.js';
import { capacitatedAssignment } from './internal/capacitatedAssignment.js';
import { deferredAcceptance } from './internal/deferredAcceptance.js';
import { utcOffsetHours } from './internal/timeZone.js';

/**
 * Options of {@link matchMentors}.
 *
 * @example
 * ```ts
 * MatchMentorsOptionsSchema.parse({ asOf: '2026-01-01' }).weights;
 * // → { sharedTopics: 0.4, expertise: 0.3, timeZone: 0.2, language: 0.1, skills: 0 }
 * MatchMentorsOptionsSchema.parse({ asOf: '2026-01-01' });
 * // → { asOf: Date 2026-01-01, method: 'optimal', defaultCapacity: 1, minScore: 0, … }
 * ```
 */
export const MatchMentorsOptionsSchema = z.strictObject({
  /** For time-zone offsets and "met before". */
  asOf: DateInputSchema,
  /** Mentee ids (default: members willing to be mentored). */
  mentees: z.array(z.string()).optional(),
  /** Mentor ids (default: members willing to mentor). */
  mentors: z.array(z.string()).optional(),
  /** `optimal`: the highest total score (assignment); `stable`: no mentor and mentee would both rather swap (Gale–Shapley, mentees propose). */
  method: z.enum(['optimal', 'stable']).default('optimal'),
  /** Weights of the criteria (each criterion scores 0–1). */
  weights: z
    .strictObject({
      sharedTopics: z.number().min(0).default(0.4),
      expertise: z.number().min(0).default(0.3),
      timeZone: z.number().min(0).default(0.2),
      language: z.number().min(0).default(0.1),
      skills: z.number().min(0).default(0),
    })
    .default({ sharedTopics: 0.4, expertise: 0.3, timeZone: 0.2, language: 0.1, skills: 0 }),
  /** Skill levels per member (e.g. from skill profiles) and the skills each mentee wants to grow: scores the mentor's level on them. */
  skillLevels: z.record(z.string(), z.record(z.string(), z.number())).default({}),
  goals: z.record(z.string(), z.array(z.string())).default({}),
  /** Mentees a mentor takes when their profile says nothing (`capacity.maxMentees`). */
  defaultCapacity: z.number().int().min(0).default(1),
  constraints: z
    .strictObject({
      /** Forbid pairs from the same organisation (conflict of interest). */
      differentOrganisation: z.boolean().default(false),
      /** Forbid pairs who have already had a mentoring session together. */
      notMetBefore: z.boolean().default(false),
      /** Forbid pairs with no language in common (when both list languages). */
      sharedLanguage: z.boolean().default(true),
      /** Pairs never to make, as [menteeId, mentorId]. */
      exclude: z.array(z.tuple([z.string(), z.string()])).default([]),
    })
    .default({ differentOrganisation: false, notMetBefore: false, sharedLanguage: true, exclude: [] }),
  /** Pairs scoring below this are not made. */
  minScore: z.number().min(0).default(0),
});

/** Options of {@link matchMentors}. */
export type MatchMentorsOptions = z.input<typeof MatchMentorsOptionsSchema>;

/**
 * A mentor–mentee pair chosen by {@link matchMentors}, with its score and reasons.
 *
 * @example
 * ```ts
 * MentorPairSchema.parse({ menteeId: 'm-2', mentorId: 'm-1', score: 0.7,
 *   criteria: { sharedTopics: 0.5, expertise: 1, timeZone: 1, language: 1, skills: 0 }, reasons: ['shares interests: python'] });
 * ```
 */
export const MentorPairSchema = z.object({
  menteeId: z.string(),
  mentorId: z.string(),
  score: z.number(),
  /** Each criterion's 0–1 value. */
  criteria: z.object({
    sharedTopics: z.number(),
    expertise: z.number(),
    timeZone: z.number(),
    language: z.number(),
    skills: z.number(),
  }),
  reasons: z.array(z.string()),
});

/** A mentor–mentee pair with its score and reasons. */
export type MentorPair = z.output<typeof MentorPairSchema>;

/**
 * The result of {@link matchMentors}, as a schema (to validate a stored matching).
 *
 * @example
 * ```ts
 * MentorMatchingSchema.parse({ pairs: [], unmatched: [{ menteeId: 'm-9', reason: 'no mentor has capacity left' }], objective: 0, method: 'optimal' });
 * ```
 */
export const MentorMatchingSchema = z.object({
  pairs: z.array(MentorPairSchema),
  unmatched: z.array(z.object({ menteeId: z.string(), reason: z.string() })),
  /** Sum of the pair scores. */
  objective: z.number(),
  method: z.enum(['optimal', 'stable']),
});

/** The result of {@link matchMentors}. */
export type MentorMatching = z.output<typeof MentorMatchingSchema>;

/**
 * Mentor–mentee pairing from composable criteria, exactly. Each allowed pair
 * scores a weighted sum of: shared topics (Jaccard of interests), the mentor's
 * expertise on the mentee's interests, time-zone overlap (1 − |Δhours| / 12),
 * a shared language, and — given `skillLevels` and `goals` — the mentor's
 * level on the skills the mentee wants to grow. Hard constraints: mentor
 * capacity (`capacity.maxMentees`, or `defaultCapacity`), excluded pairs, and
 * optionally different organisations, no pair that has met before, a shared
 * language. `optimal` maximises the total score exactly (no greedy pass):
 * it solves the assignment problem in which each mentor is `capacity`
 * identical seats, with the seats merged inside the solver (a transportation
 * problem on mentees × mentors, O(mentees² · mentors) worst case; 5,000 × 1,000
 * of capacity 5 take a few seconds). `stable` runs deferred acceptance with
 * mentees proposing, preferences by score. Mentees left out come back in
 * `unmatched` with why (more mentees than capacity is a partial result, not an
 * error).
 *
 * @param community - a parsed community
 * @param options - `asOf` (required), who, method, weights, constraints
 * @returns the pairs with scores and reasons, the unmatched with why, the objective
 * @throws {@link ValidationError} for unknown or duplicate member ids, or invalid options
 *
 * @example
 * ```ts
 * matchMentors(sampleCommunity(), { asOf: '2026-01-01' }).pairs[0]?.reasons;
 * // → ['shares interests: python, reproducibility, testing', 'expertise in python packaging, unit testing', 'time zones 6 h apart', 'both speak en']
 * ```
 */
export function matchMentors(community: Community, options: MatchMentorsOptions): MentorMatching {
  requireParsedCommunity('matchMentors', community);
  const opts = parseWith('matchMentors', MatchMentorsOptionsSchema, options, 'options');
  const t = opts.asOf.getTime();
  const byId = new Map(community.members.map((m) => [m.id, m]));
  const current = (m: Member): boolean =>
    (!m.joinedAt || m.joinedAt.getTime() <= t) && (!m.leftAt || m.leftAt.getTime() > t);
  const pick = (ids: string[] | undefined, root: string, fallback: (m: Member) => boolean): Member[] => {
    if (!ids)
      return community.members
        .filter((m) => current(m) && fallback(m))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    const issues = [];
    const seen = new Set<string>();
    for (const [k, id] of ids.entries()) {
      if (!byId.has(id))
        issues.push({
          path: `${root}[${k}]`,
          message: `no member "${id}"`,
          code: 'unknown-reference' as const,
        });
      if (seen.has(id))
        issues.push({
          path: `${root}[${k}]`,
          message: `"${id}" is listed twice`,
          code: 'duplicate-id' as const,
        });
      seen.add(id);
    }
    if (issues.length > 0) fail('matchMentors', issues);
    return ids.map((id) => byId.get(id) as Member);
  };
  const mentees = pick(opts.mentees, 'options.mentees', (m) => m.willing.beMentored);
  const mentors = pick(opts.mentors, 'options.mentors', (m) => m.willing.mentor);
  const met = new Set<string>();
  if (opts.constraints.notMetBefore) {
    const byThread = new Map<string, Set<string>>();
    for (const a of community.activities)
      if (a.kind === 'mentor-session' && a.thread !== undefined && a.at.getTime() < t)
        byThread.set(a.thread, (byThread.get(a.thread) ?? new Set()).add(a.memberId));
    for (const s of byThread.values())
      for (const x of s) for (const y of s) if (x !== y) met.add(`${x}\u0000${y}`);
  }
  const excluded = new Set(opts.constraints.exclude.map(([a, b]) => `${a}\u0000${b}`));
  // Weights are relative: scale them by the largest first, so huge weights cannot overflow the sum to Infinity.
  const wMax = Math.max(
    opts.weights.sharedTopics,
    opts.weights.expertise,
    opts.weights.timeZone,
    opts.weights.language,
    opts.weights.skills,
  );
  const w = Object.fromEntries(
    Object.entries(opts.weights).map(([k, v]) => [k, wMax > 0 ? v / wMax : 0]),
  ) as typeof opts.weights;
  const wSum = w.sharedTopics + w.expertise + w.timeZone + w.language + w.skills || 1;
  // Per-member facts, computed once (not once per pair).
  interface Facts {
    m: Member;
    interests: string[];
    interestSet: Set<string>;
    languages: Set<string>;
    offset: number | null;
    expertise: { text: string; lower: string; words: string[] }[];
  }
  const facts = (m: Member): Facts => {
    const interests = [...new Set(m.interests.map((x) => x.toLowerCase()))];
    return {
      m,
      interests,
      interestSet: new Set(interests),
      languages: new Set(m.languages.map((x) => x.toLowerCase())),
      offset: utcOffsetHours(m.timeZone ?? null, t),
      expertise: m.expertise.map((e) => ({
        text: e,
        lower: e.toLowerCase(),
        words: e.toLowerCase().split(/\s+/),
      })),
    };
  };
  const menteeFacts = mentees.map(facts);
  const mentorFacts = mentors.map(facts);
  // The criteria of one pair, as numbers (null when a hard constraint rules it out).
  const criteriaOf = (i: number, j: number): MentorPair['criteria'] | null => {
    const A = menteeFacts[i] as Facts;
    const B = mentorFacts[j] as Facts;
    const me = A.m;
    const mo = B.m;
    if (me.id === mo.id || (excluded.size > 0 && excluded.has(`${me.id}\u0000${mo.id}`))) return null;
    if (opts.constraints.differentOrganisation && me.affiliation && me.affiliation === mo.affiliation)
      return null;
    if (met.size > 0 && met.has(`${me.id}\u0000${mo.id}`)) return null;
    let sharedLangs = 0;
    for (const l of me.languages) if (B.languages.has(l.toLowerCase())) sharedLangs++;
    if (
      opts.constraints.sharedLanguage &&
      me.languages.length > 0 &&
      mo.languages.length > 0 &&
      sharedLangs === 0
    )
      return null;
    let inter = 0;
    for (const x of B.interests) if (A.interestSet.has(x)) inter++;
    const union = A.interests.length + B.interests.length - inter;
    const sharedTopics = union === 0 ? 0 : inter / union;
    let hits = 0;
    for (const e of B.expertise)
      if (A.interestSet.has(e.lower) || e.words.some((x) => A.interestSet.has(x))) hits++;
    const expertise =
      mo.expertise.length === 0 ? 0 : Math.min(1, hits / Math.max(1, Math.min(3, me.interests.length)));
    const gap =
      A.offset === null || B.offset === null
        ? null
        : Math.min(Math.abs(A.offset - B.offset), 24 - Math.abs(A.offset - B.offset));
    const timeZone = gap === null ? 0.5 : Math.max(0, 1 - gap / 12);
    const language = me.languages.length === 0 || mo.languages.length === 0 ? 0.5 : sharedLangs > 0 ? 1 : 0;
    const goals = opts.goals[me.id] ?? [];
    const levels = opts.skillLevels[mo.id] ?? {};
    let skills = 0;
    if (goals.length > 0) {
      for (const g of goals) skills += Math.min(4, levels[g] ?? 0) / 4;
      skills /= goals.length;
    }
    return { sharedTopics, expertise, timeZone, language, skills };
  };
  const totalOf = (c: MentorPair['criteria']): number =>
    Math.round(
      ((w.sharedTopics * c.sharedTopics +
        w.expertise * c.expertise +
        w.timeZone * c.timeZone +
        w.language * c.language +
        w.skills * c.skills) /
        wSum) *
        1e12,
    ) / 1e12;
  // Scores of every pair in one flat array; -1 marks a pair ruled out.
  const nMe = mentees.length;
  const nMo = mentors.length;
  const scores = new Float64Array(nMe * nMo);
  for (let i = 0; i < nMe; i++)
    for (let j = 0; j < nMo; j++) {
      const c = criteriaOf(i, j);
      const total = c === null ? -1 : totalOf(c);
      scores[i * nMo + j] = c === null || total < opts.minScore ? -1 : total;
    }
  // Reasons are written only for the pairs chosen.
  const pairOf = (i: number, j: number): MentorPair => {
    const A = menteeFacts[i] as Facts;
    const B = mentorFacts[j] as Facts;
    const me = A.m;
    const mo = B.m;
    const criteria = criteriaOf(i, j) as MentorPair['criteria'];
    const sharedLangs = me.languages.filter((l) => B.languages.has(l.toLowerCase()));
    const expertHits = B.expertise
      .filter((e) => A.interestSet.has(e.lower) || e.words.some((x) => A.interestSet.has(x)))
      .map((e) => e.text);
    const gap =
      A.offset === null || B.offset === null
        ? null
        : Math.min(Math.abs(A.offset - B.offset), 24 - Math.abs(A.offset - B.offset));
    const goals = opts.goals[me.id] ?? [];
    const levels = opts.skillLevels[mo.id] ?? {};
    const shared = me.interests.filter((x) => mo.interests.includes(x));
    const reasons = [
      shared.length > 0 ? `shares interests: ${shared.join(', ')}` : 'no shared interests',
      ...(expertHits.length > 0 ? [`expertise in ${expertHits.join(', ')}`] : []),
      gap === null ? 'time zone unknown' : `time zones ${Math.round(gap * 10) / 10} h apart`,
      ...(sharedLangs.length > 0 ? [`both speak ${sharedLangs.join(', ')}`] : []),
      ...(goals.length > 0
        ? [
            `mentor's level on the mentee's goals: ${goals.map((g) => `${g} ${levels[g] ?? 'unassessed'}`).join(', ')}`,
          ]
        : []),
    ];
    return { menteeId: me.id, mentorId: mo.id, score: scores[i * nMo + j] as number, criteria, reasons };
  };
  const cap = (m: Member): number => m.capacity.maxMentees ?? opts.defaultCapacity;
  const pairs: MentorPair[] = [];
  if (opts.method === 'optimal') {
    // Exact capacitated matching. Equivalent to giving mentor j cap(j)
    // identical seats and solving the rectangular assignment mentees × seats;
    // the solver merges the identical seats (a transportation problem), so the
    // matrix stays mentees × mentors. A last "unmatched" column holds anyone;
    // it costs more than any difference between two totals of real pairs, so
    // as many mentees as possible are paired, then the total score is maximal.
    if (nMe > 0 && nMo > 0) {
      const width = nMo + 1;
      const data = new Float64Array(nMe * width);
      for (let i = 0; i < nMe; i++) {
        const row = i * nMo;
        const base = i * width;
        for (let j = 0; j < nMo; j++) {
          const sc = scores[row + j] as number;
          data[base + j] = sc < 0 ? Number.POSITIVE_INFINITY : 1 - sc;
        }
        data[base + nMo] = nMe + 1;
      }
      const capacity = new Int32Array(width);
      mentors.forEach((mo, j) => {
        capacity[j] = cap(mo);
      });
      capacity[nMo] = nMe;
      const col4row = capacitatedAssignment(data, nMe, width, capacity);
      for (let i = 0; i < nMe; i++) {
        const j = col4row[i] as number;
        if (j >= 0 && j < nMo) pairs.push(pairOf(i, j));
      }
    }
  } else {
    // Deferred acceptance, mentees proposing; both sides rank by score, ties by id.
    const idRank = (list: Member[]): Int32Array => {
      const order = list
        .map((_, k) => k)
        .sort((x, y) => ((list[x] as Member).id < (list[y] as Member).id ? -1 : 1));
      const rank = new Int32Array(list.length);
      order.forEach((k, r) => {
        rank[k] = r;
      });
      return rank;
    };
    const menteeRank = idRank(mentees);
    const mentorRank = idRank(mentors);
    const prefs = mentees.map((_, i) => {
      const allowed: number[] = [];
      for (let j = 0; j < nMo; j++) if ((scores[i * nMo + j] as number) >= 0) allowed.push(j);
      allowed.sort(
        (x, y) =>
          (scores[i * nMo + y] as number) - (scores[i * nMo + x] as number) ||
          (mentorRank[x] as number) - (mentorRank[y] as number),
      );
      return Int32Array.from(allowed);
    });
    const capacity = Int32Array.from(mentors, (mo) => cap(mo));
    const receiverOf = deferredAcceptance(prefs, capacity, (j, a, b) => {
      const sa = scores[a * nMo + j] as number;
      const sb = scores[b * nMo + j] as number;
      return sa > sb || (sa === sb && (menteeRank[a] as number) < (menteeRank[b] as number));
    });
    for (let i = 0; i < nMe; i++) {
      const j = receiverOf[i] as number;
      if (j >= 0) pairs.push(pairOf(i, j));
    }
  }
  pairs.sort((a, b) => (a.menteeId < b.menteeId ? -1 : 1));
  const matched = new Set(pairs.map((p) => p.menteeId));
  const totalCapacity = mentors.reduce((s, m) => s + cap(m), 0);
  const unmatched = mentees
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => !matched.has(m.id))
    .map(({ m, i }) => {
      let allowed = 0;
      for (let j = 0; j < nMo; j++) if ((scores[i * nMo + j] as number) >= 0) allowed++;
      return {
        menteeId: m.id,
        reason:
          mentors.length === 0
            ? 'no mentors'
            : allowed === 0
              ? 'every mentor is ruled out by a constraint (organisation, language, met before, excluded) or scores below minScore'
              : mentees.length > totalCapacity
                ? `more mentees (${mentees.length}) than mentor places (${totalCapacity}); the places went to pairs with higher scores`
                : 'the mentors this mentee could have were all taken by better-scoring pairs',
      };
    });
  return {
    pairs,
    unmatched,
    objective: Math.round(pairs.reduce((s, p) => s + p.score, 0) * 1e9) / 1e9,
    method: opts.method,
  };
}
