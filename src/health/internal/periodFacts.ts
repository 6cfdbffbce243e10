import type { ActivityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import { addPeriods } from '../../model/periods.js';
import { type MemberPeriodCounts, memberPeriodCounts } from '../memberPeriodCounts.js';
import { absenceFactorOf, elephantFactorOf } from './absenceFactor.js';
import { periodIndex } from './calendar.js';
import { gatheringStats } from './gatheringStats.js';
import { inequalityOf } from './inequality.js';
import { MemberCounts } from './memberCounts.js';
import { DEFAULT_ACTIVE_KINDS } from './options.js';
import { firstTimes, type ReportFunnelOptions, reportFunnel } from './reportFunnel.js';
import type { ReportPeriods, ReportWindow } from './reportPeriods.js';
import { responseSummary } from './responseSummary.js';
import { ResponseRows } from './responseThreads.js';
import { countsState } from './sharedCounts.js';

/** The parsed defaults of the metrics the report reads (each metric's options schema, parsed once). */
export interface MetricDefaults {
  absence: { threshold: number; inclusive: boolean };
  elephant: { threshold: number; inclusive: boolean; unaffiliated: string | null };
  inequality: { occasionalMax: number; lorenzPoints: number };
  responses: Omit<Parameters<typeof responseSummary>[1], 'asOf' | 'items'>;
  funnel: ReportFunnelOptions;
  gatherings: Omit<Parameters<typeof gatheringStats>[2], 'from' | 'asOf'>;
}

/**
 * Everything the metric table and the finding rules read about one period,
 * from the member counts up to the period's end (`counts`) and up to `asOf`
 * (`untilAsOf`, for retention), and the log.
 */
export function periodFacts(
  periodCounts: MemberPeriodCounts,
  untilAsOfCounts: MemberPeriodCounts,
  window: ReportWindow,
  log: ActivityLog,
  gatherings: Pick<Community, 'gatherings' | 'members'>,
  d: MetricDefaults,
) {
  const counts = countsState(periodCounts);
  const untilAsOf = countsState(untilAsOfCounts);
  const p = periodIndex(window.start.getTime(), counts.unit);
  // The newcomers of the period before, and how many of them are active in this one (up to asOf).
  const cohort = untilAsOf.cohortRetention(p - 1, 1, periodIndex(untilAsOf.asOf - 1, untilAsOf.unit));
  // One count per member in the window, shared by the absence factor, the elephant factor and inequality.
  const inWindow = new MemberCounts(
    DEFAULT_ACTIVE_KINDS,
    window.start.getTime(),
    window.end.getTime(),
    false,
  );
  inWindow.add(log, 0, log.size);
  const entries = inWindow.entries();
  const responses = new ResponseRows(
    [...new Set([...d.responses.starterKinds, ...d.responses.responseKinds])],
    window.start.getTime(),
    window.end.getTime(),
    true,
  );
  responses.add(log, 0, log.size);
  return {
    active: counts.active(p, 1).length,
    activities: counts.activities(p),
    flow: counts.flow(p, 1),
    retention: {
      share: cohort.size > 0 && cohort.retained !== null ? cohort.retained / cohort.size : null,
      size: cohort.size,
    },
    absence: absenceFactorOf(entries, d.absence.threshold, d.absence.inclusive),
    elephant: elephantFactorOf(inWindow, d.elephant.threshold, d.elephant.inclusive, d.elephant.unaffiliated),
    inequality: inequalityOf(
      entries.map((e) => e[1]),
      d.inequality.occasionalMax,
      d.inequality.lorenzPoints,
    ),
    responses: responseSummary(responses, { ...d.responses, asOf: window.end, items: false }),
    gatherings: gatheringStats(gatherings, log, { ...d.gatherings, from: window.start, asOf: window.end }),
  };
}

/** The facts of one period (see {@link periodFacts}), with its joiners' onboarding funnel. */
export type PeriodFacts = ReturnType<typeof periodFacts> & {
  funnel: ReturnType<typeof reportFunnel>;
};

/**
 * The facts of both compared periods. The shared work is done once and
 * passed down: one {@link memberPeriodCounts} (the object users share
 * between metrics) for every period that
 * ends where its calendar period ends, by `asOf` (a period's counts depend
 * only on the activity before its end), another only for a period cut short;
 * one count per window; each member's first activities once, for both
 * windows' joiners.
 */
export function reportFacts(
  log: ActivityLog,
  gatherings: Pick<Community, 'gatherings' | 'members'>,
  periods: ReportPeriods,
  d: MetricDefaults,
): { current: PeriodFacts; previous: PeriodFacts } {
  const { unit, current, previous } = periods;
  const asOf = current.end.getTime();
  const byEnd = new Map<number, MemberPeriodCounts>();
  const countsFor = (w: ReportWindow): MemberPeriodCounts => {
    const end = w.end.getTime();
    const whole = end === addPeriods(w.start, unit, 1).getTime();
    const upTo = whole && end <= asOf ? asOf : end;
    let s = byEnd.get(upTo);
    if (s === undefined) {
      s = memberPeriodCounts(log, { unit, asOf: new Date(upTo) });
      byEnd.set(upTo, s);
    }
    return s;
  };
  // Each member's first activities, read once up to the later window's end.
  const first = firstTimes(log, d.funnel.kinds, Math.max(current.end.getTime(), previous.end.getTime()));
  const [cur, prev] = [current, previous].map((w) => ({
    ...periodFacts(countsFor(w), countsFor(current), w, log, gatherings, d),
    funnel: reportFunnel(log, first, w, unit, d.funnel),
  }));
  return { current: cur as PeriodFacts, previous: prev as PeriodFacts };
}
