/*
 * The one reader of a TextInput's chunks. `textChunks` decodes what it yields
 * as UTF-8 (JSON, CSV, git logs); the mbox adapter takes the bytes undecoded,
 * because each message carries its own charset and only the MIME parser,
 * reading that message's headers, knows how to decode it. Both see the same
 * inputs, with gzip recognised by its magic bytes (even when a stream cuts
 * them apart or starts with empty chunks) and inflated by the platform's
 * DecompressionStream (Node ≥ 18, browsers, Deno, Bun).
 */

/**
 * What the reader takes: a TextInput (text, bytes, or an iterable or async
 * iterable of them), typed here loosely so that this file does not import
 * textInput.ts, which is built on it.
 */
type ChunkSource = string | Uint8Array | ArrayBuffer | Iterable<unknown> | AsyncIterable<unknown>;

/** Thrown when gzip data cannot be inflated (corrupt or truncated); the message is the platform's, `cause` its error. */
export class CorruptGzipError extends TypeError {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CorruptGzipError';
  }
}

/** Thrown for input that is not text, bytes or a stream of them (the caller says where). */
export class BadChunkError extends TypeError {
  constructor(value: unknown) {
    super(`expected text, bytes or a stream of them, got ${value === null ? 'null' : typeof value}`);
    this.name = 'BadChunkError';
  }
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
const isIterable = (v: unknown): v is Iterable<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function';

async function* rawChunks(input: ChunkSource): AsyncGenerator<unknown> {
  if (typeof input === 'string' || input instanceof Uint8Array) yield input;
  else if (input instanceof ArrayBuffer) yield new Uint8Array(input);
  else if (isAsyncIterable(input)) yield* input;
  else if (isIterable(input)) yield* input;
  else throw new BadChunkError(input);
}

/**
 * A byte chunk as a plain Uint8Array: a Node Buffer or other typed-array view
 * seen as a Uint8Array over the same memory (no copy), so that the many small
 * views readers take are cheap typed-array views, not Buffers.
 */
const asBytes = (c: unknown): Uint8Array => {
  if (c instanceof Uint8Array && c.constructor === Uint8Array) return c;
  if (ArrayBuffer.isView(c)) return new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
  if (c instanceof ArrayBuffer) return new Uint8Array(c);
  throw new BadChunkError(c);
};

/** A chunk as text or plain bytes. */
const asChunk = (c: unknown): string | Uint8Array => (typeof c === 'string' ? c : asBytes(c));

/** The decompressed chunks of a gzip stream whose first bytes are `first`. */
async function* gunzip(first: Uint8Array, rest: AsyncIterator<unknown>): AsyncGenerator<Uint8Array> {
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
      else if (typeof next.value === 'string')
        controller.error(new TypeError('a gzip stream mixed text chunks with bytes'));
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
 * The non-empty chunks of `input`, in order: text chunks as they are, byte
 * chunks as plain Uint8Arrays, gzip inflated when the first two bytes are
 * gzip's magic number (1f 8b). Memory is bounded by one chunk.
 *
 * @param input - text, bytes or a stream of either (see TextInput)
 * @returns an async iterable of non-empty text or byte chunks
 * @throws {@link CorruptGzipError} when a gzip stream is corrupt or truncated, {@link BadChunkError} for a value that is neither text nor bytes
 */
export async function* inputChunks(input: ChunkSource): AsyncGenerator<string | Uint8Array> {
  const it = rawChunks(input)[Symbol.asyncIterator]();
  // Gather leading byte chunks until the two magic bytes can be seen: a
  // stream may cut them apart, or start with empty chunks.
  let head: Uint8Array = new Uint8Array(0);
  let textAfter: string | undefined;
  while (head.length < 2) {
    const next = await it.next();
    if (next.done) break;
    if (typeof next.value === 'string') {
      textAfter = next.value;
      break;
    }
    const bytes = asBytes(next.value);
    head = head.length === 0 ? bytes : concatBytes([head, bytes]);
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    try {
      for await (const c of gunzip(head, it)) if (c.length > 0) yield c;
    } catch (error) {
      throw new CorruptGzipError(error);
    }
    return;
  }
  if (head.length > 0) yield head;
  if (textAfter !== undefined && textAfter.length > 0) yield textAfter;
  if (head.length < 2 && textAfter === undefined) return;
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    const chunk = asChunk(next.value);
    if (chunk.length > 0) yield chunk;
  }
}

const encoder = new TextEncoder();

/**
 * The bytes of `input` as chunks, in order, gzip inflated (see
 * {@link inputChunks}). Text chunks are encoded as UTF-8; bytes are passed on
 * undecoded. Memory is bounded by one chunk.
 *
 * @param input - text, bytes or a stream of either (see TextInput)
 * @returns an async iterable of non-empty byte chunks
 * @throws {@link CorruptGzipError} when a gzip stream is corrupt or truncated (the caller says where)
 */
export async function* byteChunks(input: ChunkSource): AsyncGenerator<Uint8Array> {
  for await (const c of inputChunks(input)) yield typeof c === 'string' ? encoder.encode(c) : c;
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
