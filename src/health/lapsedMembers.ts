import { z } from 'zod';
import type { ActivityKind } from '../model/activityKinds.js';
import type { ActivityLog, ActivityLogSource } from '../model/activityLog.js';
import { MAX_SPAN_DAYS } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import { accumulator, kindMask, type State } from './internal/accumulate.js';
import { ms } from './internal/options.js';
import { runOn } from './internal/run.js';
import { windowOptionsShape } from './internal/windowOptions.js';
import type { MetricAccumulator } from './metricAccumulator.js';

const DAY = 86_400_000;

/** Options of {@link lapsedMembers}. */
export const LapsedMembersOptionsSchema = z.strictObject({
  ...windowOptionsShape,
  /** A member is lapsed after this many days without counted activity before `asOf`. */
  days: z
    .number()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(90),
});
/** Options of {@link lapsedMembers} (input). */
export type LapsedMembersOptions = z.input<typeof LapsedMembersOptionsSchema>;
/** Defaults of {@link LapsedMembersOptions}. */
export const LAPSED_MEMBERS_DEFAULTS: z.output<typeof LapsedMembersOptionsSchema> =
  LapsedMembersOptionsSchema.parse({});

/** One lapsed member of {@link lapsedMembers}. */
export const LapsedMemberSchema = z.object({
  id: z.string(),
  /** Time of the member's last counted activity. */
  lastActiveAt: z.string(),
  /** Whole and fractional days from the last activity to `asOf`. */
  daysSince: z.number(),
  /** Counted activities of the member in the window. */
  activities: z.number().int(),
});

/** Result of {@link lapsedMembers}. */
export const LapsedMembersResultSchema = z.object({
  /** The reference instant (null when there is no activity). */
  asOf: z.string().nullable(),
  days: z.number(),
  /** asOf − days: members with no activity at or after it are lapsed. */
  cutoff: z.string().nullable(),
  /** Members with counted activity in the window. */
  everActive: z.number().int(),
  /** Of those, members active at or after the cutoff. */
  active: z.number().int(),
  /** Of those, members whose last activity is before the cutoff. */
  lapsed: z.number().int(),
  /** lapsed / everActive (null when nobody was active). */
  share: z.number().nullable(),
  /** The lapsed members, most recently active first (ties by id). */
  members: z.array(LapsedMemberSchema),
});
/** Result of {@link lapsedMembers}. */
export type LapsedMembersResult = z.output<typeof LapsedMembersResultSchema>;

class LastSeen implements State<LastSeen> {
  readonly members = new Map<string, { last: number; count: number }>();
  latest = Number.NEGATIVE_INFINITY;
  private mask: Uint8Array | null = null;
  constructor(
    readonly kinds: readonly ActivityKind[],
    readonly from: number,
    readonly to: number,
  ) {}
  private put(id: string, last: number, count: number): void {
    const e = this.members.get(id);
    if (e === undefined) this.members.set(id, { last, count });
    else {
      if (last > e.last) e.last = last;
      e.count += count;
    }
    if (last > this.latest) this.latest = last;
  }
  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    for (let r = start; r < end; r++) {
      const t = log.time[r] as number;
      if (t < this.from) continue;
      if (t >= this.to) break;
      if (this.mask[log.kind[r] as number] === 0) continue;
      this.put(log.memberIds[log.member[r] as number] as string, t, 1);
    }
  }
  merge(other: LastSeen): void {
    for (const [id, e] of other.members) this.put(id, e.last, e.count);
  }
}

/**
 * The streaming form of {@link lapsedMembers} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link lapsedMembers}
 * @returns an accumulator whose result is the {@link LapsedMembersResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = lapsedMembersAccumulator({ asOf: '2024-07-01' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().lapsed; // → 4
 * ```
 */
export function lapsedMembersAccumulator(
  options: LapsedMembersOptions = {},
): MetricAccumulator<LapsedMembersResult> {
  const o = parseWith('lapsedMembers', LapsedMembersOptionsSchema, options, 'options');
  const to = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  return accumulator(
    ['lapsedMembers', o],
    new LastSeen(o.kinds, ms(o.from) ?? Number.NEGATIVE_INFINITY, to),
    (s) => {
      const ref = Number.isFinite(to) ? to : s.latest;
      if (!Number.isFinite(ref))
        return {
          asOf: null,
          days: o.days,
          cutoff: null,
          everActive: 0,
          active: 0,
          lapsed: 0,
          share: null,
          members: [],
        };
      const cutoff = ref - o.days * DAY;
      const members = [...s.members]
        .filter(([, e]) => e.last < cutoff)
        .sort((a, b) => b[1].last - a[1].last || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([id, e]) => ({
          id,
          lastActiveAt: new Date(e.last).toISOString(),
          daysSince: (ref - e.last) / DAY,
          activities: e.count,
        }));
      const everActive = s.members.size;
      return {
        asOf: new Date(ref).toISOString(),
        days: o.days,
        cutoff: new Date(cutoff).toISOString(),
        everActive,
        active: everActive - members.length,
        lapsed: members.length,
        share: everActive === 0 ? null : members.length / everActive,
        members,
      };
    },
  );
}

/**
 * Lapsed members: members who were active (at least one counted activity in
 * [from, asOf)) and have had no counted activity in the last `days` days
 * before `asOf` (default 90), with when each was last active. Without `asOf`
 * the reference is the latest counted activity.
 *
 * Definition: CHAOSS Inactive Contributors (https://chaoss.community/?p=3632:
 * inactive when the last contribution is older than an interval); the same
 * rule as Cauldron's "retained = last contribution < 3 months ago" and
 * 8Knot's "away". Complexity: O(n + m log m) for m members.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, asOf, kinds, days (90)
 * @returns counts, share and the lapsed members
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // a active on 2024-01-01, b on 2024-06-20
 * const { activities } = parseCommunity({
 *   name: 'Two members',
 *   members: [{ id: 'a' }, { id: 'b' }],
 *   activities: [
 *     { id: 'x1', memberId: 'a', at: '2024-01-01', kind: 'post' },
 *     { id: 'x2', memberId: 'b', at: '2024-06-20', kind: 'post' },
 *   ],
 * });
 * lapsedMembers(activities, { asOf: '2024-07-01' }).members.map((m) => m.id); // → ['a']
 * ```
 */
export function lapsedMembers(
  source: ActivityLogSource,
  options: LapsedMembersOptions = {},
): LapsedMembersResult {
  return runOn(source, lapsedMembersAccumulator(options));
}
