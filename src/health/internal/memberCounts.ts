import type { ActivityKind } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { filledArray } from '../../model/internal/scratch.js';
import { IdSpace, kindMask, type State } from './accumulate.js';

/**
 * Counted activities per member of `log` (by its member index) among rows
 * [start, end) with times in [from, to) and kinds in `mask`. Rows are
 * time-sorted, so the window's first row is found by binary search.
 */
function windowCounts(
  log: ActivityLog,
  start: number,
  end: number,
  mask: Uint8Array,
  from: number,
  to: number,
): readonly number[] {
  const { time, member, kind } = log;
  let r = firstAtOrAfter(time, start, end, from);
  const counts = filledArray(log.memberIds.length, 0);
  for (; r < end; r++) {
    if ((time[r] as number) >= to) break;
    if (mask[kind[r] as number] === 0) continue;
    const m = member[r] as number;
    counts[m] = (counts[m] as number) + 1;
  }
  return counts;
}

/**
 * Mergeable state: counted activities per member in the window [from, to),
 * with every member seen in a log's roster (zero when inactive) and each
 * member's affiliation. One pass over the window's rows per `add`; a report
 * that reads several metrics of one window (absence factor, elephant
 * factor, inequality) builds one and passes it to each.
 */
export class MemberCounts implements State<MemberCounts> {
  readonly space = new IdSpace();
  /** Counts per member of the space (a plain array: see model/internal/scratch.ts). */
  counts: number[] = [];
  /** Affiliation of each member of the space (undefined when unknown). */
  readonly affiliation: (string | undefined)[] = [];
  private mask: Uint8Array | null = null;
  constructor(
    readonly kinds: readonly ActivityKind[],
    readonly from: number,
    readonly to: number,
    readonly includeRoster: boolean,
  ) {}

  private grow(): void {
    // Dense, so that V8 keeps the affiliation array a plain (not a dictionary) array.
    while (this.affiliation.length < this.space.size) this.affiliation.push(undefined);
    if (this.counts.length >= this.space.size) return;
    const c = filledArray(Math.max(this.space.size, this.counts.length * 2), 0);
    for (let i = 0; i < this.counts.length; i++) c[i] = this.counts[i] as number;
    this.counts = c;
  }

  add(log: ActivityLog, start: number, end: number): void {
    if (this.mask === null) this.mask = kindMask(this.kinds, log.kinds);
    const mask = this.mask;
    const map = this.space.map(log.memberIds);
    this.grow();
    for (let i = 0; i < log.memberIds.length; i++) {
      const a = log.memberAffiliation[i] as number;
      if (a >= 0) this.affiliation[map[i] as number] = log.affiliations[a] as string;
    }
    const perMember = windowCounts(log, start, end, mask, this.from, this.to);
    const counts = this.counts;
    for (let i = 0; i < perMember.length; i++) {
      const c = perMember[i] as number;
      if (c === 0) continue;
      const x = map[i] as number;
      counts[x] = (counts[x] as number) + c;
    }
  }

  merge(other: MemberCounts): void {
    const map = this.space.map(other.space.ids);
    this.grow();
    for (let i = 0; i < other.space.size; i++) {
      const x = map[i] as number;
      this.counts[x] = (this.counts[x] as number) + (other.counts[i] as number);
    }
    other.affiliation.forEach((a, i) => {
      if (a !== undefined) this.affiliation[map[i] as number] = a;
    });
  }

  /** [memberId, count] for every member (zeros included only with the roster), sorted by count desc then id. */
  entries(): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (let x = 0; x < this.space.size; x++) {
      const c = this.counts[x] as number;
      if (c > 0 || this.includeRoster) out.push([this.space.ids[x] as string, c]);
    }
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

/** The smallest k such that the top-k of `sortedDesc` reach `threshold` of the total (CHAOSS CAF rule). */
export function smallestCover(
  sortedDesc: readonly number[],
  threshold: number,
  inclusive: boolean,
): { k: number; covered: number; total: number } {
  let total = 0;
  for (const v of sortedDesc) total += v;
  const target = threshold * total;
  let run = 0;
  let k = 0;
  if (total === 0) return { k: 0, covered: 0, total: 0 };
  for (const v of sortedDesc) {
    run += v;
    k++;
    if (inclusive ? run >= target : run > target) break;
  }
  return { k, covered: run, total };
}
