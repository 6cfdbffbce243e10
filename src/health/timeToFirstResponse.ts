import { z } from 'zod';
import { type ActivityKind, ActivityKindSchema } from '../model/activityKinds.js';
import type { ActivityLog, ActivityLogSource } from '../model/activityLog.js';
import { DateInputSchema, MAX_SPAN_DAYS } from '../model/dateInput.js';
import { filledArray } from '../model/internal/scratch.js';
import { PeriodUnitSchema } from '../model/periods.js';
import { parseWith } from '../model/validate.js';
import { accumulator, kindMask, quantileSorted, type State } from './internal/accumulate.js';
import { periodIndex, periodRef } from './internal/calendar.js';
import { isoFormatter } from './internal/isoTime.js';
import { DEFAULT_ACTIVE_KINDS, ms } from './internal/options.js';
import { firstAtOrAfter } from '../model/internal/rows.js';
import { runOn } from './internal/run.js';
import type { MetricAccumulator } from './metricAccumulator.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Options of {@link timeToFirstResponse}. */
export const TimeToFirstResponseOptionsSchema = z.strictObject({
  /** Threads started before this instant are not reported (default: no limit). */
  from: DateInputSchema.optional(),
  /** End of the analysis, exclusive: later activities are ignored; "unanswered after N days" is measured at it (default: the latest activity seen). */
  asOf: DateInputSchema.optional(),
  /** Kinds that start a thread when they reply to nothing. */
  starterKinds: z.array(ActivityKindSchema).min(1).default(['post', 'issue', 'pull-request']),
  /** Kinds that count as a response (default: all but join, leave and reaction). */
  responseKinds: z
    .array(ActivityKindSchema)
    .min(1)
    .default(DEFAULT_ACTIVE_KINDS.filter((k) => k !== 'reaction')),
  /** A thread counts as unanswered after this many days without a response. */
  unansweredAfterDays: z
    .number()
    .positive()
    .max(MAX_SPAN_DAYS, `expected at most ${MAX_SPAN_DAYS} days (10 000 years)`)
    .default(7),
  /** Member ids of the core team (for "who responds"). */
  coreMemberIds: z.array(z.string()).default([]),
  /** When set, also report per calendar period of the thread start. */
  unit: PeriodUnitSchema.optional(),
  /** List every thread in `items` (default); `false` leaves `items` empty and saves the time and memory of one object per thread on big logs. */
  items: z.boolean().default(true),
});
/** Options of {@link timeToFirstResponse} (input). */
export type TimeToFirstResponseOptions = z.input<typeof TimeToFirstResponseOptionsSchema>;
/** Defaults of {@link TimeToFirstResponseOptions}. */
export const TIME_TO_FIRST_RESPONSE_DEFAULTS: z.output<typeof TimeToFirstResponseOptionsSchema> =
  TimeToFirstResponseOptionsSchema.parse({});

/** One thread of {@link timeToFirstResponse}. */
export const FirstResponseItemSchema = z.object({
  /** The activity that started the thread. */
  activityId: z.string(),
  memberId: z.string(),
  at: z.string(),
  /** The first response (null when unanswered). */
  responseId: z.string().nullable(),
  responderId: z.string().nullable(),
  respondedAt: z.string().nullable(),
  /** Hours from start to first response (null when unanswered). */
  hours: z.number().nullable(),
  /** Channel of the starting activity (null when absent). */
  channel: z.string().nullable(),
  /** The asker's next activity in the thread after the first response (null when none or unanswered). */
  followUpId: z.string().nullable(),
  /** Hours from the first response to that follow-up (null when none). */
  followUpHours: z.number().nullable(),
});

const SummarySchema = z.object({
  /** Threads started in the window. */
  threads: z.number().int(),
  /** Threads with a response (before `asOf`). */
  answered: z.number().int(),
  /** Threads without a response. */
  unanswered: z.number().int(),
  /** answered / threads (null without threads). */
  responseRate: z.number().nullable(),
  /** Median hours to first response over answered threads (null when none). */
  medianHours: z.number().nullable(),
  /** 90th percentile of hours to first response over answered threads (type 7, null when none). */
  p90Hours: z.number().nullable(),
  /** Answered threads in which the asker acted again after the first response. */
  followedUp: z.number().int(),
  /** Median hours from first response to the asker's follow-up (type 7, null when none). */
  medianFollowUpHours: z.number().nullable(),
});

/** One period of {@link timeToFirstResponse} (by the start of the thread). */
export const FirstResponsePeriodSchema = SummarySchema.extend({
  key: z.string(),
  start: z.string(),
  end: z.string(),
});

/** Result of {@link timeToFirstResponse}. */
export const TimeToFirstResponseResultSchema = SummarySchema.extend({
  /** Quantile method of median and p90. */
  quantileMethod: z.literal('type 7 (linear interpolation, numpy/pandas default)'),
  /** The instant "unanswered after N days" is measured at (null when there is no activity). */
  asOf: z.string().nullable(),
  unansweredAfterDays: z.number(),
  /** Threads at least N days old at `asOf` (the denominator). */
  oldEnough: z.number().int(),
  /** Of those, threads without a response within N days. */
  unansweredAfterN: z.number().int(),
  /** unansweredAfterN / oldEnough (null when no thread is old enough). */
  shareUnansweredAfterN: z.number().nullable(),
  /** First responses given by `coreMemberIds`, by others, and the core's share. */
  responders: z.object({
    core: z.number().int(),
    others: z.number().int(),
    coreShare: z.number().nullable(),
    /** First responses per responder, most first, ties by id (dependence on a few people). */
    byMember: z.array(z.object({ id: z.string(), count: z.number().int() })),
  }),
  /** Per channel of the starting activity, by channel name (threads without a channel are not listed). */
  channels: z.array(SummarySchema.extend({ channel: z.string() })),
  /** Per period of the thread start (empty unless `unit` is given). */
  periods: z.array(FirstResponsePeriodSchema),
  /** Every thread, oldest first (ties by id); empty when the `items` option is false. */
  items: z.array(FirstResponseItemSchema),
});
/** Result of {@link timeToFirstResponse}. */
export type TimeToFirstResponseResult = z.output<typeof TimeToFirstResponseResultSchema>;

interface Node {
  m: string;
  t: number;
  k: ActivityKind;
  parent: string | undefined;
  thread: string | undefined;
  ch: string | undefined;
}

/** Rows `start..end` of a log that were added (filtered by kind and time when the result is computed). */
interface Chunk {
  log: ActivityLog;
  start: number;
  end: number;
}

class ResponseState implements State<ResponseState> {
  readonly chunks: Chunk[] = [];
  last = Number.NEGATIVE_INFINITY;
  constructor(
    readonly kinds: readonly ActivityKind[],
    readonly to: number,
  ) {}

  add(log: ActivityLog, start: number, end: number): void {
    const time = log.time;
    // Rows are time-sorted: the kept ones end at the first row at or after `to`.
    const r = firstAtOrAfter(time, start, end, this.to);
    if (r === start) return;
    // Rows are time-sorted, so the last one kept is the latest.
    const t = time[r - 1] as number;
    if (t > this.last) this.last = t;
    this.chunks.push({ log, start, end: r });
  }

  merge(other: ResponseState): void {
    this.chunks.push(...other.chunks);
    if (other.last > this.last) this.last = other.last;
  }
}

/** The kept rows of every chunk as nodes keyed by activity id (for chunks from different logs). */
function nodesOf(chunks: readonly Chunk[], kinds: readonly ActivityKind[]): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const { log, start, end } of chunks) {
    const mask = kindMask(kinds, log.kinds);
    const replyTo = log.replyTo;
    const thread = log.thread;
    for (let r = start; r < end; r++) {
      const k = log.kind[r] as number;
      if (mask[k] === 0) continue;
      const p = replyTo[r] as number;
      const th = thread[r] as number;
      nodes.set(log.activityIds[r] as string, {
        m: log.memberIds[log.member[r] as number] as string,
        t: log.time[r] as number,
        k: log.kinds[k] as ActivityKind,
        parent: p >= 0 ? log.activityIds[p] : p === -2 ? log.danglingReplyTo.get(r) : undefined,
        thread: th >= 0 ? log.threads[th] : undefined,
        ch: (log.channel[r] as number) >= 0 ? log.channels[log.channel[r] as number] : undefined,
      });
    }
  }
  return nodes;
}

/** A thread start and its first response, before formatting. */
interface Found {
  id: string;
  member: string;
  t: number;
  responseId: string | null;
  responder: string | null;
  respondedAt: number;
  channel: string | null;
  /** The asker's first activity in the thread after the first response. */
  followUpId: string | null;
  followUpAt: number;
}

/** Which threads started and who answered first: the rules below, on string ids (any mix of logs). */
function threadsFromNodes(
  nodesIn: Map<string, Node>,
  from: number,
  starterKinds: ReadonlySet<string>,
  responseKinds: ReadonlySet<string>,
): Found[] {
  const s = { nodes: nodesIn };
  const nodes = [...s.nodes].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const firstOfThread = new Map<string, string>();
  for (const [id, n] of nodes)
    if (n.thread !== undefined && !firstOfThread.has(n.thread)) firstOfThread.set(n.thread, id);
  const rootCache = new Map<string, string>();
  const rootOf = (id: string): string => {
    const path: string[] = [];
    let cur = id;
    while (true) {
      const cached = rootCache.get(cur);
      if (cached !== undefined) {
        cur = cached;
        break;
      }
      path.push(cur);
      const parent = s.nodes.get(cur)?.parent;
      if (parent === undefined || !s.nodes.has(parent) || path.length > s.nodes.size) break;
      cur = parent;
    }
    for (const p of path) rootCache.set(p, cur);
    return cur;
  };
  const isStarter = (id: string, n: Node): boolean =>
    starterKinds.has(n.k) &&
    n.parent === undefined &&
    n.t >= from &&
    (n.thread === undefined || firstOfThread.get(n.thread) === id);
  const first = new Map<string, [string, Node]>();
  const consider = (starterId: string, cand: [string, Node]): void => {
    const st = s.nodes.get(starterId);
    if (st === undefined || !isStarter(starterId, st)) return;
    if (cand[0] === starterId || cand[1].m === st.m || cand[1].t < st.t || !responseKinds.has(cand[1].k))
      return;
    const prev = first.get(starterId);
    if (prev === undefined || before(cand, prev)) first.set(starterId, cand);
  };
  for (const entry of nodes) {
    const [id, n] = entry;
    if (n.parent !== undefined) consider(rootOf(id), entry);
    if (n.thread !== undefined) consider(firstOfThread.get(n.thread) as string, entry);
  }
  // Follow-up: the asker's first activity of a response kind in the thread after the first response.
  const follow = new Map<string, [string, Node]>();
  const considerFollow = (starterId: string, cand: [string, Node]): void => {
    const f = first.get(starterId);
    const st = s.nodes.get(starterId);
    if (f === undefined || st === undefined || cand[1].m !== st.m || !responseKinds.has(cand[1].k)) return;
    if (!before(f, cand)) return;
    const prev = follow.get(starterId);
    if (prev === undefined || before(cand, prev)) follow.set(starterId, cand);
  };
  for (const entry of nodes) {
    const [id, n] = entry;
    if (n.parent !== undefined) considerFollow(rootOf(id), entry);
    if (n.thread !== undefined) considerFollow(firstOfThread.get(n.thread) as string, entry);
  }
  const out: Found[] = [];
  for (const [id, n] of nodes) {
    if (!isStarter(id, n)) continue;
    const f = first.get(id);
    const fu = follow.get(id);
    out.push({
      id,
      member: n.m,
      t: n.t,
      responseId: f?.[0] ?? null,
      responder: f?.[1].m ?? null,
      respondedAt: f?.[1].t ?? Number.NaN,
      channel: n.ch ?? null,
      followUpId: f === undefined ? null : (fu?.[0] ?? null),
      followUpAt: f === undefined ? Number.NaN : (fu?.[1].t ?? Number.NaN),
    });
  }
  return out;
}
/**
 * The same rules as {@link threadsFromNodes} on one log's row indices: no
 * string keys, no per-row objects (the fast path when every chunk comes from
 * the same log, as when a metric is computed on one log).
 */
function threadsFromLog(
  chunks: readonly Chunk[],
  kinds: readonly ActivityKind[],
  from: number,
  starterKinds: ReadonlySet<string>,
  responseKinds: ReadonlySet<string>,
): Found[] {
  const log = (chunks[0] as Chunk).log;
  const n = log.size;
  const { time, kind, member, channel, activityIds: ids } = log;
  const replyTo = log.replyTo;
  const thread = log.thread;
  const mask = kindMask(kinds, log.kinds);
  const isStarterKind = kindMask([...starterKinds], log.kinds);
  const isResponseKind = kindMask([...responseKinds], log.kinds);
  // Kept rows: in one of the chunks, of a wanted kind (no n-sized mask: a
  // report runs this twice on a million rows).
  const isKept = (r: number): boolean => {
    if (mask[kind[r] as number] !== 1) return false;
    for (const c of chunks) if (r >= c.start && r < c.end) return true;
    return false;
  };
  // Rows are time-sorted: those at or after `from` are the suffix from `lo`.
  const lo = firstAtOrAfter(time, 0, n, from);
  // Rows before `from` can neither start a counted thread nor answer one
  // (answers come after their question); they only tell which threads
  // started earlier, so they are not ordered or visited.
  const firstOfThread = filledArray(log.threads.length, -1);
  for (let r = 0; r < lo; r++) {
    const th = thread[r] as number;
    if (th >= 0 && firstOfThread[th] === -1 && isKept(r)) firstOfThread[th] = r;
  }
  // The kept rows from `lo`, in (time, id) order: only runs of equal times need sorting by id.
  // Scratch arrays are plain arrays (see model/internal/scratch.ts for why).
  const order: number[] = [];
  for (let r = lo; r < n; r++) if (isKept(r)) order.push(r);
  const count = order.length;
  // No chain without a cycle is longer than the kept rows (at most lo + count).
  const longest = lo + count;
  // kept[r − lo] for rows from lo (parents before lo are checked with isKept).
  const keptFrom = filledArray(n - lo, 0);
  for (let i = 0; i < count; i++) keptFrom[(order[i] as number) - lo] = 1;
  const kept = (r: number): boolean => (r >= lo ? keptFrom[r - lo] === 1 : isKept(r));
  for (let i = 0; i < count; ) {
    let j = i + 1;
    const t = time[order[i] as number] as number;
    while (j < count && time[order[j] as number] === t) j++;
    if (j - i > 1) {
      const run = order.slice(i, j).sort((a, b) => {
        const x = ids[a] as string;
        const y = ids[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      for (let p = i; p < j; p++) order[p] = run[p - i] as number;
    }
    i = j;
  }
  for (let i = 0; i < count; i++) {
    const r = order[i] as number;
    const th = thread[r] as number;
    if (th >= 0 && firstOfThread[th] === -1) firstOfThread[th] = r;
  }
  // The root of each reply chain, following kept parents (cached, cycle-safe).
  // Cached for rows from lo; chains reaching back before `from` are walked.
  const root = filledArray(n - lo, -1);
  const path: number[] = [];
  const rootOf = (row: number): number => {
    path.length = 0;
    let cur = row;
    while (true) {
      const cached = cur >= lo ? (root[cur - lo] as number) : -1;
      if (cached >= 0) {
        cur = cached;
        break;
      }
      path.push(cur);
      const p = replyTo[cur] as number;
      if (p < 0 || !kept(p) || path.length > longest) break;
      cur = p;
    }
    for (const x of path) if (x >= lo) root[x - lo] = cur;
    return cur;
  };
  const isStarter = (r: number): boolean => {
    if (isStarterKind[kind[r] as number] === 0 || (replyTo[r] as number) !== -1) return false;
    if ((time[r] as number) < from) return false;
    const th = thread[r] as number;
    return th < 0 || firstOfThread[th] === r;
  };
  // Candidates arrive in (time, id) order, so the first accepted is the
  // first response, and once it is set, the first of the asker's own later
  // activities is the follow-up.
  // first/follow of starter rows (all at or after `from`), indexed r − lo.
  const first = filledArray(n - lo, -1);
  const follow = filledArray(n - lo, -1);
  const consider = (st: number, c: number): void => {
    if (!kept(st) || !isStarter(st)) return;
    if (isResponseKind[kind[c] as number] === 0) return;
    const k = st - lo;
    if (first[k] === -1) {
      if (c === st || member[c] === member[st] || (time[c] as number) < (time[st] as number)) return;
      first[k] = c;
    } else if (follow[k] === -1 && member[c] === member[st] && c !== first[k]) follow[k] = c;
  };
  for (let i = 0; i < count; i++) {
    const r = order[i] as number;
    if ((replyTo[r] as number) !== -1) consider(rootOf(r), r);
    const th = thread[r] as number;
    if (th >= 0) consider(firstOfThread[th] as number, r);
  }
  const out: Found[] = [];
  const memberIds = log.memberIds;
  for (let i = 0; i < count; i++) {
    const r = order[i] as number;
    if (!isStarter(r)) continue;
    const f = first[r - lo] as number;
    const u = follow[r - lo] as number;
    out.push({
      id: ids[r] as string,
      member: memberIds[member[r] as number] as string,
      t: time[r] as number,
      responseId: f < 0 ? null : (ids[f] as string),
      responder: f < 0 ? null : (memberIds[member[f] as number] as string),
      respondedAt: f < 0 ? Number.NaN : (time[f] as number),
      channel: (channel[r] as number) >= 0 ? (log.channels[channel[r] as number] as string) : null,
      followUpId: u < 0 ? null : (ids[u] as string),
      followUpAt: u < 0 ? Number.NaN : (time[u] as number),
    });
  }
  return out;
}

const before = (a: [string, Node], b: [string, Node]): boolean =>
  a[1].t < b[1].t || (a[1].t === b[1].t && a[0] < b[0]);

/** Hours to first response and to follow-up of a group of threads, gathered in one pass. */
class Group {
  threads = 0;
  readonly hours: number[] = [];
  readonly follow: number[] = [];
  add(hours: number | null, followUpHours: number | null): void {
    this.threads++;
    if (hours !== null) this.hours.push(hours);
    if (followUpHours !== null) this.follow.push(followUpHours);
  }
  summary(): z.output<typeof SummarySchema> {
    const hours = Float64Array.from(this.hours).sort();
    const follow = Float64Array.from(this.follow).sort();
    return {
      threads: this.threads,
      answered: hours.length,
      unanswered: this.threads - hours.length,
      responseRate: this.threads === 0 ? null : hours.length / this.threads,
      medianHours: quantileSorted(hours, 0.5),
      p90Hours: quantileSorted(hours, 0.9),
      followedUp: follow.length,
      medianFollowUpHours: quantileSorted(follow, 0.5),
    };
  }
}

/**
 * The streaming form of {@link timeToFirstResponse} (see {@link MetricAccumulator}).
 *
 * @param options - as for {@link timeToFirstResponse}
 * @returns an accumulator whose result is the {@link TimeToFirstResponseResult}
 * @throws ValidationError on invalid options
 *
 * @example
 * ```ts
 * const acc = timeToFirstResponseAccumulator({ asOf: '2024-07-01' });
 * acc.add(activityLog(sampleCommunity()));
 * acc.result().medianHours; // ≈ 5.9193
 * ```
 */
export function timeToFirstResponseAccumulator(
  options: TimeToFirstResponseOptions = {},
): MetricAccumulator<TimeToFirstResponseResult> {
  const o = parseWith('timeToFirstResponse', TimeToFirstResponseOptionsSchema, options, 'options');
  const kinds = [...new Set([...o.starterKinds, ...o.responseKinds])];
  const from = ms(o.from) ?? Number.NEGATIVE_INFINITY;
  const to = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  const starterKinds = new Set<string>(o.starterKinds);
  const responseKinds = new Set<string>(o.responseKinds);
  const core = new Set(o.coreMemberIds);
  return accumulator(['timeToFirstResponse', o], new ResponseState(kinds, to), (s) => {
    const found =
      s.chunks.length > 0 && s.chunks.every((c) => c.log === s.chunks[0]?.log)
        ? threadsFromLog(s.chunks, kinds, from, starterKinds, responseKinds)
        : threadsFromNodes(nodesOf(s.chunks, kinds), from, starterKinds, responseKinds);
    const ref = Number.isFinite(to) ? to : s.last;
    const limit = o.unansweredAfterDays * DAY;
    const iso = isoFormatter();
    const all = new Group();
    const byChannel = new Map<string, Group>();
    const byPeriod: Group[] = [];
    const firstPeriod =
      o.unit !== undefined && found.length > 0 ? periodIndex((found[0] as Found).t, o.unit) : 0;
    const byMember = new Map<string, number>();
    const items: TimeToFirstResponseResult['items'] = [];
    let oldEnough = 0;
    let late = 0;
    let coreCount = 0;
    for (const f of found) {
      const answered = f.responseId !== null;
      const hours = answered ? (f.respondedAt - f.t) / HOUR : null;
      const followUpHours = f.followUpId === null ? null : (f.followUpAt - f.respondedAt) / HOUR;
      if (o.items)
        items.push({
          activityId: f.id,
          memberId: f.member,
          at: iso(f.t),
          responseId: f.responseId,
          responderId: f.responder,
          respondedAt: answered ? iso(f.respondedAt) : null,
          hours,
          channel: f.channel,
          followUpId: f.followUpId,
          followUpHours,
        });
      all.add(hours, followUpHours);
      if (f.channel !== null) {
        let g = byChannel.get(f.channel);
        if (g === undefined) byChannel.set(f.channel, (g = new Group()));
        g.add(hours, followUpHours);
      }
      if (o.unit !== undefined) {
        const p = periodIndex(f.t, o.unit) - firstPeriod;
        while (byPeriod.length <= p) byPeriod.push(new Group());
        (byPeriod[p] as Group).add(hours, followUpHours);
      }
      if (f.responder !== null) {
        if (core.has(f.responder)) coreCount++;
        byMember.set(f.responder, (byMember.get(f.responder) ?? 0) + 1);
      }
      if (f.t + limit <= ref) {
        oldEnough++;
        if (hours === null || f.respondedAt - f.t > limit) late++;
      }
    }
    const answered = all.hours.length;
    const unit = o.unit;
    const periods: TimeToFirstResponseResult['periods'] =
      unit === undefined
        ? []
        : byPeriod.map((g, i) => ({ ...periodRef(firstPeriod + i, unit), ...g.summary() }));
    const channels = [...byChannel.keys()]
      .sort()
      .map((channel) => ({ channel, ...(byChannel.get(channel) as Group).summary() }));
    return {
      ...all.summary(),
      channels,
      quantileMethod: 'type 7 (linear interpolation, numpy/pandas default)' as const,
      asOf: Number.isFinite(ref) ? new Date(ref).toISOString() : null,
      unansweredAfterDays: o.unansweredAfterDays,
      oldEnough,
      unansweredAfterN: late,
      shareUnansweredAfterN: oldEnough === 0 ? null : late / oldEnough,
      responders: {
        core: coreCount,
        others: answered - coreCount,
        coreShare: answered === 0 ? null : coreCount / answered,
        byMember: [...byMember]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
          .map(([id, count]) => ({ id, count })),
      },
      periods,
      items,
    };
  });
}

/**
 * Time to first response on threads and questions: for every thread started
 * in the window (an activity of a starter kind — post, issue, pull request —
 * that replies to nothing and, when it has a thread id, is the thread's first
 * activity), the time until the first response by another member, where a
 * response is an activity of a response kind in its reply chain (`replyTo`,
 * followed to the root) or in the same thread. Reports the median and p90
 * (type 7 linear interpolation, as numpy/pandas by default; unanswered
 * threads are never dropped silently: they are counted and give the response
 * rate), the share of threads at least N days old at `asOf` still unanswered
 * after N days, and who gives first responses (core team vs others, and per
 * responder). A zero-second response counts as answered. Also per channel
 * of the starting activity, and the **follow-up time**: hours from the first
 * response to the asker's next activity (of a response kind) in the same
 * reply chain or thread — how quickly the conversation continues; threads
 * where the asker never came back have no follow-up (counted by
 * `answered − followedUp`).
 *
 * Definition: CHAOSS Time to First Response (https://chaoss.community/?p=3448:
 * time of the first response − time the activity was created) and Issue
 * Response Time (https://chaoss.community/?p=3631: response by someone other
 * than the author); median/p90 as GitHub issue-metrics reports them; follow-up time is our
 * complement to them, in the spirit of CHAOSS Time to Close (the asker's
 * part of the exchange; CHAOSS has no metric for it).
 * Complexity: O(n log n) for n stored activities of the counted kinds.
 *
 * @param source - a community, activities or an {@link ActivityLog}
 * @param options - from, asOf, starterKinds, responseKinds, unansweredAfterDays (7), coreMemberIds, unit, items (true)
 * @returns the summary, the per-period summaries and every thread with its first response
 * @throws ValidationError on invalid options or activities
 *
 * @example
 * ```ts
 * // a post at 09:00 answered by another member at 15:00, another never answered
 * const community = parseCommunity({
 *   name: 'Questions',
 *   members: [{ id: 'ana' }, { id: 'bo' }],
 *   activities: [
 *     { id: 'q1', memberId: 'ana', at: '2024-02-01T09:00:00Z', kind: 'post' },
 *     { id: 'r1', memberId: 'bo', at: '2024-02-01T15:00:00Z', kind: 'reply', replyTo: 'q1' },
 *     { id: 'q2', memberId: 'ana', at: '2024-02-02T09:00:00Z', kind: 'post' },
 *   ],
 * });
 * const r = timeToFirstResponse(community.activities, { asOf: '2024-03-01' });
 * r.medianHours; // → 6
 * r.responseRate; // → 0.5
 * ```
 */
export function timeToFirstResponse(
  source: ActivityLogSource,
  options: TimeToFirstResponseOptions = {},
): TimeToFirstResponseResult {
  return runOn(source, timeToFirstResponseAccumulator(options));
}
