import type { ActivityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import type { Gathering } from '../../model/gathering.js';
import { firstAtOrAfter } from '../../model/internal/rows.js';
import { kindMask } from './accumulate.js';
import { ms } from './options.js';

const DAY = 86_400_000;

/** One gathering as gatheringMetrics lists it. */
export interface GatheringStats {
  id: string;
  title: string;
  kind: string;
  start: string;
  registered: number;
  attended: number;
  registeredAndAttended: number;
  walkIns: number;
  showUpRate: number | null;
  repeatAttendees: number;
  newcomers: number;
  activeAfter: number;
  activeAfterShare: number | null;
}

/** The parsed options {@link gatheringStats} reads. */
export interface GatheringStatsOptions {
  from?: Date | undefined;
  asOf?: Date | undefined;
  followUpDays: number;
  kinds: readonly string[];
}

/**
 * What gatheringMetrics reports: each gathering of the window with its
 * attendance, show-up rate, repeat attendees, newcomers and attendees active
 * in the `followUpDays` after (from the log), and the totals.
 *
 * @param community - its gatherings, and members for the bots the log left out
 * @param log - the community's activity log
 * @param o - the parsed options
 */
export function gatheringStats(
  community: Pick<Community, 'gatherings' | 'members'>,
  log: ActivityLog,
  o: GatheringStatsOptions,
) {
  const from = ms(o.from) ?? Number.NEGATIVE_INFINITY;
  const to = ms(o.asOf) ?? Number.POSITIVE_INFINITY;
  const window = o.followUpDays * DAY;
  const all = [...(community.gatherings ?? [])]
    .filter((g) => g.start.getTime() < to)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Who was active in [lo, hi): the log is sorted by time, so that is one
  // run of rows, found by binary search and stamped per member (cheaper than
  // indexing every member's activity when only a few gatherings are asked).
  const mask = kindMask(o.kinds, log.kinds);
  const memberIndex = new Map(log.memberIds.map((id, i) => [id, i]));
  const stamp = new Int32Array(log.memberIds.length);
  let round = 0;
  const markActive = (lo: number, hi: number): void => {
    round++;
    const end = firstAtOrAfter(log.time, 0, log.size, hi);
    for (let r = firstAtOrAfter(log.time, 0, log.size, lo); r < end; r++)
      if (mask[log.kind[r] as number] === 1) stamp[log.member[r] as number] = round;
  };
  const activeIn = (id: string): boolean => {
    const m = memberIndex.get(id);
    return m !== undefined && stamp[m] === round;
  };

  // Bots the log left out (a meeting's note-taker, say) are left out of attendance too.
  const inLog = new Set(log.memberIds);
  const bots = new Set(
    (community.members ?? []).filter((m) => m.kind === 'bot' && !inLog.has(m.id)).map((m) => m.id),
  );
  const seen = new Map<string, number>();
  const items: GatheringStats[] = [];
  const attendees = new Map<string, number>();
  for (const g of all as Gathering[]) {
    const attended = [...new Set(g.attended)].filter((id) => !bots.has(id));
    const registered = new Set(g.registered.filter((id) => !bots.has(id)));
    const start = g.start.getTime();
    const inWindow = start >= from;
    let repeat = 0;
    let newcomers = 0;
    let activeAfter = 0;
    let both = 0;
    if (inWindow) markActive(start, Math.min(start + window, to));
    for (const id of attended) {
      if (inWindow) {
        if (seen.has(id)) repeat++;
        else newcomers++;
        if (registered.has(id)) both++;
        if (activeIn(id)) activeAfter++;
        attendees.set(id, (attendees.get(id) ?? 0) + 1);
      }
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    if (!inWindow) continue;
    items.push({
      id: g.id,
      title: g.title,
      kind: g.kind,
      start: g.start.toISOString(),
      registered: registered.size,
      attended: attended.length,
      registeredAndAttended: both,
      walkIns: attended.length - both,
      showUpRate: registered.size === 0 ? null : both / registered.size,
      repeatAttendees: repeat,
      newcomers,
      activeAfter,
      activeAfterShare: attended.length === 0 ? null : activeAfter / attended.length,
    });
  }
  const sum = (f: (i: (typeof items)[number]) => number): number => items.reduce((s, i) => s + f(i), 0);
  const attendance = sum((i) => i.attended);
  const registered = sum((i) => i.registered);
  const repeatAttendees = [...attendees.values()].filter((c) => c >= 2).length;
  return {
    gatherings: items.length,
    attendance,
    uniqueAttendees: attendees.size,
    meanAttendance: items.length === 0 ? null : attendance / items.length,
    showUpRate: registered === 0 ? null : sum((i) => i.registeredAndAttended) / registered,
    repeatAttendees,
    repeatShare: attendees.size === 0 ? null : repeatAttendees / attendees.size,
    newcomers: sum((i) => i.newcomers),
    activeAfterShare: attendance === 0 ? null : sum((i) => i.activeAfter) / attendance,
    followUpDays: o.followUpDays,
    items,
  };
}
