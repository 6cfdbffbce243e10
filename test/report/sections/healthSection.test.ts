import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../../src/health/activeMembers.js';
import { healthReport } from '../../../src/health/healthReport.js';
import { memberFlow } from '../../../src/health/memberFlow.js';
import { activityLog } from '../../../src/model/activityLog.js';
import { dataCoverage } from '../../../src/model/dataCoverage.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import { healthSection } from '../../../src/report/sections/healthSection.js';
import { sampleCommunity } from '../../../src/sample/sampleCommunity.js';

const community = sampleCommunity({ seed: 3, members: 300, months: 30 });
const asOf = new Date('2025-11-01T00:00:00Z');

describe('healthSection', () => {
  it("holds the quarter's health report, the one healthReport gives", () => {
    const section = healthSection(community, { asOf });
    expect(section.data).toEqual(healthReport(community, { asOf, period: 'quarter' }));
  });

  it('gives the same section from the log the report shares, and leaves that log whole for the other sections', () => {
    const own = healthSection(community, { asOf });
    const log = activityLog(community);
    const size = log.size;
    expect(healthSection(community, { asOf, log, coverage: dataCoverage(community) })).toEqual(own);
    expect(log.size).toBe(size);
    expect(log.time.length).toBe(size);
  });

  it('gives the same section from the coverage the report passes as from its own reading of the data', () => {
    const own = healthSection(community, { asOf });
    expect(healthSection(community, { asOf, coverage: dataCoverage(community) })).toEqual(own);
  });

  it('charts the monthly active members and new members of the last 24 months, as activeMembers and memberFlow count them', () => {
    const section = healthSection(community, { asOf });
    const log = activityLog(community);
    const from = new Date('2023-11-01T00:00:00Z');
    const active = activeMembers(log, { unit: 'month', from, asOf }).periods.map((p) => [p.key, p.active]);
    const fresh = memberFlow(log, { unit: 'month', asOf })
      .periods.filter((p) => p.start >= from.toISOString())
      .map((p) => [p.key, p.new]);
    const [activeFigure, newFigure] = section.figures ?? [];
    expect(active).toHaveLength(24);
    expect(activeFigure?.table?.rows).toEqual(active);
    expect(newFigure?.table?.rows).toEqual(fresh);
  });

  it('leaves bots out, and says what the data cannot show, when the report gives no coverage', () => {
    const c = parseCommunity({
      name: 'Bots',
      members: [{ id: 'ana' }, { id: 'ci', kind: 'bot' }],
      activities: [
        { id: 'p', memberId: 'ana', at: '2025-08-01', kind: 'post', thread: 't' },
        { id: 'r', memberId: 'ci', at: '2025-08-02', kind: 'reply', thread: 't', replyTo: 'p' },
        { id: 'q', memberId: 'ana', at: '2025-10-03', kind: 'commit' },
      ],
    });
    const data = healthSection(c, { asOf }).data as ReturnType<typeof healthReport>;
    expect(data.botsLeftOut).toEqual({ members: 1, activities: 1 });
    // Only the bot replied: replies are not measured, as dataCoverage would say.
    expect(data.metrics.find((m) => m.id === 'medianResponseHours')?.notMeasured).toEqual(['replies']);
    expect(data.metrics.find((m) => m.id === 'active')?.current).toBe(1);
  });
});
