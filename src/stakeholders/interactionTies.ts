import type { Community } from '../model/community.js';
import { PositionIndex, StringIndex } from '../model/internal/stringIndex.js';
import { parseWith } from '../model/validate.js';
import { type InteractionGraphOptions, InteractionGraphOptionsSchema } from './interactionOptions.js';
import { PairTable } from './internal/pairTable.js';
import type { TieList } from './tieList.js';

const DAY = 86_400_000;

/** The interactions a tie is made of, in the order of the `counts` columns. */
const SOURCES = ['replies', 'threads', 'gatherings', 'mentoring', 'cohosting'] as const;
const REPLIES = 0;
const THREADS = 1;
const GATHERINGS = 2;
const MENTORING = 3;
const COHOSTING = 4;
const GATHERING_KINDS = new Set(['attend', 'host', 'present', 'organise']);

/**
 * Distinct values of `xs[lo..hi)`, ascending, written to `out` from 0; returns
 * how many. Member indices are in id order, so this is id order. Small groups
 * (most of them) are insertion-sorted in place, allocating nothing.
 */
function uniqueSortedInto(xs: Int32Array, lo: number, hi: number, out: Int32Array): number {
  let k = 0;
  if (hi - lo > 32) {
    const sorted = xs.slice(lo, hi).sort();
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
 * The pairs 0..size−1 ordered by (a, b): a stable counting sort on b, then
 * one on a (values are node indices below `nodes`).
 */
function pairOrder(a: Int32Array, b: Int32Array, size: number, nodes: number): Uint32Array {
  const byB = countingOrder(b, size, nodes, null);
  return countingOrder(a, size, nodes, byB);
}

/** Positions 0..size−1 (or those of `within`, in its order) stably sorted by key[·] in [0, nodes). */
function countingOrder(
  key: Int32Array,
  size: number,
  nodes: number,
  within: Uint32Array | null,
): Uint32Array {
  const start = new Uint32Array(nodes + 1);
  for (let e = 0; e < size; e++)
    start[(key[e] as number) + 1] = (start[(key[e] as number) + 1] as number) + 1;
  for (let u = 0; u < nodes; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const order = new Uint32Array(size);
  for (let k = 0; k < size; k++) {
    const e = within === null ? k : (within[k] as number);
    const u = key[e] as number;
    order[start[u] as number] = e;
    start[u] = (start[u] as number) + 1;
  }
  return order;
}

/**
 * The interaction ties of a community as a {@link TieList}: the same nodes,
 * ties, weights and attributes as {@link interactionGraph} (which is this
 * list turned into a graphology graph), as typed columns. On big communities
 * it builds in a fraction of the graph's time and memory, and `findClusters`,
 * `betweennessCentrality` and `brokers` accept it directly.
 *
 * Nodes are the members current at `to`, in id order, with attributes
 * `label`, `groups`, `affiliation`, `topics` (interests) and `joinedAt`.
 * Ties are ordered by their endpoints (source < target) and carry `weight`
 * and, as `edgeAttributes`, the counts behind it: `replies`, `threads`,
 * `gatherings`, `mentoring`, `cohosting`. How ties are made, weighted and
 * decayed is described at {@link interactionGraph}.
 *
 * Cost: O(a + Σ k²) for a activities and groups of size k; about a second for
 * a million activities on a small machine.
 *
 * @param community - a parsed community
 * @param options - window, kinds, half-life, which ties to include
 * @returns the members and their ties as columns
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const ties = interactionTies(sampleCommunity(), { halfLife: 180 });
 * ties.nodes.length; // → number of current members
 * ties.weight[0]; // → strength of the first tie (between nodes ties.source[0] and ties.target[0])
 * findClusters(ties).clusters.length; // → the same clusters as findClusters(interactionGraph(…))
 * ```
 */
export function interactionTies(community: Community, options: InteractionGraphOptions = {}): TieList {
  const opts = parseWith('interactionTies', InteractionGraphOptionsSchema, options, 'options');
  const from = opts.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const kinds = opts.kinds ? new Set<string>(opts.kinds) : undefined;
  const { include } = opts;

  // Members by index in id order; only current members become nodes. Ids
  // that are not members get indices after them (they never become nodes).
  const sortedMembers = [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1));
  const nMembers = sortedMembers.length;
  const memberIndex = new StringIndex(nMembers * 2);
  for (const m of sortedMembers) memberIndex.id(m.id);

  // One pass over the activity objects (on a million activities, reaching
  // each object costs more than what is done with it): times, members,
  // threads and the reply targets, as columns; the window is applied after,
  // since its end defaults to the latest activity.
  const activities = community.activities;
  const n = activities.length;
  const time = new Float64Array(n);
  const actor = new Int32Array(n);
  const threadOf = new Int32Array(n);
  const flags = new Uint8Array(n); // 1: kind wanted, 2: gathering kind, 4: mentor-session
  const threads = new StringIndex(1024);
  // Reply targets are kept as strings and resolved after the pass against
  // a table of the activities' positions (sized up front, no copy of the ids).
  const activityIds = include.replies ? new Array<string>(n) : [];
  const replyRows: number[] = [];
  const replyNames: string[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = activities[i] as Community['activities'][number];
    const t = a.at.getTime();
    time[i] = t;
    if (t > latest) latest = t;
    actor[i] = memberIndex.id(a.memberId);
    const kind = a.kind;
    flags[i] =
      (kinds === undefined || kinds.has(kind) ? 1 : 0) |
      (GATHERING_KINDS.has(kind) ? 2 : 0) |
      (kind === 'mentor-session' ? 4 : 0);
    threadOf[i] = a.thread === undefined ? -1 : threads.id(a.thread);
    if (include.replies) {
      activityIds[i] = a.id;
      if (a.replyTo !== undefined) {
        replyRows.push(i);
        replyNames.push(a.replyTo);
      }
    }
  }
  const to = opts.to?.getTime() ?? (Number.isFinite(latest) ? latest + 1 : Number.POSITIVE_INFINITY);
  const ref = Number.isFinite(to) ? to : 0;
  // 2^(−age/halfLife) as e^(−age·ln2/halfLife): Math.exp is several times cheaper than Math.pow.
  const rate = opts.halfLife === 0 ? 0 : Math.LN2 / (opts.halfLife * DAY);
  const decay = (t: number): number => (rate === 0 ? 1 : Math.exp(-Math.max(0, ref - t) * rate));
  const wanted = (i: number): boolean => {
    const t = time[i] as number;
    return t >= from && t < to && ((flags[i] as number) & 1) === 1;
  };

  // Nodes: the members current at `to`, in id order.
  const nodeOf = new Int32Array(memberIndex.size).fill(-1);
  const nodes: string[] = [];
  const nodeAttributes: Record<string, unknown>[] = [];
  for (let i = 0; i < nMembers; i++) {
    const m = sortedMembers[i] as Community['members'][number];
    if ((m.joinedAt && m.joinedAt.getTime() >= to) || (m.leftAt && m.leftAt.getTime() < to)) continue;
    nodeOf[i] = nodes.length;
    nodes.push(m.id);
    nodeAttributes.push({
      label: m.name ?? m.id,
      groups: m.groups,
      affiliation: m.affiliation ?? null,
      topics: m.interests,
      joinedAt: m.joinedAt?.toISOString() ?? null,
    });
  }
  const pairs = new PairTable(SOURCES.length, 1 << 16);
  // Contributions are added in the order of the straightforward algorithm (replies, threads, gatherings), so sums are identical.
  const tie = (u: number, v: number, w: number, source: number): void => {
    if (u === v || w <= 0 || (nodeOf[u] as number) < 0 || (nodeOf[v] as number) < 0) return;
    if (u < v) pairs.add(u, v, source, w);
    else pairs.add(v, u, source, w);
  };

  // Replies: A answered B, B being the author of the (last) activity with
  // the target id. Added in activity order.
  if (replyRows.length > 0) {
    const rowOf = new PositionIndex(activityIds);
    for (let k = 0; k < replyRows.length; k++) {
      const r = replyRows[k] as number;
      if (!wanted(r)) continue;
      const target = rowOf.get(replyNames[k] as string);
      if (target !== -1) tie(actor[r] as number, actor[target] as number, decay(time[r] as number), REPLIES);
    }
  }

  // Threads (gathering activities do not make a thread; a mentoring session makes it a mentoring thread).
  const nThreads = threads.size;
  const threadCount = new Int32Array(nThreads + 1);
  const threadLast = new Float64Array(nThreads).fill(Number.NEGATIVE_INFINITY);
  const threadMentoring = new Uint8Array(nThreads);
  // Threads in order of their first counted activity (the order their ties are added in).
  const threadOrder: number[] = [];
  for (let i = 0; i < n; i++) {
    const th = threadOf[i] as number;
    if (th < 0 || ((flags[i] as number) & 2) === 2 || !wanted(i)) {
      threadOf[i] = -1;
      continue;
    }
    if (threadCount[th + 1] === 0) threadOrder.push(th);
    threadCount[th + 1] = (threadCount[th + 1] as number) + 1;
    if ((time[i] as number) > (threadLast[th] as number)) threadLast[th] = time[i] as number;
    if (((flags[i] as number) & 4) === 4) threadMentoring[th] = 1;
  }
  let longest = 0;
  for (let th = 0; th < nThreads; th++) {
    longest = Math.max(longest, threadCount[th + 1] as number);
    threadCount[th + 1] = (threadCount[th + 1] as number) + (threadCount[th] as number);
  }
  const threadMembers = new Int32Array(threadCount[nThreads] as number);
  const fill = threadCount.slice(0, nThreads);
  for (let i = 0; i < n; i++) {
    const th = threadOf[i] as number;
    if (th < 0) continue;
    threadMembers[fill[th] as number] = actor[i] as number;
    fill[th] = (fill[th] as number) + 1;
  }
  let list = new Int32Array(Math.max(longest, 16));
  for (const th of threadOrder) {
    const mentoring = threadMentoring[th] === 1;
    if (mentoring ? !include.mentoring : !include.threads) continue;
    const k = uniqueSortedInto(threadMembers, threadCount[th] as number, threadCount[th + 1] as number, list);
    if (k < 2 || k > opts.maxGroupSize) continue;
    const w = (mentoring ? 1 : 1 / (k - 1)) * decay(threadLast[th] as number);
    const source = mentoring ? MENTORING : THREADS;
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++) tie(list[i] as number, list[j] as number, w, source);
  }
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t < from || t >= to) continue;
    if (include.gatherings) {
      // Attendees who are members (current or not) count towards n.
      const ids = Int32Array.from(
        g.attended.map((id) => memberIndex.get(id)).filter((i) => i >= 0 && i < nMembers),
      );
      if (list.length < ids.length) list = new Int32Array(ids.length);
      const k = uniqueSortedInto(ids, 0, ids.length, list);
      if (k >= 2 && k <= opts.maxGroupSize) {
        const w = decay(t) / (k - 1);
        for (let i = 0; i < k; i++)
          for (let j = i + 1; j < k; j++) tie(list[i] as number, list[j] as number, w, GATHERINGS);
      }
    }
    if (include.cohosting) {
      const ids = Int32Array.from(g.hosts.map((id) => memberIndex.get(id)).filter((i) => i >= 0));
      if (list.length < ids.length) list = new Int32Array(ids.length);
      const k = uniqueSortedInto(ids, 0, ids.length, list);
      const w = decay(t);
      for (let i = 0; i < k; i++)
        for (let j = i + 1; j < k; j++) tie(list[i] as number, list[j] as number, w, COHOSTING);
    }
  }

  // Ties in order of their endpoints (both endpoints are nodes, a < b).
  const m = pairs.size;
  pairs.reorder(pairOrder(pairs.a, pairs.b, m, nMembers));
  // The table's columns become the result (views, no copy): endpoints as node indices.
  const source = pairs.a.subarray(0, m);
  const target = pairs.b.subarray(0, m);
  for (let k = 0; k < m; k++) {
    source[k] = nodeOf[source[k] as number] as number;
    target[k] = nodeOf[target[k] as number] as number;
  }
  const weight = pairs.weight.subarray(0, m);
  const edgeAttributes: Record<string, Int32Array> = {};
  SOURCES.forEach((name, s) => {
    edgeAttributes[name] = (pairs.counts[s] as Int32Array).subarray(0, m);
  });
  return { nodes, source, target, weight, nodeAttributes, edgeAttributes };
}
