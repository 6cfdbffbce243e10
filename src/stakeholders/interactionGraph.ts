import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { PositionIndex, StringIndex } from '../model/internal/stringIndex.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { newUndirectedGraph } from './internal/graph.js';
import { PairTable } from './internal/pairTable.js';

const DAY = 86_400_000;

/**
 * Options of {@link interactionGraph}.
 *
 * @example
 * ```ts
 * InteractionGraphOptionsSchema.parse({}); // → { halfLife: 180, include: { replies: true, threads: true, gatherings: true, mentoring: true, cohosting: true }, maxGroupSize: 500 }
 * ```
 */
export const InteractionGraphOptionsSchema = z.object({
  /** Only activities and gatherings at or after this instant. */
  from: DateInputSchema.optional(),
  /** Only activities and gatherings before this instant; also the reference for decay (default: the latest activity). */
  to: DateInputSchema.optional(),
  /** Only activities of these kinds (default: all). */
  kinds: z.array(ActivityKindSchema).optional(),
  /** Half-life of a tie's weight in days (an interaction this old counts half); 0 turns decay off. */
  halfLife: z.number().min(0).default(180),
  /** Which interactions make ties. */
  include: z
    .object({
      replies: z.boolean().default(true),
      threads: z.boolean().default(true),
      gatherings: z.boolean().default(true),
      mentoring: z.boolean().default(true),
      cohosting: z.boolean().default(true),
    })
    .default({ replies: true, threads: true, gatherings: true, mentoring: true, cohosting: true }),
  /** Threads and gatherings with more participants than this are skipped (their ties would be noise). */
  maxGroupSize: z.number().int().min(2).default(500),
});

/** Options of {@link interactionGraph}. */
export type InteractionGraphOptions = z.input<typeof InteractionGraphOptionsSchema>;

const SOURCES = ['replies', 'threads', 'gatherings', 'mentoring', 'cohosting'] as const;
const REPLIES = 0;
const THREADS = 1;
const GATHERINGS = 2;
const MENTORING = 3;
const COHOSTING = 4;
const GATHERING_KINDS = new Set(['attend', 'host', 'present', 'organise']);

/** Distinct values of `xs`, ascending (member indices are in id order, so this is id order). */
function uniqueSorted(xs: readonly number[] | Int32Array): number[] {
  if (xs.length < 2) return Array.from(xs);
  const sorted = Int32Array.from(xs).sort();
  const out: number[] = [sorted[0] as number];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) out.push(sorted[i] as number);
  return out;
}

/** The pairs 0..size−1 ordered by (a, b): a counting sort on a, then each run sorted on b. */
function pairOrder(a: Int32Array, b: Int32Array, size: number, nodes: number): Uint32Array {
  const start = new Uint32Array(nodes + 1);
  for (let e = 0; e < size; e++) start[(a[e] as number) + 1] = (start[(a[e] as number) + 1] as number) + 1;
  for (let u = 0; u < nodes; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const fill = start.slice(0, nodes);
  const order = new Uint32Array(size);
  for (let e = 0; e < size; e++) {
    const u = a[e] as number;
    order[fill[u] as number] = e;
    fill[u] = (fill[u] as number) + 1;
  }
  for (let u = 0; u < nodes; u++) {
    const lo = start[u] as number;
    const hi = start[u + 1] as number;
    if (hi - lo > 1) order.subarray(lo, hi).sort((x, y) => (b[x] as number) - (b[y] as number));
  }
  return order;
}

/**
 * The community as an undirected, weighted graphology graph of members. Ties
 * come from:
 * - **replies** — A answered B: +1 per reply;
 * - **shared threads** — members active in the same thread: +1/(k−1) for each
 *   pair among k participants (so a big thread does not swamp a small one);
 * - **co-attendance** — members at the same gathering: +1/(n−1) per pair among
 *   n attendees (a 300-person conference adds 1/299, a 6-person call 1/5);
 * - **co-hosting** — +1 per pair of hosts of a gathering;
 * - **mentoring** — +1 per mentoring session the two share (`mentor-session`
 *   activities in the same thread).
 *
 * Each contribution decays with age: it is multiplied by 2^(−age/halfLife),
 * age measured back from `to` (or the latest activity). Self-interactions are
 * ignored. Every member current at `to` is a node (isolated ones included),
 * with attributes `label`, `groups`, `affiliation`, `topics` (interests) and
 * `joinedAt`; edges carry `weight` and the counts behind it, are ordered by
 * their endpoints' ids and keyed `e0`, `e1`, … in that order (so the same
 * community gives the same graph, and the same GEXF, byte for byte). The
 * result is a plain graphology graph: use the whole graphology ecosystem on it.
 *
 * Cost: O(a + Σ k²) for a activities and groups of size k.
 *
 * @param community - a parsed community
 * @param options - window, kinds, half-life, which ties to include
 * @returns an undirected weighted graph of members
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity(), { halfLife: 180 });
 * graph.order; // → number of current members
 * graph.getEdgeAttribute(graph.edges()[0], 'weight'); // → a positive number
 * ```
 */
export function interactionGraph(
  community: Community,
  options: InteractionGraphOptions = {},
): CommunityGraph {
  const opts = parseWith('interactionGraph', InteractionGraphOptionsSchema, options, 'options');
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
  const decay = (t: number): number =>
    opts.halfLife === 0 ? 1 : 2 ** (-Math.max(0, ref - t) / (opts.halfLife * DAY));
  const wanted = (i: number): boolean => {
    const t = time[i] as number;
    return t >= from && t < to && ((flags[i] as number) & 1) === 1;
  };

  const graph = newUndirectedGraph();
  const isNode = new Uint8Array(memberIndex.size);
  for (let i = 0; i < nMembers; i++) {
    const m = sortedMembers[i]!;
    if ((m.joinedAt && m.joinedAt.getTime() >= to) || (m.leftAt && m.leftAt.getTime() < to)) continue;
    isNode[i] = 1;
    graph.addNode(m.id, {
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
    if (u === v || w <= 0 || isNode[u] !== 1 || isNode[v] !== 1) return;
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
  for (let th = 0; th < nThreads; th++)
    threadCount[th + 1] = (threadCount[th + 1] as number) + (threadCount[th] as number);
  const threadMembers = new Int32Array(threadCount[nThreads] as number);
  const fill = threadCount.slice(0, nThreads);
  for (let i = 0; i < n; i++) {
    const th = threadOf[i] as number;
    if (th < 0) continue;
    threadMembers[fill[th] as number] = actor[i] as number;
    fill[th] = (fill[th] as number) + 1;
  }
  for (const th of threadOrder) {
    const mentoring = threadMentoring[th] === 1;
    if (mentoring ? !include.mentoring : !include.threads) continue;
    const list = uniqueSorted(
      threadMembers.subarray(threadCount[th] as number, threadCount[th + 1] as number),
    );
    const k = list.length;
    if (k < 2 || k > opts.maxGroupSize) continue;
    const w = (mentoring ? 1 : 1 / (k - 1)) * decay(threadLast[th] as number);
    const source = mentoring ? MENTORING : THREADS;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) tie(list[i]!, list[j]!, w, source);
  }
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t < from || t >= to) continue;
    if (include.gatherings) {
      // Attendees who are members (current or not) count towards n.
      const list = uniqueSorted(
        g.attended.map((id) => memberIndex.get(id)).filter((i) => i >= 0 && i < nMembers),
      );
      const n = list.length;
      if (n >= 2 && n <= opts.maxGroupSize) {
        const w = decay(t) / (n - 1);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) tie(list[i]!, list[j]!, w, GATHERINGS);
      }
    }
    if (include.cohosting) {
      const hosts = uniqueSorted(g.hosts.map((id) => memberIndex.get(id)).filter((i) => i >= 0));
      for (let i = 0; i < hosts.length; i++)
        for (let j = i + 1; j < hosts.length; j++) tie(hosts[i]!, hosts[j]!, decay(t), COHOSTING);
    }
  }

  // Edges go in in order of their endpoints: graphology stores each node's
  // neighbours in an object keyed by id, and filling one node's at a time is
  // about twice as fast as scattering the insertions.
  const ids = memberIndex.keys;
  const { a, b, weight, counts } = pairs;
  const S = SOURCES.length;
  // Keys are e0, e1, … in that order: graphology's generated keys carry a
  // per-instance random prefix, so exports of the same community would differ.
  const order = pairOrder(a, b, pairs.size, nMembers);
  for (let k = 0; k < order.length; k++) {
    const e = order[k] as number;
    const c = e * S;
    graph.addEdgeWithKey(`e${k}`, ids[a[e]!]!, ids[b[e]!]!, {
      weight: weight[e]!,
      replies: counts[c + REPLIES]!,
      threads: counts[c + THREADS]!,
      gatherings: counts[c + GATHERINGS]!,
      mentoring: counts[c + MENTORING]!,
      cohosting: counts[c + COHOSTING]!,
    });
  }
  return graph;
}
