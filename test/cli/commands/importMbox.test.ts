import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { fakeIo } from '../fakeIo.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'mbox', name)));

describe('community-kit import mbox', () => {
  it('reads files (plain and .gz) as one archive, writes the extract to --out and a summary to stderr', async () => {
    const feb = new TextEncoder().encode(
      'From bob at example.org  Thu Feb  1 10:00:00 2024\nFrom: bob at example.org (Bob)\nDate: Thu, 1 Feb 2024 10:00:00 +0000\nSubject: Re: [dev] Cafe meetup\nMessage-ID: <b1@example.org>\nIn-Reply-To: <a1@example.org>\n\nStill on?\n',
    );
    const run = fakeIo({
      'archive/2024-January.txt.gz': new Uint8Array(gzipSync(fixture('2024-January.txt'))),
      'archive/2024-February.txt': feb,
      'archive/index.html': '<html></html>',
    });
    expect(
      await runCli(['import', 'mbox', 'archive', '--list', 'dev', '--out', 'out/dev.json'], run.io),
    ).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(run.written['out/dev.json'] as string));
    expect(extract.files).toEqual(['archive/2024-February.txt', 'archive/2024-January.txt.gz']);
    expect(extract.activities.map((a) => [a.id, a.replyTo ?? '-', a.channel])).toEqual([
      ['mbox:a1@example.org', '-', 'dev'],
      ['mbox:a2@example.org', 'mbox:a1@example.org', 'dev'],
      ['mbox:a3@example.org', 'mbox:a1@example.org', 'dev'],
      ['mbox:b1@example.org', 'mbox:a1@example.org', 'dev'],
    ]);
    expect(run.err()).toBe(
      [
        'mbox: read 4 messages from 2 files: 4 activities in 1 thread, 3 senders; skipped 0; 2 warnings; wrote out/dev.json.',
        '  warning: 4 From addresses were written "user at example.org" (Pipermail\'s obfuscation) and read as user@example.org',
        '  warning: 1 reply was threaded by subject (no usable References or In-Reply-To); set subjectFallback: false to leave them unthreaded',
        '',
      ].join('\n'),
    );
    expect(run.out()).toBe('');
  });

  it('shows progress on a terminal and clears it before the summary', async () => {
    const run = fakeIo({ 'jan.txt': fixture('2024-January.txt') });
    run.io.stderrIsTty = true;
    expect(await runCli(['import', 'mbox', 'jan.txt', '--out', 'x.json'], run.io)).toBe(0);
    expect(run.err()).toContain('\r\x1b[2Kimport mbox: 3 messages read (jan.txt)…');
    expect(run.err()).toContain('\r\x1b[2Kmbox: read 3 messages from 1 file');
  });

  it('--no-text and --no-subject-fallback; without --out the extract goes to stdout', async () => {
    const run = fakeIo({ 'jan.txt': fixture('2024-January.txt') });
    expect(await runCli(['import', 'mbox', 'jan.txt', '--no-text', '--no-subject-fallback'], run.io)).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(run.out()));
    expect(extract.activities.map((a) => a.text)).toEqual([undefined, undefined, undefined]);
    expect(extract.activities[2]?.replyTo).toBeUndefined();
  });

  it('a file that is not mail is exit 1 with the file and what it looks like; usage mistakes are exit 2', async () => {
    const bad = fakeIo({ 'export.json': '{"messages": []}' });
    expect(await runCli(['import', 'mbox', 'export.json'], bad.io)).toBe(1);
    expect(bad.err()).toBe('readMbox: export.json:1: not an mbox: it looks like JSON\n');
    const missing = fakeIo();
    expect(await runCli(['import', 'mbox', 'nope.mbox'], missing.io)).toBe(2);
    expect(missing.err()).toContain('cannot read nope.mbox');
    const none = fakeIo();
    expect(await runCli(['import', 'mbox'], none.io)).toBe(2);
    expect(none.err()).toContain('name at least one mbox file or directory');
    const help = fakeIo();
    expect(await runCli(['import', 'mbox', '--help'], help.io)).toBe(0);
    expect(help.out()).toContain('Usage: community-kit import mbox FILE|DIR…');
  });
});
