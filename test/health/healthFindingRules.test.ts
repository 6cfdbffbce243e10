import { describe, expect, it } from 'vitest';
import { HEALTH_FINDING_RULES } from '../../src/health/healthFindingRules.js';
import { healthReport } from '../../src/health/healthReport.js';
import { renderHealthMarkdown } from '../../src/health/renderHealthMarkdown.js';
import { wilsonInterval } from '../../src/health/wilsonInterval.js';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { docTableRows } from '../docs/docTable.js';

/** A git-like community: commits only (no conversations, replies, joins or gatherings), some affiliated, a bot. */
function gitLike() {
  const members = [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, ...(i < 4 ? { affiliation: 'Acme' } : {}) })),
    { id: 'bot', kind: 'bot' as const, botReason: 'curated list: dependabot' },
  ];
  const activities = [];
  let n = 0;
  // Q3: all 12 commit; Q4: only 5 do (p0..p4), p0 a lot.
  for (let i = 0; i < 12; i++)
    activities.push({ id: `c${n++}`, memberId: `p${i}`, at: '2025-08-01', kind: 'commit' as const });
  for (let i = 0; i < 5; i++)
    activities.push({ id: `c${n++}`, memberId: `p${i}`, at: '2025-11-01', kind: 'commit' as const });
  for (let k = 0; k < 8; k++)
    activities.push({ id: `c${n++}`, memberId: 'p0', at: '2025-11-02', kind: 'commit' as const });
  for (let k = 0; k < 30; k++)
    activities.push({ id: `b${k}`, memberId: 'bot', at: '2025-11-03', kind: 'commit' as const });
  return parseCommunity({ name: 'git', members, activities });
}

describe('health findings from what the data holds', () => {
  const r = healthReport(gitLike(), { asOf: '2026-01-01' });

  it('does not measure response times, unanswered questions or newcomer replies without replies, and says what to import', () => {
    const byId = Object.fromEntries(r.metrics.map((m) => [m.id, m]));
    expect(byId.medianResponseHours).toMatchObject({
      current: null,
      notMeasured: ['conversations', 'replies'],
    });
    expect(byId.unanswered?.current).toBeNull();
    expect(byId.joined?.notMeasured).toEqual(['joins']);
    const ids = r.findings.map((f) => f.id);
    for (const id of ['questions-unanswered', 'newcomers-unanswered', 'responses-slower', 'one-responder'])
      expect(ids).not.toContain(id);
    const lines = r.notMeasured.map((n) => n.message);
    expect(lines).toContain(
      'Not measured: median time to first response (hours), slowest tenth: time to first response (hours) and questions unanswered after 7 days need conversations started by posts, issues or pull requests and replies within conversations (import a GitHub, forum, chat or mailing-list export).',
    );
    for (const line of lines) expect(line).toMatch(/^Not measured: .* \((import|record|map) /);
  });

  it('leaves the bot out of every number and says so', () => {
    expect(r.botsLeftOut).toEqual({ members: 1, activities: 30 });
    expect(renderHealthMarkdown(r)).toContain(
      'Bot accounts (1) and their activities (30) are left out of every number.',
    );
  });

  it('states the elephant factor over the affiliated activity and gives its share of all activity', () => {
    const f = r.findings.find((x) => x.id === 'one-organisation');
    // Q4, people only: 13 activities; Acme members p0..p3 made 4 + 8 = 12 of them, all the affiliated activity.
    expect(f?.message).toBe(
      'One organisation (Acme) accounts for 100% of the affiliated activity (12 of 12); affiliated activity is 92% of all activity this period.',
    );
  });

  it('gives a rate finding its counts and Wilson interval', () => {
    const churn = r.findings.find((x) => x.id === 'high-churn');
    expect(churn?.numbers).toMatchObject({ count: 7, of: 12 });
    const w = wilsonInterval(7, 12);
    expect(churn?.numbers.low).toBe(w?.low);
    expect(churn?.numbers.high).toBe(w?.high);
  });

  it('makes no finding from small counts with the default minimums, and does with them lowered', () => {
    const tiny = parseCommunity({
      name: 't',
      members: [{ id: 'a' }, { id: 'b' }],
      activities: [
        { id: '1', memberId: 'a', at: '2025-08-01', kind: 'commit' },
        { id: '2', memberId: 'b', at: '2025-08-01', kind: 'commit' },
        { id: '3', memberId: 'a', at: '2025-11-01', kind: 'commit' },
      ],
    });
    expect(healthReport(tiny, { asOf: '2026-01-01' }).findings).toEqual([]);
    const lowered = healthReport(tiny, { asOf: '2026-01-01', thresholds: { minBase: 1, minCases: 1 } });
    expect(lowered.findings.map((f) => f.id)).toContain('active-members-fell');
  });

  it('refuses an unknown threshold with its path', () => {
    expect(() => healthReport(gitLike(), { asOf: '2026-01-01', thresholds: { minBse: 3 } as never })).toThrow(
      /options\.thresholds/,
    );
  });
});

describe('partial periods', () => {
  const c = gitLike();
  it('compares a partial quarter with the same span of the previous one', () => {
    const r = healthReport(c, { asOf: '2025-11-22' });
    expect(r.period.partial).toBe(true);
    expect(r.period.current).toMatchObject({ key: '2025-Q4', start: '2025-10-01T00:00:00.000Z' });
    // 1 October to 22 November is 52 days; the previous quarter is cut at 1 July + 52 days.
    expect(r.period.previous).toMatchObject({
      key: '2025-Q3',
      start: '2025-07-01T00:00:00.000Z',
      end: '2025-08-22T00:00:00.000Z',
    });
    expect(r.metrics.find((m) => m.id === 'active')).toMatchObject({ previous: 12, current: 5 });
    expect(renderHealthMarkdown(r)).toContain('2025-Q4 is not over yet');
  });

  it('cuts the previous span so activity after it is not counted', () => {
    const r = healthReport(c, { asOf: '2025-10-15' });
    // 14 days of Q3 (1–15 July) hold no activity: the commits are on 1 August.
    expect(r.metrics.find((m) => m.id === 'active')?.previous).toBe(0);
  });

  it('is not partial at a period boundary', () => {
    expect(healthReport(c, { asOf: '2026-01-01' }).period.partial).toBe(false);
  });
});

describe('the rules table', () => {
  it('docs/health.md lists every rule with its severity, needs and condition, in order', () => {
    const rows = docTableRows('health.md', 'rules');
    expect(rows).toEqual(
      HEALTH_FINDING_RULES.map((r) => [`\`${r.id}\``, r.severity, r.needs.join(', '), r.when]),
    );
  });

  it('every rule needs at least one signal and has distinct id', () => {
    expect(new Set(HEALTH_FINDING_RULES.map((r) => r.id)).size).toBe(HEALTH_FINDING_RULES.length);
    for (const r of HEALTH_FINDING_RULES) expect(r.needs.length).toBeGreaterThan(0);
  });
});

describe('wilsonInterval', () => {
  it('matches the formula computed by hand (Python, independently) and stays in [0, 1]', () => {
    const near = (x: number | undefined, y: number) => expect(x).toBeCloseTo(y, 12);
    near(wilsonInterval(2, 3)?.low, 0.20765495512648796);
    near(wilsonInterval(2, 3)?.high, 0.9385096847238394);
    near(wilsonInterval(81, 263)?.low, 0.2552876130636696);
    near(wilsonInterval(81, 263)?.high, 0.36621068405342155);
    expect(wilsonInterval(0, 10)?.low).toBe(0);
    expect(wilsonInterval(10, 10)?.high).toBe(1);
  });

  it('refuses successes above trials and non-integers, with the path', () => {
    for (const [s, n] of [
      [3, 2],
      [1.5, 2],
      [-1, 2],
    ] as const) {
      try {
        wilsonInterval(s, n);
        expect.unreachable();
      } catch (error) {
        expect(isCommunityKitError(error)).toBe(true);
      }
    }
  });
});
