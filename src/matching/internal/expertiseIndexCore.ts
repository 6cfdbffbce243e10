import { z } from 'zod';
import type { Community } from '../../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../../model/dateInput.js';
import { doubleArray, filledArray } from '../../model/internal/scratch.js';
import { PositionIndex } from '../../model/internal/stringIndex.js';
import { builtInFrameworks } from '../../skills/builtInFrameworks.js';
import { type SkillProfile, skillProfiles } from '../../skills/skillProfile.js';
import { markBuilt } from './builtIndexes.js';
import { TermTokens } from './termTokens.js';

/*
 * The expertise index's options, shape and construction, apart from the
 * public boundary (expertiseIndex.ts: the community check and the options'
 * parsing), so that the report's matching section can build one index for
 * its queries without checking the community again. Internal.
 */

const DAY = 86_400_000;

/**
 * Options of {@link expertiseIndex}.
 *
 * @example
 * ```ts
 * ExpertiseIndexOptionsSchema.parse({});
 * // → { fields: { expertise: 3, interests: 2, bio: 1, activity: 1 }, k1: 1.2, b: 0.75, recencyDays: 180, includeBots: false }
 * ```
 */
export const ExpertiseIndexOptionsSchema = z.strictObject({
  /**
   * Weight of each text field in BM25F (0 leaves a field out). `activity` is
   * the topics and text of the member's activities; at 0 their activities
   * are not indexed at all (no matching work is counted either).
   */
  fields: z
    .strictObject({
      expertise: z.number().min(0).default(3),
      interests: z.number().min(0).default(2),
      bio: z.number().min(0).default(1),
      activity: z.number().min(0).default(1),
    })
    .default({ expertise: 3, interests: 2, bio: 1, activity: 1 }),
  /** BM25 term-frequency saturation. */
  k1: z.number().min(0).default(1.2),
  /** BM25 length normalisation. */
  b: z.number().min(0).max(1).default(0.75),
  /** When given, skill levels come from the members' assessments up to this date (via the skills module). */
  asOf: DateInputSchema.optional(),
  /** Activity this recent counts in a result's `reasons.recentActivity`. */
  recencyDays: z
    .number()
    .int()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(180),
  /** Skill levels per member, e.g. from your own assessments: `{ 'm-1': { 'cscce/…': 3 } }` (overrides `asOf`). */
  skillLevels: z.record(z.string(), z.record(z.string(), z.number())).optional(),
  /** Index members with `kind: 'bot'` too (default: left out, and counted in `botsLeftOut`). */
  includeBots: z.boolean().default(false),
});

/** A built expertise index: opaque to users except through the search functions. */
export interface ExpertiseIndex {
  /** Member ids, by internal index. */
  ids: string[];
  /** Per member: display data the filters and reasons use. */
  members: {
    name: string;
    affiliation: string | null;
    timeZone: string | null;
    languages: string[];
    willing: { mentor: boolean; beMentored: boolean; speak: boolean; volunteer: boolean };
    hoursPerMonth: number | null;
    maxMentees: number | null;
  }[];
  /**
   * term → postings: member index and weighted term frequency (BM25F
   * pseudo-tf), the fields it occurs in, and the BM25 saturation
   * `tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / meanLength))`, computed
   * at build time so a query only multiplies it by the term's idf.
   */
  postings: Map<string, { member: Int32Array; tf: Float64Array; fields: Uint8Array; weight: Float64Array }>;
  /** Weighted length of each member's profile fields (expertise, interests, bio), and the mean. */
  length: Float64Array;
  meanLength: number;
  /**
   * The indexed activities (those of indexed members before `asOf`, when the
   * `activity` field counts): each one's member index and time (ms).
   */
  activityMember: Int32Array;
  activityAt: Float64Array;
  /** term → the indexed activities whose topics or text contain it (ascending, each once). */
  activityPostings: Map<string, Int32Array>;
  /** Activities at or after this instant (ms) count as recent (`asOf` − `recencyDays`). */
  recentFrom: number;
  /** Skill levels per member index (skill id → level index). */
  skills: Map<number, Record<string, number>>;
  /** When each member last spoke or presented at a gathering (ms), for speakers. */
  lastSpoke: Map<number, number>;
  k1: number;
  /** BM25 length normalisation. */
  b: number;
  /** The instant the index considers "now" (for recency and speaking history). */
  asOf: number;
  /** Bot members left out of the index (see `includeBots`). */
  botsLeftOut: number;
}

/** The parsed options of {@link buildExpertiseIndex}. */
export type ExpertiseIndexSettings = z.output<typeof ExpertiseIndexOptionsSchema>;

/** Field numbers, in the order of the postings' `fields` bits. */
const EXPERTISE = 0;
const INTERESTS = 1;
const BIO = 2;
const ACTIVITY = 3;

/**
 * Builds the index `expertiseIndex` describes, from a community already
 * checked and options already parsed. Each distinct text is tokenized once
 * (see {@link TermTokens}); each term keeps its occurrences (member and
 * field) in the order they were met, summed per member in one dense pass at
 * the end — the same sums, bit for bit, as adding them up one at a time in a
 * map per term — and the activities holding it, as it meets them. Scratch
 * lives in plain arrays (see model/internal/scratch.ts), results in typed
 * arrays; members are looked up in a `PositionIndex`.
 *
 * With `onlyTerms`, postings are kept for those terms only, and only the
 * activities holding one of them are indexed: such an index answers queries
 * whose terms are all in `onlyTerms` exactly as the full index does (a query
 * reads only its terms' postings and the activities holding them, in the same
 * relative order; profile lengths still count every term).
 *
 * @param community - a parsed community
 * @param opts - parsed options
 * @param onlyTerms - the terms to index (all when omitted)
 * @returns the index, marked as built
 *
 * @example
 * ```ts
 * const settings = ExpertiseIndexOptionsSchema.parse({ asOf: '2026-01-01' });
 * const index = buildExpertiseIndex(sampleCommunity(), settings, new Set(['metadata', 'standards']));
 * [...index.postings.keys()].sort(); // → ['metadata', 'standards']
 * findExperts(index, 'metadata standards')[0]?.reasons.matchingActivities; // → 102
 * ```
 */
export function buildExpertiseIndex(
  community: Community,
  opts: ExpertiseIndexSettings,
  onlyTerms?: ReadonlySet<string>,
): ExpertiseIndex {
  // Bots are left out here, so no search, route or pairing ever proposes one.
  const members = community.members
    .filter((m) => opts.includeBots || m.kind !== 'bot')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const botsLeftOut = community.members.length - members.length;
  // Member id → index (the last one with that id, as a Map built from the list would give).
  const memberIndex = new PositionIndex(members.map((m) => m.id));
  let asOf: number;
  if (opts.asOf) asOf = opts.asOf.getTime();
  else {
    let last = 0;
    for (const a of community.activities) last = Math.max(last, a.at.getTime());
    asOf = last + 1;
  }
  const weights = [opts.fields.expertise, opts.fields.interests, opts.fields.bio, opts.fields.activity];
  const tokens = new TermTokens();
  // Per term id: whether it is indexed; its occurrences (member · 4 + field, in the order met); the
  // indexed activities that hold it (ascending); the last of them (for lists that hold each once).
  const wanted: boolean[] = [];
  const occurrences: (number[] | undefined)[] = [];
  const activitiesOf: (number[] | undefined)[] = [];
  const seenIn: number[] = [];
  const idsOf = (text: string): Int32Array => {
    const ids = tokens.of(text);
    for (let id = wanted.length; id < tokens.terms.length; id++) {
      wanted.push(onlyTerms === undefined || onlyTerms.has(tokens.terms[id] as string));
      occurrences.push(undefined);
      activitiesOf.push(undefined);
      seenIn.push(-1);
    }
    return ids;
  };
  // The terms in the order they first occur (the postings' order), and first hold an activity.
  const termOrder: number[] = [];
  const activityTermOrder: number[] = [];
  const occur = (id: number, code: number): void => {
    const list = occurrences[id];
    if (list === undefined) {
      occurrences[id] = [code];
      termOrder.push(id);
    } else list.push(code);
  };
  const length = new Float64Array(members.length);
  const addText = (i: number, field: number, text: string): void => {
    const weight = weights[field] as number;
    if (weight === 0) return;
    for (const id of idsOf(text)) {
      if (wanted[id]) occur(id, i * 4 + field);
      length[i] = (length[i] as number) + weight;
    }
  };
  members.forEach((m, i) => {
    for (const e of m.expertise) addText(i, EXPERTISE, e);
    for (const e of m.interests) addText(i, INTERESTS, e);
    if (m.bio) addText(i, BIO, m.bio);
  });
  // Activity text adds term frequency but not length: a member's many
  // activities must not dilute their match (BM25's length normalisation
  // would rank one-commit contributors above maintainers). How much matching
  // work each member did is counted at query time from `activityPostings`.
  const activityMember: number[] = [];
  const activityAt: number[] = [];
  // Per distinct topic or text: the ids of its indexed terms (all of them without `onlyTerms`).
  const indexedCache = new Map<string, Int32Array>();
  const indexedIdsOf = (text: string): Int32Array => {
    let ids = indexedCache.get(text);
    if (ids === undefined) {
      ids = idsOf(text);
      if (onlyTerms !== undefined) ids = ids.filter((id) => wanted[id]);
      if (indexedCache.size < 65_536) indexedCache.set(text, ids);
    }
    return ids;
  };
  // Activity k's occurrences of indexed terms, and each of its distinct terms once.
  const listTerms = (ids: Int32Array, k: number, code: number): void => {
    for (const id of ids) {
      occur(id, code);
      if (seenIn[id] === k) continue;
      seenIn[id] = k;
      const list = activitiesOf[id];
      if (list === undefined) {
        activitiesOf[id] = [k];
        activityTermOrder.push(id);
      } else list.push(k);
    }
  };
  if ((weights[ACTIVITY] as number) > 0)
    for (const a of community.activities) {
      const t = a.at.getTime();
      if (t >= asOf) continue;
      // The tokens of the topics and the text joined by spaces are the tokens of each, in turn.
      const topics = a.topics;
      let holds = false;
      for (let p = 0; p < topics.length && !holds; p++) holds = indexedIdsOf(topics[p] as string).length > 0;
      if (!holds && a.text !== undefined) holds = indexedIdsOf(a.text).length > 0;
      if (!holds) continue;
      const i = memberIndex.get(a.memberId);
      if (i < 0) continue;
      const k = activityMember.length;
      activityMember.push(i);
      activityAt.push(t);
      const code = i * 4 + ACTIVITY;
      for (let p = 0; p < topics.length; p++) listTerms(indexedIdsOf(topics[p] as string), k, code);
      if (a.text !== undefined) listTerms(indexedIdsOf(a.text), k, code);
    }
  const meanLength = members.length === 0 ? 0 : length.reduce((s, x) => s + x, 0) / members.length;
  // Each term's occurrences summed per member, in the order met, members ascending. (Scratch arrays
  // are plain arrays, not typed ones: see model/internal/scratch.ts.)
  const postings: ExpertiseIndex['postings'] = new Map();
  const sum = doubleArray(members.length);
  const bits = filledArray(members.length, 0);
  const touched: number[] = [];
  for (const id of termOrder) {
    touched.length = 0;
    for (const code of occurrences[id] as number[]) {
      const i = code >> 2;
      const field = code & 3;
      if (bits[i] === 0) touched.push(i);
      sum[i] = (sum[i] as number) + (weights[field] as number);
      bits[i] = (bits[i] as number) | (1 << field);
    }
    touched.sort((x, y) => x - y);
    const member = Int32Array.from(touched);
    const tf = new Float64Array(member.length);
    const fields = new Uint8Array(member.length);
    const weight = new Float64Array(member.length);
    for (let k = 0; k < member.length; k++) {
      const i = member[k] as number;
      const f = sum[i] as number;
      tf[k] = f;
      fields[k] = bits[i] as number;
      sum[i] = 0;
      bits[i] = 0;
      const norm = 1 - opts.b + (opts.b * (length[i] as number)) / (meanLength || 1);
      weight[k] = (f * (opts.k1 + 1)) / (f + opts.k1 * norm);
    }
    postings.set(tokens.terms[id] as string, { member, tf, fields, weight });
  }
  const activityPostings = new Map<string, Int32Array>();
  for (const id of activityTermOrder)
    activityPostings.set(tokens.terms[id] as string, Int32Array.from(activitiesOf[id] as number[]));
  const skills = new Map<number, Record<string, number>>();
  if (opts.skillLevels) {
    for (const [id, levels] of Object.entries(opts.skillLevels)) {
      const i = memberIndex.get(id);
      if (i >= 0) skills.set(i, levels);
    }
  } else if (opts.asOf) {
    // Every assessed member's profile in one pass over the assessments.
    const assessed = [...new Set(community.skillAssessments.map((a) => a.memberId))].filter(
      (id) => memberIndex.get(id) >= 0,
    );
    const profiles = skillProfiles(community, assessed, {
      asOf: opts.asOf,
      frameworks: [...builtInFrameworks],
    });
    assessed.forEach((id, k) => {
      const p = profiles[k] as SkillProfile;
      skills.set(
        memberIndex.get(id),
        Object.fromEntries(Object.entries(p.levels).map(([s, l]) => [s, l.level])),
      );
    });
  }
  const lastSpoke = new Map<number, number>();
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t >= asOf) continue;
    for (const s of g.speakers) {
      const i = memberIndex.get(s);
      if (i >= 0) lastSpoke.set(i, Math.max(lastSpoke.get(i) ?? 0, t));
    }
  }
  const index: ExpertiseIndex = {
    botsLeftOut,
    ids: members.map((m) => m.id),
    members: members.map((m) => ({
      name: m.name ?? m.id,
      affiliation: m.affiliation ?? null,
      timeZone: m.timeZone ?? null,
      languages: m.languages,
      willing: m.willing,
      hoursPerMonth: m.capacity.hoursPerMonth ?? null,
      maxMentees: m.capacity.maxMentees ?? null,
    })),
    postings,
    length,
    meanLength,
    activityMember: Int32Array.from(activityMember),
    activityAt: Float64Array.from(activityAt),
    activityPostings,
    recentFrom: asOf - opts.recencyDays * DAY,
    skills,
    lastSpoke,
    k1: opts.k1,
    asOf,
    b: opts.b,
  };
  markBuilt(index);
  return index;
}
