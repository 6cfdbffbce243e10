import { z } from 'zod';
import type { Community } from '../model/community.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import { builtInFrameworks } from '../skills/builtInFrameworks.js';
import { skillProfile } from '../skills/skillProfile.js';
import { markBuilt } from './internal/builtIndexes.js';
import { tokenize } from './internal/text.js';

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

/** Options of {@link expertiseIndex}. */
export type ExpertiseIndexOptions = z.input<typeof ExpertiseIndexOptionsSchema>;

type Field = 'expertise' | 'interests' | 'bio' | 'activity';
const FIELDS: Field[] = ['expertise', 'interests', 'bio', 'activity'];

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

/**
 * Builds an index of who knows what: BM25F (Robertson & Zaragoza 2009) over
 * each member's expertise keywords, interests, bio and — optionally — the
 * topics and text of their activity, with field weights; each member's
 * skill levels (from their assessments via the skills module, or given as
 * plain data); and every activity's terms, member and date, so that
 * `findExperts`, `routeQuestion` and `findSpeakers` can count how much
 * matching work each member did and how recently. BM25's length
 * normalisation covers the profile fields only: activity adds to a term's
 * frequency but not to the length, so a maintainer's thousand commits do
 * not dilute their match. Posting lists are typed arrays, so a
 * 100,000-member index answers a query in about a millisecond.
 *
 * Cost: O(total tokens) to build.
 *
 * @param community - a parsed community
 * @param options - field weights, BM25 parameters, skill levels, recency
 * @returns the index
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * findExperts(index, 'metadata standards')[0]?.memberId; // → 'm-006' — who did the most matching work
 * findExperts(index, 'metadata standards')[0]?.reasons.matchingActivities; // → 102
 * ```
 */
export function expertiseIndex(community: Community, options: ExpertiseIndexOptions = {}): ExpertiseIndex {
  requireParsedCommunity('expertiseIndex', community);
  const opts = parseWith('expertiseIndex', ExpertiseIndexOptionsSchema, options, 'options');
  // Bots are left out here, so no search, route or pairing ever proposes one.
  const members = community.members
    .filter((m) => opts.includeBots || m.kind !== 'bot')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const botsLeftOut = community.members.length - members.length;
  const at = new Map(members.map((m, i) => [m.id, i]));
  let last = 0;
  for (const a of community.activities) last = Math.max(last, a.at.getTime());
  const asOf = opts.asOf?.getTime() ?? last + 1;
  const tf = new Map<string, Map<number, { w: number; fields: number }>>();
  const length = new Float64Array(members.length);
  const add = (i: number, field: Field, text: string): void => {
    const weight = opts.fields[field];
    if (weight === 0) return;
    for (const t of tokenize(text)) {
      let row = tf.get(t);
      if (!row) tf.set(t, (row = new Map()));
      const cell = row.get(i) ?? { w: 0, fields: 0 };
      cell.w += weight;
      cell.fields |= 1 << FIELDS.indexOf(field);
      row.set(i, cell);
      if (field !== 'activity') length[i] = (length[i] as number) + weight;
    }
  };
  members.forEach((m, i) => {
    for (const e of m.expertise) add(i, 'expertise', e);
    for (const e of m.interests) add(i, 'interests', e);
    if (m.bio) add(i, 'bio', m.bio);
  });
  // Activity text adds term frequency but not length: a member's many
  // activities must not dilute their match (BM25's length normalisation
  // would rank one-commit contributors above maintainers). How much matching
  // work each member did is counted at query time from `activityPostings`.
  const activityMember: number[] = [];
  const activityAt: number[] = [];
  const activityTerms = new Map<string, number[]>();
  if (opts.fields.activity > 0)
    for (const a of community.activities) {
      const i = at.get(a.memberId);
      if (i === undefined || a.at.getTime() >= asOf) continue;
      const text = a.text === undefined ? a.topics.join(' ') : [...a.topics, a.text].join(' ');
      const terms = new Set(tokenize(text));
      if (terms.size === 0) continue;
      add(i, 'activity', text);
      const k = activityMember.length;
      activityMember.push(i);
      activityAt.push(a.at.getTime());
      for (const t of terms) {
        let list = activityTerms.get(t);
        if (!list) activityTerms.set(t, (list = []));
        list.push(k);
      }
    }
  const activityPostings = new Map<string, Int32Array>();
  for (const [t, list] of activityTerms) activityPostings.set(t, Int32Array.from(list));
  const meanLength = members.length === 0 ? 0 : length.reduce((s, x) => s + x, 0) / members.length;
  const postings = new Map<
    string,
    { member: Int32Array; tf: Float64Array; fields: Uint8Array; weight: Float64Array }
  >();
  for (const [t, row] of tf) {
    const entries = [...row].sort((x, y) => x[0] - y[0]);
    const member = Int32Array.from(entries.map((e) => e[0]));
    const freq = Float64Array.from(entries.map((e) => e[1].w));
    const weight = new Float64Array(member.length);
    for (let k = 0; k < member.length; k++) {
      const f = freq[k] as number;
      const norm = 1 - opts.b + (opts.b * (length[member[k] as number] as number)) / (meanLength || 1);
      weight[k] = (f * (opts.k1 + 1)) / (f + opts.k1 * norm);
    }
    postings.set(t, { member, tf: freq, fields: Uint8Array.from(entries.map((e) => e[1].fields)), weight });
  }
  const skills = new Map<number, Record<string, number>>();
  if (opts.skillLevels) {
    for (const [id, levels] of Object.entries(opts.skillLevels)) {
      const i = at.get(id);
      if (i !== undefined) skills.set(i, levels);
    }
  } else if (opts.asOf) {
    const assessed = new Set(community.skillAssessments.map((a) => a.memberId));
    for (const id of assessed) {
      const i = at.get(id);
      if (i === undefined) continue;
      const p = skillProfile(community, id, { asOf: opts.asOf, frameworks: [...builtInFrameworks] });
      skills.set(i, Object.fromEntries(Object.entries(p.levels).map(([k, l]) => [k, l.level])));
    }
  }
  const lastSpoke = new Map<number, number>();
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t >= asOf) continue;
    for (const s of g.speakers) {
      const i = at.get(s);
      if (i !== undefined) lastSpoke.set(i, Math.max(lastSpoke.get(i) ?? 0, t));
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
