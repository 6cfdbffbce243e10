import { readFileSync } from 'node:fs';
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

describe('community-kit import zulip on the .tar.gz', () => {
  const archive = new Uint8Array(readFileSync(join(fixture, '..', 'export-gnu.tar.gz')));

  it('streams the export .tar.gz (or .tgz) without untarring it, and gives the same activities as the folder', async () => {
    const folder = fakeIo(asFiles);
    expect(await runCli(['import', 'zulip', 'zulip-export-abc', '--out', 'z.json'], folder.io)).toBe(0);
    const fromFolder = SourceExtractSchema.parse(JSON.parse(folder.written['z.json'] as string));
    for (const name of ['zulip-export-zcmpxfm6.tar.gz', 'export.tgz']) {
      const f = fakeIo({ [name]: archive });
      expect(await runCli(['import', 'zulip', name, '--out', 'z.json'], f.io)).toBe(0);
      const extract = SourceExtractSchema.parse(JSON.parse(f.written['z.json'] as string));
      // The same records; the archive's paths keep its top folder.
      const paths = extract.activities.map((a) => a.provenance?.file);
      expect(paths.every((p) => p?.startsWith('zulip-export-zcmpxfm6/'))).toBe(true);
      const withoutTop = extract.activities.map((a) => ({
        ...a,
        provenance: { ...a.provenance, file: a.provenance?.file?.replace('zulip-export-zcmpxfm6/', '') },
      }));
      expect(withoutTop).toEqual(fromFolder.activities);
      expect(f.err()).toContain('zulip: read 3 files, 5 users, 2 streams, 7 messages');
    }
  });

  it('exits 1 naming the problem for a truncated archive, and 2 for an archive with other paths', async () => {
    const f = fakeIo({ 'z.tar.gz': archive.subarray(0, 600) });
    expect(await runCli(['import', 'zulip', 'z.tar.gz'], f.io)).toBe(1);
    expect(f.err()).toContain('importZulip: the .gz archive cannot be gunzipped (corrupt or truncated)');
    const g = fakeIo({ 'z.tar.gz': archive, 'more/realm.json': '{}' });
    expect(await runCli(['import', 'zulip', 'z.tar.gz', 'more'], g.io)).toBe(2);
    expect(g.err()).toContain('give one archive, or folders and files, not both');
  });

  it('import slack refuses a tar archive with a usage error (Slack exports are ZIPs)', async () => {
    const f = fakeIo({ 'slack.tar.gz': archive });
    expect(await runCli(['import', 'slack', 'slack.tar.gz'], f.io)).toBe(2);
    expect(f.err()).toContain('slack.tar.gz: untar it first and give the folder');
  });
});
