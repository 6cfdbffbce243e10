import type { ActivityKind } from '../../model/activityKinds.js';
import type { PeriodUnit } from '../../model/periods.js';
import { fail } from '../../model/validate.js';
import { MemberPeriods } from './memberPeriods.js';

/** Where a count object keeps its state (read by this copy of the package only: the state is one of its classes). */
const STATE = Symbol('memberPeriodCounts');

/** Attaches `state` to the public count object `counts` (not enumerable, not in its type) and freezes it. */
export function withCountsState<T extends object>(counts: T, state: MemberPeriods): Readonly<T> {
  Object.defineProperty(counts, STATE, { value: state, enumerable: false });
  return Object.freeze(counts);
}

/** The counting state behind a count object, or undefined when `x` is not one. */
export function countsStateOf(x: unknown): MemberPeriods | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const state = (x as { [STATE]?: unknown })[STATE];
  return state instanceof MemberPeriods ? state : undefined;
}

/** The counting state behind a count object made by this package. */
export function countsState(counts: object): MemberPeriods {
  const state = countsStateOf(counts);
  if (state === undefined) throw new TypeError('countsState: not a count object of this package');
  return state;
}

/** The counting options a metric may repeat when it reads shared counts. */
interface CountingOptions {
  unit: PeriodUnit;
  kinds: readonly ActivityKind[];
  asOf?: Date | undefined;
}

/**
 * The state behind the count object `counts` that a metric reads, after
 * checking that the counting options the caller repeated — `unit`,
 * `kinds`, `asOf` — are those the counts were made with (left out, they
 * are the counts').
 */
export function countedPeriods(
  fn: string,
  counts: object,
  given: unknown,
  parsed: CountingOptions,
): MemberPeriods {
  const state = countsState(counts);
  const raw = (typeof given === 'object' && given !== null ? given : {}) as Record<string, unknown>;
  const kindsGiven = new Set(parsed.kinds);
  const sameKinds =
    kindsGiven.size === new Set(state.kinds).size && state.kinds.every((k) => kindsGiven.has(k));
  const asOf = parsed.asOf === undefined ? Number.POSITIVE_INFINITY : parsed.asOf.getTime();
  const conflicts: [string, string, boolean][] = [
    ['unit', `unit '${state.unit}'`, parsed.unit === state.unit],
    ['kinds', `kinds ${JSON.stringify(state.kinds)}`, sameKinds],
    [
      'asOf',
      Number.isFinite(state.asOf) ? `asOf ${new Date(state.asOf).toISOString()}` : 'no asOf',
      asOf === state.asOf,
    ],
  ];
  for (const [key, made, same] of conflicts)
    if (raw[key] !== undefined && !same)
      fail(fn, [
        {
          path: `options.${key}`,
          message: `the member period counts were made with ${made}: give the same ${key} or leave it out (it is the counts')`,
          code: 'invalid-option',
        },
      ]);
  return state;
}
