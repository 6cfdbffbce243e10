import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { gatheringMetrics, gatheringMetricsOn } from '../../src/health/gatheringMetrics.js';
import { healthReport } from '../../src/health/healthReport.js';
import { renderHealthMarkdown } from '../../src/health/renderHealthMarkdown.js';
import { activityLog } from '../../src/model/activityLog.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

const community = parseCommunity({
  name: 'With a bot',
  members: [{ id: 'ada' }, { id: 'bob' }, { id: 'dependabot', kind: 'bot', botReason: 'known bot' }],
  activities: [
    { id: 'a1', memberId: 'ada', at: '2024-01-10', kind: 'commit' },
    { id: 'a2', memberId: 'dependabot', at: '2024-01-11', kind: 'pull-request' },
    { id: 'a3', memberId: 'dependabot', at: '2024-01-12', kind: 'pull-request' },
    { id: 'a4', memberId: 'bob', at: '2024-02-10', kind: 'commit' },
  ],
});

describe('health leaves bots out by default', () => {
  it('activityLog drops bot members and their activities, and counts them', () => {
    const log = activityLog(community);
    expect(log.size).toBe(2);
    expect(log.memberIds).toEqual(['ada', 'bob']);
    expect(log.botsLeftOut).toEqual({ members: 1, activities: 2 });
  });

  it('activityLog keeps them with includeBots', () => {
    const log = activityLog(community, { includeBots: true });
    expect(log.size).toBe(4);
    expect(log.botsLeftOut).toEqual({ members: 0, activities: 0 });
  });

  it('a metric on the community counts people only', () => {
    expect(activeMembers(community, { unit: 'month' }).periods.map((p) => [p.active, p.activities])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('healthReport says how many bots it left out, and the Markdown says it too', () => {
    const report = healthReport(community, { asOf: '2024-03-01', period: 'month' });
    expect(report.botsLeftOut).toEqual({ members: 1, activities: 2 });
    expect(renderHealthMarkdown(report)).toContain(
      'Bot accounts (1) and their activities (2) are left out of every number.',
    );
    expect(
      healthReport(community, { asOf: '2024-03-01', period: 'month', includeBots: true }).botsLeftOut,
    ).toEqual({
      members: 0,
      activities: 0,
    });
  });
});

describe('gathering metrics leave bots out with the log', () => {
  const call = parseCommunity({
    name: 'A call with a note-taker',
    members: [{ id: 'ada' }, { id: 'bob' }, { id: 'notetaker', kind: 'bot', botReason: 'curated list' }],
    activities: [{ id: 'a1', memberId: 'ada', at: '2024-03-02', kind: 'post' }],
    gatherings: [
      {
        id: 'g1',
        title: 'Community call',
        kind: 'community-call',
        start: '2024-03-01T15:00:00Z',
        registered: ['ada', 'bob', 'notetaker'],
        attended: ['ada', 'notetaker'],
      },
    ],
  });

  it('counts people only: 1 of 2 registered came, and 1 attendee was active after', () => {
    const g = gatheringMetrics(call, { asOf: '2024-06-01' });
    expect(g.attendance).toBe(1);
    expect(g.showUpRate).toBe(0.5);
    expect(g.activeAfterShare).toBe(1);
  });

  it('counts the bot when the log keeps bots', () => {
    const g = gatheringMetricsOn(call, activityLog(call, { includeBots: true }), { asOf: '2024-06-01' });
    expect(g.attendance).toBe(2);
    expect(g.showUpRate).toBeCloseTo(2 / 3, 12);
  });
});
