/**
 * The expertise index as built before issue 19's rewrite (nested Maps of
 * objects, each text tokenized wherever it occurs), kept as the oracle of
 * expertiseIndexOracle.test-prop.ts: the rewrite must build the same index.
 * Test code only.
 */

import {
  type ExpertiseIndex,
  type ExpertiseIndexOptions,
  ExpertiseIndexOptionsSchema,
} from '../../../src/matching/expertiseIndex.js';
import { markBuilt } from '../../../src/matching/internal/builtIndexes.js';
import type { Community } from '../../../src/model/community.js';
import { parseWith } from '../../../src/model/validate.js';
import { builtInFrameworks } from '../../../src/skills/builtInFrameworks.js';
import { skillProfile } from '../../../src/skills/skillProfile.js';

const DAY = 86_400_000;

const STOP = new Set(
  'a an and are as at be by for from has have how i in is it its of on or that the this to was what when where which who why will with you your we our can do does my me about into not no'.split(
    ' ',
  ),
);

/** Lower-cased word tokens without stop words (letters and digits, any script), as before. */
export function tokenizeBefore(text: string): string[] {
  const out: string[] = [];
  for (const t of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (t.length > 1 && !STOP.has(t)) out.push(t);
  return out;
}

type Field = 'expertise' | 'interests' | 'bio' | 'activity';
const FIELDS: Field[] = ['expertise', 'interests', 'bio', 'activity'];

/** `expertiseIndex` as it was (the community check left out). */
export function expertiseIndexBefore(
  community: Community,
  options: ExpertiseIndexOptions = {},
): ExpertiseIndex {
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
    for (const t of tokenizeBefore(text)) {
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
      const terms = new Set(tokenizeBefore(text));
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
