import { inputChunks } from './internal/byteChunks.js';
import { Utf8ChunkDecoder } from './internal/utf8Decoder.js';

/**
 * What importers read: a whole text, its bytes, or a stream of chunks (strings
 * or bytes) — an array, an iterable, an async iterable such as a Node read
 * stream or a web `ReadableStream`'s values. Bytes are decoded as UTF-8 (bytes
 * that are not UTF-8 become U+FFFD, and a leading byte-order mark is dropped);
 * gzip is recognised by its magic bytes and decompressed, so `.gz` files can
 * be passed as they are.
 */
export type TextInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | Iterable<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/**
 * The text of `input` as decoded string chunks, in order (see
 * {@link TextInput}). Memory is bounded by one chunk.
 *
 * @param input - text, bytes or a stream of either
 * @returns an async iterable of text chunks
 * @throws TypeError (wrapped by the calling importer) when a gzip stream is corrupt or truncated
 *
 * @example
 * ```ts
 * const chunks: string[] = [];
 * for await (const c of textChunks([new TextEncoder().encode('caf'), new Uint8Array([0xc3, 0xa9])])) chunks.push(c);
 * chunks.join(''); // → 'café'
 * ```
 */
export async function* textChunks(input: TextInput): AsyncGenerator<string> {
  const decoder = new Utf8ChunkDecoder();
  let start = true;
  for await (const chunk of inputChunks(input)) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk);
    if (start && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      start = false;
    }
    if (text.length > 0) yield text;
  }
  const tail = decoder.end();
  if (tail.length > 0) yield tail;
}

/**
 * The lines of `input`, in batches (one batch per chunk read), without their
 * line terminators (`\n` or `\r\n`). Batching keeps the per-line cost of
 * asynchronous iteration out of importers' inner loops; the caller numbers
 * lines by counting. A final line without a terminator is included; an input
 * ending in a terminator gives no empty last line.
 *
 * @param input - text, bytes or a stream of either (see {@link TextInput})
 * @returns an async iterable of non-empty batches of lines
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * for await (const batch of lineBatches(['a\r\nb', 'c\nd\n'])) lines.push(...batch);
 * lines; // → ['a', 'bc', 'd']
 * ```
 */
export async function* lineBatches(input: TextInput): AsyncGenerator<string[]> {
  let carry = '';
  for await (const chunk of textChunks(input)) {
    const text = carry === '' ? chunk : carry + chunk;
    const batch: string[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      batch.push(text.slice(from, end));
      from = nl + 1;
    }
    carry = text.slice(from);
    if (batch.length > 0) yield batch;
  }
  if (carry !== '') yield [carry.charCodeAt(carry.length - 1) === 13 ? carry.slice(0, -1) : carry];
}
