import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/healthReport.js';
import { renderHealthMarkdown } from '../../src/health/renderHealthMarkdown.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

/** Q3: a, b, c, d active (a does most); Q4: only a and e (new) active. */
const community = parseCommunity({
  name: 'Tiny',
  members: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, affiliation: id === 'e' ? 'Other' : 'Uni' })),
  activities: [
    ...[1, 2, 3, 4, 5, 6].map((k) => ({
      id: `a${k}`,
      memberId: 'a',
      at: `2025-0${7 + (k % 2)}-1${k}`,
      kind: 'post',
    })),
    { id: 'b1', memberId: 'b', at: '2025-07-20', kind: 'reply' },
    { id: 'c1', memberId: 'c', at: '2025-08-20', kind: 'comment' },
    { id: 'd1', memberId: 'd', at: '2025-09-20', kind: 'post' },
    { id: 'a7', memberId: 'a', at: '2025-10-05', kind: 'post' },
    { id: 'e1', memberId: 'e', at: '2025-11-05', kind: 'post' },
  ],
});

describe('healthReport', () => {
  const r = healthReport(community, { asOf: '2026-01-01' });
  it('compares the current quarter with the previous one', () => {
    expect(r.period.current.key).toBe('2025-Q4');
    expect(r.period.previous.key).toBe('2025-Q3');
    const m = Object.fromEntries(r.metrics.map((x) => [x.id, [x.previous, x.current]]));
    expect(m.active).toEqual([4, 2]);
    expect(m.new).toEqual([4, 1]);
    expect(m.churned).toEqual([0, 3]);
    expect(m.churnRate![1]).toBeCloseTo(3 / 4, 12);
    expect(m.activities).toEqual([9, 2]);
    // Q4: a and e did one each; one member is exactly half, and the default needs more than half.
    expect(m.absenceFactor).toEqual([1, 2]);
  });
  it('turns crossed thresholds into findings with numbers and actions', () => {
    const ids = r.findings.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['active-members-fell', 'newcomers-fell', 'few-carry-the-work', 'high-churn']),
    );
    const fell = r.findings.find((f) => f.id === 'active-members-fell')!;
    expect(fell.message).toBe('Active members fell from 4 to 2 (−50%).');
    expect(fell.numbers).toMatchObject({ previous: 4, current: 2 });
    expect(fell.action.length).toBeGreaterThan(10);
  });
  it('lets the user change a threshold', () => {
    const lenient = healthReport(community, {
      asOf: '2026-01-01',
      thresholds: { activeDrop: 0.6, churnRate: 0.9 },
    });
    expect(lenient.findings.map((f) => f.id)).not.toContain('active-members-fell');
    expect(lenient.findings.map((f) => f.id)).not.toContain('high-churn');
  });
  it('compares with a chosen period, and handles an empty community with zeros', () => {
    expect(healthReport(community, { asOf: '2026-01-01', compareTo: '2025-02-01' }).period.previous.key).toBe(
      '2025-Q1',
    );
    const empty = healthReport(parseCommunity({ name: 'e' }), { asOf: '2026-01-01' });
    expect(empty.metrics.find((m) => m.id === 'active')).toMatchObject({
      current: 0,
      previous: 0,
      change: 0,
      relativeChange: null,
    });
    expect(empty.findings).toEqual([]);
  });
  it('is JSON-serialisable and renders as a Markdown table with the findings', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const md = renderHealthMarkdown(r);
    expect(md.split('\n')[0]).toBe('| Metric | 2025-Q3 | 2025-Q4 | Change |');
    expect(md).toContain('| Active members | 4 | 2 | -2 (-50%) |');
    expect(md).toContain('**Active members fell from 4 to 2 (−50%).**');
  });
  it('rejects a bad option with its path', () => {
    expect(() => healthReport(community, { asOf: '2026-01-01', period: 'decade' as never })).toThrow(
      /options\.period/,
    );
  });
});
