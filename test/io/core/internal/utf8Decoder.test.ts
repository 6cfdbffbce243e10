import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incompleteTail, Utf8ChunkDecoder } from '../../../../src/io/core/internal/utf8Decoder.js';

/** `bytes` cut at `cuts` (positions, any order), decoded chunk by chunk. */
function decodeInChunks(bytes: Uint8Array, cuts: number[]): string {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const d = new Utf8ChunkDecoder();
  let text = '';
  let from = 0;
  for (const c of [...at, bytes.length]) {
    text += d.decode(bytes.subarray(from, c));
    from = c;
  }
  return text + d.end();
}

const whole = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('Utf8ChunkDecoder', () => {
  it('decodes text cut inside two-, three- and four-byte characters as the whole text', () => {
    const bytes = new TextEncoder().encode('é€😀 ok');
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeInChunks(bytes, [cut])).toBe('é€😀 ok');
    expect(incompleteTail(bytes.subarray(0, 1))).toBe(1); // C3 of é
    expect(incompleteTail(bytes.subarray(0, 4))).toBe(2); // E2 82 of €
    expect(incompleteTail(bytes.subarray(0, 8))).toBe(3); // F0 9F 98 of 😀
    expect(incompleteTail(bytes.subarray(0, 9))).toBe(0);
  });

  it('keeps a byte-order mark (the callers strip the leading one) and ends a cut character with U+FFFD', () => {
    const d = new Utf8ChunkDecoder();
    expect(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82]))).toBe('\uFEFFA');
    expect(d.end()).toBe('\uFFFD');
  });

  it('gives the same text as one whole decode for any bytes, valid UTF-8 or not, in any chunking', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 30 }).map((s) => new TextEncoder().encode(s)),
        ),
        fc.array(fc.nat(), { maxLength: 8 }),
        (bytes, cuts) => {
          expect(decodeInChunks(bytes, cuts)).toBe(whole(bytes));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
