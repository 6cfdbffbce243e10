import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/healthReport.js';
import { renderHealthMarkdown } from '../../src/health/renderHealthMarkdown.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

describe('absence and elephant factors in a period without the activity they count', () => {
  // Acme's member is active in 2025-Q4 only; in 2026-Q1 only an unaffiliated member is.
  const community = parseCommunity({
    name: 'x',
    members: [{ id: 'ada', affiliation: 'Acme' }, { id: 'bob' }],
    activities: [
      { id: '1', memberId: 'ada', at: '2025-11-03', kind: 'commit' },
      { id: '2', memberId: 'bob', at: '2025-11-04', kind: 'commit' },
      { id: '3', memberId: 'bob', at: '2026-02-10', kind: 'commit' },
    ],
  });
  const report = healthReport(community, { asOf: '2026-04-01', period: 'quarter' });
  const metric = (id: string) => report.metrics.find((m) => m.id === id);

  it('gives no elephant factor (not 0) for a period with no activity by members with a known organisation', () => {
    expect(metric('elephantFactor')).toMatchObject({ previous: 1, current: null, change: null });
    expect(renderHealthMarkdown(report)).toContain('| Elephant factor | 1 | — | — |');
  });

  it('still counts the absence factor where there is activity', () => {
    // 2025-Q4: one activity each, so both are needed for more than half; 2026-Q1: bob alone.
    expect(metric('absenceFactor')).toMatchObject({ previous: 2, current: 1 });
  });

  it('gives no absence factor for a period with no activity at all', () => {
    const quiet = healthReport(community, { asOf: '2026-07-01', period: 'quarter' });
    expect(quiet.metrics.find((m) => m.id === 'absenceFactor')).toMatchObject({ previous: 1, current: null });
  });
});
