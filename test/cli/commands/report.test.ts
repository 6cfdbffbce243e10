import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { fakeIo } from '../fakeIo.js';

const tiny = JSON.stringify({
  name: 'Tiny',
  members: [{ id: 'm-1' }, { id: 'm-2' }],
  activities: [
    { id: 'a-1', memberId: 'm-1', at: '2025-03-01T10:00:00Z', kind: 'post', thread: 't-1' },
    { id: 'a-2', memberId: 'm-2', at: '2025-03-01T12:00:00Z', kind: 'reply', thread: 't-1', replyTo: 'a-1' },
  ],
});

describe('community-kit report: --sections and per-section progress', () => {
  it('--sections summary,health computes only those, in that order', async () => {
    const a = fakeIo({ 'c.json': tiny });
    expect(
      await runCli(['report', 'c.json', '--format', 'json', '--sections', 'health, summary'], a.io),
    ).toBe(0);
    const report = JSON.parse(a.out());
    expect(report.sections.map((s: { id: string }) => s.id)).toEqual(['health', 'summary']);
    expect(report.title).toBe('Tiny: community report');
  });

  it('the report by sections equals the report of every section at once', async () => {
    const all = fakeIo({ 'c.json': tiny });
    expect(await runCli(['report', 'c.json', '--format', 'json'], all.io)).toBe(0);
    const listed = fakeIo({ 'c.json': tiny });
    const ids = 'summary,basis,health,roles,skills,stakeholders,matching';
    expect(await runCli(['report', 'c.json', '--format', 'json', '--sections', ids], listed.io)).toBe(0);
    expect(listed.out()).toBe(all.out());
    expect(JSON.parse(all.out()).sections).toHaveLength(7);
  });

  it('an unknown, empty or repeated section is a usage error (exit 2) that names it', async () => {
    const a = fakeIo({ 'c.json': tiny });
    expect(await runCli(['report', 'c.json', '--sections', 'summary,helth'], a.io)).toBe(2);
    expect(a.err()).toContain('unknown section "helth"');
    expect(a.err()).toContain('summary, basis, health, roles, skills, stakeholders, matching');
    expect(a.out()).toBe('');
    const b = fakeIo({ 'c.json': tiny });
    expect(await runCli(['report', 'c.json', '--sections', ','], b.io)).toBe(2);
    expect(b.err()).toContain('--sections needs at least one');
    const c = fakeIo({ 'c.json': tiny });
    expect(await runCli(['report', 'c.json', '--sections', 'health,health'], c.io)).toBe(2);
    expect(c.err()).toContain('"health" twice');
  });

  it('on a TTY, stderr shows each section as it is computed; off a TTY, nothing', async () => {
    const tty = fakeIo({ 'c.json': tiny });
    tty.io.stderrIsTty = true;
    expect(await runCli(['report', 'c.json', '--sections', 'summary,stakeholders'], tty.io)).toBe(0);
    expect(tty.err()).toContain('Computing 1/2: summary…');
    expect(tty.err()).toContain('Computing 2/2: stakeholders…');
    expect(tty.err().indexOf('1/2: summary')).toBeLessThan(tty.err().indexOf('2/2: stakeholders'));
    const plain = fakeIo({ 'c.json': tiny });
    expect(await runCli(['report', 'c.json', '--sections', 'summary'], plain.io)).toBe(0);
    expect(plain.err()).not.toContain('Computing');
  });
});
