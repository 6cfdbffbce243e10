import { filledArray } from '../../model/internal/scratch.js';
import type { MemberFacts } from './mentorCriteria.js';

/**
 * Candidate generation for {@link matchMentors} on large pools: for each
 * mentee, the mentors worth scoring, as compressed sparse rows (mentee i's
 * candidates are `col[first[i]] … col[first[i + 1] − 1]`, ascending, with
 * their scores in `score`). Internal.
 *
 * - **Sharing something** (an inverted index over the mentors): every mentor
 *   with one of the mentee's interests among their interests, or among their
 *   expertise keywords (whole or one word), or — when `goals` are weighted —
 *   a level above 0 on one of the mentee's goals. Mentees with the same
 *   profile (`profileKey`: everything the choice reads) share one choice:
 *   the `perMentee` best by a score computed from counts along the posting
 *   lists (ties: lower index), plus one more per other mentee of the profile
 *   (at most 16 × `perMentee` more); each mentee of the profile takes the
 *   best half of `perMentee` and a window of the rest that moves with its
 *   rank, so that together they cover the list. Kept pairs are scored
 *   exactly (`exact`).
 * - **Fallback**: up to `fallback` further mentors who share none of that,
 *   nearest in time zone first (within a time zone, each mentee starts at a
 *   different place, so the fallback load spreads), scanning at most
 *   `20 × fallback` mentors. Such pairs score on time zone and language only.
 *
 * Pairs `exact` rules out (−1) are never candidates. Cost: per mentee
 * profile, the lengths of the posting lists its terms reach; per mentee,
 * `perMentee + fallback` exact scores — not mentees × mentors.
 */
export interface MentorCandidates {
  readonly first: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
}

/** The sizes of the candidate lists (see {@link mentorCandidates}). */
export interface CandidateBudget {
  readonly perMentee: number;
  readonly fallback: number;
}

/**
 * How a pair is judged: `allowed(i, j)` (the hard constraints), `exact(i, j)`
 * (the score, −1 when ruled out or below minScore) and, for choosing among
 * the mentors who share something, the weights of the criteria in
 * MENTOR_CRITERIA's order (sharedTopics, expertise, timeZone, language,
 * skills) already divided by their sum, with `skillsOf(i, j)` (the skills
 * value, read only when weighted). The choice scores each mentor from counts
 * gathered along the posting lists (shared interests, expertise keywords
 * meeting an interest) instead of calling the criteria; the kept candidates
 * are then scored with `exact`, so the choice never changes a pair's score.
 */
export interface CandidateScoring {
  readonly allowed: (i: number, j: number) => boolean;
  readonly exact: (i: number, j: number) => number;
  readonly weights: readonly [number, number, number, number, number];
  readonly skillsOf: (i: number, j: number) => number;
  /** The language criterion's value for a pair (read for every mentor the choice considers). */
  readonly languageOf: (i: number, j: number) => number;
}

/** Appends `j` to the list of `key` in `map`. */
function post(map: Map<string, number[]>, key: string, j: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [j]);
  else if (list[list.length - 1] !== j) list.push(j);
}

/** The first k with `sorted[k] >= x` (0 when there is none: the cyclic successor). */
function firstAtLeast(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo === sorted.length ? 0 : lo;
}

/** Hours between two UTC offsets around the clock (6 when either is unknown: the middle). */
function gap(a: number | null, b: number | null): number {
  return a === null || b === null ? 6 : Math.min(Math.abs(a - b), 24 - Math.abs(a - b));
}

/**
 * The candidates of each mentee (see the file's comment). `goalsOf(i)` are
 * mentee i's goals and `levelsOf(j)` mentor j's levels, read only when
 * `useGoals`; `scoring` judges a pair (see {@link CandidateScoring});
 * `profileKey(i)` is mentee i's profile (equal keys: the same choice).
 */
export function mentorCandidates(
  mentees: readonly MemberFacts[],
  mentors: readonly MemberFacts[],
  budget: CandidateBudget,
  useGoals: {
    goalsOf: (i: number) => readonly string[];
    levelsOf: (j: number) => Readonly<Record<string, number>>;
  } | null,
  scoring: CandidateScoring,
  profileKey: (i: number) => string,
): MentorCandidates {
  const nMo = mentors.length;
  const scoreOf = scoring.exact;
  const [wTopics, wExpertise, wZone, wLanguage, wSkills] = scoring.weights;
  // Expertise postings: a term → [mentor, entry] pairs (an entry counts once however many words meet).
  const byExpertise = new Map<string, number[]>();
  let nEntries = 0;
  mentors.forEach((mo, j) => {
    for (const e of mo.expertise) {
      const entry = nEntries++;
      const terms = new Set([e.lower, ...e.words]);
      for (const t of terms) {
        const list = byExpertise.get(t);
        if (list === undefined) byExpertise.set(t, [j, entry]);
        else list.push(j, entry);
      }
    }
  });
  const interCount = new Int32Array(nMo);
  const hitCount = new Int32Array(nMo);
  const entrySeen = new Int32Array(nEntries).fill(-1);
  // The selection score of a touched mentor, from the counts (the criteria's formulas on numbers).
  // What the choice reads of each mentor, as numbers side by side (this runs for every mentor reached).
  const mentorInterests = mentors.map((mo) => mo.interests.length);
  const mentorExpertise = mentors.map((mo) => mo.expertise.length);
  const mentorOffset = mentors.map((mo) => mo.offset);
  const selection = (i: number, j: number, me: MemberFacts): number => {
    const inter = interCount[j] as number;
    const union = me.interests.length + (mentorInterests[j] as number) - inter;
    const topics = union === 0 ? 0 : inter / union;
    const expertise =
      mentorExpertise[j] === 0
        ? 0
        : Math.min(1, (hitCount[j] as number) / Math.max(1, Math.min(3, me.m.interests.length)));
    const offset = mentorOffset[j] as number | null;
    const hours = me.offset === null || offset === null ? null : gap(me.offset, offset);
    const zone = hours === null ? 0.5 : Math.max(0, 1 - hours / 12);
    const language = scoring.languageOf(i, j);
    return (
      wTopics * topics +
      wExpertise * expertise +
      wZone * zone +
      wLanguage * language +
      (wSkills > 0 ? wSkills * scoring.skillsOf(i, j) : 0)
    );
  };
  // The inverted index: a term (lower-cased) → the mentors it reaches.
  const byTerm = new Map<string, number[]>();
  const byInterest = new Map<string, number[]>();
  const byGoal = new Map<string, number[]>();
  mentors.forEach((mo, j) => {
    for (const x of mo.interests) {
      post(byTerm, x, j);
      post(byInterest, x, j);
    }
    for (const e of mo.expertise) {
      post(byTerm, e.lower, j);
      for (const w of e.words) post(byTerm, w, j);
    }
    if (useGoals)
      for (const [g, level] of Object.entries(useGoals.levelsOf(j))) if (level > 0) post(byGoal, g, j);
  });
  // Mentors by time zone, nearest first for each mentee (the unknown zone as 6 h away).
  const zones = new Map<number | null, number[]>();
  mentors.forEach((mo, j) => {
    const list = zones.get(mo.offset);
    if (list === undefined) zones.set(mo.offset, [j]);
    else list.push(j);
  });
  const zoneKeys = [...zones.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  const seen = new Int32Array(nMo).fill(-1);
  const touched: number[] = [];
  const worse = (s1: number, j1: number, s2: number, j2: number): boolean =>
    s1 < s2 || (s1 === s2 && j1 > j2);
  // Mentees with the same profile (everything the choice reads) share one choice.
  const groups = new Map<string, number[]>();
  mentees.forEach((_, i) => {
    const key = profileKey(i);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [i]);
    else list.push(i);
  });
  // Each mentee's candidates, ascending by mentor, appended to `cols` / `scores` as the mentees come
  // (a profile at a time): `rowStart[i]` and `rowLength[i]` say where (flat arrays, not an array of
  // pairs per mentee: hundreds of thousands of small arrays would live through the whole loop).
  const cols: number[] = [];
  const scores: number[] = [];
  const rowStart = filledArray(mentees.length, 0);
  const rowLength = filledArray(mentees.length, 0);
  // The heap of each profile's kept mentors (see below), allocated once for the largest.
  const maxKeep = budget.perMentee === 0 ? 0 : budget.perMentee + 16 * budget.perMentee;
  const hScore = new Float64Array(maxKeep);
  const hCol = new Int32Array(maxKeep);
  let g = 0;
  for (const members of groups.values()) {
    const i0 = members[0] as number;
    const me = mentees[i0] as MemberFacts;
    touched.length = 0;
    const reach = (j: number): void => {
      if (seen[j] !== g) {
        seen[j] = g;
        touched.push(j);
        interCount[j] = 0;
        hitCount[j] = 0;
      }
    };
    for (const x of me.interests) {
      for (const j of byTerm.get(x) ?? []) reach(j);
      // Each mentor's interests are distinct, so a list holds a mentor once.
      for (const j of byInterest.get(x) ?? []) interCount[j] = (interCount[j] as number) + 1;
      const hits = byExpertise.get(x) ?? [];
      for (let h = 0; h < hits.length; h += 2) {
        const entry = hits[h + 1] as number;
        if (entrySeen[entry] === g) continue;
        entrySeen[entry] = g;
        const j = hits[h] as number;
        hitCount[j] = (hitCount[j] as number) + 1;
      }
    }
    if (useGoals) for (const x of useGoals.goalsOf(i0)) for (const j of byGoal.get(x) ?? []) reach(j);
    // The profile's kept mentors: a min-heap on (selection score, −index), one more place per other
    // mentee of the profile (up to 16 × perMentee more), so a crowd with one profile does not
    // compete for the same few mentors.
    const keep =
      budget.perMentee === 0 ? 0 : budget.perMentee + Math.min(members.length - 1, 16 * budget.perMentee);
    let size = 0;
    for (const j of touched) {
      if (keep === 0 || !scoring.allowed(i0, j)) continue;
      const s = selection(i0, j, me);
      if (size < keep) {
        let p = size++;
        while (p > 0) {
          const q = (p - 1) >> 1;
          if (!worse(s, j, hScore[q] as number, hCol[q] as number)) break;
          hScore[p] = hScore[q] as number;
          hCol[p] = hCol[q] as number;
          p = q;
        }
        hScore[p] = s;
        hCol[p] = j;
      } else if (worse(hScore[0] as number, hCol[0] as number, s, j)) {
        let p = 0;
        for (;;) {
          let q = 2 * p + 1;
          if (q >= size) break;
          if (
            q + 1 < size &&
            worse(hScore[q + 1] as number, hCol[q + 1] as number, hScore[q] as number, hCol[q] as number)
          )
            q++;
          if (!worse(hScore[q] as number, hCol[q] as number, s, j)) break;
          hScore[p] = hScore[q] as number;
          hCol[p] = hCol[q] as number;
          p = q;
        }
        hScore[p] = s;
        hCol[p] = j;
      }
    }
    const order = [...zoneKeys].sort((a, b) => gap(me.offset, a) - gap(me.offset, b));
    // Per time zone, the places in its list of the mentors this profile did not reach (when first needed).
    const unreached = new Map<number | null, Int32Array>();
    const unreachedIn = (z: number | null, list: readonly number[]): Int32Array => {
      let places = unreached.get(z);
      if (places === undefined) {
        let n = 0;
        for (const j of list) if (seen[j] !== g) n++;
        places = new Int32Array(n);
        n = 0;
        for (let t = 0; t < list.length; t++) if (seen[list[t] as number] !== g) places[n++] = t;
        unreached.set(z, places);
      }
      return places;
    };
    // Best first; each mentee of the profile takes the best half of perMentee and a window of the
    // rest that moves along with its rank, so that together they cover the whole kept list.
    const ranked = Array.from({ length: size }, (_, k) => k)
      .sort((x, y) =>
        worse(hScore[x] as number, hCol[x] as number, hScore[y] as number, hCol[y] as number) ? 1 : -1,
      )
      .map((k) => hCol[k] as number);
    const best = Math.ceil(budget.perMentee / 2);
    const window = budget.perMentee - best;
    members.forEach((i, r) => {
      const from0 = cols.length;
      // Keeps the row sorted by mentor (rows are short: perMentee + fallback at most).
      const add = (j: number, s: number): void => {
        let at = cols.length;
        cols.push(j);
        scores.push(s);
        while (at > from0 && (cols[at - 1] as number) > j) {
          cols[at] = cols[at - 1] as number;
          scores[at] = scores[at - 1] as number;
          at--;
        }
        cols[at] = j;
        scores[at] = s;
      };
      const take = (j: number): void => {
        const s = scoreOf(i, j);
        if (s >= 0) add(j, s);
      };
      for (let k = 0; k < Math.min(best, size); k++) take(ranked[k] as number);
      const rest = size - best;
      if (rest > 0)
        for (let k = 0; k < Math.min(window, rest); k++)
          take(ranked[best + ((r * window + k) % rest)] as number);
      // Fallback: mentors sharing nothing, nearest time zone first: within a zone, the mentors the
      // profile did not reach, in the zone's cyclic order from the mentee's own starting place.
      let taken = 0;
      let tries = 0;
      const maxTries = 20 * budget.fallback;
      for (const z of order) {
        if (taken >= budget.fallback || tries >= maxTries) break;
        const list = zones.get(z) as number[];
        const from = (i * 7919) % list.length;
        const places = unreachedIn(z, list);
        const start = firstAtLeast(places, from);
        for (let q = 0; q < places.length && taken < budget.fallback && tries < maxTries; q++) {
          const j = list[places[(start + q) % places.length] as number] as number;
          tries++;
          const s = scoreOf(i, j);
          if (s < 0) continue;
          add(j, s);
          taken++;
        }
      }
      rowStart[i] = from0;
      rowLength[i] = cols.length - from0;
    });
    g++;
  }
  const first = new Int32Array(mentees.length + 1);
  const col = new Int32Array(cols.length);
  const score = new Float64Array(cols.length);
  for (let i = 0, at = 0; i < mentees.length; i++) {
    for (let e = rowStart[i] as number, end = e + (rowLength[i] as number); e < end; e++, at++) {
      col[at] = cols[e] as number;
      score[at] = scores[e] as number;
    }
    first[i + 1] = at;
  }
  return { first, col, score };
}
