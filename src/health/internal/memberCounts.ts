import type { ActivityKind } from '../../model/activityKinds.js';
import type { ActivityLog } from '../activityLog.js';
import { IdSpace, kindMask, type State } from './accumulate.js';

/**
 * Mergeable state: counted activities per member in the window [from, to),
 * with every member seen in a log's roster (zero when inactive) and each
 * member's affiliation.
 */
export class MemberCounts implements State<MemberCounts> {
  readonly space = new IdSpace();
  counts: Float64Array = new Float64Array(0);
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
    const c = new Float64Array(Math.max(this.space.size, this.counts.length * 2));
    c.set(this.counts);
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
    const { time, member, kind } = log;
    const counts = this.counts;
    for (let r = start; r < end; r++) {
      const t = time[r] as number;
      if (t < this.from) continue;
      if (t >= this.to) break;
      if (mask[kind[r] as number] === 0) continue;
      const x = map[member[r] as number] as number;
      counts[x] = (counts[x] as number) + 1;
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
