import type { TextInput } from '../../core/textInput.js';

/*
 * Why mail is read as bytes: an mbox is not one text. Each message carries its
 * own charset (ISO-8859-1 bodies next to UTF-8 ones, 8-bit headers with no
 * declaration at all), and only the MIME parser, reading one message's
 * headers, knows how to decode it. Decoding the whole file as UTF-8 first
 * (what `textChunks` does, rightly, for JSON and CSV) would turn every
 * ISO-8859 byte into U+FFFD before postal-mime could see it. So the mbox
 * adapter reads a TextInput as bytes here — the same inputs `textChunks`
 * takes, gzip recognised by the same magic bytes and inflated by the same
 * platform DecompressionStream — and never decodes: string chunks (text
 * already decoded by the caller) are encoded back to UTF-8, which is what they
 * are. This is the one place in the mbox adapter that reads input.
 */

/** Thrown by {@link byteChunks} when gzip data cannot be inflated (corrupt or truncated); `cause` is the platform's error. */
export class CorruptGzipError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CorruptGzipError';
  }
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<string | Uint8Array> =>
  typeof v === 'object' && v !== null && Symbol.asyncIterator in v;

async function* rawChunks(input: TextInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === 'string') yield input;
  else if (input instanceof Uint8Array) yield input;
  else if (input instanceof ArrayBuffer) yield new Uint8Array(input);
  else if (isAsyncIterable(input)) yield* input;
  else if (typeof input === 'object' && input !== null && Symbol.iterator in input)
    yield* input as Iterable<string | Uint8Array>;
  else throw new BadChunkError(input);
}

const encoder = new TextEncoder();
/**
 * A chunk as a plain Uint8Array: strings encoded, and a Node Buffer viewed as
 * a Uint8Array (no copy), so that the many small views the splitter and the
 * header reader take are cheap typed-array views, not Buffers.
 */
const asBytes = (c: string | Uint8Array): Uint8Array => {
  if (typeof c === 'string') return encoder.encode(c);
  if (c instanceof Uint8Array)
    return c.constructor === Uint8Array ? c : new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
  if ((c as unknown) instanceof ArrayBuffer) return new Uint8Array(c as unknown as ArrayBuffer);
  throw new BadChunkError(c);
};

/** Thrown by {@link byteChunks} for input that is not text, bytes or a stream of them (the caller says where). */
export class BadChunkError extends Error {
  constructor(value: unknown) {
    super(`expected text, bytes or a stream of them, got ${value === null ? 'null' : typeof value}`);
    this.name = 'BadChunkError';
  }
}

/** The decompressed chunks of a gzip stream whose first chunk is `first`. */
async function* gunzip(
  first: Uint8Array,
  rest: AsyncIterator<string | Uint8Array>,
): AsyncGenerator<Uint8Array> {
  let sentFirst = false;
  const source = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentFirst) {
        sentFirst = true;
        controller.enqueue(first);
        return;
      }
      const next = await rest.next();
      if (next.done) controller.close();
      else controller.enqueue(asBytes(next.value));
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/**
 * The bytes of `input` as chunks, in order, gzip inflated when the first two
 * bytes are gzip's magic number (1f 8b). Strings are encoded as UTF-8; bytes
 * are passed on undecoded. Memory is bounded by one chunk.
 *
 * @param input - text, bytes or a stream of either (see TextInput)
 * @returns an async iterable of non-empty byte chunks
 * @throws {@link CorruptGzipError} when a gzip stream is corrupt or truncated (the caller says where)
 */
export async function* byteChunks(input: TextInput): AsyncGenerator<Uint8Array> {
  const it = rawChunks(input)[Symbol.asyncIterator]();
  let head = await it.next();
  while (!head.done && asBytes(head.value).length === 0) head = await it.next();
  if (head.done) return;
  const first = asBytes(head.value);
  // A gzip header needs two bytes; a first chunk of one byte is joined to the next.
  let start = first;
  if (start.length === 1) {
    const next = await it.next();
    if (!next.done) start = concatBytes([start, asBytes(next.value)]);
  }
  if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) {
    try {
      for await (const c of gunzip(start, it)) if (c.length > 0) yield c;
    } catch (error) {
      throw new CorruptGzipError(error);
    }
    return;
  }
  yield asBytes(start);
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    const bytes = asBytes(next.value);
    if (bytes.length > 0) yield bytes;
  }
}

/**
 * The bytes of `parts` joined into one array.
 *
 * @param parts - byte arrays
 * @returns a new array holding them in order
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
