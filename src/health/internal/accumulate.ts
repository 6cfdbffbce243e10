import { type ActivityLog, activityLog } from '../../model/activityLog.js';
import { CommunityKitError } from '../../model/errors.js';
import { StringIndex } from '../../model/internal/stringIndex.js';
import { fail } from '../../model/validate.js';
import type { MetricAccumulator } from '../metricAccumulator.js';

/**
 * Interned member (or other) ids shared across logs. Mapping a table is
 * O(table); the mapping of the table met last is kept on the space itself
 * (one slot, no cache keyed by table), so the many `add`s of one log's
 * chunks map its ids once.
 */
export class IdSpace {
  private index = new StringIndex();
  private lastTable: readonly string[] | null = null;
  private lastMap: Int32Array = new Int32Array(0);
  /** The interned ids, in order of first sight. */
  get ids(): readonly string[] {
    return this.index.keys;
  }
  id(s: string): number {
    return this.index.id(s);
  }
  /** Maps each index of `table` to this space (a table that grew since it was last mapped is mapped again). */
  map(table: readonly string[]): Int32Array {
    if (table === this.lastTable && this.lastMap.length === table.length) return this.lastMap;
    if (this.index.size === 0) this.index = new StringIndex(table.length);
    const m = new Int32Array(table.length);
    for (let i = 0; i < table.length; i++) m[i] = this.id(table[i] as string);
    this.lastTable = table;
    this.lastMap = m;
    return m;
  }
  get size(): number {
    return this.index.size;
  }
}

/** A mergeable state. */
export interface State<S> {
  add(log: ActivityLog, start: number, end: number): void;
  merge(other: S): void;
}

const STATE = Symbol('state');
const OPTIONS = Symbol('options');

/**
 * Wraps a state and a view of it as a {@link MetricAccumulator}. `options`
 * (the parsed options) are compared on `merge`: accumulators built with
 * different options describe different things and are refused.
 */
export function accumulator<S extends State<S>, R>(
  options: unknown,
  state: S,
  view: (s: S) => R,
): MetricAccumulator<R> {
  const key = JSON.stringify(options);
  const acc = {
    [STATE]: state,
    [OPTIONS]: key,
    add(source: ActivityLog, start?: number, end?: number) {
      const log = activityLog(source);
      const bounds = [start ?? 0, end ?? log.size];
      const bad = bounds.findIndex((x) => typeof x !== 'number' || Number.isNaN(x));
      if (bad >= 0)
        fail('add', [
          {
            path: bad === 0 ? 'start' : 'end',
            message: 'expected a row index (a number)',
            code: 'invalid-input',
          },
        ]);
      state.add(log, Math.max(0, bounds[0] as number), Math.min(bounds[1] as number, log.size));
    },
    merge(other: MetricAccumulator<R>) {
      const s = (other as unknown as { [STATE]?: S })[STATE];
      if (s === undefined || s.constructor !== state.constructor)
        throw new CommunityKitError('merge: expected an accumulator of the same metric', {
          code: 'invalid-input',
          path: 'other',
        });
      const otherKey = (other as unknown as { [OPTIONS]?: string })[OPTIONS];
      if (otherKey !== key)
        throw new CommunityKitError(
          `merge: the accumulators were built with different options (${key} vs ${otherKey}); merge only accumulators of the same metric and options`,
          { code: 'invalid-option', path: 'other' },
        );
      state.merge(s);
    },
    result: () => view(state),
  };
  return acc;
}

/** A 0/1 mask over kind codes. */
export function kindMask(kinds: readonly string[], table: readonly string[]): Uint8Array {
  const mask = new Uint8Array(table.length);
  for (const k of kinds) {
    const i = table.indexOf(k);
    if (i >= 0) mask[i] = 1;
  }
  return mask;
}

/** Quantile by linear interpolation between order statistics (type 7, as numpy/pandas default) of a sorted array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}
