import type { Member } from '../../model/member.js';
import { utcOffsetHours } from './timeZone.js';

/**
 * The criteria of {@link matchMentors}, as one table: each criterion's id
 * (the key of `weights` and of a pair's `criteria`), its default weight, what
 * it measures (the line of docs/matching.md's table — a test checks the doc
 * against it), how it is computed for one pair and the reason sentence written
 * for a chosen pair. The score, the reasons and the docs are all derived from
 * this table; nothing else spells the criteria out. Internal.
 */

/** What {@link matchMentors} knows of a member, computed once per member (not once per pair). */
export interface MemberFacts {
  readonly m: Member;
  /** Lower-cased interests, each once. */
  readonly interests: readonly string[];
  readonly interestSet: ReadonlySet<string>;
  /** Lower-cased languages. */
  readonly languages: ReadonlySet<string>;
  /** UTC offset in hours at `asOf`, or null when the time zone is unknown. */
  readonly offset: number | null;
  readonly expertise: readonly { text: string; lower: string; words: string[] }[];
}

/** The facts of one member at time `t` (epoch ms). */
export function memberFacts(m: Member, t: number): MemberFacts {
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
}

/** A mentee and a mentor, with the options the criteria read. */
export interface PairFacts {
  readonly mentee: MemberFacts;
  readonly mentor: MemberFacts;
  /** Skill ids the mentee wants to grow (`goals[menteeId]`). */
  readonly goals: readonly string[];
  /** The mentor's skill levels (`skillLevels[mentorId]`). */
  readonly levels: Readonly<Record<string, number>>;
}

/** The mentee's languages (as written) that the mentor speaks too. */
export function sharedLanguages(p: PairFacts): string[] {
  return p.mentee.m.languages.filter((l) => p.mentor.languages.has(l.toLowerCase()));
}

/** How many of the mentee's languages (lower-cased, each once) the mentor speaks too (no array, no string: this runs for every pair). */
export function sharedLanguageCount(p: PairFacts): number {
  let n = 0;
  for (const l of p.mentee.languages) if (p.mentor.languages.has(l)) n++;
  return n;
}

/** Whether one of the mentor's expertise keywords meets the mentee's interests (whole or one of its words). */
function meetsInterests(e: MemberFacts['expertise'][number], mentee: MemberFacts): boolean {
  return mentee.interestSet.has(e.lower) || e.words.some((x) => mentee.interestSet.has(x));
}

/** Hours between the two UTC offsets around the clock, or null when either is unknown. */
function hoursApart(p: PairFacts): number | null {
  const a = p.mentee.offset;
  const b = p.mentor.offset;
  return a === null || b === null ? null : Math.min(Math.abs(a - b), 24 - Math.abs(a - b));
}

/** One criterion of the mentor–mentee score. */
export interface MentorCriterion {
  /** The key in `weights` and in a pair's `criteria`. */
  readonly id: string;
  readonly defaultWeight: number;
  /** What the 0–1 value measures (docs/matching.md's criteria table). */
  readonly meaning: string;
  /** The 0–1 value for one pair. */
  readonly value: (p: PairFacts) => number;
  /** The reason sentence for a chosen pair, or null when there is nothing to say. */
  readonly reason: (p: PairFacts) => string | null;
}

/** The criteria, in the order of the score, the reasons and the docs. */
export const MENTOR_CRITERIA = [
  {
    id: 'sharedTopics',
    defaultWeight: 0.4,
    meaning: 'Jaccard similarity of interests',
    value: ({ mentee, mentor }) => {
      let inter = 0;
      for (const x of mentor.interests) if (mentee.interestSet.has(x)) inter++;
      const union = mentee.interests.length + mentor.interests.length - inter;
      return union === 0 ? 0 : inter / union;
    },
    reason: ({ mentee, mentor }) => {
      const shared = mentee.m.interests.filter((x) => mentor.m.interests.includes(x));
      return shared.length > 0 ? `shares interests: ${shared.join(', ')}` : 'no shared interests';
    },
  },
  {
    id: 'expertise',
    defaultWeight: 0.3,
    meaning: "the mentor's expertise keywords that meet the mentee's interests",
    value: ({ mentee, mentor }) => {
      if (mentor.expertise.length === 0) return 0;
      let hits = 0;
      for (const e of mentor.expertise) if (meetsInterests(e, mentee)) hits++;
      return Math.min(1, hits / Math.max(1, Math.min(3, mentee.m.interests.length)));
    },
    reason: ({ mentee, mentor }) => {
      const hits = mentor.expertise.filter((e) => meetsInterests(e, mentee)).map((e) => e.text);
      return hits.length > 0 ? `expertise in ${hits.join(', ')}` : null;
    },
  },
  {
    id: 'timeZone',
    defaultWeight: 0.2,
    meaning: '1 − (difference of UTC offsets) / 12 h; 0.5 when unknown',
    value: (p) => {
      const gap = hoursApart(p);
      return gap === null ? 0.5 : Math.max(0, 1 - gap / 12);
    },
    reason: (p) => {
      const gap = hoursApart(p);
      return gap === null ? 'time zone unknown' : `time zones ${Math.round(gap * 10) / 10} h apart`;
    },
  },
  {
    id: 'language',
    defaultWeight: 0.1,
    meaning: '1 with a shared language (0.5 when unknown)',
    value: (p) =>
      p.mentee.m.languages.length === 0 || p.mentor.m.languages.length === 0
        ? 0.5
        : sharedLanguageCount(p) > 0
          ? 1
          : 0,
    reason: (p) => {
      const shared = sharedLanguages(p);
      return shared.length > 0 ? `both speak ${shared.join(', ')}` : null;
    },
  },
  {
    id: 'skills',
    defaultWeight: 0,
    meaning: "the mentor's level on the mentee's `goals` (skill ids), from `skillLevels`",
    value: ({ goals, levels }) => {
      if (goals.length === 0) return 0;
      let sum = 0;
      for (const g of goals) sum += Math.min(4, levels[g] ?? 0) / 4;
      return sum / goals.length;
    },
    reason: ({ goals, levels }) =>
      goals.length > 0
        ? `mentor's level on the mentee's goals: ${goals.map((g) => `${g} ${levels[g] ?? 'unassessed'}`).join(', ')}`
        : null,
  },
] as const satisfies readonly MentorCriterion[];

/** A criterion's id. */
export type MentorCriterionId = (typeof MENTOR_CRITERIA)[number]['id'];
