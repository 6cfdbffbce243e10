import { ACTIVITY_KINDS } from '../../model/activityKinds.js';
import type { ActivityLog } from '../../model/activityLog.js';
import { CommunityKitError } from '../../model/errors.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { doubleArray, filledArray } from '../../model/internal/scratch.js';
import { PositionIndex } from '../../model/internal/stringIndex.js';
import { IdSpace, kindMask, type State } from './accumulate.js';

/** Parent of a kept row: none (it replies to nothing). */
const NO_PARENT = -1;
/**
 * Parent of a kept row that is not kept (of an uncounted kind, at or after
 * `to`, or before `from`, where no counted thread starts): the reply chain
 * ends at the row, which is not a thread start either.
 */
const OUTSIDE = -2;
/** Parents below this are ids still to resolve: −3 − k names `pending[k]`. */
const PENDING = -3;

/**
 * The rows a response metric keeps, in the state's own id spaces: rows of
 * the counted kinds in [from, to), with their time, member, kind, thread,
 * channel, activity id and parent (a position in the state, or one of the
 * codes above). `add` does the work — each log's rows are read once and
 * nothing of the log is kept — so parts of one log, or logs with their own
 * interning, add and merge to the state one pass over the whole would give.
 * Scratch columns are plain arrays (see model/internal/scratch.ts).
 */
export class ResponseRows implements State<ResponseRows> {
  readonly members = new IdSpace();
  readonly threads = new IdSpace();
  readonly channels = new IdSpace();
  /** Per thread of the space: 1 when a kept row of it came before `from` (no thread starts in the window then). */
  startedBefore: number[] = [];
  time: number[] = [];
  member: number[] = [];
  /** Kind code (index into ACTIVITY_KINDS). */
  kind: number[] = [];
  thread: number[] = [];
  channel: number[] = [];
  ids: string[] = [];
  parent: number[] = [];
  /** Activity ids of parents outside the part they were added with, resolved by id in {@link firstResponses}. */
  readonly pending: string[] = [];
  /** Time of the latest row before `to`, of any kind (−∞ when none). */
  last = Number.NEGATIVE_INFINITY;

  /** Set once a single-part state has its part (see `singlePart`). */
  private added = false;

  constructor(
    readonly kinds: readonly string[],
    readonly from: number,
    readonly to: number,
    /**
     * This state gets one `add` and no `merge` (the health report's window
     * over its own log): a thread that started before `from` is then only
     * recorded when the window has kept rows of it — nothing added later
     * can need the others, and interning every older thread would cost more
     * than the window's rows.
     */
    readonly singlePart = false,
  ) {}

  private refuseSecondPart(): void {
    if (this.singlePart && this.added)
      throw new CommunityKitError('ResponseRows: a single-part state takes one add and no merge', {
        code: 'invalid-input',
      });
    this.added = true;
  }

  private markBefore(th: number): void {
    while (this.startedBefore.length <= th) this.startedBefore.push(0);
    this.startedBefore[th] = 1;
  }

  private parentOf(id: string): number {
    this.pending.push(id);
    return PENDING - (this.pending.length - 1);
  }

  add(log: ActivityLog, start: number, end: number): void {
    this.refuseSecondPart();
    const time = log.time;
    // Rows are time-sorted: those before `to` end at `stop`, those from `from` start at `lo`.
    const stop = firstAtOrAfter(time, start, end, this.to);
    if (stop === start) return;
    const t = time[stop - 1] as number;
    if (t > this.last) this.last = t;
    const lo = firstAtOrAfter(time, start, stop, this.from);
    const mask = kindMask(this.kinds, log.kinds);
    const { kind, member, channel, thread, replyTo } = log;
    const code = Int32Array.from(log.kinds, (k) => ACTIVITY_KINDS.indexOf(k));
    const members = this.members.map(log.memberIds);
    // The log's threads and channels are interned on first use only.
    const threadOf = new Int32Array(log.threads.length).fill(-1);
    const threadId = (x: number): number => {
      let th = threadOf[x] as number;
      if (th < 0) {
        th = this.threads.id(log.threads[x] as string);
        threadOf[x] = th;
      }
      return th;
    };
    const channelOf = new Int32Array(log.channels.length).fill(-1);
    // Rows before `from` only tell which threads started before it.
    // A single part marks them when the window meets them (below).
    const before = new Uint8Array(this.singlePart ? log.threads.length : 0);
    for (let r = start; r < lo; r++) {
      const x = thread[r] as number;
      if (x < 0 || mask[kind[r] as number] === 0) continue;
      if (this.singlePart) before[x] = 1;
      else this.markBefore(threadId(x));
    }
    // The kept rows are counted first, so their columns are allocated once
    // at their size (grown push by push, a window of a million-row log
    // leaves as much garbage again for the collector).
    let kept = 0;
    for (let r = lo; r < stop; r++) kept += mask[kind[r] as number] as number;
    const base = this.time.length;
    const rows = {
      time: doubleArray(kept),
      member: filledArray(kept, 0),
      kind: filledArray(kept, 0),
      thread: filledArray(kept, 0),
      channel: filledArray(kept, 0),
      ids: new Array<string>(kept).fill(''),
      parent: filledArray(kept, 0),
    };
    const positionOf = filledArray(stop - lo, -1);
    let i = 0;
    for (let r = lo; r < stop; r++) {
      const k = kind[r] as number;
      if (mask[k] === 0) continue;
      positionOf[r - lo] = base + i;
      rows.time[i] = time[r] as number;
      rows.member[i] = members[member[r] as number] as number;
      rows.kind[i] = code[k] as number;
      const x = thread[r] as number;
      if (this.singlePart && x >= 0 && before[x] === 1) {
        before[x] = 0;
        this.markBefore(threadId(x));
      }
      rows.thread[i] = x < 0 ? -1 : threadId(x);
      const c = channel[r] as number;
      if (c >= 0 && (channelOf[c] as number) < 0) channelOf[c] = this.channels.id(log.channels[c] as string);
      rows.channel[i] = c < 0 ? -1 : (channelOf[c] as number);
      rows.ids[i] = log.activityIds[r] as string;
      i++;
    }
    i = 0;
    for (let r = lo; r < stop; r++) {
      if ((positionOf[r - lo] as number) < 0) continue;
      const p = replyTo[r] as number;
      let parent: number;
      if (p === -1) parent = NO_PARENT;
      else if (p === -2) parent = this.parentOf(log.danglingReplyTo.get(r) as string);
      else if (p >= lo && p < stop) {
        const at = positionOf[p - lo] as number;
        parent = at < 0 ? OUTSIDE : at;
      } else if (p >= start && p < lo) parent = OUTSIDE;
      else parent = this.parentOf(log.activityIds[p] as string);
      rows.parent[i++] = parent;
    }
    this.append(rows);
  }

  /** Adds kept rows to the columns (taking the arrays themselves when the state has none yet). */
  private append(
    rows: Pick<ResponseRows, 'time' | 'member' | 'kind' | 'thread' | 'channel' | 'ids' | 'parent'>,
  ): void {
    if (this.time.length === 0) {
      this.time = rows.time;
      this.member = rows.member;
      this.kind = rows.kind;
      this.thread = rows.thread;
      this.channel = rows.channel;
      this.ids = rows.ids;
      this.parent = rows.parent;
      return;
    }
    for (let i = 0; i < rows.time.length; i++) {
      this.time.push(rows.time[i] as number);
      this.member.push(rows.member[i] as number);
      this.kind.push(rows.kind[i] as number);
      this.thread.push(rows.thread[i] as number);
      this.channel.push(rows.channel[i] as number);
      this.ids.push(rows.ids[i] as string);
      this.parent.push(rows.parent[i] as number);
    }
  }

  merge(other: ResponseRows): void {
    this.refuseSecondPart();
    const members = this.members.map(other.members.ids);
    const threads = this.threads.map(other.threads.ids);
    const channels = this.channels.map(other.channels.ids);
    other.startedBefore.forEach((b, th) => {
      if (b === 1) this.markBefore(threads[th] as number);
    });
    const base = this.time.length;
    for (let i = 0; i < other.time.length; i++) {
      this.time.push(other.time[i] as number);
      this.member.push(members[other.member[i] as number] as number);
      this.kind.push(other.kind[i] as number);
      const th = other.thread[i] as number;
      this.thread.push(th < 0 ? -1 : (threads[th] as number));
      const c = other.channel[i] as number;
      this.channel.push(c < 0 ? -1 : (channels[c] as number));
      this.ids.push(other.ids[i] as string);
      const p = other.parent[i] as number;
      if (p >= 0) this.parent.push(base + p);
      else if (p > PENDING) this.parent.push(p);
      else this.parent.push(this.parentOf(other.pending[PENDING - p] as string));
    }
    if (other.last > this.last) this.last = other.last;
  }
}

/** A thread start and its first response, before formatting. */
export interface FirstResponse {
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

/** Positions of the rows in (time, activity id) order. */
function timeAndIdOrder(rows: ResponseRows): number[] {
  const { time, ids } = rows;
  const n = time.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const byId = (a: number, b: number): number => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = (time[i] as number) >= (time[i - 1] as number);
  if (!sorted) return order.sort((a, b) => (time[a] as number) - (time[b] as number) || byId(a, b));
  // Time-sorted already (one log, or parts added in time order): only runs of equal times need sorting by id.
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && time[j] === time[i]) j++;
    if (j - i > 1) {
      const run = order.slice(i, j).sort(byId);
      for (let p = i; p < j; p++) order[p] = run[p - i] as number;
    }
    i = j;
  }
  return order;
}

/** Each row's parent as a position, or NO_PARENT / OUTSIDE (pending ids resolved by id, the last row with an id winning). */
function resolvedParents(rows: ResponseRows): number[] {
  const parent = rows.parent.slice();
  if (rows.pending.length === 0) return parent;
  const positionOf = new PositionIndex(rows.ids);
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i] as number;
    if (p > PENDING) continue;
    const at = positionOf.get(rows.pending[PENDING - p] as string);
    parent[i] = at < 0 ? OUTSIDE : at;
  }
  return parent;
}

/**
 * The thread and response rules, the one implementation: which threads
 * started in the window and who answered first. A thread starts with a row
 * of a starter kind that replies to nothing and, when it has a thread id, is
 * the thread's first kept row (in (time, id) order, rows before `from`
 * included). Its responses are the rows of a response kind by another member,
 * no earlier than it, in its reply chain (`replyTo` followed to the root
 * through kept rows) or in its thread; the first in (time, id) order is the
 * first response, and the asker's next row of a response kind after it is
 * the follow-up.
 *
 * @param rows - the kept rows
 * @param starterKinds - kinds that start a thread
 * @param responseKinds - kinds that count as a response
 * @returns the thread starts, oldest first (ties by id)
 */
export function firstResponses(
  rows: ResponseRows,
  starterKinds: readonly string[],
  responseKinds: readonly string[],
): FirstResponse[] {
  const n = rows.time.length;
  const { time, member, kind, thread } = rows;
  const isStarterKind = kindMask(starterKinds, ACTIVITY_KINDS);
  const isResponseKind = kindMask(responseKinds, ACTIVITY_KINDS);
  const order = timeAndIdOrder(rows);
  const parent = resolvedParents(rows);
  // First kept row of each thread; −2 when it came before `from`.
  const firstOfThread = filledArray(rows.threads.size, -1);
  rows.startedBefore.forEach((b, th) => {
    if (b === 1) firstOfThread[th] = -2;
  });
  for (const x of order) {
    const th = thread[x] as number;
    if (th >= 0 && firstOfThread[th] === -1) firstOfThread[th] = x;
  }
  // The root of each reply chain through kept rows (cached, cycle-safe).
  const root = filledArray(n, -1);
  const path: number[] = [];
  const rootOf = (x: number): number => {
    path.length = 0;
    let cur = x;
    while (true) {
      const cached = root[cur] as number;
      if (cached >= 0) {
        cur = cached;
        break;
      }
      path.push(cur);
      const p = parent[cur] as number;
      if (p < 0 || path.length > n) break;
      cur = p;
    }
    for (const y of path) root[y] = cur;
    return cur;
  };
  const isStarter = (x: number): boolean => {
    if (isStarterKind[kind[x] as number] === 0 || parent[x] !== NO_PARENT) return false;
    const th = thread[x] as number;
    return th < 0 || firstOfThread[th] === x;
  };
  // Candidates arrive in (time, id) order, so the first accepted is the
  // first response, and once it is set, the first of the asker's own later
  // rows is the follow-up.
  const first = filledArray(n, -1);
  const follow = filledArray(n, -1);
  const consider = (st: number, c: number): void => {
    if (st < 0 || !isStarter(st) || isResponseKind[kind[c] as number] === 0) return;
    const f = first[st] as number;
    if (f === -1) {
      if (c === st || member[c] === member[st] || (time[c] as number) < (time[st] as number)) return;
      first[st] = c;
    } else if (follow[st] === -1 && member[c] === member[st] && c !== f) follow[st] = c;
  };
  for (const x of order) {
    if (parent[x] !== NO_PARENT) consider(rootOf(x), x);
    const th = thread[x] as number;
    if (th >= 0) consider(firstOfThread[th] as number, x);
  }
  const memberIds = rows.members.ids;
  const channels = rows.channels.ids;
  const out: FirstResponse[] = [];
  for (const x of order) {
    if (!isStarter(x)) continue;
    const f = first[x] as number;
    const u = follow[x] as number;
    const c = rows.channel[x] as number;
    out.push({
      id: rows.ids[x] as string,
      member: memberIds[member[x] as number] as string,
      t: time[x] as number,
      responseId: f < 0 ? null : (rows.ids[f] as string),
      responder: f < 0 ? null : (memberIds[member[f] as number] as string),
      respondedAt: f < 0 ? Number.NaN : (time[f] as number),
      channel: c < 0 ? null : (channels[c] as string),
      followUpId: u < 0 ? null : (rows.ids[u] as string),
      followUpAt: u < 0 ? Number.NaN : (time[u] as number),
    });
  }
  return out;
}
