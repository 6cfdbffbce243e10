import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/healthReport.js';
import { HealthReportSchema } from '../../src/health/healthReportSchema.js';
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
  // The tiny community is below the default minimum counts; lower them to test the rules themselves.
  const small = { minBase: 1, minCases: 1 };
  const r = healthReport(community, { asOf: '2026-01-01', thresholds: small });
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
      thresholds: { ...small, activeDrop: 0.6, churnRate: 0.9 },
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
      current: null,
      previous: null,
      change: null,
      relativeChange: null,
      notMeasured: ['activity'],
    });
    expect(empty.findings).toEqual([]);
    expect(empty.notMeasured[0]?.message).toMatch(
      /^Not measured: active members, new members, .* need dated activity by members/,
    );
  });
  it('is JSON-serialisable and renders as a Markdown table with the findings', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const md = renderHealthMarkdown(r);
    expect(md.split('\n')[0]).toBe('| Metric | 2025-Q3 | 2025-Q4 | Change |');
    expect(md).toContain('| Active members | 4 | 2 | −2 (−50%) |');
    expect(md).toContain('**Active members fell from 4 to 2 (−50%).**');
  });
  it('matches HealthReportSchema, which also refuses a report with a broken finding', () => {
    const stored = JSON.parse(JSON.stringify(r));
    expect(HealthReportSchema.parse(stored)).toEqual(r);
    expect(r.findings.length).toBeGreaterThan(0);
    stored.findings[0].severity = 'fatal';
    const result = HealthReportSchema.safeParse(stored);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['findings', 0, 'severity']);
  });
  it('rejects a bad option with its path', () => {
    expect(() => healthReport(community, { asOf: '2026-01-01', period: 'decade' as never })).toThrow(
      /options\.period/,
    );
  });
});

describe('healthReport: onboarding and gatherings', () => {
  // 18 members join in October; only m1 ever posts (Nov 10). One call on Nov 5:
  // m1..m12 registered, m1..m4 came plus 6 walk-ins (w1..w6).
  const ids = [
    ...Array.from({ length: 12 }, (_, i) => `m${i + 1}`),
    ...Array.from({ length: 6 }, (_, i) => `w${i + 1}`),
  ];
  const c = parseCommunity({
    name: 'Events',
    members: ids.map((id) => ({ id, joinedAt: '2025-10-02' })),
    activities: [{ id: 'p1', memberId: 'm1', at: '2025-11-10', kind: 'post' }],
    gatherings: [
      {
        id: 'g1',
        title: 'Kick-off call',
        kind: 'community-call',
        start: '2025-11-05T15:00:00Z',
        registered: ids.slice(0, 12),
        attended: [...ids.slice(0, 4), ...ids.slice(12)],
      },
    ],
  });
  const r = healthReport(c, { asOf: '2026-01-01' });
  const m = Object.fromEntries(r.metrics.map((x) => [x.id, x.current]));

  it('healthReport adds the onboarding and gathering rows (hand-computed)', () => {
    expect(m.joined).toBe(18);
    expect(m.activation).toBeCloseTo(1 / 18, 12);
    // No replies in this community: not measured rather than 0.
    expect(m.newcomerResponse).toBeNull();
    expect(r.metrics.find((x) => x.id === 'newcomerResponse')?.notMeasured).toEqual(['replies']);
    expect(m.gatherings).toBe(1);
    expect(m.gatheringAttendance).toBe(10);
    expect(m.showUpRate).toBeCloseTo(4 / 12, 12);
    expect(m.gatheringActiveAfter).toBeCloseTo(0.1, 12);
  });

  it('healthReport turns low activation, show-up and follow-up into findings; thresholds switch them off', () => {
    const found = r.findings.map((f) => f.id);
    expect(found).toEqual(
      expect.arrayContaining(['newcomers-silent', 'low-show-up', 'gatherings-no-follow-up']),
    );
    // only one first-time contributor: too few for "newcomers-unanswered"
    expect(found).not.toContain('newcomers-unanswered');
    expect(r.findings.find((f) => f.id === 'low-show-up')?.numbers).toMatchObject({ registered: 12 });
    const lenient = healthReport(c, {
      asOf: '2026-01-01',
      thresholds: { activation: 0.01, showUp: 0.3, gatheringFollowUp: 0.05 },
    });
    expect(lenient.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['newcomers-silent']));
    expect(lenient.findings.map((f) => f.id)).not.toContain('low-show-up');
    expect(lenient.findings.map((f) => f.id)).not.toContain('gatherings-no-follow-up');
  });

  it('renderHealthMarkdown shows the new shares as percentages', () => {
    const md = renderHealthMarkdown(r);
    expect(md).toContain('| Gathering show-up rate | — | 33% | — |');
    expect(md).toContain('| Members who joined | 0 | 18 |');
  });
});

describe('healthReport: churn in a partial period', () => {
  // November: a and b early, c late; December up to the 10th: only d (new).
  const partial = parseCommunity({
    name: 'Partial',
    members: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    activities: [
      { id: '1', memberId: 'a', at: '2025-11-02', kind: 'post' },
      { id: '2', memberId: 'b', at: '2025-11-03', kind: 'post' },
      { id: '3', memberId: 'c', at: '2025-11-25', kind: 'post' },
      { id: '4', memberId: 'd', at: '2025-12-05', kind: 'post' },
    ],
  });

  it('counts the churned against everyone active in the month before, not the same span of it (which used to throw)', () => {
    // The compared span (1–10 Nov) had 2 active members; 3 were active in November and none since.
    const r = healthReport(partial, { asOf: '2025-12-10', period: 'month', thresholds: { minCases: 2 } });
    const metric = (id: string) => r.metrics.find((m) => m.id === id);
    expect(metric('active')?.previous).toBe(2);
    expect(metric('churned')?.current).toBe(3);
    const churn = r.findings.find((f) => f.id === 'high-churn');
    expect(churn?.message).toBe("100% of last period's active members were not active this period (3 of 3).");
    expect(churn?.numbers).toMatchObject({ count: 3, of: 3, share: 1 });
  });
});
