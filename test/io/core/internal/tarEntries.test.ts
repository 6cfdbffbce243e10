import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TarFormatError, tarEntries } from '../../../../src/io/core/internal/tarEntries.js';

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'zulip');
const tarOf = (name: string) => new Uint8Array(gunzipSync(readFileSync(join(fixtures, name))));
const TOP = 'zulip-export-zcmpxfm6/';
const LONG = `${TOP}uploads/${'a-very-long-folder-name-that-zulip-writes-for-uploads/'.repeat(2)}screenshot.png`;

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function entries(bytes: Uint8Array, size = bytes.length, wanted = (p: string) => p.endsWith('.json')) {
  const out: [string, string | undefined][] = [];
  for await (const e of tarEntries(chunksOf(bytes, Math.max(1, size)), wanted, 1 << 20))
    out.push([e.path, e.bytes === undefined ? undefined : new TextDecoder().decode(e.bytes)]);
  return out;
}

describe('tarEntries', () => {
  it('lists the regular files of a GNU tar (directories left out, the long name from its L record) with the wanted bytes', async () => {
    const list = await entries(tarOf('export-gnu.tar.gz'));
    expect(list.map(([p, t]) => [p, t === undefined ? undefined : t.length])).toEqual([
      [`${TOP}attachment.json`, 28],
      [`${TOP}avatars/10.png`, undefined],
      [`${TOP}messages-000001.json`, 1285],
      [`${TOP}messages-000002.json`, 840],
      [`${TOP}realm.json`, 3352],
      [LONG, undefined],
    ]);
    expect(list[4]?.[1]).toBe(readFileSync(join(fixtures, 'export', 'realm.json'), 'utf8'));
  });

  it('reads the pax path record of a pax tar (Python tarfile) and the same bytes', async () => {
    const gnu = await entries(tarOf('export-gnu.tar.gz'), undefined, () => true);
    const pax = await entries(tarOf('export-pax.tar.gz'), undefined, () => true);
    expect(pax.map(([p]) => p).sort()).toEqual(gnu.map(([p]) => p).sort());
    expect(new Map(pax)).toEqual(new Map(gnu));
  });

  it('gives the same entries whatever the chunk sizes of the stream', async () => {
    const tar = tarOf('export-gnu.tar.gz');
    const whole = await entries(tar);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1500 }), async (size) => {
        expect(await entries(tar, size)).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });

  it('throws TarFormatError for bytes that are not tar, and for an archive cut in a header or in a file', async () => {
    const tar = tarOf('export-gnu.tar.gz');
    const fail = async (bytes: Uint8Array) => {
      const e = await entries(bytes).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(e).toBeInstanceOf(TarFormatError);
      return (e as Error).message;
    };
    expect(await fail(new TextEncoder().encode('x'.repeat(600)))).toBe(
      'not a tar archive (its first 512 bytes are not a tar header)',
    );
    expect(await fail(new Uint8Array(100).fill(65))).toBe(
      'not a tar archive (shorter than one 512-byte header)',
    );
    expect(await fail(tar.subarray(0, 512 * 2 + 10))).toMatch(
      /^the tar archive ends inside .*attachment\.json \(truncated\)$/,
    );
    expect(await fail(tar.subarray(0, 512 + 100))).toBe(
      'the tar archive ends inside a header (entry 2; truncated)',
    );
    // Empty input and an archive of zero blocks are empty archives.
    expect(await entries(new Uint8Array(0))).toEqual([]);
    expect(await entries(new Uint8Array(1024))).toEqual([]);
  });
});

describe('tarEntries on a pax record with a non-ASCII path', () => {
  it('reads the path by its length in bytes', async () => {
    /** A 512-byte ustar header for `name` of `size` bytes and `type`, with its checksum. */
    const header = (name: string, size: number, type: string): Uint8Array => {
      const h = new Uint8Array(512);
      const put = (at: number, s: string) => h.set(new TextEncoder().encode(s), at);
      put(0, name);
      put(100, '0000644\0');
      put(124, `${size.toString(8).padStart(11, '0')}\0`);
      put(156, type);
      put(257, 'ustar\u000000');
      h.fill(0x20, 148, 156);
      const sum = h.reduce((a, b) => a + b, 0);
      put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
      return h;
    };
    const padded = (bytes: Uint8Array) => {
      const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
      out.set(bytes);
      return out;
    };
    const path = 'export/café—notes.json';
    const value = new TextEncoder().encode(`path=${path}\n`);
    let len = value.length + 3;
    len += String(len).length - 2; // the length counts its own digits
    const record = new TextEncoder().encode(`${len} path=${path}\n`);
    expect(record.length).toBe(len);
    const body = new TextEncoder().encode('{}');
    const tar = new Uint8Array([
      ...header('PaxHeaders/x', record.length, 'x'),
      ...padded(record),
      ...header('export/caf_notes.json', body.length, '0'),
      ...padded(body),
      ...new Uint8Array(1024),
    ]);
    expect(await entries(tar, 100)).toEqual([[path, '{}']]);
  });
});
