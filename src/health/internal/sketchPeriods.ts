import type { ActivityKind } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import type { PeriodUnit } from '../../model/periods.js';
import { kindMask, type State } from './accumulate.js';
import { PeriodCursor, reportedRange } from './calendar.js';
import { addHash, hash32, mergeRegisters } from './hyperLogLog.js';

/** Mergeable state of the sketched count: per period, a HyperLogLog sketch of its members and its activity count. */
export class SketchPeriods implements State<SketchPeriods> {
  readonly registers = new Map<number, Uint8Array>();
  readonly activities = new Map<number, number>();
  /** The member table met last and its ids' hashes (the `add`s of one log's chunks hash its ids once). */
  private lastTable: readonly string[] | null = null;
  private lastHashes: Uint32Array = new Uint32Array(0);
  constructor(
    readonly unit: PeriodUnit,
    readonly kinds: readonly ActivityKind[],
    readonly asOf: number,
    readonly precision: number,
  ) {}

  private sketchOf(p: number): Uint8Array {
    let r = this.registers.get(p);
    if (r === undefined) {
      r = new Uint8Array(2 ** this.precision);
      this.registers.set(p, r);
    }
    return r;
  }

  add(log: ActivityLog, start: number, end: number): void {
    const mask = kindMask(this.kinds, log.kinds);
    if (log.memberIds !== this.lastTable || this.lastHashes.length !== log.memberIds.length) {
      this.lastTable = log.memberIds;
      this.lastHashes = Uint32Array.from(log.memberIds, hash32);
    }
    const hashes = this.lastHashes;
    const cursor = new PeriodCursor(this.unit);
    const { time, kind, member } = log;
    let period = Number.NaN;
    let registers: Uint8Array | undefined;
    let count = 0;
    const flush = (): void => {
      if (count > 0) this.activities.set(period, (this.activities.get(period) ?? 0) + count);
      count = 0;
    };
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t >= this.asOf) break;
      if (mask[kind[r] as number] === 0) continue;
      const p = cursor.at(t);
      if (p !== period || registers === undefined) {
        flush();
        period = p;
        registers = this.sketchOf(p);
      }
      addHash(registers, this.precision, hashes[member[r] as number] as number);
      count++;
    }
    flush();
  }

  merge(other: SketchPeriods): void {
    for (const [p, r] of other.registers) mergeRegisters(this.sketchOf(p), r);
    for (const [p, c] of other.activities) this.activities.set(p, (this.activities.get(p) ?? 0) + c);
  }

  /** Period index range [lo, hi] to report, or null when nothing to report. */
  range(from: number | undefined): [number, number] | null {
    return reportedRange(this.registers.keys(), this.unit, from, this.asOf);
  }
}
