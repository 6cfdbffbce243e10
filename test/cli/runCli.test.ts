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

describe('community-kit CLI: usage errors and plain words (issue 16)', () => {
  it('--seed abc exits 2 with the reason', async () => {
    const a = fakeIo();
    expect(await runCli(['demo', '--seed', 'abc'], a.io)).toBe(2);
    expect(a.err()).toContain('--seed must be an integer, not "abc"');
  });

  it('--format json --figures bogus is a usage error (exit 2), checked before any work', async () => {
    const a = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--format', 'json', '--figures', 'bogus'], a.io)).toBe(2);
    expect(a.err()).toContain('--figures must be none, inline or files, not "bogus"');
    expect(a.out()).toBe('');
  });

  it('validate FILE --as-of garbage is a usage error (validate takes no --as-of)', async () => {
    const a = fakeIo({ 'c.json': valid });
    expect(await runCli(['validate', 'c.json', '--as-of', 'garbage'], a.io)).toBe(2);
    expect(a.err()).toContain('unknown option --as-of');
  });

  it('a typo like --formt names the flag and suggests the closest one, with the command usage', async () => {
    const a = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--formt', 'json'], a.io)).toBe(2);
    expect(a.err()).toContain('community-kit report: unknown option --formt (did you mean --format?)');
    expect(a.err()).toContain('Usage: community-kit report FILE');
  });

  it.each(['demo', 'report', 'validate', 'schema'])(
    '%s --help prints its own usage and exits 0',
    async (command) => {
      const a = fakeIo();
      expect(await runCli([command, '--help'], a.io)).toBe(0);
      expect(a.out()).toContain(`Usage: community-kit ${command}`);
    },
  );

  it('--out a directory is refused in plain words, without a raw EISDIR', async () => {
    const a = fakeIo({ 'c.json': valid });
    a.io.writeFile = async (path) => {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), {
        code: 'EISDIR',
      });
    };
    expect(await runCli(['report', 'c.json', '--out', 'out', '--format', 'json'], a.io)).toBe(2);
    expect(a.err()).toContain('cannot write out: it is a directory; give a file name');
    expect(a.err()).not.toContain('EISDIR');
    const b = fakeIo({ 'c.json': valid });
    expect(await runCli(['report', 'c.json', '--out', 'out/'], b.io)).toBe(2);
    expect(b.err()).toContain('--out must name a file');
  });

  it('an unwritable --out is refused in plain words', async () => {
    const a = fakeIo({ 'c.json': valid });
    a.io.writeFile = async () => {
      throw Object.assign(new Error("EACCES: permission denied, open '/root/r.json'"), { code: 'EACCES' });
    };
    expect(await runCli(['report', 'c.json', '--out', '/root/r.json', '--format', 'json'], a.io)).toBe(2);
    expect(a.err()).toContain('cannot write /root/r.json: permission denied');
  });

  it('the default as-of is the day after the last activity for years 0–99 too', async () => {
    const early = JSON.stringify({
      name: 'Early',
      members: [{ id: 'm-1' }],
      activities: [{ id: 'a-1', memberId: 'm-1', at: '0099-12-31T10:00:00Z', kind: 'post' }],
    });
    const a = fakeIo({ 'e.json': early });
    expect(await runCli(['report', 'e.json', '--format', 'json'], a.io)).toBe(0);
    expect(JSON.parse(a.out()).asOf).toBe('0100-01-01T00:00:00.000Z');
  });

  it('the default as-of for a last activity on 9999-12-31 stays a valid date', async () => {
    const late = JSON.stringify({
      name: 'Late',
      members: [{ id: 'm-1' }],
      activities: [{ id: 'a-1', memberId: 'm-1', at: '9999-12-31T10:00:00Z', kind: 'post' }],
    });
    const a = fakeIo({ 'l.json': late });
    expect(await runCli(['report', 'l.json', '--format', 'json'], a.io)).toBe(0);
    expect(JSON.parse(a.out()).asOf).toBe('9999-12-31T23:59:59.999Z');
  });

  it('validate --strict reports unknown keys with their paths (exit 1); without it they are ignored', async () => {
    const typo = JSON.stringify({
      name: 'Typo',
      members: [{ id: 'm-1', joinedat: '2024-01-01', willing: { mentr: true }, metadata: { anything: 1 } }],
      activites: [],
    });
    const a = fakeIo({ 't.json': typo });
    expect(await runCli(['validate', 't.json', '--strict'], a.io)).toBe(1);
    expect(a.err()).toContain('t.json: 3 unknown keys (--strict)');
    expect(a.err()).toContain('  activites: unknown key');
    expect(a.err()).toContain('  members[0].joinedat: unknown key');
    expect(a.err()).toContain('  members[0].willing.mentr: unknown key');
    expect(a.err()).not.toContain('anything');
    const b = fakeIo({ 't.json': typo });
    expect(await runCli(['validate', 't.json'], b.io)).toBe(0);
  });
});
