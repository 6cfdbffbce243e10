import type { z } from 'zod';
import type { ActivityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { doubleArray, filledArray } from '../../model/internal/scratch.js';
import { StringIndex } from '../../model/internal/stringIndex.js';
import type { InteractionGraphOptionsSchema } from '../interactionOptions.js';
import type { TieList } from '../tieList.js';
import {
  type CoworkingGroups,
  type CoworkingWindow,
  coworkingGroups,
  hasConversation,
} from './coworkingTies.js';
import { type PairContributions, sumTies, TieGroups, uniqueSortedInto } from './sparseTies.js';

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
 * The rows of the activity log that count — in the window, of a counted
 * kind — with each row's author as a member index of the ties (`actor`,
 * indexed by the log's member index).
 */
interface CountedRows {
  log: ActivityLog;
  /** The window's rows are [lo, hi) (the log is time-sorted). */
  lo: number;
  hi: number;
  /** counted[kind code] = 1 when the kind counts. */
  counted: Uint8Array;
  actor: Int32Array;
}

/**
 * Replies as pair contributions: A answered B, B being the author of the
 * activity the reply names (the log resolves it to a row, which may lie
 * outside the window); in log order, between nodes only.
 */
function replyPairs(rows: CountedRows, nodeOf: Int32Array, plan: Plan): PairContributions {
  const { log, lo, counted, actor } = rows;
  const { replyTo, member, kind, time } = log;
  // Without reply ties, no row is read.
  const hi = plan.replies ? rows.hi : lo;
  let n = 0;
  for (let r = lo; r < hi; r++) if ((replyTo[r] as number) >= 0 && counted[kind[r] as number] === 1) n++;
  const pairs: PairContributions = {
    low: filledArray(n, 0),
    high: filledArray(n, 0),
    weight: doubleArray(n),
    size: 0,
    source: REPLIES,
  };
  for (let r = lo; r < hi && n > 0; r++) {
    const target = replyTo[r] as number;
    if (target < 0 || counted[kind[r] as number] === 0) continue;
    const u = actor[member[r] as number] as number;
    const v = actor[member[target] as number] as number;
    const w = decayed(time[r] as number, plan);
    if (u === v || !(w > 0) || (nodeOf[u] as number) < 0 || (nodeOf[v] as number) < 0) continue;
    pairs.low[pairs.size] = Math.min(u, v);
    pairs.high[pairs.size] = Math.max(u, v);
    pairs.weight[pairs.size] = w;
    pairs.size++;
  }
  return pairs;
}

/** Activity kinds that belong to gatherings: they never make a thread. */
const GATHERING_KINDS: ReadonlySet<string> = new Set(['attend', 'host', 'present', 'organise']);

/**
 * The window's threads, numbered in order of their first counted activity
 * (a gathering kind never makes one): the thread of each counted row (−1
 * when none, indexed r − lo), and per thread the time of its last counted
 * activity and whether a mentoring session took place in it.
 */
interface WindowThreads {
  threadOf: number[];
  last: number[];
  mentoring: boolean[];
  /** Counted rows that are in a thread. */
  rows: number;
}

/** The window's threads (see {@link WindowThreads}), from the log's thread column in one pass. */
function windowThreads(rows: CountedRows): WindowThreads {
  const { log, lo, hi, counted } = rows;
  const { thread, kind, time } = log;
  const inThread = Uint8Array.from(log.kinds, (k) => (GATHERING_KINDS.has(k) ? 0 : 1));
  const mentorSession = log.kinds.indexOf('mentor-session');
  const local = new Int32Array(log.threads.length).fill(-1);
  const threadOf = filledArray(hi - lo, -1);
  const last: number[] = [];
  const mentoring: boolean[] = [];
  let inThreads = 0;
  for (let r = lo; r < hi; r++) {
    const k = kind[r] as number;
    const t = thread[r] as number;
    if (t < 0 || counted[k] === 0 || inThread[k] === 0) continue;
    let th = local[t] as number;
    if (th < 0) {
      th = last.length;
      local[t] = th;
      last.push(time[r] as number);
      mentoring.push(false);
    } else if ((time[r] as number) > (last[th] as number)) last[th] = time[r] as number;
    if (k === mentorSession) mentoring[th] = true;
    threadOf[r - lo] = th;
    inThreads++;
  }
  return { threadOf, last, mentoring, rows: inThreads };
}

/**
 * Threads as groups, in order of their first counted activity: a thread of
 * k members (2 ≤ k ≤ maxGroupSize) ties each pair with 1/(k−1), a mentoring
 * thread with 1, decayed from its last activity.
 */
function addThreadGroups(
  groups: TieGroups,
  rows: CountedRows,
  threads: WindowThreads,
  nodeOf: Int32Array,
  plan: Plan,
): void {
  const { threadOf, last: threadLast, mentoring: threadMentoring } = threads;
  const { log, lo, actor } = rows;
  const member = log.member;
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
    authors[next[th] as number] = actor[member[lo + i] as number] as number;
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
 * The tie list of `interactionTies` (see there for the rules), from parsed
 * options and the community's activity log with its bots
 * (`activityLog(community, { includeBots: true })`: a bot in a thread counts
 * towards its size, though it is never a node) — built once by a caller that
 * reads the log for more than the ties.
 */
export function interactionTieList(
  community: Community,
  opts: z.output<typeof InteractionGraphOptionsSchema>,
  log: ActivityLog,
): TieList {
  const from = opts.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const { include } = opts;

  // Members by index in id order; only current members become nodes. Ids
  // that are not members get indices after them (they never become nodes).
  const sortedMembers = [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1));
  const nMembers = sortedMembers.length;
  const memberIndex = new StringIndex(nMembers);
  for (const m of sortedMembers) memberIndex.id(m.id);

  const actor = Int32Array.from(log.memberIds, (id) => memberIndex.id(id));
  const kinds = opts.kinds ? new Set<string>(opts.kinds) : undefined;
  const rows: CountedRows = {
    log,
    lo: firstAtOrAfter(log.time, 0, log.size, from),
    // Without `to` the window ends just after the latest activity: every activity is before its end.
    hi: firstAtOrAfter(log.time, 0, log.size, opts.to?.getTime() ?? Number.POSITIVE_INFINITY),
    counted: Uint8Array.from(log.kinds, (k) => (kinds === undefined || kinds.has(k) ? 1 : 0)),
    actor,
  };
  const threads: WindowThreads =
    include.threads || include.mentoring
      ? windowThreads(rows)
      : { threadOf: [], last: [], mentoring: [], rows: 0 };
  const latest = log.size > 0 ? (log.time[log.size - 1] as number) : Number.NEGATIVE_INFINITY;
  const coworkWindow: CoworkingWindow = {
    from,
    before: opts.to?.getTime() ?? Number.POSITIVE_INFINITY,
    kinds,
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
  const replies = replyPairs(rows, nodeOf, plan);
  let groupMembers = threads.rows;
  for (const g of community.gatherings) groupMembers += g.attended.length + g.hosts.length;
  const cowork: CoworkingGroups = coworking
    ? coworkingGroups(community.activities, memberIndex, nMembers, coworkWindow)
    : { members: [], start: [0], last: [] };
  groupMembers += cowork.members.length;
  const groups = new TieGroups(
    groupMembers,
    threads.last.length + 2 * community.gatherings.length + cowork.last.length,
  );
  addThreadGroups(groups, rows, threads, nodeOf, plan);
  addGatheringGroups(groups, community.gatherings, memberIndex, nMembers, nodeOf, plan);
  addCoworkingGroups(groups, cowork, nodeOf, plan);

  const { source, target, weight, counts } = sumTies(replies, groups, nodeOf, nMembers, SOURCES.length);
  const edgeAttributes: Record<string, Int32Array> = {};
  SOURCES.forEach((name, s) => {
    edgeAttributes[name] = counts[s] as Int32Array;
  });
  return { nodes, source, target, weight, nodeAttributes, edgeAttributes, botsLeftOut };
}
