import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import { summarySection } from '../../../src/report/sections/summarySection.js';

describe('summarySection', () => {
  // Two people and a bot; the bot is the only one active in November.
  const community = parseCommunity({
    name: 'x',
    members: [{ id: 'ada' }, { id: 'bob' }, { id: 'ci-bot', kind: 'bot' }],
    activities: [
      { id: '1', memberId: 'ada', at: '2025-12-20', kind: 'commit' },
      { id: '2', memberId: 'bob', at: '2025-10-05', kind: 'commit' },
      { id: '3', memberId: 'ci-bot', at: '2025-11-10', kind: 'commit' },
      { id: '4', memberId: 'ci-bot', at: '2025-12-21', kind: 'commit' },
      { id: '5', memberId: 'bob', at: '2025-12-22', kind: 'join' },
      { id: '6', memberId: 'ada', at: '2026-01-02', kind: 'commit' },
    ],
  });
  const section = summarySection(community, { asOf: new Date('2026-01-01T00:00:00Z') } as never);
  const data = section.data as {
    activeLast30Days: number;
    activeLast90Days: number;
    monthlyActiveMembers: { month: string; active: number }[];
    firstActivity: string;
  };

  it('counts people only, in the windows and in the monthly series alike (the bot is left out of both)', () => {
    // Last 30 days (from 2025-12-02): ada (bob only joined, the bot is a bot, 2026-01-02 is after asOf).
    expect(data.activeLast30Days).toBe(1);
    // Last 90 days (from 2025-10-03): ada and bob.
    expect(data.activeLast90Days).toBe(2);
    expect(data.monthlyActiveMembers.slice(-3)).toEqual([
      { month: '2025-10', active: 1 },
      { month: '2025-11', active: 0 },
      { month: '2025-12', active: 1 },
    ]);
    expect(data.monthlyActiveMembers).toHaveLength(12);
    expect(data.monthlyActiveMembers[0]?.month).toBe('2025-01');
    expect(data.firstActivity).toBe('2025-10-05T00:00:00.000Z');
    expect(section.markdown).toContain('Bot accounts (1) are left out.');
  });
});
