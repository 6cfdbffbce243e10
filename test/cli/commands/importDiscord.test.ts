import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { folderFiles } from '../../io/chat/exportFolder.js';
import { fakeIo } from '../fakeIo.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'discord');
const asFiles = Object.fromEntries(folderFiles(fixture).map((f) => [`dce/${f.path}`, f.bytes as Uint8Array]));

describe('community-kit import discord', () => {
  it('reads a folder of DiscordChatExporter files to an extract, with a summary', async () => {
    const f = fakeIo(asFiles);
    expect(await runCli(['import', 'discord', 'dce', '--out', 'd.json', '--direct-messages'], f.io)).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['d.json'] as string));
    expect(extract.activities.length).toBe(11);
    expect(f.err()).toContain('discord: read 3 files, 2 channels, 1 threads, 12 messages');
  });

  it('exits 1 for a file that is not an export', async () => {
    const f = fakeIo({ 'x.json': '{"a":1}' });
    expect(await runCli(['import', 'discord', 'x.json'], f.io)).toBe(1);
    expect(f.err()).toContain('importDiscord: x.json: not a DiscordChatExporter JSON export');
  });
});
