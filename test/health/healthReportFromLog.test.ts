import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/healthReport.js';
import { logSignals } from '../../src/health/internal/logSignals.js';
import { activityLog } from '../../src/model/activityLog.js';
import { dataCoverage } from '../../src/model/dataCoverage.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const GATHERING_METRICS = ['gatherings', 'gatheringAttendance', 'showUpRate', 'gatheringActiveAfter'];

describe('healthReport from an activity log', () => {
  const community = sampleCommunity();
  const options = { asOf: '2025-11-17', period: 'month' as const };

  it('gives the community report with gatherings not measured and no name', () => {
    const fromCommunity = healthReport(community, options);
    const fromLog = healthReport(activityLog(community), options);
    expect(fromLog.community).toBe('');
    const other = (r: typeof fromLog) => r.metrics.filter((m) => !GATHERING_METRICS.includes(m.id));
    expect(other(fromLog)).toEqual(other(fromCommunity));
    expect(fromCommunity.metrics.find((m) => m.id === 'gatherings')?.current).toBeGreaterThan(0);
    const gatherings = fromLog.metrics.filter((m) => GATHERING_METRICS.includes(m.id));
    expect(gatherings.map((m) => [m.id, m.current, m.notMeasured])).toEqual([
      ['gatherings', null, ['gatherings']],
      ['gatheringAttendance', null, ['attendance']],
      ['showUpRate', null, ['attendance']],
      ['gatheringActiveAfter', null, ['attendance']],
    ]);
    // Findings about gatherings are not evaluated; the others are the same.
    const notAboutGatherings = fromCommunity.findings.filter((f) => !/gathering|attend/i.test(f.id));
    expect(fromLog.findings).toEqual(notAboutGatherings);
    expect([fromLog.keyContributors, fromLog.botsLeftOut]).toEqual([
      fromCommunity.keyContributors,
      fromCommunity.botsLeftOut,
    ]);
  });

  it('reads a log built from typed columns (no replies there: response times are not measured)', () => {
    const log = activityLog({
      times: Float64Array.from([Date.UTC(2025, 7, 1), Date.UTC(2025, 9, 2), Date.UTC(2025, 10, 3)]),
      members: Int32Array.from([0, 0, 1]),
      kinds: Uint8Array.from([2, 2, 7]), // post, post, commit
      memberIds: ['ana', 'bo'],
    });
    const r = healthReport(log, { asOf: '2026-01-01' });
    // The caller's log is read, never freed: a second report gives the same.
    expect(log.time.length).toBe(3);
    expect(healthReport(log, { asOf: '2026-01-01' })).toEqual(r);
    const m = Object.fromEntries(r.metrics.map((x) => [x.id, [x.previous, x.current]]));
    expect(m.active).toEqual([1, 2]);
    expect(m.new).toEqual([1, 1]);
    expect(r.metrics.find((x) => x.id === 'medianResponseHours')?.notMeasured).toEqual(['replies']);
  });
});

describe('logSignals', () => {
  it('finds the signals dataCoverage finds in the community, among those a log can show', () => {
    const shown = [
      'activity',
      'conversations',
      'replies',
      'answers',
      'reviews',
      'reactions',
      'joins',
      'leaves',
      'affiliations',
    ];
    for (const c of [
      sampleCommunity(),
      parseCommunity({
        name: 'Git only',
        members: [{ id: 'a' }, { id: 'b', affiliation: 'Uni' }],
        activities: [
          { id: 'c1', memberId: 'a', at: '2025-01-01', kind: 'commit' },
          { id: 'c2', memberId: 'a', at: '2025-01-02', kind: 'commit' },
        ],
      }),
      parseCommunity({
        name: 'A thread',
        members: [{ id: 'a' }, { id: 'b' }],
        activities: [
          { id: 'p', memberId: 'a', at: '2025-01-01', kind: 'post', thread: 't' },
          { id: 'q', memberId: 'b', at: '2025-01-02', kind: 'comment', thread: 't' },
        ],
      }),
    ]) {
      const expected = dataCoverage(c).present.filter((s) => shown.includes(s));
      expect([...logSignals(activityLog(c))].sort()).toEqual([...expected].sort());
    }
  });
});
