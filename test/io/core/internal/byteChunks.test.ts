import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BadChunkError, byteChunks, CorruptGzipError } from '../../../../src/io/core/internal/byteChunks.js';

const text = async (chunks: AsyncIterable<Uint8Array>): Promise<string> => {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return new TextDecoder().decode(Buffer.concat(parts));
};

describe('byteChunks', () => {
  const gz = gzipSync(new TextEncoder().encode('From a@b Mon Jan  1 00:00:00 2024\n'));

  it('inflates gzip whose magic bytes are cut apart by empty and one-byte chunks', async () => {
    const chunks = [
      new Uint8Array(0),
      gz.subarray(0, 1),
      new Uint8Array(0),
      gz.subarray(1, 2),
      gz.subarray(2),
    ];
    expect(await text(byteChunks(chunks))).toBe('From a@b Mon Jan  1 00:00:00 2024\n');
  });

  it('encodes text chunks and passes bytes through undecoded', async () => {
    const out: number[] = [];
    for await (const c of byteChunks(['é', Uint8Array.of(0xe9)])) out.push(...c);
    expect(out).toEqual([0xc3, 0xa9, 0xe9]);
  });

  it('says a truncated gzip stream is corrupt, and a number is not a chunk', async () => {
    await expect(text(byteChunks(gz.subarray(0, gz.length - 6)))).rejects.toBeInstanceOf(CorruptGzipError);
    await expect(text(byteChunks([42 as unknown as Uint8Array]))).rejects.toBeInstanceOf(BadChunkError);
  });
});
