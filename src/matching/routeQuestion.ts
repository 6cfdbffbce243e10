import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { ExpertiseIndex } from './expertiseIndex.js';
import { type Expert, FindExpertsOptionsSchema, findExperts } from './findExperts.js';
import { requireExpertiseIndex } from './internal/builtIndexes.js';

/**
 * Options of {@link routeQuestion}.
 *
 * @example
 * ```ts
 * RouteQuestionOptionsSchema.parse({}); // → { top: 3, openQuestions: {}, loadPenalty: 0.5, exclude: [], work: { weight: 0.6, halfLife: 1825, reference: 5 } }
 * ```
 */
export const RouteQuestionOptionsSchema = z.strictObject({
  /** How many people to route to. */
  top: z.number().int().positive().default(3),
  /** Open questions each member already holds. */
  openQuestions: z.record(z.string(), z.number().int().min(0)).default({}),
  /** Score divided by (1 + loadPenalty × open questions). */
  loadPenalty: z.number().min(0).default(0.5),
  /** Never route to these (e.g. the asker). */
  exclude: z.array(z.string()).default([]),
  /** How much matching work counts next to the text match (as in {@link findExperts}, with its defaults). */
  work: FindExpertsOptionsSchema.shape.work,
});

/** Options of {@link routeQuestion}. */
export type RouteQuestionOptions = z.input<typeof RouteQuestionOptionsSchema>;

/**
 * First-tier triage: the few people most likely to answer a question well,
 * spreading the load — each expert's score is divided by (1 + loadPenalty ×
 * the open questions they already hold), so a person already holding many
 * questions ranks lower. Each result keeps its reasons and says how many open
 * questions counted against it.
 *
 * @param index - from `expertiseIndex`
 * @param text - the question
 * @param options - `top`, `openQuestions`, `loadPenalty`, `exclude`, `work`
 * @returns the people to route to, best first
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const index = expertiseIndex(sampleCommunity(), { asOf: '2026-01-01' });
 * routeQuestion(index, 'How do I package my Python library?', { openQuestions: { 'm-004': 6 } })[0]?.memberId;
 * // → 'm-282'
 * ```
 */
export function routeQuestion(
  index: ExpertiseIndex,
  text: string,
  options: RouteQuestionOptions = {},
): (Expert & { openQuestions: number })[] {
  requireExpertiseIndex('routeQuestion', index);
  const opts = parseWith('routeQuestion', RouteQuestionOptionsSchema, options, 'options');
  const experts = findExperts(index, String(text), {
    top: Math.max(opts.top * 5, 20),
    filters: { exclude: opts.exclude },
    work: opts.work,
  });
  return experts
    .map((e) => {
      const open = opts.openQuestions[e.memberId] ?? 0;
      return { ...e, score: e.score / (1 + opts.loadPenalty * open), openQuestions: open };
    })
    .sort((a, b) => b.score - a.score || (a.memberId < b.memberId ? -1 : 1))
    .slice(0, opts.top);
}
