import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { activityLog } from '../../src/health/activityLog.js';
import { healthReport } from '../../src/health/healthReport.js';
import { renderHealthMarkdown } from '../../src/health/renderHealthMarkdown.js';
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
