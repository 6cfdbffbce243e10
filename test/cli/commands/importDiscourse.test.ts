import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { folderFiles } from '../../io/chat/exportFolder.js';
import { fakeIo } from '../fakeIo.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'discourse');
const asFiles = Object.fromEntries(
  folderFiles(fixture).map((f) => [`forum/${f.path}`, f.bytes as Uint8Array]),
);

describe('community-kit import discourse', () => {
  it('reads a folder of topics and the user list, or the files one by one, to the same extract', async () => {
    const a = fakeIo(asFiles);
    expect(await runCli(['import', 'discourse', 'forum', '--out', 'a.json'], a.io)).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(a.written['a.json'] as string));
    expect(extract.read.topics).toBe(2);
    expect(a.err()).toContain('discourse: read 3 files, 2 topics, 8 posts, 4 users');
    const b = fakeIo(asFiles);
    expect(await runCli(['import', 'discourse', 'forum/users.csv', 'forum/t', '--out', 'b.json'], b.io)).toBe(
      0,
    );
    const other = SourceExtractSchema.parse(JSON.parse(b.written['b.json'] as string));
    expect(other.activities.map((x) => x.id)).toEqual(extract.activities.map((x) => x.id));
  });

  it('exits 1 naming the file for a JSON file that is not a topic', async () => {
    const f = fakeIo({ 'x.json': '[]' });
    expect(await runCli(['import', 'discourse', 'x.json'], f.io)).toBe(1);
    expect(f.err()).toContain('importDiscourse: x.json: expected a Discourse topic');
  });
});
