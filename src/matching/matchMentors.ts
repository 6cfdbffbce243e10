import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import type { Member } from '../model/member.js';
import { parseWith, throwIfIssues } from '../model/validate.js';
import { utcOffsetHours } from './internal/timeZone.js';
import { solveAssignment } from './solveAssignment.js';
import { stableMatching } from './stableMatching.js';

/**
 * Options of {@link matchMentors}.
 *
 * @example
 * ```ts
 * MatchMentorsOptionsSchema.parse({ asOf: '2026-01-01' }); // → { method: 'optimal', weights: {…}, constraints: {…}, defaultCapacity: 1, … }
 * ```
 */
export const MatchMentorsOptionsSchema = z.object({
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
    .object({
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
    .object({
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

/** A mentor–mentee pair with its score and reasons. */
export interface MentorPair {
  menteeId: string;
  mentorId: string;
  score: number;
  /** Each criterion's 0–1 value. */
  criteria: { sharedTopics: number; expertise: number; timeZone: number; language: number; skills: number };
  reasons: string[];
}

/** The result of {@link matchMentors}. */
export interface MentorMatching {
  pairs: MentorPair[];
  unmatched: { menteeId: string; reason: string }[];
  /** Sum of the pair scores. */
  objective: number;
  method: 'optimal' | 'stable';
}

/**
 * Mentor–mentee pairing from composable criteria, exactly. Each allowed pair
 * scores a weighted sum of: shared topics (Jaccard of interests), the mentor's
 * expertise on the mentee's interests, time-zone overlap (1 − |Δhours| / 12),
 * a shared language, and — given `skillLevels` and `goals` — the mentor's
 * level on the skills the mentee wants to grow. Hard constraints: mentor
 * capacity (`capacity.maxMentees`, or `defaultCapacity`), excluded pairs, and
 * optionally different organisations, no pair that has met before, a shared
 * language. `optimal` maximises the total score exactly: each mentor becomes
 * `capacity` columns of a rectangular assignment problem solved by
 * `solveAssignment` (no greedy pass). `stable` runs deferred acceptance with
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
 * // → ['shares interests: open-data', 'expertise in metadata standards', 'time zones 1 h apart', 'both speak en']
 * ```
 */
export function matchMentors(community: Community, options: MatchMentorsOptions): MentorMatching {
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
    throwIfIssues('matchMentors', issues);
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
  const w = opts.weights;
  const wSum = w.sharedTopics + w.expertise + w.timeZone + w.language + w.skills || 1;
  // Per-member features, computed once (the pair loop runs mentees × mentors times).
  type Features = {
    interests: Set<string>;
    expertise: { text: string; words: string[] }[];
    languages: Set<string>;
    offset: number | null;
  };
  const features = new Map<string, Features>();
  const featuresOf = (m: Member): Features => {
    let f = features.get(m.id);
    if (!f) {
      f = {
        interests: new Set(m.interests.map((x) => x.toLowerCase())),
        expertise: m.expertise.map((e) => ({ text: e.toLowerCase(), words: e.toLowerCase().split(/\s+/) })),
        languages: new Set(m.languages.map((x) => x.toLowerCase())),
        offset: utcOffsetHours(m.timeZone ?? null, t),
      };
      features.set(m.id, f);
    }
    return f;
  };
  /** The pair's score and criteria, or null when a hard constraint rules it out. Reasons are built later, for chosen pairs only. */
  const score = (me: Member, mo: Member): { score: number; criteria: MentorPair['criteria'] } | null => {
    if (me.id === mo.id || excluded.has(`${me.id}\u0000${mo.id}`)) return null;
    if (opts.constraints.differentOrganisation && me.affiliation && me.affiliation === mo.affiliation)
      return null;
    if (opts.constraints.notMetBefore && met.has(`${me.id}\u0000${mo.id}`)) return null;
    const a = featuresOf(me);
    const b = featuresOf(mo);
    let sharedLanguages = 0;
    for (const l of a.languages) if (b.languages.has(l)) sharedLanguages++;
    if (
      opts.constraints.sharedLanguage &&
      a.languages.size > 0 &&
      b.languages.size > 0 &&
      sharedLanguages === 0
    )
      return null;
    let inter = 0;
    for (const x of a.interests) if (b.interests.has(x)) inter++;
    const union = a.interests.size + b.interests.size - inter;
    const sharedTopics = union === 0 ? 0 : inter / union;
    let hits = 0;
    for (const e of b.expertise)
      if (a.interests.has(e.text) || e.words.some((w) => a.interests.has(w))) hits++;
    const expertise =
      b.expertise.length === 0 ? 0 : Math.min(1, hits / Math.max(1, Math.min(3, me.interests.length)));
    const gap =
      a.offset === null || b.offset === null
        ? null
        : Math.min(Math.abs(a.offset - b.offset), 24 - Math.abs(a.offset - b.offset));
    const timeZone = gap === null ? 0.5 : Math.max(0, 1 - gap / 12);
    const language = a.languages.size === 0 || b.languages.size === 0 ? 0.5 : sharedLanguages > 0 ? 1 : 0;
    const goals = opts.goals[me.id] ?? [];
    const levels = opts.skillLevels[mo.id] ?? {};
    const skills =
      goals.length === 0
        ? 0
        : goals.reduce((sum, g) => sum + Math.min(4, levels[g] ?? 0) / 4, 0) / goals.length;
    const total =
      (w.sharedTopics * sharedTopics +
        w.expertise * expertise +
        w.timeZone * timeZone +
        w.language * language +
        w.skills * skills) /
      wSum;
    if (total < opts.minScore) return null;
    return {
      score: Math.round(total * 1e12) / 1e12,
      criteria: { sharedTopics, expertise, timeZone, language, skills },
    };
  };
  const describe = (
    me: Member,
    mo: Member,
    p: { score: number; criteria: MentorPair['criteria'] },
  ): MentorPair => {
    const a = featuresOf(me);
    const b = featuresOf(mo);
    const shared = me.interests.filter((x) => mo.interests.includes(x));
    const expertHits = mo.expertise.filter(
      (e) =>
        a.interests.has(e.toLowerCase()) ||
        e
          .toLowerCase()
          .split(/\s+/)
          .some((x) => a.interests.has(x)),
    );
    const gap =
      a.offset === null || b.offset === null
        ? null
        : Math.min(Math.abs(a.offset - b.offset), 24 - Math.abs(a.offset - b.offset));
    const sharedLangs = me.languages.filter((l) => b.languages.has(l.toLowerCase()));
    const goals = opts.goals[me.id] ?? [];
    const levels = opts.skillLevels[mo.id] ?? {};
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
    return { menteeId: me.id, mentorId: mo.id, score: p.score, criteria: p.criteria, reasons };
  };
  const cap = (m: Member): number => m.capacity.maxMentees ?? opts.defaultCapacity;
  const table = mentees.map((me) => mentors.map((mo) => score(me, mo)));
  let pairs: MentorPair[] = [];
  if (opts.method === 'optimal') {
    const columns: number[] = [];
    mentors.forEach((mo, j) => {
      for (let k = 0; k < cap(mo); k++) columns.push(j);
    });
    if (mentees.length > 0 && columns.length > 0) {
      const data = new Float64Array(mentees.length * columns.length);
      for (let i = 0; i < mentees.length; i++)
        for (let c = 0; c < columns.length; c++) {
          const p = table[i]![columns[c] as number];
          data[i * columns.length + c] = p ? p.score : Number.NEGATIVE_INFINITY;
        }
      const r = solveAssignment({ rows: mentees.length, cols: columns.length, data }, { maximize: true });
      r.assignment.forEach((c, i) => {
        const j = columns[c] as number;
        if (c >= 0) pairs.push(describe(mentees[i] as Member, mentors[j] as Member, table[i]![j]!));
      });
    }
  } else {
    const result = stableMatching(
      mentees.map((me, i) => ({
        id: me.id,
        preferences: mentors
          .map((mo, j) => ({ id: mo.id, p: table[i]![j] }))
          .filter((x) => x.p !== null)
          .sort((a, b) => b.p!.score - a.p!.score || (a.id < b.id ? -1 : 1))
          .map((x) => x.id),
      })),
      mentors.map((mo, j) => ({
        id: mo.id,
        capacity: cap(mo),
        preferences: mentees
          .map((me, i) => ({ id: me.id, p: table[i]![j] }))
          .filter((x) => x.p !== null)
          .sort((a, b) => b.p!.score - a.p!.score || (a.id < b.id ? -1 : 1))
          .map((x) => x.id),
      })),
    );
    const ix = new Map(mentees.map((m, i) => [m.id, i]));
    const jx = new Map(mentors.map((m, j) => [m.id, j]));
    pairs = result.pairs.map((p) => {
      const i = ix.get(p.proposer)!;
      const j = jx.get(p.receiver)!;
      return describe(mentees[i] as Member, mentors[j] as Member, table[i]![j]!);
    });
  }
  pairs.sort((a, b) => (a.menteeId < b.menteeId ? -1 : 1));
  const matched = new Set(pairs.map((p) => p.menteeId));
  const totalCapacity = mentors.reduce((s, m) => s + cap(m), 0);
  const unmatched = mentees
    .filter((m) => !matched.has(m.id))
    .map((m, _k) => {
      const i = mentees.indexOf(m);
      const allowed = table[i]!.filter((p) => p !== null).length;
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
