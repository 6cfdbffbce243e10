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

const isAsyncIterable = (v: unknown): v is AsyncIterable<string | Uint8Array> =>
  typeof v === 'object' && v !== null && Symbol.asyncIterator in v;

async function* byteOrTextChunks(input: TextInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === 'string') yield input;
  else if (input instanceof Uint8Array) yield input;
  else if (input instanceof ArrayBuffer) yield new Uint8Array(input);
  else if (isAsyncIterable(input)) yield* input;
  else yield* input as Iterable<string | Uint8Array>;
}

/** The chunks of a gzip stream, decompressed with the platform's DecompressionStream (Node ≥ 18, browsers, Deno, Bun). */
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
      else if (typeof next.value === 'string')
        controller.error(new TypeError('a gzip stream mixed text chunks with bytes'));
      else controller.enqueue(next.value);
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
  const it = byteOrTextChunks(input)[Symbol.asyncIterator]();
  let head = await it.next();
  if (head.done) return;
  // Gather leading byte chunks until the two magic bytes can be seen: a
  // stream may cut them apart, or start with an empty chunk.
  let first = head.value;
  let textAfter: string | undefined;
  while (typeof first !== 'string' && first.length < 2) {
    head = await it.next();
    if (head.done) break;
    const next = head.value;
    if (typeof next === 'string') {
      textAfter = next;
      break;
    }
    const joined = new Uint8Array(first.length + next.length);
    joined.set(first);
    joined.set(next, first.length);
    first = joined;
  }
  let bytes: AsyncIterable<string | Uint8Array>;
  if (typeof first !== 'string' && first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
    bytes = gunzip(first, it);
  } else {
    bytes = (async function* () {
      yield first;
      if (textAfter !== undefined) yield textAfter;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    })();
  }
  const decoder = new TextDecoder('utf-8');
  let start = true;
  for await (const chunk of bytes) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (start && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      start = false;
    }
    if (text.length > 0) yield text;
  }
  const tail = decoder.decode();
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
