import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
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
function uniqueSorted(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  const sorted = Int32Array.from(xs).sort();
  const out: number[] = [sorted[0] as number];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) out.push(sorted[i] as number);
  return out;
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
 * `joinedAt`; edges carry `weight` and the counts behind it. The result is a
 * plain graphology graph: use the whole graphology ecosystem on it.
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
  let latest = Number.NEGATIVE_INFINITY;
  for (const a of community.activities) if (a.at.getTime() > latest) latest = a.at.getTime();
  const to = opts.to?.getTime() ?? (Number.isFinite(latest) ? latest + 1 : Number.POSITIVE_INFINITY);
  const ref = Number.isFinite(to) ? to : 0;
  const decay = (t: number): number =>
    opts.halfLife === 0 ? 1 : 2 ** (-Math.max(0, ref - t) / (opts.halfLife * DAY));

  // Members by index in id order; only current members become nodes.
  const sortedMembers = [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1));
  const indexOf = new Map<string, number>();
  const isNode = new Uint8Array(sortedMembers.length);
  const graph = newUndirectedGraph();
  for (let i = 0; i < sortedMembers.length; i++) {
    const m = sortedMembers[i]!;
    indexOf.set(m.id, i);
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
  // Ids that are not members get indices after the members (they never become nodes).
  const idx = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = indexOf.size;
      indexOf.set(id, i);
    }
    return i;
  };
  const pairs = new PairTable(SOURCES.length, 1 << 16);
  // Contributions are added in the order of the straightforward algorithm (replies, threads, gatherings), so sums are identical.
  const tie = (u: number, v: number, w: number, source: number): void => {
    if (u === v || w <= 0 || isNode[u] !== 1 || isNode[v] !== 1) return;
    if (u < v) pairs.add(u, v, source, w);
    else pairs.add(v, u, source, w);
  };

  const activities = community.activities;
  const wanted = (t: number, kind: string): boolean => t >= from && t < to && (!kinds || kinds.has(kind));
  // Authors of the activities that in-window replies answer (the last activity with that id wins).
  const parentAuthor = new Map<string, number>();
  if (opts.include.replies) {
    for (const a of activities)
      if (a.replyTo !== undefined && wanted(a.at.getTime(), a.kind)) parentAuthor.set(a.replyTo, -1);
    for (const a of activities) if (parentAuthor.has(a.id)) parentAuthor.set(a.id, idx(a.memberId));
  }
  const threadIndex = new Map<string, number>();
  const threadMembers: number[][] = [];
  const threadLast: number[] = [];
  const threadMentoring: boolean[] = [];
  for (const a of activities) {
    const t = a.at.getTime();
    if (!wanted(t, a.kind)) continue;
    if (opts.include.replies && a.replyTo !== undefined) {
      const parent = parentAuthor.get(a.replyTo);
      if (parent !== undefined && parent >= 0) tie(idx(a.memberId), parent, decay(t), REPLIES);
    }
    if (a.thread !== undefined && !GATHERING_KINDS.has(a.kind)) {
      let th = threadIndex.get(a.thread);
      if (th === undefined) {
        th = threadMembers.length;
        threadIndex.set(a.thread, th);
        threadMembers.push([]);
        threadLast.push(t);
        threadMentoring.push(false);
      }
      threadMembers[th]!.push(idx(a.memberId));
      if (t > threadLast[th]!) threadLast[th] = t;
      if (a.kind === 'mentor-session') threadMentoring[th] = true;
    }
  }
  for (let th = 0; th < threadMembers.length; th++) {
    const mentoring = threadMentoring[th]!;
    if (mentoring ? !opts.include.mentoring : !opts.include.threads) continue;
    const list = uniqueSorted(threadMembers[th]!);
    const k = list.length;
    if (k < 2 || k > opts.maxGroupSize) continue;
    const w = (mentoring ? 1 : 1 / (k - 1)) * decay(threadLast[th]!);
    const source = mentoring ? MENTORING : THREADS;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) tie(list[i]!, list[j]!, w, source);
  }
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t < from || t >= to) continue;
    if (opts.include.gatherings) {
      // Attendees who are members (current or not) count towards n.
      const list = uniqueSorted(g.attended.map(idx).filter((i) => i < sortedMembers.length));
      const n = list.length;
      if (n >= 2 && n <= opts.maxGroupSize) {
        const w = decay(t) / (n - 1);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) tie(list[i]!, list[j]!, w, GATHERINGS);
      }
    }
    if (opts.include.cohosting) {
      const hosts = uniqueSorted(g.hosts.map(idx));
      for (let i = 0; i < hosts.length; i++)
        for (let j = i + 1; j < hosts.length; j++) tie(hosts[i]!, hosts[j]!, decay(t), COHOSTING);
    }
  }

  const ids = sortedMembers.map((m) => m.id);
  const { a, b, weight, counts } = pairs;
  const S = SOURCES.length;
  for (let e = 0; e < pairs.size; e++) {
    const c = e * S;
    graph.addEdge(ids[a[e]!]!, ids[b[e]!]!, {
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
