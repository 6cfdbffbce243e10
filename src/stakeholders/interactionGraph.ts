import { z } from 'zod';
import { ActivityKindSchema } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { newUndirectedGraph } from './internal/graph.js';

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

type Counts = { replies: number; threads: number; gatherings: number; mentoring: number; cohosting: number };

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

  const graph = newUndirectedGraph();
  const members = new Map(community.members.map((m) => [m.id, m]));
  for (const m of [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if ((m.joinedAt && m.joinedAt.getTime() >= to) || (m.leftAt && m.leftAt.getTime() < to)) continue;
    graph.addNode(m.id, {
      label: m.name ?? m.id,
      groups: m.groups,
      affiliation: m.affiliation ?? null,
      topics: m.interests,
      joinedAt: m.joinedAt?.toISOString() ?? null,
    });
  }
  const tie = (u: string, v: string, w: number, what: keyof Counts): void => {
    if (u === v || w <= 0 || !graph.hasNode(u) || !graph.hasNode(v)) return;
    const [a, b] = u < v ? [u, v] : [v, u];
    if (graph.hasEdge(a, b)) {
      const attrs = graph.getEdgeAttributes(a, b) as { weight: number } & Counts;
      attrs.weight += w;
      attrs[what] += 1;
    } else {
      const counts: Counts = { replies: 0, threads: 0, gatherings: 0, mentoring: 0, cohosting: 0 };
      counts[what] = 1;
      graph.addEdge(a, b, { weight: w, ...counts });
    }
  };

  const inWindow = community.activities.filter((a) => {
    const t = a.at.getTime();
    return t >= from && t < to && (!kinds || kinds.has(a.kind));
  });
  const byId = new Map(community.activities.map((a) => [a.id, a]));
  const GATHERING_KINDS = new Set(['attend', 'host', 'present', 'organise']);
  const threads = new Map<string, { members: Set<string>; last: number; mentoring: boolean }>();
  for (const a of inWindow) {
    const t = a.at.getTime();
    if (opts.include.replies && a.replyTo !== undefined) {
      const parent = byId.get(a.replyTo);
      if (parent) tie(a.memberId, parent.memberId, decay(t), 'replies');
    }
    if (a.thread !== undefined && !GATHERING_KINDS.has(a.kind)) {
      const th = threads.get(a.thread) ?? { members: new Set<string>(), last: t, mentoring: false };
      th.members.add(a.memberId);
      th.last = Math.max(th.last, t);
      if (a.kind === 'mentor-session') th.mentoring = true;
      threads.set(a.thread, th);
    }
  }
  for (const th of threads.values()) {
    const list = [...th.members].sort();
    const k = list.length;
    if (k < 2 || k > opts.maxGroupSize) continue;
    if (th.mentoring ? !opts.include.mentoring : !opts.include.threads) continue;
    const w = (th.mentoring ? 1 : 1 / (k - 1)) * decay(th.last);
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++)
        tie(list[i] as string, list[j] as string, w, th.mentoring ? 'mentoring' : 'threads');
  }
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t < from || t >= to) continue;
    if (opts.include.gatherings) {
      const list = [...new Set(g.attended)].filter((id) => members.has(id)).sort();
      const n = list.length;
      if (n >= 2 && n <= opts.maxGroupSize) {
        const w = decay(t) / (n - 1);
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) tie(list[i] as string, list[j] as string, w, 'gatherings');
      }
    }
    if (opts.include.cohosting) {
      const hosts = [...new Set(g.hosts)].sort();
      for (let i = 0; i < hosts.length; i++)
        for (let j = i + 1; j < hosts.length; j++)
          tie(hosts[i] as string, hosts[j] as string, decay(t), 'cohosting');
    }
  }
  return graph;
}
