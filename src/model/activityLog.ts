import { z } from 'zod';
import type { Activity } from './activity.js';
import { ACTIVITY_KINDS, type ActivityKind } from './activityKinds.js';
import type { Community } from './community.js';
import type { ValidationIssue } from './errors.js';
import { freeBuffers, ownColumns } from './internal/ownedColumns.js';
import { requireParsedCommunity, unparsedIssue } from './internal/parsedCommunity.js';
import { PositionIndex, StringIndex } from './internal/stringIndex.js';
import { fail, parseWith } from './validate.js';

const LOG = Symbol.for('community-kit.activityLog');

/**
 * A columnar, time-sorted store of activities, built once by
 * {@link activityLog} and read by every health metric. Row `i` is one
 * activity; ids are interned into tables and referenced by index.
 */
export interface ActivityLog {
  /** Brand, so metrics can tell a log from other sources. */
  readonly [LOG]: true;
  /** Number of activities (rows). */
  readonly size: number;
  /** Time of each row, ms since the epoch (UTC), non-decreasing. */
  readonly time: Float64Array;
  /** Member of each row: index into `memberIds`. */
  readonly member: Int32Array;
  /** Kind of each row: index into `kinds`. */
  readonly kind: Uint8Array;
  /** Channel of each row: index into `channels`, −1 when absent. */
  readonly channel: Int32Array;
  /** Thread of each row: index into `threads`, −1 when absent. */
  readonly thread: Int32Array;
  /** Row answered by each row, −1 when none, −2 when the target is not in this log (see `danglingReplyTo`). */
  readonly replyTo: Int32Array;
  /** Weight of each row (1 when absent). */
  readonly weight: Float64Array;
  /** Activity id of each row (`#<input index>` for column input without ids). */
  readonly activityIds: readonly string[];
  /** Member ids: the community's roster first (members with no activity included), then any other actor. */
  readonly memberIds: readonly string[];
  /** When each member joined (ms), NaN when unknown. */
  readonly memberJoinedAt: Float64Array;
  /** Affiliation of each member: index into `affiliations`, −1 when unknown. */
  readonly memberAffiliation: Int32Array;
  /** Interned affiliations. */
  readonly affiliations: readonly string[];
  /** Interned channels. */
  readonly channels: readonly string[];
  /** Interned threads. */
  readonly threads: readonly string[];
  /** The kind table (= `ACTIVITY_KINDS`). */
  readonly kinds: readonly ActivityKind[];
  /** Rows whose `replyTo` names an activity missing from this log, with that id. */
  readonly danglingReplyTo: ReadonlyMap<number, string>;
  /** Members with `kind: 'bot'` and their activities left out of the log (see `includeBots`); zeros for column input. */
  readonly botsLeftOut: { readonly members: number; readonly activities: number };
}

/**
 * Options of {@link activityLog}.
 *
 * @example
 * ```ts
 * ActivityLogOptionsSchema.parse({}); // → { includeBots: false }
 * ```
 */
export const ActivityLogOptionsSchema = z.strictObject({
  /** Keep members with `kind: 'bot'` and their activities (default false: bots are left out, and counted in `botsLeftOut`). */
  includeBots: z.boolean().default(false),
});

/** Options of {@link activityLog}. */
export type ActivityLogOptions = z.input<typeof ActivityLogOptionsSchema>;

/**
 * Typed columns for building a log without activity objects (fast path for
 * millions of rows, e.g. streamed from disk). `kinds[i]` indexes
 * `ACTIVITY_KINDS`; `members[i]` indexes `memberIds`. Columns already in
 * time order are adopted by the log, not copied: do not write to them
 * afterwards (pass copies if you must).
 */
export interface ActivityColumns {
  /** Times in ms since the epoch. */
  times: Float64Array;
  /** Member index of each row. */
  members: Int32Array;
  /** Kind index of each row (into `ACTIVITY_KINDS`). */
  kinds: Uint8Array;
  /** The member id table. */
  memberIds: readonly string[];
  /** Optional channel index per row (−1 for none) and its table. */
  channels?: Int32Array;
  /** Channel table for `channels`. */
  channelNames?: readonly string[];
}

/** What {@link activityLog} accepts: a community, parsed activities, typed columns or an existing log. */
export type ActivityLogSource = Community | readonly Activity[] | ActivityColumns | ActivityLog;

/**
 * True when `x` is an {@link ActivityLog}.
 *
 * @param x - any value
 * @returns whether it is a log built by {@link activityLog}
 *
 * @example
 * ```ts
 * isActivityLog(activityLog([])); // → true
 * ```
 */
export function isActivityLog(x: unknown): x is ActivityLog {
  return typeof x === 'object' && x !== null && (x as { [LOG]?: unknown })[LOG] === true;
}

const KIND_CODE = new Map<string, number>(ACTIVITY_KINDS.map((k, i) => [k, i]));

function sortOrder(times: Float64Array): Uint32Array | null {
  let sorted = true;
  for (let i = 1; i < times.length; i++) {
    if ((times[i] as number) < (times[i - 1] as number)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return null;
  const order = new Uint32Array(times.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // Ties keep input order: same input → same log.
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  return order;
}

function permute<T extends Float64Array | Int32Array | Uint8Array>(a: T, order: Uint32Array | null): T {
  if (order === null) return a;
  const out = new (a.constructor as new (n: number) => T)(a.length);
  for (let i = 0; i < order.length; i++) out[i] = a[order[i] as number] as number;
  return out;
}

function permuteList<T>(a: T[], order: Uint32Array | null): T[] {
  if (order === null) return a;
  const out = new Array<T>(a.length);
  for (let i = 0; i < order.length; i++) out[i] = a[order[i] as number] as T;
  return out;
}

/**
 * The ids `#<input index>` of column rows, made on access: a log of 10M rows
 * does not hold 10M strings that most metrics never read.
 */
function positionalIds(n: number, order: Uint32Array | null): readonly string[] {
  const idOf = (i: number): string => `#${order === null ? i : order[i]}`;
  // The target holds nothing: `length` and the indices are answered here, so
  // no n-slot array is allocated.
  return new Proxy([] as string[], {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        if (prop === 'length') return n;
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && i < n && String(i) === prop) return idOf(i);
      }
      return Reflect.get(target, prop, receiver);
    },
    has(target, prop) {
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && i < n && String(i) === prop) return true;
      }
      return Reflect.has(target, prop);
    },
  });
}

/**
 * True when `times` are finite and in time order, at one comparison per row:
 * NaN fails `t >= prev`, and a sorted column is finite when its ends are.
 */
function finiteAndSorted(times: Float64Array): boolean {
  let prev = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (!(t >= prev)) return false;
    prev = t;
  }
  return times.length === 0 || (Number.isFinite(times[0]) && Number.isFinite(times[times.length - 1]));
}

/** True when every time is finite (for columns out of time order). */
function allFinite(times: Float64Array): boolean {
  for (let i = 0; i < times.length; i++) if (!Number.isFinite(times[i])) return false;
  return true;
}

/** True when every value of an integer column is in [0, limit): one unsigned comparison per row (a negative index is above any limit as unsigned). */
function allBelow(a: Int32Array | Uint8Array, limit: number): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) >>> 0 >= limit) return false;
  return true;
}

/** What is wrong with columns that failed a check: the first ten problems, row by row. */
function columnIssues(c: ActivityColumns): ValidationIssue[] {
  const n = c.times.length;
  const issues: ValidationIssue[] = [];
  if (c.members.length !== n || c.kinds.length !== n || (c.channels !== undefined && c.channels.length !== n))
    issues.push({
      path: 'columns',
      message: 'expected every column to have the same length',
      code: 'invalid-input',
    });
  for (let i = 0; i < n && issues.length < 10; i++) {
    if (!Number.isFinite(c.times[i]))
      issues.push({ path: `times[${i}]`, message: 'expected a finite time', code: 'invalid-input' });
    const m = c.members[i] as number;
    if (m < 0 || m >= c.memberIds.length)
      issues.push({
        path: `members[${i}]`,
        message: `expected a member index below ${c.memberIds.length}`,
        code: 'invalid-input',
      });
    if ((c.kinds[i] as number) >= ACTIVITY_KINDS.length)
      issues.push({
        path: `kinds[${i}]`,
        message: `expected a kind index below ${ACTIVITY_KINDS.length}`,
        code: 'invalid-input',
      });
  }
  return issues;
}

/** `a` when it is already of type `T`, else a typed copy (column input from plain JavaScript arrays). */
function typed<T extends Float64Array | Int32Array | Uint8Array>(
  a: ArrayLike<number>,
  type: { new (n: number): T; from(a: ArrayLike<number>): T },
): T {
  return a instanceof type ? a : type.from(a);
}

const isArrayLike = (a: unknown): a is ArrayLike<number> =>
  typeof a === 'object' && a !== null && typeof (a as { length?: unknown }).length === 'number';

function fromColumns(input: ActivityColumns): ActivityLog {
  const missing = (['times', 'members', 'kinds'] as const).filter((k) => !isArrayLike(input[k]));
  if (
    missing.length > 0 ||
    !Array.isArray(input.memberIds) ||
    (input.channels !== undefined && !isArrayLike(input.channels))
  )
    fail('activityLog', [
      {
        path: 'source',
        message:
          'expected typed columns times, members and kinds (and channels when given), and an array memberIds',
        code: 'invalid-input',
      },
    ]);
  const c: ActivityColumns = {
    ...input,
    times: typed(input.times, Float64Array),
    members: typed(input.members, Int32Array),
    kinds: typed(input.kinds, Uint8Array),
    ...(input.channels === undefined ? {} : { channels: typed(input.channels, Int32Array) }),
  };
  const n = c.times.length;
  // The checks read each column once, in order; the rows are listed only when one fails.
  const sameLength =
    c.members.length === n && c.kinds.length === n && (c.channels === undefined || c.channels.length === n);
  const sorted = finiteAndSorted(c.times);
  if (
    !sameLength ||
    !(sorted || allFinite(c.times)) ||
    !allBelow(c.members, c.memberIds.length) ||
    !allBelow(c.kinds, ACTIVITY_KINDS.length)
  )
    fail('activityLog', columnIssues(c));
  const order = sorted ? null : sortOrder(c.times);
  const ids = positionalIds(n, order);
  // Columns in time order are adopted, not copied (see activityLog).
  const log = {
    [LOG]: true as const,
    size: n,
    time: permute(c.times, order),
    member: permute(c.members, order),
    kind: permute(c.kinds, order),
    activityIds: ids,
    memberIds: [...c.memberIds],
    memberJoinedAt: new Float64Array(c.memberIds.length).fill(Number.NaN),
    memberAffiliation: new Int32Array(c.memberIds.length).fill(-1),
    affiliations: [],
    botsLeftOut: { members: 0, activities: 0 },
    channels: [...(c.channelNames ?? [])],
    threads: [],
    kinds: ACTIVITY_KINDS,
    danglingReplyTo: new Map(),
  };
  // Columns the input did not give are constant; they are made on first use
  // (at 10M rows, four of them would be 200 MB that most metrics never read).
  const lazy = <T>(make: () => T): { get: () => T; enumerable: true } => {
    let value: T | undefined;
    return {
      get: () => {
        value ??= make();
        return value;
      },
      enumerable: true,
    };
  };
  const channels = c.channels;
  return Object.defineProperties(log, {
    channel:
      channels === undefined
        ? lazy(() => new Int32Array(n).fill(-1))
        : { value: permute(channels, order), enumerable: true },
    thread: lazy(() => new Int32Array(n).fill(-1)),
    replyTo: lazy(() => new Int32Array(n).fill(-1)),
    weight: lazy(() => new Float64Array(n).fill(1)),
  }) as unknown as ActivityLog;
}

/** The community's activities and roster without its bots (the same arrays when it has none). */
function withoutBots(community: Community): {
  activities: readonly Activity[];
  members: Community['members'];
  botsLeftOut: { members: number; activities: number };
} {
  const bots = new Set<string>();
  for (const m of community.members) if (m.kind === 'bot') bots.add(m.id);
  if (bots.size === 0)
    return {
      activities: community.activities,
      members: community.members,
      botsLeftOut: { members: 0, activities: 0 },
    };
  const activities = community.activities.filter((a) => !bots.has(a.memberId));
  return {
    activities,
    members: community.members.filter((m) => !bots.has(m.id)),
    botsLeftOut: { members: bots.size, activities: community.activities.length - activities.length },
  };
}

function fromActivities(
  activities: readonly Activity[],
  community: Pick<Community, 'members'> | undefined,
  botsLeftOut: { members: number; activities: number } = { members: 0, activities: 0 },
): ActivityLog {
  const n = activities.length;
  const members = new StringIndex(community ? community.members.length : 1024);
  const affiliations = new StringIndex();
  const joined: number[] = [];
  const affiliation: number[] = [];
  for (const m of community?.members ?? []) {
    const i = members.id(m.id);
    if (i === joined.length) {
      joined.push(m.joinedAt instanceof Date ? m.joinedAt.getTime() : Number.NaN);
      affiliation.push(m.affiliation === undefined ? -1 : affiliations.id(m.affiliation));
    }
  }
  // One pass over the objects in input order (on big logs, reaching each
  // object costs more than what is done with it); sorted afterwards.
  const issues: ValidationIssue[] = [];
  const times = new Float64Array(n);
  const memberIn = new Int32Array(n);
  const kindIn = new Uint8Array(n);
  const channelIn = new Int32Array(n);
  // Weights are rare: the column is only allocated once a row has one.
  let weightIn: Float64Array | undefined;
  const idsIn = new Array<string>(n);
  // Thread names and reply targets are only copied here (strings are
  // immutable, so later edits to the activities cannot change the log); they
  // are interned and linked on first use, since only some metrics need them.
  const threadIn = new Array<string | undefined>(n);
  const replyIn = new Array<string | undefined>(n);
  const channels = new StringIndex();
  let lastChannel: string | undefined;
  let lastChannelId = -1;
  for (let i = 0; i < n; i++) {
    const a = activities[i] as Activity;
    const t = a?.at instanceof Date ? a.at.getTime() : Number.NaN;
    const k = KIND_CODE.get(a?.kind);
    if (!Number.isFinite(t) || k === undefined || typeof a?.memberId !== 'string') {
      if (!Number.isFinite(t) && issues.length < 10)
        issues.push(unparsedIssue(`activities[${i}].at`, 'a valid Date'));
      if (k === undefined && issues.length < 10)
        issues.push({
          path: `activities[${i}].kind`,
          message: `unknown activity kind ${JSON.stringify(a?.kind)}`,
          code: 'invalid-input',
        });
      if (typeof a?.memberId !== 'string' && issues.length < 10)
        issues.push({
          path: `activities[${i}].memberId`,
          message: 'expected a member id',
          code: 'invalid-input',
        });
      continue;
    }
    times[i] = t;
    kindIn[i] = k;
    const m = members.id(a.memberId);
    if (m === joined.length) {
      joined.push(Number.NaN);
      affiliation.push(-1);
    }
    memberIn[i] = m;
    const ch = a.channel;
    if (ch === undefined) channelIn[i] = -1;
    else {
      if (ch !== lastChannel) {
        lastChannel = ch;
        lastChannelId = channels.id(ch);
      }
      channelIn[i] = lastChannelId;
    }
    if (a.weight !== undefined) {
      weightIn ??= new Float64Array(n).fill(1);
      weightIn[i] = a.weight;
    }
    idsIn[i] = a.id;
    threadIn[i] = a.thread;
    replyIn[i] = a.replyTo;
  }
  if (issues.length > 0) fail('activityLog', issues);
  const order = sortOrder(times);
  const time = permute(times, order);
  const member = permute(memberIn, order);
  const kind = permute(kindIn, order);
  const channel = permute(channelIn, order);
  const weighted = weightIn === undefined ? undefined : permute(weightIn, order);
  const ids = permuteList(idsIn, order);
  // The copied names are dropped once linked: the log keeps only the links.
  let names: { thread: (string | undefined)[]; reply: (string | undefined)[] } | undefined = {
    thread: permuteList(threadIn, order),
    reply: permuteList(replyIn, order),
  };
  // The unsorted columns are garbage now; free them rather than leave them
  // to a full collection (see internal/ownedColumns.ts).
  if (order !== null) freeBuffers([times, memberIn, kindIn, channelIn, weightIn, order]);
  let links: Links | undefined;
  const link = (): Links => {
    if (links === undefined && names !== undefined) {
      links = linkThreadsAndReplies(ids, names.thread, names.reply, community !== undefined);
      names = undefined;
    }
    return links as Links;
  };
  const log = {
    [LOG]: true as const,
    size: n,
    time,
    member,
    kind,
    channel,
    activityIds: ids,
    memberIds: members.keys,
    memberJoinedAt: Float64Array.from(joined),
    memberAffiliation: Int32Array.from(affiliation),
    affiliations: affiliations.keys,
    channels: channels.keys,
    kinds: ACTIVITY_KINDS,
    botsLeftOut,
  };
  let unweighted: Float64Array | undefined;
  ownColumns(log, () => {
    const cols: ArrayBufferView[] = [time, member, kind, channel, log.memberJoinedAt, log.memberAffiliation];
    if (weighted !== undefined) cols.push(weighted);
    if (unweighted !== undefined) cols.push(unweighted);
    if (links !== undefined) cols.push(links.thread, links.replyTo);
    return cols;
  });
  return Object.defineProperties(log, {
    weight: {
      get: () => {
        if (weighted !== undefined) return weighted;
        unweighted ??= new Float64Array(n).fill(1);
        return unweighted;
      },
      enumerable: true,
    },
    thread: { get: () => link().thread, enumerable: true },
    threads: { get: () => link().threads, enumerable: true },
    replyTo: { get: () => link().replyTo, enumerable: true },
    danglingReplyTo: { get: () => link().dangling, enumerable: true },
  }) as unknown as ActivityLog;
}

/** The thread and reply columns, built on first use. */
interface Links {
  thread: Int32Array;
  threads: string[];
  replyTo: Int32Array;
  dangling: Map<number, string>;
}

/**
 * Interns thread names and resolves reply targets to rows. A reply's target
 * is looked for first among the rows of its own thread met so far — the
 * previous one and the first one, where replies in forums, issues, chats and
 * mailing lists point — and only the others in an index of every activity
 * id, built when the first such reply comes (at a million rows the index is
 * most of the linking's time and memory). The shortcut needs unique ids,
 * which a parsed community has (parseCommunity refuses duplicates); bare
 * activities may repeat an id, and there the last row with it wins, so
 * every target goes through the index.
 */
function linkThreadsAndReplies(
  ids: readonly string[],
  threadNames: readonly (string | undefined)[],
  replyNames: readonly (string | undefined)[],
  uniqueIds: boolean,
): Links {
  const n = ids.length;
  const thread = new Int32Array(n);
  // A Map, not a StringIndex: as fast in our measurements (V8 caches a
  // string's hash), and it lives on the JS heap — a growing typed table would
  // add to the typed-array memory that makes V8 collect the whole heap (see
  // model/internal/scratch.ts).
  const threads = new Map<string, number>();
  const threadIds: string[] = [];
  // The first and the latest row of each thread so far (plain arrays, see scratch.ts).
  const firstRow: number[] = [];
  const lastRow: number[] = [];
  const replyTo = new Int32Array(n);
  // Replies whose target is not in their thread so far, resolved by the index afterwards.
  const elsewhere: number[] = [];
  for (let r = 0; r < n; r++) {
    const t = threadNames[r];
    let id = -1;
    if (t !== undefined) {
      const known = threads.get(t);
      if (known === undefined) {
        id = threadIds.length;
        threads.set(t, id);
        threadIds.push(t);
        firstRow.push(r);
        lastRow.push(r);
      } else id = known;
    }
    thread[r] = id;
    const target = replyNames[r];
    if (target === undefined) replyTo[r] = -1;
    else if (uniqueIds && id >= 0 && ids[lastRow[id] as number] === target && lastRow[id] !== r)
      replyTo[r] = lastRow[id] as number;
    else if (uniqueIds && id >= 0 && ids[firstRow[id] as number] === target && firstRow[id] !== r)
      replyTo[r] = firstRow[id] as number;
    else elsewhere.push(r);
    if (id >= 0) lastRow[id] = r;
  }
  const dangling = new Map<number, string>();
  if (elsewhere.length > 0) {
    // Activity ids → rows (the last row wins when an id repeats), on a table
    // of row numbers sized up front: at a million rows a Map costs three times as much.
    const rowOf = new PositionIndex(ids);
    for (const r of elsewhere) {
      const target = replyNames[r] as string;
      const row = rowOf.get(target);
      if (row === -1) {
        replyTo[r] = -2;
        dangling.set(r, target);
      } else replyTo[r] = row;
    }
  }
  return { thread, threads: threadIds, replyTo, dangling };
}

/**
 * Builds the columnar, time-sorted activity log that every health metric
 * reads: typed arrays for time, member, kind, channel, thread and reply
 * target, with ids interned into tables. A community's roster is included,
 * so members with no activity count where a metric needs them (lurkers,
 * zeros in the Gini coefficient). From a community, bot members
 * (`kind: 'bot'`) and their activities are left out; pass the activities
 * themselves to keep them. Rows with equal times keep input order.
 *
 * From activity objects, each object is read once; the thread and reply
 * columns (`thread`, `threads`, `replyTo`, `danglingReplyTo`) are built on
 * their first use (only response metrics need them), from copies of the
 * names taken at build time. From bare activities, a `replyTo` naming an id
 * that several activities share points to the last of them; a community's
 * activity ids are unique (`parseCommunity` refuses duplicates), and its
 * replies are first looked for in their own thread.
 *
 * Members with `kind: 'bot'` (set by importers) and their activities are left
 * out of a community's log unless `includeBots` is set; `botsLeftOut` says how
 * many.
 *
 * From typed columns already in time order, the log adopts the arrays
 * (`times`, `members`, `kinds`, `channels`) instead of copying them: it
 * reads them in place, so writing to them afterwards changes the log — pass
 * copies if you will. Columns out of time order are copied in time order;
 * plain number arrays are copied into typed ones. The checks read each
 * column once and list the bad rows only when one fails.
 *
 * Complexity: O(n) when the input is already time-sorted, O(n log n)
 * otherwise; about 40 bytes per row (none added for adopted columns).
 *
 * @param source - a parsed community, its activities, typed columns, or a log (returned as is)
 * @param options - `includeBots` to keep bot members and their activities
 * @returns the log
 * @throws ValidationError when an activity has an invalid date, an unknown kind or no member id, or columns disagree in length
 *
 * @example
 * ```ts
 * const log = activityLog(sampleCommunity());
 * log.size; // → 12467
 * log.memberIds[log.member[0] ?? -1]; // → 'm-110' — who acted first
 * ```
 */
export function activityLog(source: ActivityLogSource, options: ActivityLogOptions = {}): ActivityLog {
  if (isActivityLog(source)) return source;
  if (Array.isArray(source)) return fromActivities(source as readonly Activity[], undefined);
  if (typeof source === 'object' && source !== null && 'times' in source) return fromColumns(source);
  if (typeof source === 'object' && source !== null && Array.isArray((source as Community).activities)) {
    requireParsedCommunity('activityLog', source, 'source', ['members']);
    const community = source as Community;
    if (parseWith('activityLog', ActivityLogOptionsSchema, options, 'options').includeBots)
      return fromActivities(community.activities, community);
    const kept = withoutBots(community);
    return fromActivities(kept.activities, { members: kept.members }, kept.botsLeftOut);
  }
  return fail('activityLog', [
    {
      path: 'source',
      message: 'expected a community, an array of activities, typed columns or an activity log',
      code: 'invalid-input',
    },
  ]);
}
