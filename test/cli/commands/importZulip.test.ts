import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { folderFiles } from '../../io/chat/exportFolder.js';
import { fakeIo } from '../fakeIo.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'zulip', 'export');
const asFiles = Object.fromEntries(
  folderFiles(fixture).map((f) => [`zulip-export-abc/${f.path}`, f.bytes as Uint8Array]),
);

describe('community-kit import zulip', () => {
  it('reads an untarred export folder to an extract, with a summary', async () => {
    const f = fakeIo(asFiles);
    expect(await runCli(['import', 'zulip', 'zulip-export-abc', '--out', 'z.json'], f.io)).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['z.json'] as string));
    expect(extract.activities.length).toBe(11);
    expect(f.err()).toContain('zulip: read 3 files, 5 users, 2 streams, 7 messages');
  });

  it('exits 1 for a folder that is not a Zulip export', async () => {
    const f = fakeIo({ 'x/notes.txt': 'hi' });
    expect(await runCli(['import', 'zulip', 'x'], f.io)).toBe(1);
    expect(f.err()).toContain('importZulip: not a Zulip export');
  });
});
