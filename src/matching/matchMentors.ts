import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import type { ValidationIssue } from '../model/errors.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import type { Member } from '../model/member.js';
import { duplicateIdIssues, fail, parseWith } from '../model/validate.js';
import { capacitatedArcsAssignment } from './internal/capacitatedArcs.js';
import { capacitatedAssignment } from './internal/capacitatedAssignment.js';
import { deferredAcceptance } from './internal/deferredAcceptance.js';
import { mentorCandidates } from './internal/mentorCandidates.js';
import {
  MENTOR_CRITERIA,
  type MemberFacts,
  type MentorCriterion,
  type MentorCriterionId,
  memberFacts,
  type PairFacts,
  sharedLanguageCount,
} from './internal/mentorCriteria.js';

/** An object with one entry per criterion, in the table's order. */
function criteriaShape<T>(entry: (c: MentorCriterion) => T): Record<MentorCriterionId, T> {
  return Object.fromEntries(MENTOR_CRITERIA.map((c) => [c.id, entry(c)])) as Record<MentorCriterionId, T>;
}

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
    .strictObject(criteriaShape((c) => z.number().min(0).default(c.defaultWeight)))
    .default(criteriaShape((c) => c.defaultWeight)),
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
  /**
   * Candidate pruning for large pools (`optimal` only; see docs/matching.md):
   * from `minPairs` mentees × mentors on, each mentee is scored only against
   * the mentors who share an interest, expertise keyword or goal with them
   * (the `perMentee` best kept) plus `fallback` others nearest in time zone.
   */
  candidates: z
    .strictObject({
      minPairs: z.number().int().min(0).default(1_000_000),
      perMentee: z.number().int().min(0).default(64),
      fallback: z.number().int().min(0).default(16),
    })
    .default({ minPairs: 1_000_000, perMentee: 64, fallback: 16 }),
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
  criteria: z.object(criteriaShape(() => z.number())),
  reasons: z.array(z.string()),
});

/** A mentor–mentee pair with its score and reasons. */
export type MentorPair = z.output<typeof MentorPairSchema>;

/**
 * The result of {@link matchMentors}, as a schema (to validate a stored matching).
 *
 * @example
 * ```ts
 * MentorMatchingSchema.parse({ pairs: [], unmatched: [{ menteeId: 'm-9', reason: 'no mentor has capacity left' }], objective: 0, method: 'optimal' }).pruned; // → false
 * ```
 */
export const MentorMatchingSchema = z.object({
  pairs: z.array(MentorPairSchema),
  unmatched: z.array(z.object({ menteeId: z.string(), reason: z.string() })),
  /** Sum of the pair scores. */
  objective: z.number(),
  method: z.enum(['optimal', 'stable']),
  /** True when candidates were pruned (large pools: options.candidates): the optimum over the candidate pairs, not over every pair. */
  pruned: z.boolean().default(false),
});

/** The result of {@link matchMentors}. */
export type MentorMatching = z.output<typeof MentorMatchingSchema>;

/**
 * Mentor–mentee pairing from composable criteria, exactly. By default the
 * mentees are the current members willing to be mentored and the mentors those
 * willing to mentor, bots left out; `mentees` / `mentors` list them by id
 * instead. Each allowed pair
 * scores a weighted sum of: shared topics (Jaccard of interests), the mentor's
 * expertise on the mentee's interests, time-zone overlap (1 − |Δhours| / 12),
 * a shared language, and — given `skillLevels` and `goals` — the mentor's
 * level on the skills the mentee wants to grow. Hard constraints: mentor
 * capacity (`capacity.maxMentees`, or `defaultCapacity`), excluded pairs, and
 * optionally different organisations, no pair that has met before, a shared
 * language. `optimal` maximises the total score exactly (no greedy pass):
 * it solves the assignment problem in which each mentor is `capacity`
 * identical seats, with the seats merged inside the solver (a transportation
 * problem on mentees × mentors, O(mentees² · mentors) worst case). From
 * `candidates.minPairs` (1,000,000) mentees × mentors on, `optimal` scores
 * only candidate pairs — for each mentee the best mentors who share an
 * interest, expertise keyword or goal (an inverted index), plus a few others
 * nearest in time zone — and solves exactly on those; the result then says
 * `pruned: true` (docs/matching.md: when and why; 6,567 × 10,024 in about
 * 3 s instead of minutes). `stable` runs deferred acceptance with
 * mentees proposing, preferences by score. Mentees left out come back in
 * `unmatched` with why (more mentees than capacity is a partial result, not an
 * error).
 *
 * @param community - a parsed community
 * @param options - `asOf` (required), who, method, weights, constraints
 * @returns the pairs with scores and reasons, the unmatched with why, the objective, whether candidates were pruned
 * @throws {@link ValidationError} for unknown or duplicate member ids, or invalid options
 *
 * @example
 * ```ts
 * matchMentors(sampleCommunity(), { asOf: '2026-01-01' }).pairs[0]?.reasons;
 * // → ['shares interests: python, reproducibility, testing', 'expertise in python packaging, unit testing', 'time zones 6 h apart', 'both speak en']
 * ```
 */
export function matchMentors(community: Community, options: MatchMentorsOptions): MentorMatching {
  // Only what is read is checked: the members, and the activities for `notMetBefore` alone.
  requireParsedCommunity('matchMentors', community, 'community', ['members']);
  const opts = parseWith('matchMentors', MatchMentorsOptionsSchema, options, 'options');
  if (opts.constraints.notMetBefore)
    requireParsedCommunity('matchMentors', community, 'community', ['activities']);
  const t = opts.asOf.getTime();
  const byId = new Map(community.members.map((m) => [m.id, m]));
  const current = (m: Member): boolean =>
    (!m.joinedAt || m.joinedAt.getTime() <= t) && (!m.leftAt || m.leftAt.getTime() > t);
  const pick = (ids: string[] | undefined, root: string, fallback: (m: Member) => boolean): Member[] => {
    if (!ids)
      return (
        community.members
          // Bots are never offered as mentors or mentees unless listed by id.
          .filter((m) => m.kind !== 'bot' && current(m) && fallback(m))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
      );
    const issues: ValidationIssue[] = [
      ...ids.flatMap((id, k) =>
        byId.has(id)
          ? []
          : [{ path: `${root}[${k}]`, message: `no member "${id}"`, code: 'unknown-reference' as const }],
      ),
      ...duplicateIdIssues(ids, (k) => `${root}[${k}]`, 'member'),
    ];
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
  const wMax = Math.max(...MENTOR_CRITERIA.map((c) => opts.weights[c.id]));
  const weight = MENTOR_CRITERIA.map((c) => (wMax > 0 ? opts.weights[c.id] / wMax : 0));
  const wSum = weight.reduce((s, x) => s + x, 0) || 1;
  // Per-member facts, computed once (not once per pair).
  const menteeFacts = mentees.map((m) => memberFacts(m, t));
  const mentorFacts = mentors.map((m) => memberFacts(m, t));
  // Each mentee's goals and each mentor's levels, looked up once (not once per pair).
  const menteeGoals = mentees.map((m) => opts.goals[m.id] ?? []);
  const mentorLevels = mentors.map((m) => opts.skillLevels[m.id] ?? {});
  const pairFacts = (i: number, j: number): PairFacts => ({
    mentee: menteeFacts[i] as MemberFacts,
    mentor: mentorFacts[j] as MemberFacts,
    goals: menteeGoals[i] as string[],
    levels: mentorLevels[j] as Record<string, number>,
  });
  // Integers for what the constraints compare on every pair: the member (equal codes, equal ids) and
  // the languages (one bit each, when there are at most 30: a pair shares one when the masks meet).
  const idCode = new Map<string, number>();
  const codeOf = (m: Member): number => {
    let code = idCode.get(m.id);
    if (code === undefined) idCode.set(m.id, (code = idCode.size));
    return code;
  };
  const menteeCode = mentees.map(codeOf);
  const mentorCode = mentors.map(codeOf);
  const languageBit = new Map<string, number>();
  for (const f of [...menteeFacts, ...mentorFacts])
    for (const l of f.languages) if (!languageBit.has(l)) languageBit.set(l, 1 << languageBit.size);
  const masks = languageBit.size <= 30;
  const maskOf = (f: MemberFacts): number => {
    let mask = 0;
    if (masks) for (const l of f.languages) mask |= languageBit.get(l) as number;
    return mask;
  };
  const menteeLanguages = menteeFacts.map(maskOf);
  const mentorLanguages = mentorFacts.map(maskOf);
  // Whether a hard constraint rules the pair out (mentee i, mentor j, with their facts in p). This
  // runs for every candidate pair: the common rules read per-index integers, not the member records.
  const byRecord = excluded.size > 0 || met.size > 0 || opts.constraints.differentOrganisation || !masks;
  const sharedLanguage = opts.constraints.sharedLanguage;
  const ruledOut = (p: PairFacts, i: number, j: number): boolean => {
    if (menteeCode[i] === mentorCode[j]) return true;
    if (byRecord) {
      const me = p.mentee.m;
      const mo = p.mentor.m;
      if (
        (excluded.size > 0 && excluded.has(`${me.id}\u0000${mo.id}`)) ||
        (opts.constraints.differentOrganisation &&
          me.affiliation !== undefined &&
          me.affiliation === mo.affiliation) ||
        (met.size > 0 && met.has(`${me.id}\u0000${mo.id}`))
      )
        return true;
      if (!masks)
        return (
          sharedLanguage && me.languages.length > 0 && mo.languages.length > 0 && sharedLanguageCount(p) === 0
        );
    }
    // A member lists languages exactly when their mask is not 0.
    const a = menteeLanguages[i] as number;
    const b = mentorLanguages[j] as number;
    return sharedLanguage && a !== 0 && b !== 0 && (a & b) === 0;
  };
  // The language criterion's value from the masks (as MENTOR_CRITERIA's `language`).
  const languageValue = (i: number, j: number): number => {
    const a = menteeLanguages[i] as number;
    const b = mentorLanguages[j] as number;
    return a === 0 || b === 0 ? 0.5 : (a & b) !== 0 ? 1 : 0;
  };
  // The weighted score of one pair (each criterion computed once), or -1 when ruled out or below minScore.
  // Criteria of weight 0 add exactly 0: they are not computed for every pair.
  const weighted = MENTOR_CRITERIA.flatMap((_, k) => ((weight[k] as number) > 0 ? [k] : []));
  // Interests as bit masks too (when there are at most 30, lower-cased): the Jaccard of two members'
  // interests from the masks' common bits, the same integers as counting them in the sets.
  const interestBit = new Map<string, number>();
  for (const f of [...menteeFacts, ...mentorFacts])
    for (const x of f.interests) if (!interestBit.has(x)) interestBit.set(x, 1 << interestBit.size);
  const interestMasks = interestBit.size <= 30;
  const interestsOf = (f: MemberFacts): number => {
    let mask = 0;
    if (interestMasks) for (const x of f.interests) mask |= interestBit.get(x) as number;
    return mask;
  };
  const menteeInterests = menteeFacts.map(interestsOf);
  const mentorInterests = mentorFacts.map(interestsOf);
  const sharedTopicsValue = (i: number, j: number): number => {
    const inter = bitCount((menteeInterests[i] as number) & (mentorInterests[j] as number));
    const union =
      (menteeFacts[i] as MemberFacts).interests.length +
      (mentorFacts[j] as MemberFacts).interests.length -
      inter;
    return union === 0 ? 0 : inter / union;
  };
  // Each weighted criterion's value: from the masks where they stand in for the table's formula.
  const criterionValues = weighted.map((k): ((p: PairFacts, i: number, j: number) => number) => {
    const c = MENTOR_CRITERIA[k] as MentorCriterion;
    if (c.id === 'sharedTopics' && interestMasks) return (_, i, j) => sharedTopicsValue(i, j);
    if (c.id === 'language' && masks) return (_, i, j) => languageValue(i, j);
    return (p) => c.value(p);
  });
  const weightOfValue = weighted.map((k) => weight[k] as number);
  const scoreOf = (p: PairFacts, i: number, j: number): number => {
    if (ruledOut(p, i, j)) return -1;
    let sum = 0;
    for (let v = 0; v < criterionValues.length; v++)
      sum +=
        (weightOfValue[v] as number) *
        (criterionValues[v] as (p: PairFacts, i: number, j: number) => number)(p, i, j);
    const total = Math.round((sum / wSum) * 1e12) / 1e12;
    return total < opts.minScore ? -1 : total;
  };
  const nMe = mentees.length;
  const nMo = mentors.length;
  const cap = (m: Member): number => m.capacity.maxMentees ?? opts.defaultCapacity;
  // Large pools: the optimum over candidate pairs only (no mentees × mentors matrix).
  if (opts.method === 'optimal' && nMe > 0 && nMo > 0 && nMe * nMo >= opts.candidates.minPairs) {
    const p = { ...pairFacts(0, 0) };
    const setPair = (i: number, j: number): void => {
      p.mentee = menteeFacts[i] as MemberFacts;
      p.goals = menteeGoals[i] as string[];
      p.mentor = mentorFacts[j] as MemberFacts;
      p.levels = mentorLevels[j] as Record<string, number>;
    };
    const weightOf = (id: MentorCriterionId): number =>
      (weight[MENTOR_CRITERIA.findIndex((c) => c.id === id)] as number) / wSum;
    const mentorIds = new Set(mentors.map((m) => m.id));
    const named = new Set([
      ...opts.constraints.exclude.map(([a]) => a),
      ...[...met].map((k) => k.split('\u0000')[0]),
    ]);
    const skillsAt = MENTOR_CRITERIA.findIndex((c) => c.id === 'skills');
    const skillsCriterion = MENTOR_CRITERIA[skillsAt] as MentorCriterion;
    const languageCriterion = MENTOR_CRITERIA.find((c) => c.id === 'language') as MentorCriterion;
    const skillsWeighted = (weight[skillsAt] as number) > 0;
    const cand = mentorCandidates(
      menteeFacts,
      mentorFacts,
      opts.candidates,
      skillsWeighted
        ? {
            goalsOf: (i) => menteeGoals[i] as string[],
            levelsOf: (j) => mentorLevels[j] as Record<string, number>,
          }
        : null,
      {
        allowed: (i, j) => {
          // The hard constraints read the two members only (not goals or levels).
          p.mentee = menteeFacts[i] as MemberFacts;
          p.mentor = mentorFacts[j] as MemberFacts;
          return !ruledOut(p, i, j);
        },
        exact: (i, j) => {
          setPair(i, j);
          return scoreOf(p, i, j);
        },
        weights: [
          weightOf('sharedTopics'),
          weightOf('expertise'),
          weightOf('timeZone'),
          weightOf('language'),
          weightOf('skills'),
        ],
        skillsOf: (i, j) => {
          setPair(i, j);
          return skillsCriterion.value(p);
        },
        languageOf: masks
          ? languageValue
          : (i, j) => {
              setPair(i, j);
              return languageCriterion.value(p);
            },
      },
      (i) => {
        // What the choice of candidates reads of the mentee; their own id when a rule names them.
        const f = menteeFacts[i] as MemberFacts;
        const own = mentorIds.has(f.m.id) || named.has(f.m.id);
        return JSON.stringify([
          own ? f.m.id : '',
          [...f.interests].sort(),
          f.m.interests.length,
          f.offset,
          [...f.languages].sort(),
          opts.constraints.differentOrganisation ? (f.m.affiliation ?? null) : null,
          skillsWeighted ? (menteeGoals[i] as string[]) : [],
        ]);
      },
    );
    const candidateCount = (i: number): number => (cand.first[i + 1] as number) - (cand.first[i] as number);
    // Each mentee's arcs: its candidates, then the "unmatched" column (see the dense case below).
    const first = new Int32Array(nMe);
    const end = new Int32Array(nMe);
    const nArcs = (cand.first[nMe] as number) + nMe;
    const col = new Int32Array(nArcs);
    const cost = new Float64Array(nArcs);
    let at = 0;
    for (let i = 0; i < nMe; i++) {
      first[i] = at;
      for (let e = cand.first[i] as number, stop = cand.first[i + 1] as number; e < stop; e++) {
        col[at] = cand.col[e] as number;
        cost[at++] = 1 - (cand.score[e] as number);
      }
      col[at] = nMo;
      cost[at++] = nMe + 1;
      end[i] = at;
    }
    const capacity = new Int32Array(nMo + 1);
    mentors.forEach((mo, j) => {
      capacity[j] = cap(mo);
    });
    capacity[nMo] = nMe;
    // Never null: every mentee has the "unmatched" arc, with room for all.
    const col4row = capacitatedArcsAssignment({ first, end, col, cost }, nMe, capacity) as Int32Array;
    const scoreAt = (i: number, j: number): number => {
      for (let e = cand.first[i] as number, stop = cand.first[i + 1] as number; e < stop; e++)
        if (cand.col[e] === j) return cand.score[e] as number;
      return -1;
    };
    const pairs: MentorPair[] = [];
    for (let i = 0; i < nMe; i++) {
      const j = col4row[i] as number;
      if (j >= 0 && j < nMo) pairs.push(pairWithReasons(pairFacts(i, j), scoreAt(i, j)));
    }
    return finish(pairs, mentees, mentors, cap, candidateCount, opts.method, true);
  }
  // Scores of every pair in one flat array; -1 marks a pair ruled out.
  const scores = new Float64Array(nMe * nMo);
  for (let i = 0; i < nMe && nMo > 0; i++) {
    // One pair object per mentee, its mentor side refilled for each mentor (no allocation per pair).
    const p = { ...pairFacts(i, 0) };
    for (let j = 0; j < nMo; j++) {
      p.mentor = mentorFacts[j] as MemberFacts;
      p.levels = mentorLevels[j] as Record<string, number>;
      scores[i * nMo + j] = scoreOf(p, i, j);
    }
  }
  // Reasons are written only for the pairs chosen.
  const pairOf = (i: number, j: number): MentorPair =>
    pairWithReasons(pairFacts(i, j), scores[i * nMo + j] as number);
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
  const allowedCount = (i: number): number => {
    let allowed = 0;
    for (let j = 0; j < nMo; j++) if ((scores[i * nMo + j] as number) >= 0) allowed++;
    return allowed;
  };
  return finish(pairs, mentees, mentors, cap, allowedCount, opts.method, false);
}

/** A chosen pair with its criteria and reasons (written only for the pairs chosen). */
function pairWithReasons(p: PairFacts, score: number): MentorPair {
  return {
    menteeId: p.mentee.m.id,
    mentorId: p.mentor.m.id,
    score,
    criteria: criteriaShape((c) => c.value(p)),
    reasons: MENTOR_CRITERIA.flatMap((c) => c.reason(p) ?? []),
  };
}

/** The result: pairs by mentee id, the unmatched with why (`allowedCount(i)`: mentee i's possible mentors), the objective. */
function finish(
  pairs: MentorPair[],
  mentees: Member[],
  mentors: Member[],
  cap: (m: Member) => number,
  allowedCount: (i: number) => number,
  method: 'optimal' | 'stable',
  pruned: boolean,
): MentorMatching {
  pairs.sort((a, b) => (a.menteeId < b.menteeId ? -1 : 1));
  const matched = new Set(pairs.map((p) => p.menteeId));
  const totalCapacity = mentors.reduce((s, m) => s + cap(m), 0);
  const unmatched = mentees
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => !matched.has(m.id))
    .map(({ m, i }) => ({
      menteeId: m.id,
      reason:
        mentors.length === 0
          ? 'no mentors'
          : allowedCount(i) === 0
            ? pruned
              ? 'no candidate mentor: none shares an interest, expertise or goal, and the nearest in time zone are ruled out by a constraint or score below minScore'
              : 'every mentor is ruled out by a constraint (organisation, language, met before, excluded) or scores below minScore'
            : mentees.length > totalCapacity
              ? `more mentees (${mentees.length}) than mentor places (${totalCapacity}); the places went to pairs with higher scores`
              : pruned
                ? "this mentee's candidate mentors were all taken by better-scoring pairs"
                : 'the mentors this mentee could have were all taken by better-scoring pairs',
    }));
  return {
    pairs,
    unmatched,
    objective: Math.round(pairs.reduce((s, p) => s + p.score, 0) * 1e9) / 1e9,
    method,
    pruned,
  };
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
