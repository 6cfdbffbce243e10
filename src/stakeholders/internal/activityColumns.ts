import type { Community } from '../../model/community.js';
import { filledArray } from '../../model/internal/scratch.js';
import { StringIndex } from '../../model/internal/stringIndex.js';

/** Activity kinds that belong to gatherings: they never make a thread. */
const GATHERING_KINDS: ReadonlySet<string> = new Set(['attend', 'host', 'present', 'organise']);

/** Which activities count, and what to collect from them. */
export interface ActivityWindow {
  /** Activities before this time (ms) do not count. */
  from: number;
  /** Activities at or after this time (ms) do not count (+∞ when the window is open). */
  before: number;
  /** Kinds that count; all when undefined. */
  kinds: ReadonlySet<string> | undefined;
  /** Collect threads. */
  threads: boolean;
  /** Collect replies (and the activity ids they point to). */
  replies: boolean;
}

/**
 * What the interaction ties need from the activity objects, read in one pass.
 * Scratch columns are plain arrays (see model/internal/scratch.ts for why).
 */
export interface ActivityColumns {
  /** Member index of each activity's author (every activity: a reply's target may be outside the window). */
  actor: number[];
  /**
   * Thread of each counted activity (a gathering kind never makes one), or
   * −1; threads are numbered in order of their first counted activity.
   */
  threadOf: number[];
  /** Per thread: time (ms) of its last counted activity. */
  threadLast: number[];
  /** Per thread: whether a mentoring session took place in it. */
  threadMentoring: boolean[];
  /** Each activity's id (empty unless replies are collected). */
  activityIds: string[];
  /** Per counted reply: its author's member index, the id it answers and its time (ms). */
  replyActors: number[];
  replyNames: string[];
  replyTimes: number[];
  /** Time (ms) of the latest activity, counted or not; −∞ when there is none. */
  latest: number;
}

/**
 * Reads the activities once, in array order (on a million activities,
 * reaching each object costs more than what is done with it). Authors are
 * interned into `memberIndex`, which grows with ids that are not members.
 */
export function readActivities(
  activities: Community['activities'],
  memberIndex: StringIndex,
  window: ActivityWindow,
): ActivityColumns {
  const { from, before, kinds } = window;
  const n = activities.length;
  const actor = filledArray(n, 0);
  const threadOf = filledArray(n, -1);
  const threads = new StringIndex(1024);
  const threadLast: number[] = [];
  const threadMentoring: boolean[] = [];
  const activityIds = window.replies ? new Array<string>(n) : [];
  const replyActors: number[] = [];
  const replyNames: string[] = [];
  const replyTimes: number[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const a = activities[i] as Community['activities'][number];
    const t = a.at.getTime();
    if (t > latest) latest = t;
    const who = memberIndex.id(a.memberId);
    actor[i] = who;
    if (window.replies) activityIds[i] = a.id;
    const kind = a.kind;
    if (t < from || t >= before || (kinds !== undefined && !kinds.has(kind))) continue;
    if (window.threads && a.thread !== undefined && !GATHERING_KINDS.has(kind)) {
      const th = threads.id(a.thread);
      threadOf[i] = th;
      if (th === threadLast.length) {
        threadLast.push(t);
        threadMentoring.push(false);
      } else if (t > (threadLast[th] as number)) threadLast[th] = t;
      if (kind === 'mentor-session') threadMentoring[th] = true;
    }
    if (window.replies && a.replyTo !== undefined) {
      replyActors.push(who);
      replyNames.push(a.replyTo);
      replyTimes.push(t);
    }
  }
  return {
    actor,
    threadOf,
    threadLast,
    threadMentoring,
    activityIds,
    replyActors,
    replyNames,
    replyTimes,
    latest,
  };
}
