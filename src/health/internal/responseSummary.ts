import type { PeriodUnit } from '../../model/periods.js';
import { quantileSorted } from './accumulate.js';
import { periodIndex, periodRef } from './calendar.js';
import { isoFormatter } from './isoTime.js';
import { type FirstResponse, firstResponses, type ResponseRows } from './responseThreads.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

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
  summary() {
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

/** One thread as timeToFirstResponse lists it. */
export interface FirstResponseItem {
  activityId: string;
  memberId: string;
  at: string;
  responseId: string | null;
  responderId: string | null;
  respondedAt: string | null;
  hours: number | null;
  channel: string | null;
  followUpId: string | null;
  followUpHours: number | null;
}

/** The parsed options {@link responseSummary} reads. */
export interface ResponseSummaryOptions {
  asOf?: Date | undefined;
  starterKinds: readonly string[];
  responseKinds: readonly string[];
  unansweredAfterDays: number;
  coreMemberIds: readonly string[];
  unit?: PeriodUnit | undefined;
  items: boolean;
}

/**
 * What timeToFirstResponse reports from the kept rows: the threads and
 * their first responses (see {@link firstResponses}) summarised overall, per
 * channel and per period, with the share unanswered after N days, who
 * responds, and (with `items`) every thread.
 */
export function responseSummary(s: ResponseRows, o: ResponseSummaryOptions) {
  const to = o.asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const core = new Set(o.coreMemberIds);
  const found = firstResponses(s, o.starterKinds, o.responseKinds);
  const ref = Number.isFinite(to) ? to : s.last;
  const limit = o.unansweredAfterDays * DAY;
  const iso = isoFormatter();
  const all = new Group();
  const byChannel = new Map<string, Group>();
  const byPeriod: Group[] = [];
  const firstPeriod =
    o.unit !== undefined && found.length > 0 ? periodIndex((found[0] as FirstResponse).t, o.unit) : 0;
  const byMember = new Map<string, number>();
  const items: FirstResponseItem[] = [];
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
  const periods =
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
}
