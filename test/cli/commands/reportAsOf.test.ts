import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { fakeIo } from '../fakeIo.js';

/** A community file with one member posting at each date. */
const postsAt = (dates: readonly string[]): string =>
  JSON.stringify({
    name: 'Edge',
    members: [{ id: 'm-1' }],
    activities: dates.map((d, i) => ({ id: `a-${i}`, memberId: 'm-1', at: d, kind: 'post' })),
  });

/** Activity in 2026-Q2, 2026-Q3 and the first weeks of 2026-Q4. */
const twoQuartersAndABit = postsAt(['2026-05-10T10:00:00Z', '2026-08-10T10:00:00Z', '2026-11-20T10:00:00Z']);

const REASON =
  'the end of the last complete quarter (2026-Q3), before the latest activity (2026-11-20); pass --as-of to change';

describe('community-kit report: the default as-of is the end of the last complete quarter, and the report says so', () => {
  it('--format json carries the as-of, its reason, and the basis section’s data', async () => {
    const a = fakeIo({ 'c.json': twoQuartersAndABit });
    expect(await runCli(['report', 'c.json', '--format', 'json'], a.io)).toBe(0);
    const report = JSON.parse(a.out());
    expect(report.asOf).toBe('2026-10-01T00:00:00.000Z');
    expect(report.asOfReason).toBe(REASON);
    const basis = report.sections.find((s: { id: string }) => s.id === 'basis');
    expect(basis.data.asOf).toEqual({
      end: '2026-10-01T00:00:00.000Z',
      lastDay: '2026-09-30',
      reason: REASON,
    });
  });

  it('the Markdown and HTML basis sections say which as-of and why', async () => {
    const md = fakeIo({ 'c.json': twoQuartersAndABit });
    expect(await runCli(['report', 'c.json'], md.io)).toBe(0);
    expect(md.out()).toContain(
      `## What this report is based on\n\nAs of 2026-09-30 (end of day), ${REASON}.`,
    );
    const html = fakeIo({ 'c.json': twoQuartersAndABit });
    expect(await runCli(['report', 'c.json', '--format', 'html'], html.io)).toBe(0);
    expect(html.out()).toContain(
      'As of 2026-09-30 (end of day), the end of the last complete quarter (2026-Q3)',
    );
  });

  it('--as-of wins, and the report says it was given', async () => {
    const a = fakeIo({ 'c.json': twoQuartersAndABit });
    expect(await runCli(['report', 'c.json', '--as-of', '2026-12-01', '--format', 'json'], a.io)).toBe(0);
    const report = JSON.parse(a.out());
    expect(report.asOf).toBe('2026-12-01T00:00:00.000Z');
    expect(report.asOfReason).toBe('as given with --as-of');
  });

  it('years 0–99 and 9999-12-31 give the right as-of through the CLI too', async () => {
    const early = fakeIo({ 'e.json': postsAt(['0098-03-01T00:00:00Z', '0099-12-31T10:00:00Z']) });
    expect(await runCli(['report', 'e.json', '--format', 'json'], early.io)).toBe(0);
    expect(JSON.parse(early.out()).asOf).toBe('0100-01-01T00:00:00.000Z');
    expect(JSON.parse(early.out()).asOfReason).toContain('(0099-Q4)');
    const late = fakeIo({ 'l.json': postsAt(['9999-02-01T00:00:00Z', '9999-11-15T10:00:00Z']) });
    expect(await runCli(['report', 'l.json', '--format', 'json'], late.io)).toBe(0);
    expect(JSON.parse(late.out()).asOf).toBe('9999-10-01T00:00:00.000Z');
    const last = fakeIo({ 'l.json': postsAt(['9999-02-01T00:00:00Z', '9999-12-31T10:00:00Z']) });
    expect(await runCli(['report', 'l.json', '--format', 'json'], last.io)).toBe(0);
    expect(JSON.parse(last.out()).asOf).toBe('9999-12-31T23:59:59.999Z');
  });

  it('demo says its as-of is the sample community’s last complete quarter', async () => {
    const a = fakeIo();
    expect(await runCli(['demo', '--format', 'json'], a.io)).toBe(0);
    expect(JSON.parse(a.out()).asOfReason).toBe("the end of the sample community's last complete quarter");
  });
});
