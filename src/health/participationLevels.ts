import { z } from 'zod';
import { ACTIVITY_KINDS, type ActivityKind, ActivityKindSchema } from '../model/activityKinds.js';
import { DateInputSchema } from '../model/dateInput.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import type { ActivityLog, ActivityLogSource } from './activityLog.js';
import { accumulator, type State } from './internal/accumulate.js';
import { periodIndex, periodRef } from './internal/calendar.js';
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
export const ParticipationLevelsOptionsSchema = z.object({
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
    for (let r = start; r < end; r++) {
      const t = log.time[r] as number;
      if (t < this.from) continue;
      if (t >= this.to) break;
      const mode = this.modeOfKind[
        ACTIVITY_KINDS.indexOf(log.kinds[log.kind[r] as number] as ActivityKind)
      ] as number;
      if (mode < 0) continue;
      this.put(log.memberIds[log.member[r] as number] as string, periodIndex(t, this.unit), mode);
    }
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
 * acc.add(activityLog(community));
 * acc.result().periods[0]?.counts['co-create']; // → 2
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
    const ids = [...s.levels.keys()].sort();
    const periods: ParticipationLevelsResult['periods'] = [];
    const movement: ParticipationLevelsResult['movement'] = [];
    for (let p = lo; p <= hi; p++) {
      const counts = { 'convey-consume': 0, contribute: 0, collaborate: 0, 'co-create': 0 };
      const members: ParticipationLevelsResult['periods'][number]['members'] = [];
      for (const id of ids) {
        const mode = s.levels.get(id)?.get(p);
        if (mode === undefined) continue;
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
        for (const id of ids) {
          const m = s.levels.get(id);
          const a = m?.get(p - 1);
          const b = m?.get(p);
          if (a === undefined && b === undefined) continue;
          if (a === undefined) mv.entered.push(id);
          else if (b === undefined) mv.left.push(id);
          else if (b > a) mv.movedUp.push(id);
          else if (b < a) mv.fellBack.push(id);
          else mv.stayed.push(id);
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
 * participationLevels(activities).movement[0]?.movedUp; // → ['ana']
 * ```
 */
export function participationLevels(
  source: ActivityLogSource,
  options: ParticipationLevelsOptions = {},
): ParticipationLevelsResult {
  return runOn(source, participationLevelsAccumulator(options));
}
