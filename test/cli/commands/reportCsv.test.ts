import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { fakeIo } from '../fakeIo.js';

const hostile = JSON.stringify({
  name: '<script>alert(1)</script>',
  members: [
    { id: 'm-1', name: '=HYPERLINK("https://evil.example","x")' },
    { id: 'm-2', name: '@SUM(1+1)' },
  ],
  activities: [
    { id: 'a-1', memberId: 'm-1', at: '2025-03-01T10:00:00Z', kind: 'post', thread: 't-1' },
    { id: 'a-2', memberId: 'm-2', at: '2025-03-01T12:00:00Z', kind: 'reply', thread: 't-1', replyTo: 'a-1' },
  ],
  roleAssignments: [{ memberId: 'm-1', roleId: 'community-manager', allocation: 0.5, from: '2025-01-01' }],
});

describe('community-kit report|demo --format csv', () => {
  it('demo writes every table into the folder, each reading back with csv-parse', async () => {
    const a = fakeIo();
    expect(await runCli(['demo', '--format', 'csv', '--out', 'tables/'], a.io)).toBe(0);
    const paths = Object.keys(a.written);
    expect(paths).toContain('tables/health-active-members.csv');
    expect(paths).toContain('tables/roles-table-1.csv');
    for (const p of paths) expect(p).toMatch(/^tables\/[a-z0-9-]+\.csv$/);
    const active = parse(a.written['tables/health-active-members.csv']!) as string[][];
    expect(active[0]).toEqual(['Month', 'Active members']);
    expect(active.slice(1).every((r) => /^\d{4}-\d{2}$/.test(r[0]!) && /^\d+$/.test(r[1]!))).toBe(true);
    expect(a.err()).toBe(`wrote ${paths.length} table(s) as CSV in tables/\n`);
    expect(a.out()).toBe('');
  });

  it('report on a hostile community: file names stay safe and formulas are inert', async () => {
    const a = fakeIo({ 'c.json': hostile });
    expect(await runCli(['report', 'c.json', '--format', 'csv', '--out', 'out'], a.io)).toBe(0);
    const all = Object.entries(a.written);
    expect(all.length).toBeGreaterThan(0);
    for (const [p] of all) expect(p).toMatch(/^out\/[a-z0-9-]+\.csv$/);
    const cells = all.flatMap(([, csv]) => (parse(csv, { relax_column_count: true }) as string[][]).flat());
    // Only plain numbers such as "+2" may start like a formula.
    for (const c of cells.filter((c) => /^[=+\-@\t\r]/.test(c))) expect(c).toMatch(/^[-+]\d+(\.\d+)?%?$/);
    expect(cells).toContain('\'=HYPERLINK("https://evil.example","x") (m-1) at 50%');
  });

  it('needs --out DIR and refuses --figures (exit 2, usage)', async () => {
    const a = fakeIo();
    expect(await runCli(['demo', '--format', 'csv'], a.io)).toBe(2);
    expect(a.err()).toContain('--format csv writes one file per table: name their folder with --out DIR');
    const b = fakeIo();
    expect(await runCli(['demo', '--format', 'csv', '--out', 'x', '--figures', 'inline'], b.io)).toBe(2);
    expect(b.err()).toContain('--figures applies to --format md only');
    expect(b.written).toEqual({});
  });
});
