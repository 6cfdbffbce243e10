import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { ActivityLogSource } from '../model/activityLog.js';
import { DateInputSchema } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import { accumulator } from './internal/accumulate.js';
import { MemberCounts } from './internal/memberCounts.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** Options of {@link coreGroup}. */
export const CoreGroupOptionsSchema = z.strictObject({
  /** Window start, inclusive (default: no limit). */
  from: DateInputSchema.optional(),
  /** Window end, exclusive (default: no limit). */
  to: DateInputSchema.optional(),
  /** Activity kinds that count (default: all but join and leave). */
  kinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default([...DEFAULT_ACTIVE_KINDS]),
  /** Member ids of the core team (holders of a core role). */
  coreMemberIds: z.array(z.string()).default([]),
  /** Share of the window's activity needed when no core member is active (or none is given). */
  minShare: z.number().gt(0).max(1).default(0.05),
});
/** Options of {@link coreGroup} (input). */
export type CoreGroupOptions = z.input<typeof CoreGroupOptionsSchema>;
/** Defaults of {@link CoreGroupOptions}. */
export const CORE_GROUP_DEFAULTS: z.output<typeof CoreGroupOptionsSchema> = CoreGroupOptionsSchema.parse({});

const MemberShareSchema = z.object({ id: z.string(), count: z.number(), share: z.number() });

/** Result of {@link coreGroup}. */
export const CoreGroupResultSchema = z.object({
  /** Counted activities in the window. */
  total: z.number(),
  /** The share a member needs, and where it comes from. */
  threshold: z.object({
    share: z.number(),
    /** `least-active-core`: the share of the least active core member; `minShare`: the option. */
    basis: z.enum(['least-active-core', 'minShare']),
    /** The least active (active) core member, when that is the basis. */
    memberId: z.string().nullable(),
  }),
  /** Core members with activity in the window, most active first. */
  core: z.array(MemberShareSchema),
  /** Core members without activity in the window (ignored for the threshold), by id. */
  inactiveCore: z.array(z.string()),
  /** The volunteers: non-core members at or above the threshold, most active first (ties by id). */
  members: z.array(MemberShareSchema),
});
/** Result of {@link coreGroup}. */
export type CoreGroupResult = z.output<typeof CoreGroupResultSchema>;

/**
 * The streaming form of {@link coreGroup} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link coreGroup}
 * @returns an accumulator whose result is the {@link CoreGroupResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = coreGroupAccumulator({ coreMemberIds: ['m-001', 'm-002'] });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().members.map((m) => m.id); // → ['m-005', 'm-003']
 * ```
 */
export function coreGroupAccumulator(options: CoreGroupOptions = {}): MetricAccumulator<CoreGroupResult> {
  const o = parseWith('coreGroup', CoreGroupOptionsSchema, options, 'options');
  const core = new Set(o.coreMemberIds);
  const state = new MemberCounts(
    o.kinds,
    ms(o.from) ?? Number.NEGATIVE_INFINITY,
    ms(o.to) ?? Number.POSITIVE_INFINITY,
    false,
  );
  return accumulator(['coreGroup', o], state, (s) => {
    const entries = s.entries();
    let total = 0;
    for (const [, c] of entries) total += c;
    const withShare = entries.map(([id, count]) => ({ id, count, share: count / total }));
    const coreActive = withShare.filter((e) => core.has(e.id));
    const seen = new Set(coreActive.map((e) => e.id));
    const inactiveCore = [...core].filter((id) => !seen.has(id)).sort();
    const least = coreActive[coreActive.length - 1];
    const threshold =
      least === undefined
        ? { share: o.minShare, basis: 'minShare' as const, memberId: null }
        : { share: least.share, basis: 'least-active-core' as const, memberId: least.id };
    return {
      total,
      threshold,
      core: coreActive,
      inactiveCore,
      members: withShare.filter((e) => !core.has(e.id) && e.share >= threshold.share),
    };
  });
}

/**
 * The core group of volunteers to recognise: members who contribute like the
 * core team without holding a core role — their share of the window's
 * counted activity is at least that of the least active (active) core
 * member, or at least `minShare` when no core member is given or active.
 *
 * Definition: the "core group" of the CSCCE Community Participation Model
 * and the onion model of open-source participation (Crowston & Howison,
 * "The social structure of free and open source software development",
 * First Monday 10(2), 2005: core contributors by share of contributions);
 * the rule "at least the least active core member" is ours, documented here.
 * Complexity: O(n + m log m) for m members.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, to, kinds, coreMemberIds, minShare (0.05)
 * @returns the threshold and its basis, the core members' shares and the volunteers
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // counts: ana 10 (core), ben 4 (core), kim 5, lea 1
 * const who = [...Array(10).fill('ana'), ...Array(4).fill('ben'), ...Array(5).fill('kim'), 'lea'];
 * const { activities } = parseCommunity({
 *   name: 'Four members',
 *   members: ['ana', 'ben', 'kim', 'lea'].map((id) => ({ id })),
 *   activities: who.map((memberId, i) => ({ id: `a-${i}`, memberId, at: new Date(Date.UTC(2024, 0, 1 + i)), kind: 'post' })),
 * });
 * coreGroup(activities, { coreMemberIds: ['ana', 'ben'] }).members;
 * // → [{ id: 'kim', count: 5, share: 0.25 }]
 * ```
 */
export function coreGroup(source: ActivityLogSource, options: CoreGroupOptions = {}): CoreGroupResult {
  return runOn(source, coreGroupAccumulator(options));
}
