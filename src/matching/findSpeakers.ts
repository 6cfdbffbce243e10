import { z } from 'zod';
import { MAX_SPAN_DAYS } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import type { ExpertiseIndex } from './expertiseIndex.js';
import { ExpertSchema, FindExpertsOptionsSchema, findExperts } from './findExperts.js';
import { requireExpertiseIndex } from './internal/builtIndexes.js';

const DAY = 86_400_000;

/**
 * Options of {@link findSpeakers}.
 *
 * @example
 * ```ts
 * FindSpeakersOptionsSchema.parse({}); // → { top: 5, restDays: 180, exclude: [], work: { weight: 0.6, halfLife: 1825, reference: 5 } }
 * ```
 */
export const FindSpeakersOptionsSchema = z.strictObject({
  top: z.number().int().positive().default(5),
  /** Someone who spoke within this many days ranks lower (give others the stage). */
  restDays: z
    .number()
    .int()
    .min(0)
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(180),
  exclude: z.array(z.string()).default([]),
  /** How much matching work counts next to the text match (as in {@link findExperts}, with its defaults). */
  work: FindExpertsOptionsSchema.shape.work,
});

/** Options of {@link findSpeakers}. */
export type FindSpeakersOptions = z.input<typeof FindSpeakersOptionsSchema>;

/**
 * A speaker suggested by {@link findSpeakers}: an expert, with their
 * affiliation and how long ago they last spoke.
 *
 * @example
 * ```ts
 * SpeakerSchema.shape.daysSinceLastSpoke.parse(null); // → null — never spoke
 * ```
 */
export const SpeakerSchema = ExpertSchema.extend({
  affiliation: z.string().nullable(),
  /** Days since they last spoke at a gathering (null: never). */
  daysSinceLastSpoke: z.number().nullable(),
});

/** A suggested speaker. */
export type Speaker = z.output<typeof SpeakerSchema>;

/**
 * Willing speakers for a topic: experts on it (`findExperts`) who said they
 * are willing to speak, ranked so that people who have not spoken recently
 * come first (a speaker within `restDays` is scored down by how recently) and
 * the line-up is diverse in affiliation (each further speaker from an
 * affiliation already chosen is scored down by half). Deterministic.
 *
 * @param index - from `expertiseIndex`
 * @param topic - what the talk is about
 * @param options - `top`, `restDays`, `exclude`, `work`
 * @returns the speakers, in suggested order
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * findSpeakers(index, 'open access policy', { top: 3 }).map((s) => s.affiliation);
 * // → ['Bengaluru Science Foundation', 'Institut Lumière', 'Lakeside College'] — three organisations
 * ```
 */
export function findSpeakers(
  index: ExpertiseIndex,
  topic: string,
  options: FindSpeakersOptions = {},
): Speaker[] {
  requireExpertiseIndex('findSpeakers', index);
  const opts = parseWith('findSpeakers', FindSpeakersOptionsSchema, options, 'options');
  const at = new Map(index.ids.map((id, i) => [id, i]));
  const pool = findExperts(index, String(topic), {
    top: 200,
    filters: { willingToSpeak: true, exclude: opts.exclude },
    work: opts.work,
  }).map((e) => {
    const i = at.get(e.memberId) as number;
    const last = index.lastSpoke.get(i);
    const days = last === undefined ? null : Math.floor((index.asOf - last) / DAY);
    const rest = days === null || days >= opts.restDays ? 1 : 0.5 + (0.5 * days) / Math.max(1, opts.restDays);
    return {
      ...e,
      score: e.score * rest,
      affiliation: index.members[i]!.affiliation,
      daysSinceLastSpoke: days,
    };
  });
  const chosen: Speaker[] = [];
  const used = new Map<string, number>();
  while (chosen.length < opts.top && pool.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((s, k) => {
      const penalty = 0.5 ** (used.get(s.affiliation ?? '') ?? 0);
      const v = s.score * penalty;
      if (v > bestScore || (v === bestScore && s.memberId < (pool[best] as Speaker).memberId)) {
        best = k;
        bestScore = v;
      }
    });
    const [s] = pool.splice(best, 1) as [Speaker];
    used.set(s.affiliation ?? '', (used.get(s.affiliation ?? '') ?? 0) + 1);
    chosen.push({ ...s, score: bestScore });
  }
  return chosen;
}
