import type { Community } from '../../model/community.js';
import { StringIndex } from '../../model/internal/stringIndex.js';

const DAY = 86_400_000;

/** Activity kinds that change or review a shared thing: they make co-working. */
export const WORK_KINDS: ReadonlySet<string> = new Set([
  'commit',
  'pull-request',
  'review',
  'document',
  'translate',
]);

/** Activity kinds that belong to gatherings: they never make a thread (as in activityColumns.ts). */
const GATHERING_KINDS: ReadonlySet<string> = new Set(['attend', 'host', 'present', 'organise']);

/** Which activities count for co-working, and what is shared. */
export interface CoworkingWindow {
  /** Activities before this time (ms) do not count. */
  from: number;
  /** Activities at or after this time (ms) do not count. */
  before: number;
  /** Kinds that count; all when undefined (of these, only {@link WORK_KINDS} make co-working). */
  kinds: ReadonlySet<string> | undefined;
  /** Length of the calendar windows in days (counted from 1970-01-01 UTC). */
  windowDays: number;
  /** Share topics (files, directories, areas). */
  topics: boolean;
  /** Share review threads (reviewers of the same pull request). */
  reviews: boolean;
}

/**
 * Co-working groups: group g's members (member indices, ascending, distinct)
 * are `members[start[g]..start[g+1])`, the latest of its activities is at
 * `last[g]` (ms). Groups are ordered by their key (kind of thing, window,
 * thing), so the result does not depend on the order of the activities.
 */
export interface CoworkingGroups {
  members: number[];
  start: number[];
  last: number[];
}

/**
 * Whether any activity in the window is part of a conversation: a reply
 * (`replyTo`) or an activity in a thread that is not a gathering's. Stops at
 * the first one.
 */
export function hasConversation(activities: Community['activities'], window: CoworkingWindow): boolean {
  const { from, before, kinds } = window;
  for (const a of activities) {
    if (a.replyTo === undefined && (a.thread === undefined || GATHERING_KINDS.has(a.kind))) continue;
    const t = a.at.getTime();
    if (t < from || t >= before || (kinds !== undefined && !kinds.has(a.kind))) continue;
    return true;
  }
  return false;
}

/**
 * The co-working groups of the activities in the window: for every shared
 * thing — a topic of a work activity ({@link WORK_KINDS}), or the thread of
 * a review — and every calendar window of `windowDays`, the members (known
 * as the first `nMembers` ids of `memberIndex`; other ids are left out) who
 * worked on it in that window. Read in one pass of its own over the
 * activities; `memberIndex` is only read, never grown.
 */
export function coworkingGroups(
  activities: Community['activities'],
  memberIndex: StringIndex,
  nMembers: number,
  window: CoworkingWindow,
): CoworkingGroups {
  const { from, before, kinds } = window;
  const span = window.windowDays * DAY;
  const keys = new StringIndex(1024);
  const groupOf: number[] = [];
  const memberOf: number[] = [];
  const lastOf: number[] = [];
  const note = (key: string, who: number, t: number): void => {
    const g = keys.id(key);
    if (g === lastOf.length) lastOf.push(t);
    else if (t > (lastOf[g] as number)) lastOf[g] = t;
    groupOf.push(g);
    memberOf.push(who);
  };
  for (const a of activities) {
    const kind = a.kind;
    if (!WORK_KINDS.has(kind)) continue;
    const t = a.at.getTime();
    if (t < from || t >= before || (kinds !== undefined && !kinds.has(kind))) continue;
    const who = memberIndex.get(a.memberId);
    if (who < 0 || who >= nMembers) continue;
    const bucket = Math.floor(t / span);
    if (window.topics) for (const topic of a.topics) note(`t ${bucket} ${topic}`, who, t);
    if (window.reviews && kind === 'review' && a.thread !== undefined)
      note(`r ${bucket} ${a.thread}`, who, t);
  }
  // Groups in key order (code-unit order: the same in every runtime).
  const nGroups = keys.size;
  const order = Array.from({ length: nGroups }, (_, g) => g).sort((x, y) => {
    const a = keys.keys[x] as string;
    const b = keys.keys[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const rank = new Int32Array(nGroups);
  order.forEach((g, r) => {
    rank[g] = r;
  });
  // Bucket the (group, member) entries by group rank, then sort and dedupe each group's members.
  const count = new Int32Array(nGroups + 1);
  for (const g of groupOf) count[(rank[g] as number) + 1] = (count[(rank[g] as number) + 1] as number) + 1;
  for (let r = 0; r < nGroups; r++) count[r + 1] = (count[r + 1] as number) + (count[r] as number);
  const next = count.slice(0, nGroups);
  const flat = new Int32Array(groupOf.length);
  groupOf.forEach((g, k) => {
    const r = rank[g] as number;
    flat[next[r] as number] = memberOf[k] as number;
    next[r] = (next[r] as number) + 1;
  });
  const members: number[] = [];
  const start: number[] = [0];
  const last: number[] = [];
  for (let r = 0; r < nGroups; r++) {
    const run = flat.subarray(count[r] as number, count[r + 1] as number).sort();
    for (let p = 0; p < run.length; p++) if (p === 0 || run[p] !== run[p - 1]) members.push(run[p] as number);
    start.push(members.length);
    last.push(lastOf[order[r] as number] as number);
  }
  return { members, start, last };
}
