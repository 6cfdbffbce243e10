import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { fakeIo } from './fakeIo.js';

const valid = JSON.stringify({
  name: 'Tiny',
  members: [{ id: 'm-1' }, { id: 'm-2' }],
  activities: [
    { id: 'a-1', memberId: 'm-1', at: '2025-03-01T10:00:00Z', kind: 'post', thread: 't-1' },
    { id: 'a-2', memberId: 'm-2', at: '2025-03-01T12:00:00Z', kind: 'reply', thread: 't-1', replyTo: 'a-1' },
  ],
});

describe('community-kit CLI', () => {
  it('--help prints usage and exits 0; no command prints usage and exits 2', async () => {
    const a = fakeIo();
    expect(await runCli(['--help'], a.io)).toBe(0);
    expect(a.out()).toContain('community-kit validate FILE');
    const b = fakeIo();
    expect(await runCli([], b.io)).toBe(2);
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    const a = fakeIo();
    expect(await runCli(['frobnicate'], a.io)).toBe(2);
    expect(a.err()).toContain('unknown command "frobnicate"');
    const b = fakeIo();
    expect(await runCli(['demo', '--colour'], b.io)).toBe(2);
    const c = fakeIo();
    expect(await runCli(['validate'], c.io)).toBe(2);
    const d = fakeIo();
    expect(await runCli(['validate', 'missing.json'], d.io)).toBe(2);
    expect(d.err()).toContain('cannot read missing.json');
  });

  it('validate accepts a valid file (exit 0) and lists every problem of a broken one with its path (exit 1)', async () => {
    const ok = fakeIo({ 'c.json': valid });
    expect(await runCli(['validate', 'c.json'], ok.io)).toBe(0);
    expect(ok.out()).toContain('valid — 2 members, 2 activities');

    const broken = JSON.stringify({
      name: 'Broken',
      members: [{ id: 'm-1' }, { id: 'm-1' }],
      activities: [
        { id: 'a-1', memberId: 'm-99', at: '2025-03-01', kind: 'post' },
        { id: 'a-2', memberId: 'm-1', at: 'yesterday', kind: 'post' },
        { id: 'a-3', memberId: 'm-1', at: '2025-03-01', kind: 'reply', replyTo: 'a-404' },
      ],
      roleAssignments: [{ memberId: 'm-1', roleId: 'r', allocation: 1.5, from: '2025-01-01' }],
    });
    const bad = fakeIo({ 'b.json': broken });
    expect(await runCli(['validate', 'b.json'], bad.io)).toBe(1);
    const err = bad.err();
    expect(err).toContain('b.json: 5 problems');
    expect(err).toContain('members[1].id: duplicate id "m-1"');
    expect(err).toContain('activities[0].memberId: no member "m-99"');
    expect(err).toContain('activities[1].at: not a date');
    expect(err).toContain('activities[2].replyTo: no activity "a-404"');
    expect(err).toContain('roleAssignments[0].allocation');
  });

  it('validate reports text that is not JSON (exit 1)', async () => {
    const a = fakeIo({ 'x.json': '{"name": ' });
    expect(await runCli(['validate', 'x.json'], a.io)).toBe(1);
    expect(a.err()).toContain('not valid JSON');
  });

  it('schema prints the JSON Schema', async () => {
    const a = fakeIo();
    expect(await runCli(['schema'], a.io)).toBe(0);
    expect(JSON.parse(a.out()).title).toBe('community-kit community');
  });

  it('report renders Markdown for a user file, with --as-of defaulting to the day after the last activity', async () => {
    const a = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json'], a.io)).toBe(0);
    expect(a.out()).toContain('# Tiny: community report');
    expect(a.out()).toContain('Reporting window ends 2025-03-02');
    const b = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--as-of', '2025-06-01', '--format', 'json'], b.io)).toBe(0);
    expect(JSON.parse(b.out()).asOf).toBe('2025-06-01T00:00:00.000Z');
    const c = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--as-of', 'soon'], c.io)).toBe(2);
    const d = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--format', 'pdf'], d.io)).toBe(2);
  });

  it('report --out writes the Markdown and its SVG figures beside it', async () => {
    const a = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--out', 'out/report.md'], a.io)).toBe(0);
    expect(a.written['out/report.md']).toContain('![Monthly active members');
    const svgs = Object.keys(a.written).filter((p) => p.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    expect(svgs[0]).toMatch(/^out\/report-figures\//);
  });

  it('demo reports on the sample community, the same output every run', async () => {
    const a = fakeIo();
    expect(await runCli(['demo'], a.io)).toBe(0);
    expect(a.out()).toContain('# Open Research Commons: community report');
    const b = fakeIo();
    await runCli(['demo'], b.io);
    expect(b.out()).toBe(a.out());
  });
});
