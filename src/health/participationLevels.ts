import { z } from 'zod';
import { ACTIVITY_KINDS, type ActivityKind, ActivityKindSchema } from '../model/activityKinds.js';
import type { ActivityLog, ActivityLogSource } from '../model/activityLog.js';
import { DateInputSchema } from '../model/dateInput.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { accumulator, type State } from './internal/accumulate.js';
import { PeriodCursor, periodRef } from './internal/calendar.js';
import { ms } from './internal/options.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

/** The CSCCE Community Participation Model modes, lowest first. */
export const PARTICIPATION_LEVEL_MODES = [
  'convey-consume',
  'contribute',
  'collaborate',
  'co-create',
] as const;
/** A CSCCE participation mode. */
export const ParticipationLevelModeSchema = z.enum(PARTICIPATION_LEVEL_MODES);
/** A CSCCE participation mode. */
export type ParticipationLevelMode = z.output<typeof ParticipationLevelModeSchema>;

/** The default kind → mode mapping (null: not a participation, e.g. join and leave). */
export const DEFAULT_PARTICIPATION_KIND_MODES: Readonly<Record<ActivityKind, ParticipationLevelMode | null>> =
  {
    join: null,
    leave: null,
    reaction: 'convey-consume',
    attend: 'convey-consume',
    post: 'contribute',
    comment: 'contribute',
    answer: 'contribute',
    issue: 'contribute',
    document: 'contribute',
    translate: 'contribute',
    present: 'contribute',
    reply: 'collaborate',
    review: 'collaborate',
    'pull-request': 'collaborate',
    commit: 'collaborate',
    'mentor-session': 'collaborate',
    host: 'co-create',
    organise: 'co-create',
  };

/** Options of {@link participationLevels}. */
export const ParticipationLevelsOptionsSchema = z.strictObject({
  /** Calendar period unit (UTC; ISO weeks). */
  unit: PeriodUnitSchema.default('month'),
  /** First instant counted (default: no limit). */
  from: DateInputSchema.optional(),
  /** End, exclusive: later activities are ignored (default: no limit). */
  asOf: DateInputSchema.optional(),
  /** Overrides of {@link DEFAULT_PARTICIPATION_KIND_MODES} (null: the kind does not count). */
  kindModes: z.partialRecord(ActivityKindSchema, ParticipationLevelModeSchema.nullable()).default({}),
});
/** Options of {@link participationLevels} (input). */
export type ParticipationLevelsOptions = z.input<typeof ParticipationLevelsOptionsSchema>;
/** Defaults of {@link ParticipationLevelsOptions}. */
export const PARTICIPATION_LEVELS_DEFAULTS: z.output<typeof ParticipationLevelsOptionsSchema> =
  ParticipationLevelsOptionsSchema.parse({});

const MemberModeSchema = z.object({ id: z.string(), mode: ParticipationLevelModeSchema });

/** One period of {@link participationLevels}. */
export const ParticipationLevelsPeriodSchema = z.object({
  key: z.string(),
  start: z.string(),
  end: z.string(),
  /** Members per highest mode reached in the period. */
  counts: z.record(ParticipationLevelModeSchema, z.number().int()),
  /** Each active member's highest mode, by id. */
  members: z.array(MemberModeSchema),
});

/** Movement of members from one period to the next. */
export const ParticipationMovementSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Active in both, higher mode in `to`. */
  movedUp: z.array(z.string()),
  /** Active in both, lower mode in `to`. */
  fellBack: z.array(z.string()),
  /** Active in both at the same mode. */
  stayed: z.array(z.string()),
  /** Active only in `to`. */
  entered: z.array(z.string()),
  /** Active only in `from`. */
  left: z.array(z.string()),
});

/** Result of {@link participationLevels}. */
export const ParticipationLevelsResultSchema = z.object({
  unit: z.string(),
  /** The mapping used (defaults with overrides). */
  kindModes: z.record(z.string(), ParticipationLevelModeSchema.nullable()),
  /** Periods from the first to the last with activity (empty periods listed with zeros). */
  periods: z.array(ParticipationLevelsPeriodSchema),
  /** Movement between each pair of consecutive periods. */
  movement: z.array(ParticipationMovementSchema),
});
/** Result of {@link participationLevels}. */
export type ParticipationLevelsResult = z.output<typeof ParticipationLevelsResultSchema>;

class Levels implements State<Levels> {
  /** member id → period index → highest mode index. */
  readonly levels = new Map<string, Map<number, number>>();
  constructor(
    readonly modeOfKind: Int8Array,
    readonly unit: z.output<typeof PeriodUnitSchema>,
    readonly from: number,
    readonly to: number,
  ) {}
  private put(id: string, p: number, mode: number): void {
    let m = this.levels.get(id);
    if (m === undefined) {
      m = new Map();
      this.levels.set(id, m);
    }
    if ((m.get(p) ?? -1) < mode) m.set(p, mode);
  }
  add(log: ActivityLog, start: number, end: number): void {
    // Rows are time-sorted, so periods come one after another: each member's
    // highest mode in the current period is kept in a typed array and
    // written to the per-member maps when the period ends.
    const modeOf = Int8Array.from(
      log.kinds,
      (k) => this.modeOfKind[ACTIVITY_KINDS.indexOf(k as ActivityKind)] as number,
    );
    const best = new Int8Array(log.memberIds.length).fill(-1);
    const touched: number[] = [];
    const cursor = new PeriodCursor(this.unit);
    let period = Number.NaN;
    const flush = (): void => {
      for (const m of touched) {
        this.put(log.memberIds[m] as string, period, best[m] as number);
        best[m] = -1;
      }
      touched.length = 0;
    };
    for (let r = start; r < end; r++) {
      const t = log.time[r] as number;
      if (t < this.from) continue;
      if (t >= this.to) break;
      const mode = modeOf[log.kind[r] as number] as number;
      if (mode < 0) continue;
      const p = cursor.at(t);
      if (p !== period) {
        flush();
        period = p;
      }
      const m = log.member[r] as number;
      if (best[m] === -1) touched.push(m);
      if (mode > (best[m] as number)) best[m] = mode;
    }
    flush();
  }
  merge(other: Levels): void {
    for (const [id, m] of other.levels) for (const [p, mode] of m) this.put(id, p, mode);
  }
}

/**
 * The streaming form of {@link participationLevels} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link participationLevels}
 * @returns an accumulator whose result is the {@link ParticipationLevelsResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = participationLevelsAccumulator({ unit: 'quarter' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().periods[0]?.counts['co-create']; // → 3
 * ```
 */
export function participationLevelsAccumulator(
  options: ParticipationLevelsOptions = {},
): MetricAccumulator<ParticipationLevelsResult> {
  const o = parseWith('participationLevels', ParticipationLevelsOptionsSchema, options, 'options');
  const kindModes: Record<string, ParticipationLevelMode | null> = {
    ...DEFAULT_PARTICIPATION_KIND_MODES,
    ...o.kindModes,
  };
  const modeOfKind = Int8Array.from(ACTIVITY_KINDS, (k) => {
    const m = kindModes[k];
    return m === null || m === undefined ? -1 : PARTICIPATION_LEVEL_MODES.indexOf(m);
  });
  const state = new Levels(
    modeOfKind,
    o.unit,
    ms(o.from) ?? Number.NEGATIVE_INFINITY,
    ms(o.asOf) ?? Number.POSITIVE_INFINITY,
  );
  return accumulator(['participationLevels', o], state, (s) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const m of s.levels.values())
      for (const p of m.keys()) {
        if (p < lo) lo = p;
        if (p > hi) hi = p;
      }
    // Each period's members with their mode, in id order (one pass over the state).
    const ids = [...s.levels.keys()].sort();
    const span = Number.isFinite(lo) ? hi - lo + 1 : 0;
    const byPeriod: [string, number][][] = Array.from({ length: span }, () => []);
    for (const id of ids)
      for (const [p, mode] of s.levels.get(id) as Map<number, number>) byPeriod[p - lo]?.push([id, mode]);
    const periods: ParticipationLevelsResult['periods'] = [];
    const movement: ParticipationLevelsResult['movement'] = [];
    for (let p = lo; p <= hi; p++) {
      const counts = { 'convey-consume': 0, contribute: 0, collaborate: 0, 'co-create': 0 };
      const members: ParticipationLevelsResult['periods'][number]['members'] = [];
      const now = byPeriod[p - lo] as [string, number][];
      for (const [id, mode] of now) {
        const name = PARTICIPATION_LEVEL_MODES[mode] as ParticipationLevelMode;
        counts[name]++;
        members.push({ id, mode: name });
      }
      const ref = periodRef(p, o.unit);
      periods.push({ ...ref, counts, members });
      if (p > lo) {
        const mv = {
          from: periodRef(p - 1, o.unit).key,
          to: ref.key,
        } as ParticipationLevelsResult['movement'][number];
        mv.movedUp = [];
        mv.fellBack = [];
        mv.stayed = [];
        mv.entered = [];
        mv.left = [];
        // Merge the two id-sorted lists of consecutive periods.
        const before = byPeriod[p - 1 - lo] as [string, number][];
        let i = 0;
        let j = 0;
        while (i < before.length || j < now.length) {
          const x = before[i];
          const y = now[j];
          if (y === undefined || (x !== undefined && x[0] < y[0])) {
            mv.left.push((x as [string, number])[0]);
            i++;
          } else if (x === undefined || y[0] < x[0]) {
            mv.entered.push(y[0]);
            j++;
          } else {
            if (y[1] > x[1]) mv.movedUp.push(y[0]);
            else if (y[1] < x[1]) mv.fellBack.push(y[0]);
            else mv.stayed.push(y[0]);
            i++;
            j++;
          }
        }
        movement.push(mv);
      }
    }
    return { unit: o.unit, kindModes, periods, movement };
  });
}

/**
 * Participation levels: each member's highest mode in the CSCCE Community
 * Participation Model (Convey/Consume < Contribute < Collaborate < Co-create)
 * per calendar period, from the kinds of activity they took part in, and the
 * movement between consecutive periods (moved up, fell back, stayed,
 * entered, left). The kind → mode mapping is {@link DEFAULT_PARTICIPATION_KIND_MODES}
 * (reaction, attend → convey-consume; post, comment, answer, issue,
 * document, translate, present → contribute; reply, review, pull-request,
 * commit, mentor-session → collaborate; host, organise → co-create; join and
 * leave do not count), overridable per kind with `kindModes`.
 *
 * Definition: CSCCE Community Participation Model (Center for Scientific
 * Collaboration and Community Engagement, 2020,
 * https://doi.org/10.5281/zenodo.3997802); movement between levels as in
 * the Orbit model's level transitions. The mapping is ours, documented here.
 * Complexity: O(n + m·p) for m members and p periods.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - unit (month), from, asOf, kindModes
 * @returns the periods with each member's mode and counts per mode, and the movement
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // ana reacts in January and hosts in February
 * const { activities } = parseCommunity({
 *   name: 'One member',
 *   members: [{ id: 'ana' }],
 *   activities: [
 *     { id: 'a1', memberId: 'ana', at: '2024-01-10', kind: 'reaction' },
 *     { id: 'a2', memberId: 'ana', at: '2024-02-10', kind: 'host' },
 *   ],
 * });
 * participationLevels(activities).movement[0]?.movedUp; // → ['ana']
 * ```
 */
export function participationLevels(
  source: ActivityLogSource,
  options: ParticipationLevelsOptions = {},
): ParticipationLevelsResult {
  return runOn(source, participationLevelsAccumulator(options));
}
