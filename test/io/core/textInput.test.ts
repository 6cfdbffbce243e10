import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBatches, type TextInput, textChunks } from '../../../src/io/core/textInput.js';

const enc = new TextEncoder();
const collect = async (input: TextInput): Promise<string> => {
  let s = '';
  for await (const c of textChunks(input)) s += c;
  return s;
};
const lines = async (input: TextInput): Promise<string[]> => {
  const out: string[] = [];
  for await (const b of lineBatches(input)) {
    expect(b.length).toBeGreaterThan(0);
    out.push(...b);
  }
  return out;
};
/** `bytes` cut at the given offsets. */
const cut = (bytes: Uint8Array, at: number[]): Uint8Array[] => {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
};

describe('textChunks', () => {
  it('decodes a multi-byte character split between chunks', async () => {
    const bytes = enc.encode('café ✓ 𝄞');
    for (let i = 0; i <= bytes.length; i++)
      expect(await collect([bytes.subarray(0, i), bytes.subarray(i)])).toBe('café ✓ 𝄞');
  });

  it('drops a leading byte-order mark, even when it is split, and only at the start', async () => {
    const bytes = enc.encode('\ufeffa\ufeffb');
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1)])).toBe('a\ufeffb');
  });

  it('turns bytes that are not UTF-8 into U+FFFD', async () => {
    expect(await collect(Uint8Array.of(0x61, 0xff, 0x62))).toBe('a\ufffdb');
  });

  it('reads strings, bytes, ArrayBuffers, iterables and async iterables alike', async () => {
    const inputs: TextInput[] = [
      'x\ny',
      enc.encode('x\ny'),
      enc.encode('x\ny').buffer as ArrayBuffer,
      ['x\n', 'y'],
      (async function* () {
        yield enc.encode('x\n');
        yield 'y';
      })(),
    ];
    for (const input of inputs) expect(await collect(input)).toBe('x\ny');
  });

  it('gives nothing for empty input', async () => {
    expect(await collect('')).toBe('');
    expect(await collect([])).toBe('');
    expect(await collect(new Uint8Array(0))).toBe('');
    expect(await lines('')).toEqual([]);
    expect(await lines([new Uint8Array(0), ''])).toEqual([]);
  });

  it('decompresses gzip cut anywhere, including inside the magic bytes', async () => {
    const text = 'line one\r\nlíne two ✓\n'.repeat(50);
    const gz = gzipSync(Buffer.from(text));
    for (const at of [[1], [2], [10, 11, 12], [gz.length - 1]])
      expect(await collect(cut(new Uint8Array(gz), at))).toBe(text);
  });

  it('fails on a truncated gzip stream rather than giving part of it silently', async () => {
    const gz = new Uint8Array(gzipSync(Buffer.from('hello world '.repeat(100))));
    await expect(collect(gz.subarray(0, gz.length - 10))).rejects.toThrow();
  });
});

describe('lineBatches', () => {
  it('splits on LF and CRLF, including a CRLF cut between chunks, with no empty last line', async () => {
    expect(await lines(['a\r', '\nb\n', 'c'])).toEqual(['a', 'b', 'c']);
    expect(await lines('a\n\nb\r\n')).toEqual(['a', '', 'b']);
    expect(await lines('only')).toEqual(['only']);
    expect(await lines('\n')).toEqual(['']);
  });

  it('gives the same lines for any chunking of the bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'é', '✓', '𝄞', '\n', '\r\n', ' '), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (parts, at) => {
          const text = parts.join('');
          const bytes = enc.encode(text);
          const expected = text === '' ? [] : text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
          expect(await lines(cut(bytes, at))).toEqual(expected);
        },
      ),
    );
  });
});

describe('textChunks with mixed chunks', () => {
  it('keeps a text chunk that follows a single leading byte', async () => {
    expect(await collect([Uint8Array.of(0x61), 'bc', Uint8Array.of(0x64)])).toBe('abcd');
  });
});
