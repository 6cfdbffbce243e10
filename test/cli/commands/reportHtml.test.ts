import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { fakeIo } from '../fakeIo.js';

const hostile = JSON.stringify({
  name: '<script>alert(1)</script>',
  members: [
    { id: 'm-1', name: '[x](javascript:alert(1))' },
    { id: 'm-2', name: '<img src=x onerror=alert(2)>' },
  ],
  activities: [
    { id: 'a-1', memberId: 'm-1', at: '2025-03-01T10:00:00Z', kind: 'post', thread: 't-1' },
    { id: 'a-2', memberId: 'm-2', at: '2025-03-01T12:00:00Z', kind: 'reply', thread: 't-1', replyTo: 'a-1' },
  ],
});

describe('community-kit report --format html', () => {
  it('writes one self-contained page to --out, with the data escaped', async () => {
    const a = fakeIo({ 'c.json': hostile });
    expect(await runCli(['report', 'c.json', '--format', 'html', '--out', 'out/report.html'], a.io)).toBe(0);
    expect(Object.keys(a.written)).toEqual(['out/report.html']);
    const page = a.written['out/report.html']!;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;: community report</h1>');
    expect(page).not.toMatch(/<script|<img|href="javascript/i);
    expect(page).toContain('<svg role="img"');
    expect(a.err()).toContain('wrote out/report.html');
  });

  it('prints the page to stdout without --out, and leaves charts out with --figures none', async () => {
    const a = fakeIo({ 'c.json': hostile });
    expect(await runCli(['report', 'c.json', '--format', 'html'], a.io)).toBe(0);
    expect(a.out()).toMatch(/^<!doctype html>[\s\S]*<svg role="img"[\s\S]*<\/html>\n$/);
    const b = fakeIo({ 'c.json': hostile });
    expect(await runCli(['report', 'c.json', '--format', 'html', '--figures', 'none'], b.io)).toBe(0);
    expect(b.out()).not.toContain('<svg');
  });

  it('refuses --figures files with html (exit 2, usage)', async () => {
    const a = fakeIo({ 'c.json': hostile });
    expect(await runCli(['report', 'c.json', '--format', 'html', '--figures', 'files'], a.io)).toBe(2);
    expect(a.err()).toContain('--figures files applies to --format md only');
  });

  it('demo --format html is the same page every run', async () => {
    const a = fakeIo();
    expect(await runCli(['demo', '--format', 'html', '--out', 'demo.html'], a.io)).toBe(0);
    const b = fakeIo();
    expect(await runCli(['demo', '--format', 'html', '--out', 'demo.html'], b.io)).toBe(0);
    const page = a.written['demo.html']!;
    expect(page).toBe(b.written['demo.html']);
    expect(page).toContain('<h1>Open Research Commons: community report</h1>');
    expect(page.match(/<section id=/g)).toHaveLength(8);
  });
});
