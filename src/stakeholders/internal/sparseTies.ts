/**
 * Summing tie contributions into a tie list with a sparse accumulator (as in
 * Gustavson's sparse matrix product): for each member u in turn, its
 * contributions with members v > u are added into dense arrays indexed by v,
 * then written out in order of v. No hash table of pairs: each contribution
 * is an array update, the ties come out ordered by their endpoints, and the
 * result is allocated once at its exact size (a first pass counts the ties).
 *
 * Scratch arrays are plain arrays (see model/internal/scratch.ts for why);
 * the result is typed.
 */

import { doubleArray, filledArray } from '../../model/internal/scratch.js';

/**
 * Distinct values of `xs[lo..hi)`, ascending, written to `out` from 0; returns
 * how many. Small groups (most of them) are insertion-sorted in place,
 * allocating nothing.
 */
export function uniqueSortedInto(xs: readonly number[], lo: number, hi: number, out: Int32Array): number {
  let k = 0;
  if (hi - lo > 32) {
    const sorted = Int32Array.from(xs.slice(lo, hi)).sort();
    for (let p = 0; p < sorted.length; p++)
      if (k === 0 || sorted[p] !== out[k - 1]) out[k++] = sorted[p] as number;
    return k;
  }
  for (let p = lo; p < hi; p++) {
    const x = xs[p] as number;
    let j = k - 1;
    while (j >= 0 && (out[j] as number) > x) j--;
    if (j >= 0 && out[j] === x) continue;
    out.copyWithin(j + 2, j + 1, k);
    out[j + 1] = x;
    k++;
  }
  return k;
}

/**
 * Positions 0..size−1 stably sorted by `key[·]` (values in [0, range)), with
 * where each key's positions start: key u's are `order[start[u]..start[u+1])`.
 */
function countingOrder(
  key: readonly number[],
  size: number,
  range: number,
): { start: Int32Array; order: number[] } {
  const start = new Int32Array(range + 1);
  for (let e = 0; e < size; e++)
    start[(key[e] as number) + 1] = (start[(key[e] as number) + 1] as number) + 1;
  for (let u = 0; u < range; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const next = start.slice(0, range);
  const order = filledArray(size, 0);
  for (let e = 0; e < size; e++) {
    const u = key[e] as number;
    order[next[u] as number] = e;
    next[u] = (next[u] as number) + 1;
  }
  return { start, order };
}

/** Contributions one pair at a time, in the order they are to be summed. */
export interface PairContributions {
  /** The lower member index of each pair. */
  low: number[];
  /** The higher member index. */
  high: number[];
  weight: number[];
  /** How many of the entries are used. */
  size: number;
  /** Which count the contributions add to. */
  source: number;
}

/**
 * Groups whose members are all tied to each other with the same weight, in
 * the order they are to be summed: group g's members (sorted, distinct) are
 * `members[start[g]..start[g+1])`.
 */
export class TieGroups {
  readonly members: number[];
  /** Group g's members end at start[g + 1] (start[0] = 0). */
  readonly start: number[];
  readonly weight: number[];
  readonly source: number[];
  /** Number of groups. */
  size = 0;

  /**
   * @param memberCapacity - the most members all groups together can have
   * @param groupCapacity - the most groups
   */
  constructor(memberCapacity: number, groupCapacity: number) {
    this.members = filledArray(memberCapacity, 0);
    this.start = filledArray(groupCapacity + 1, 0);
    this.weight = doubleArray(groupCapacity);
    this.source = filledArray(groupCapacity, 0);
  }

  /**
   * Adds the members of `list[0..k)` (sorted, distinct) for which `keep[m]`
   * is not negative as a group — when at least two remain and `w` > 0.
   */
  add(list: Int32Array, k: number, w: number, source: number, keep: Int32Array): void {
    if (!(w > 0)) return;
    const begin = this.start[this.size] as number;
    let end = begin;
    for (let i = 0; i < k; i++) {
      const m = list[i] as number;
      if ((keep[m] as number) >= 0) this.members[end++] = m;
    }
    if (end - begin < 2) return;
    this.weight[this.size] = w;
    this.source[this.size] = source;
    this.size++;
    this.start[this.size] = end;
  }
}

/** Each member's places in the groups (not the last of a group), in group order. */
function placesOf(groups: TieGroups, range: number): { start: Int32Array; at: number[]; group: number[] } {
  const { members } = groups;
  const gs = groups.start;
  const start = new Int32Array(range + 1);
  for (let g = 0; g < groups.size; g++)
    for (let p = gs[g] as number; p < (gs[g + 1] as number) - 1; p++) {
      const u = members[p] as number;
      start[u + 1] = (start[u + 1] as number) + 1;
    }
  for (let u = 0; u < range; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const at = filledArray(start[range] as number, 0);
  const group = filledArray(at.length, 0);
  const next = start.slice(0, range);
  for (let g = 0; g < groups.size; g++)
    for (let p = gs[g] as number; p < (gs[g + 1] as number) - 1; p++) {
      const u = members[p] as number;
      const x = next[u] as number;
      at[x] = p;
      group[x] = g;
      next[u] = x + 1;
    }
  return { start, at, group };
}

/** The summed ties, ordered by (source, target), source < target. */
export interface SummedTies {
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** counts[s][e]: contributions to tie e from source s. */
  counts: Int32Array[];
}

/** The dense accumulator of one member's ties. */
interface Accumulator {
  /** mark[v] = u while v is a partner of u. */
  mark: Int32Array;
  /** sum[v]: weight of u–v so far. */
  sum: Float64Array;
  /** tally[v·sources + s]: contributions of u–v from source s so far. */
  tally: Int32Array;
  /** The partners of u so far, in order of their first contribution. */
  partners: Int32Array;
  sources: number;
}

/** Adds a contribution to u–v; returns the new number of u's partners. */
function accumulate(acc: Accumulator, u: number, k: number, v: number, w: number, s: number): number {
  let partners = k;
  if (acc.mark[v] !== u) {
    acc.mark[v] = u;
    acc.partners[partners++] = v;
    acc.sum[v] = w;
  } else acc.sum[v] = (acc.sum[v] as number) + w;
  const c = v * acc.sources + s;
  acc.tally[c] = (acc.tally[c] as number) + 1;
  return partners;
}

/**
 * Sums the contributions into ties between members whose `keep` entry is not
 * negative (pairs and groups must only hold such members), naming each
 * member m by `keep[m]` in the result. A tie's contributions are added in
 * order — first its pairs, then its groups — so weights are exactly those
 * of adding them one by one in that order.
 *
 * @param range - member indices are below this
 * @param sources - number of count columns
 */
export function sumTies(
  pairs: PairContributions,
  groups: TieGroups,
  keep: Int32Array,
  range: number,
  sources: number,
): SummedTies {
  const byLow = countingOrder(pairs.low, pairs.size, range);
  const places = placesOf(groups, range);
  const members = groups.members;
  const groupStart = groups.start;

  // First pass: how many ties.
  const mark = new Int32Array(range).fill(-1);
  let m = 0;
  for (let u = 0; u < range; u++) {
    for (let r = byLow.start[u] as number; r < (byLow.start[u + 1] as number); r++) {
      const v = pairs.high[byLow.order[r] as number] as number;
      if (mark[v] !== u) {
        mark[v] = u;
        m++;
      }
    }
    for (let x = places.start[u] as number; x < (places.start[u + 1] as number); x++) {
      const end = groupStart[(places.group[x] as number) + 1] as number;
      for (let q = (places.at[x] as number) + 1; q < end; q++) {
        const v = members[q] as number;
        if (mark[v] !== u) {
          mark[v] = u;
          m++;
        }
      }
    }
  }

  // Second pass: sum and write out.
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const counts = Array.from({ length: sources }, () => new Int32Array(m));
  mark.fill(-1);
  const acc: Accumulator = {
    mark,
    sum: new Float64Array(range),
    tally: new Int32Array(range * sources),
    partners: new Int32Array(range),
    sources,
  };
  let e = 0;
  for (let u = 0; u < range; u++) {
    let k = 0;
    for (let r = byLow.start[u] as number; r < (byLow.start[u + 1] as number); r++) {
      const pair = byLow.order[r] as number;
      k = accumulate(acc, u, k, pairs.high[pair] as number, pairs.weight[pair] as number, pairs.source);
    }
    for (let x = places.start[u] as number; x < (places.start[u + 1] as number); x++) {
      const g = places.group[x] as number;
      const end = groupStart[g + 1] as number;
      const w = groups.weight[g] as number;
      const s = groups.source[g] as number;
      for (let q = (places.at[x] as number) + 1; q < end; q++)
        k = accumulate(acc, u, k, members[q] as number, w, s);
    }
    if (k === 0) continue;
    const partners = acc.partners.subarray(0, k).sort();
    const su = keep[u] as number;
    for (let j = 0; j < k; j++) {
      const v = partners[j] as number;
      source[e] = su;
      target[e] = keep[v] as number;
      weight[e] = acc.sum[v] as number;
      for (let s = 0; s < sources; s++) {
        const c = v * sources + s;
        (counts[s] as Int32Array)[e] = acc.tally[c] as number;
        acc.tally[c] = 0;
      }
      e++;
    }
  }
  return { source, target, weight, counts };
}
