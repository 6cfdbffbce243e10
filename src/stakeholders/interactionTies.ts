import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { doubleArray, filledArray } from '../model/internal/scratch.js';
import { PositionIndex, StringIndex } from '../model/internal/stringIndex.js';
import { parseWith } from '../model/validate.js';
import { type InteractionGraphOptions, InteractionGraphOptionsSchema } from './interactionOptions.js';
import { type ActivityColumns, readActivities } from './internal/activityColumns.js';
import {
  type CoworkingGroups,
  type CoworkingWindow,
  coworkingGroups,
  hasConversation,
} from './internal/coworkingTies.js';
import { type PairContributions, sumTies, TieGroups, uniqueSortedInto } from './internal/sparseTies.js';
import type { TieList } from './tieList.js';

const DAY = 86_400_000;

/** The interactions a tie is made of, in the order of the `counts` columns. */
const SOURCES = ['replies', 'threads', 'gatherings', 'mentoring', 'cohosting', 'coworking'] as const;
const REPLIES = 0;
const THREADS = 1;
const GATHERINGS = 2;
const MENTORING = 3;
const COHOSTING = 4;
const COWORKING = 5;

/**
 * The options as the build uses them: plain numbers and flags in one object
 * shape made here (V8 keeps the functions below optimised across calls).
 * A contribution at time t (ms) is weighted e^(−age·rate), age counted back
 * from `ref` (rate 0: no decay).
 */
interface Plan {
  from: number;
  to: number;
  maxGroupSize: number;
  replies: boolean;
  threads: boolean;
  gatherings: boolean;
  mentoring: boolean;
  cohosting: boolean;
  ref: number;
  rate: number;
}

/** 2^(−age/halfLife) as e^(−age·ln2/halfLife): Math.exp is several times cheaper than Math.pow. */
function decayed(t: number, plan: Plan): number {
  return plan.rate === 0 ? 1 : Math.exp(-Math.max(0, plan.ref - t) * plan.rate);
}

/**
 * Replies as pair contributions: A answered B, B being the author of the
 * (last) activity with the target id; in activity order, between nodes only.
 */
function replyPairs(columns: ActivityColumns, nodeOf: Int32Array, plan: Plan): PairContributions {
  const { replyActors, replyNames, replyTimes, actor } = columns;
  const n = replyActors.length;
  const pairs: PairContributions = {
    low: filledArray(n, 0),
    high: filledArray(n, 0),
    weight: doubleArray(n),
    size: 0,
    source: REPLIES,
  };
  if (n === 0) return pairs;
  // The activities' positions by id (a table of positions, no copy of the ids).
  const rowOf = new PositionIndex(columns.activityIds);
  for (let k = 0; k < n; k++) {
    const target = rowOf.get(replyNames[k] as string);
    if (target === -1) continue;
    const u = replyActors[k] as number;
    const v = actor[target] as number;
    const w = decayed(replyTimes[k] as number, plan);
    if (u === v || !(w > 0) || (nodeOf[u] as number) < 0 || (nodeOf[v] as number) < 0) continue;
    pairs.low[pairs.size] = Math.min(u, v);
    pairs.high[pairs.size] = Math.max(u, v);
    pairs.weight[pairs.size] = w;
    pairs.size++;
  }
  return pairs;
}

/**
 * Threads as groups, in order of their first counted activity: a thread of
 * k members (2 ≤ k ≤ maxGroupSize) ties each pair with 1/(k−1), a mentoring
 * thread with 1, decayed from its last activity.
 */
function addThreadGroups(groups: TieGroups, columns: ActivityColumns, nodeOf: Int32Array, plan: Plan): void {
  const { threadOf, actor, threadLast, threadMentoring } = columns;
  const nThreads = threadLast.length;
  // Each thread's authors, in activity order (a CSR).
  const start = filledArray(nThreads + 1, 0);
  for (let i = 0; i < threadOf.length; i++) {
    const th = threadOf[i] as number;
    if (th >= 0) start[th + 1] = (start[th + 1] as number) + 1;
  }
  let longest = 0;
  for (let th = 0; th < nThreads; th++) {
    longest = Math.max(longest, start[th + 1] as number);
    start[th + 1] = (start[th + 1] as number) + (start[th] as number);
  }
  const authors = filledArray(start[nThreads] as number, 0);
  const next = start.slice(0, nThreads);
  for (let i = 0; i < threadOf.length; i++) {
    const th = threadOf[i] as number;
    if (th < 0) continue;
    authors[next[th] as number] = actor[i] as number;
    next[th] = (next[th] as number) + 1;
  }
  const list = new Int32Array(longest);
  for (let th = 0; th < nThreads; th++) {
    const mentoring = threadMentoring[th] === true;
    if (mentoring ? !plan.mentoring : !plan.threads) continue;
    const k = uniqueSortedInto(authors, start[th] as number, start[th + 1] as number, list);
    if (k < 2 || k > plan.maxGroupSize) continue;
    const w = (mentoring ? 1 : 1 / (k - 1)) * decayed(threadLast[th] as number, plan);
    groups.add(list, k, w, mentoring ? MENTORING : THREADS, nodeOf);
  }
}

/**
 * Gatherings in the window as groups, each in turn: its attendees who are
 * members (k of them, 2 ≤ k ≤ maxGroupSize) tie each pair with 1/(k−1), its
 * hosts each pair with 1, decayed from its start.
 */
function addGatheringGroups(
  groups: TieGroups,
  gatherings: Community['gatherings'],
  memberIndex: StringIndex,
  nMembers: number,
  nodeOf: Int32Array,
  plan: Plan,
): void {
  let list = new Int32Array(16);
  const distinct = (ids: number[]): number => {
    if (list.length < ids.length) list = new Int32Array(ids.length);
    return uniqueSortedInto(ids, 0, ids.length, list);
  };
  for (const g of gatherings) {
    const t = g.start.getTime();
    if (t < plan.from || t >= plan.to) continue;
    if (plan.gatherings) {
      // Attendees who are members (current or not) count towards k.
      const k = distinct(g.attended.map((id) => memberIndex.get(id)).filter((i) => i >= 0 && i < nMembers));
      if (k >= 2 && k <= plan.maxGroupSize)
        groups.add(list, k, decayed(t, plan) / (k - 1), GATHERINGS, nodeOf);
    }
    if (plan.cohosting) {
      const k = distinct(g.hosts.map((id) => memberIndex.get(id)).filter((i) => i >= 0));
      groups.add(list, k, decayed(t, plan), COHOSTING, nodeOf);
    }
  }
}

/**
 * Co-working groups as tie groups: a group of k members (2 ≤ k ≤
 * maxGroupSize) ties each pair with 1/(k−1) — Newman's (2001) weighting of
 * co-authorship, so a thing three people worked on says more than one three
 * hundred did — decayed from its last activity.
 */
function addCoworkingGroups(
  groups: TieGroups,
  cowork: CoworkingGroups,
  nodeOf: Int32Array,
  plan: Plan,
): void {
  const { members, start, last } = cowork;
  const list = new Int32Array(members.length);
  for (let g = 0; g + 1 < start.length; g++) {
    const lo = start[g] as number;
    const k = (start[g + 1] as number) - lo;
    if (k < 2 || k > plan.maxGroupSize) continue;
    for (let p = 0; p < k; p++) list[p] = members[lo + p] as number;
    groups.add(list, k, decayed(last[g] as number, plan) / (k - 1), COWORKING, nodeOf);
  }
}

/**
 * The interaction ties of a community as a {@link TieList}: the same nodes,
 * ties, weights and attributes as {@link interactionGraph} (which is this
 * list turned into a graphology graph), as typed columns. On big communities
 * it builds in a fraction of the graph's time and memory, and `findClusters`,
 * `betweennessCentrality` and `brokers` accept it directly.
 *
 * Nodes are the members current at `to` (bots only with `includeBots`;
 * `botsLeftOut` counts those left out), in id order, with attributes
 * `label`, `groups`, `affiliation`, `topics` (interests) and `joinedAt`.
 * Ties are ordered by their endpoints (source < target) and carry `weight`
 * and, as `edgeAttributes`, the counts behind it — which kinds of
 * interaction the tie is made of: `replies`, `threads`, `gatherings`,
 * `mentoring`, `cohosting`, `coworking`. How ties are made, weighted and
 * decayed is described at {@link interactionGraph}.
 *
 * Cost: O(a + Σ k²) for a activities and groups of size k (plus
 * O(g log g) to order g co-working groups) — each member's
 * ties are summed in dense arrays (a sparse accumulator), not a hash table of
 * pairs; about 1.3 s for a million activities on a small machine.
 *
 * @param community - a parsed community
 * @param options - window, kinds, half-life, which ties to include
 * @returns the members and their ties as columns
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const ties = interactionTies(sampleCommunity(), { halfLife: 180 });
 * ties.nodes.length; // → 358 — the current members
 * ties.weight[0]; // ≈ 78.04 — the strength of the tie between ties.source[0] and ties.target[0]
 * const fromGraph = findClusters(interactionGraph(sampleCommunity(), { halfLife: 180 }));
 * findClusters(ties).clusterOf; // → fromGraph.clusterOf — the same clusters as from the graph
 * ```
 */
export function interactionTies(community: Community, options: InteractionGraphOptions = {}): TieList {
  requireParsedCommunity('interactionTies', community);
  const opts = parseWith('interactionTies', InteractionGraphOptionsSchema, options, 'options');
  const from = opts.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const { include } = opts;

  // Members by index in id order; only current members become nodes. Ids
  // that are not members get indices after them (they never become nodes).
  const sortedMembers = [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1));
  const nMembers = sortedMembers.length;
  const memberIndex = new StringIndex(nMembers);
  for (const m of sortedMembers) memberIndex.id(m.id);

  const columns = readActivities(community.activities, memberIndex, {
    from,
    // Without `to` the window ends just after the latest activity: every activity is before its end.
    before: opts.to?.getTime() ?? Number.POSITIVE_INFINITY,
    kinds: opts.kinds ? new Set<string>(opts.kinds) : undefined,
    threads: include.threads || include.mentoring,
    replies: include.replies,
  });
  const { latest } = columns;
  const coworkWindow: CoworkingWindow = {
    from,
    before: opts.to?.getTime() ?? Number.POSITIVE_INFINITY,
    kinds: opts.kinds ? new Set<string>(opts.kinds) : undefined,
    windowDays: opts.coworking.windowDays,
    topics: opts.coworking.topics,
    reviews: opts.coworking.reviews,
  };
  const coworking =
    include.coworking === 'auto' ? !hasConversation(community.activities, coworkWindow) : include.coworking;
  const to = opts.to?.getTime() ?? (Number.isFinite(latest) ? latest + 1 : Number.POSITIVE_INFINITY);
  const plan: Plan = {
    from,
    to,
    maxGroupSize: opts.maxGroupSize,
    replies: include.replies,
    threads: include.threads,
    gatherings: include.gatherings,
    mentoring: include.mentoring,
    cohosting: include.cohosting,
    ref: Number.isFinite(to) ? to : 0,
    rate: opts.halfLife === 0 ? 0 : Math.LN2 / (opts.halfLife * DAY),
  };

  // Nodes: the members current at `to`, in id order.
  const nodeOf = new Int32Array(memberIndex.size).fill(-1);
  const nodes: string[] = [];
  const nodeAttributes: Record<string, unknown>[] = [];
  let botsLeftOut = 0;
  for (let i = 0; i < nMembers; i++) {
    const m = sortedMembers[i] as Community['members'][number];
    if ((m.joinedAt && m.joinedAt.getTime() >= to) || (m.leftAt && m.leftAt.getTime() < to)) continue;
    // Bots are not nodes unless asked for, so their replies and threads make no ties.
    if (m.kind === 'bot' && !opts.includeBots) {
      botsLeftOut++;
      continue;
    }
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

  // Contributions in the order the straightforward algorithm adds them —
  // replies, threads, gatherings — so that summed weights are identical to it.
  const replies = replyPairs(columns, nodeOf, plan);
  let groupMembers = 0;
  for (const th of columns.threadOf) if (th >= 0) groupMembers++;
  for (const g of community.gatherings) groupMembers += g.attended.length + g.hosts.length;
  const cowork: CoworkingGroups = coworking
    ? coworkingGroups(community.activities, memberIndex, nMembers, coworkWindow)
    : { members: [], start: [0], last: [] };
  groupMembers += cowork.members.length;
  const groups = new TieGroups(
    groupMembers,
    columns.threadLast.length + 2 * community.gatherings.length + cowork.last.length,
  );
  addThreadGroups(groups, columns, nodeOf, plan);
  addGatheringGroups(groups, community.gatherings, memberIndex, nMembers, nodeOf, plan);
  addCoworkingGroups(groups, cowork, nodeOf, plan);

  const { source, target, weight, counts } = sumTies(replies, groups, nodeOf, nMembers, SOURCES.length);
  const edgeAttributes: Record<string, Int32Array> = {};
  SOURCES.forEach((name, s) => {
    edgeAttributes[name] = counts[s] as Int32Array;
  });
  return { nodes, source, target, weight, nodeAttributes, edgeAttributes, botsLeftOut };
}
