import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportTexts } from '../../../src/io/chat/internal/exportTexts.js';
import { InputFormatError } from '../../../src/model/errors.js';
import { chunked } from './exportFolder.js';

const all = async (input: Parameters<typeof exportTexts>[1], wanted = (_: string) => true) => {
  const out: [string, string | undefined][] = [];
  for await (const f of exportTexts('test', input, wanted)) out.push([f.path, f.text]);
  return out;
};
const enc = (s: string) => new TextEncoder().encode(s);

describe('exportTexts', () => {
  it('reads files given as text, bytes, byte streams and gzip, normalising paths', async () => {
    expect(
      await all([
        { path: './a.json', text: '1' },
        { path: 'dir\\b.json', bytes: enc('\uFEFF2') },
        { path: '/c.json', bytes: chunked(enc('café'), 3) },
        { path: 'd.json', bytes: new Uint8Array(gzipSync('4')) },
      ]),
    ).toEqual([
      ['a.json', '1'],
      ['dir/b.json', '2'],
      ['c.json', 'café'],
      ['d.json', '4'],
    ]);
  });

  it('reports unwanted files without reading them', async () => {
    expect(await all([{ path: 'a.png', bytes: new Uint8Array([1]) }], (p) => p.endsWith('.json'))).toEqual([
      ['a.png', undefined],
    ]);
  });

  it('reads stored and deflated ZIP entries, skipping folders, with a byte-order mark removed', async () => {
    const zip = zipSync({
      'x/': new Uint8Array(0),
      'x/stored.json': [enc('\uFEFFstored'), { level: 0 }],
      'x/deflated.json': [enc('deflated '.repeat(100)), { level: 9 }],
    });
    expect(await all(zip)).toEqual([
      ['x/stored.json', 'stored'],
      ['x/deflated.json', 'deflated '.repeat(100)],
    ]);
  });

  it('refuses a file entry with neither text nor bytes, and a value that is not a file', async () => {
    await expect(all([{ path: 'a.json' }])).rejects.toThrow(
      'test: a.json: the file has neither text nor bytes',
    );
    await expect(all([42 as never])).rejects.toThrow(
      'test: files[0]: expected { path, text } or { path, bytes }',
    );
  });

  it('refuses a ZIP whose deflated data is corrupt, naming the entry', async () => {
    const zip = zipSync({ 'a.json': [enc('hello hello hello hello'), { level: 9 }] });
    const bad = zip.slice();
    for (let i = 30 + 'a.json'.length; i < 30 + 'a.json'.length + 8; i++) bad[i] = 0xff;
    const error = await all(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFormatError);
    expect((error as InputFormatError).file).toBe('a.json');
  });

  it('reads nothing from an empty list', async () => {
    expect(await all([])).toEqual([]);
  });
});
