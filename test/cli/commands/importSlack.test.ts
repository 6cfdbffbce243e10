import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { folderFiles, zipFiles } from '../../io/chat/exportFolder.js';
import { fakeIo } from '../fakeIo.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'slack', 'export');
const asFiles = (prefix: string) =>
  Object.fromEntries(folderFiles(fixture).map((f) => [`${prefix}/${f.path}`, f.bytes as Uint8Array]));

describe('community-kit import slack', () => {
  it('reads an unzipped export folder and writes the extract to --out, with a summary on stderr', async () => {
    const f = fakeIo(asFiles('exports/slack'));
    expect(await runCli(['import', 'slack', 'exports/slack', '--out', 'slack.json'], f.io)).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['slack.json'] as string));
    expect(extract.activities.length).toBe(13);
    expect(extract.activities[0]?.provenance?.file).toBe('core-team/2024-01-04.json');
    expect(f.err()).toContain('wrote slack.json');
    expect(f.err()).toContain('slack: read 9 files, 5 users, 4 channels, 15 messages');
    expect(f.err()).toContain('Skipped 5: 1 Slack metadata file not read; 2 direct message');
  });

  it('reads the export ZIP and gives the same extract as the folder', async () => {
    const folder = fakeIo(asFiles('x'));
    await runCli(['import', 'slack', 'x', '--out', 'a.json'], folder.io);
    const zipped = fakeIo({ 'export.zip': zipFiles(folderFiles(fixture)) });
    expect(await runCli(['import', 'slack', 'export.zip', '--out', 'b.json'], zipped.io)).toBe(0);
    expect(zipped.written['b.json']).toBe(folder.written['a.json']);
  });

  it('--direct-messages and --text reach the importer', async () => {
    const f = fakeIo(asFiles('x'));
    await runCli(['import', 'slack', 'x', '--direct-messages', '--text', '--out', 'a.json'], f.io);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['a.json'] as string));
    expect(extract.activities.length).toBe(15);
    expect(extract.activities[0]?.text).toBe('Private note');
  });

  it('exits 1 naming the problem for a ZIP that is not a Slack export', async () => {
    const f = fakeIo({ 'other.zip': zipFiles([{ path: 'notes.txt', text: 'hello' }]) });
    expect(await runCli(['import', 'slack', 'other.zip', '--out', 'a.json'], f.io)).toBe(1);
    expect(f.err()).toContain('importSlack: not a Slack export: expected users.json, channels.json');
    expect(f.err()).toContain('found notes.txt');
  });

  it('exits 2 for a missing path or no path', async () => {
    const f = fakeIo({});
    expect(await runCli(['import', 'slack', 'missing.zip'], f.io)).toBe(2);
    expect(f.err()).toContain('cannot read missing.zip');
    expect(await runCli(['import', 'slack'], fakeIo({}).io)).toBe(2);
  });
});
