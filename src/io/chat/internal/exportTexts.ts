import { inflateSync, Unzip, type UnzipDecoder } from 'fflate';
import { InputFormatError } from '../../../model/errors.js';
import { byteChunks, CorruptGzipError, concatBytes } from '../../core/internal/byteChunks.js';
import { TarFormatError, tarEntries } from '../../core/internal/tarEntries.js';
import { Utf8ChunkDecoder } from '../../core/internal/utf8Decoder.js';
import { textChunks } from '../../core/textInput.js';
import type { ExportFile, ExportInput } from '../exportInput.js';

/** One file read from an export: its path, and its text when the importer wanted it. */
export interface ExportText {
  /** The path inside the export, `/`-separated, without a leading `./`. */
  path: string;
  /** The text, or undefined for a file the importer does not read (only its path is reported). */
  text: string | undefined;
}

/** The largest single file read (bytes, uncompressed): beyond it a string cannot hold the file anyway. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

const isIterable = (v: unknown): v is Iterable<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function';

/** `path` with `\` as `/` and no leading `./` or `/`. */
export function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

async function* items(input: Exclude<ExportInput, Uint8Array | ArrayBuffer>): AsyncGenerator<unknown> {
  if (isAsyncIterable(input)) yield* input as AsyncIterable<unknown>;
  else yield* input as Iterable<unknown>;
}

/**
 * The files of an export, one at a time: from a ZIP (bytes or a stream of
 * chunks, inflated entry by entry with fflate), a tar archive, gzipped or
 * not (a Zulip organisation export), or from a list or stream of
 * {@link ExportFile}s. `wanted(path)` says which files to decode; the others
 * are reported with no text. Errors are {@link InputFormatError}s of `fn`.
 */
export async function* exportTexts(
  fn: string,
  input: ExportInput,
  wanted: (path: string) => boolean,
): AsyncGenerator<ExportText> {
  if (input instanceof Uint8Array) {
    yield* archiveTexts(fn, [input], wanted);
    return;
  }
  if (input instanceof ArrayBuffer) {
    yield* archiveTexts(fn, [new Uint8Array(input)], wanted);
    return;
  }
  if (!isAsyncIterable(input) && !isIterable(input))
    throw new InputFormatError(
      fn,
      {},
      `expected a ZIP archive's bytes or a list of { path, text } files, got ${input === null ? 'null' : typeof input}`,
    );
  const it = items(input);
  const head = await it.next();
  if (head.done) return;
  if (head.value instanceof Uint8Array) {
    const first = head.value;
    yield* archiveTexts(
      fn,
      (async function* () {
        yield first;
        for await (const chunk of it) {
          if (!(chunk instanceof Uint8Array))
            throw new InputFormatError(fn, {}, 'a ZIP stream mixed byte chunks with other values');
          yield chunk;
        }
      })(),
      wanted,
    );
    return;
  }
  let index = 0;
  for (let next: IteratorResult<unknown> = head; !next.done; next = await it.next(), index++) {
    const file = next.value as ExportFile;
    if (typeof file !== 'object' || file === null || typeof file.path !== 'string' || file.path === '')
      throw new InputFormatError(
        fn,
        { record: `files[${index}]` },
        'expected { path, text } or { path, bytes }',
      );
    const path = normalisePath(file.path);
    if (!wanted(path)) {
      yield { path, text: undefined };
      continue;
    }
    if (typeof file.text === 'string') yield { path, text: file.text };
    else if (file.bytes !== undefined) yield { path, text: await wholeText(fn, path, file.bytes) };
    else throw new InputFormatError(fn, { file: path }, 'the file has neither text nor bytes');
  }
}

async function wholeText(
  fn: string,
  path: string,
  bytes: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
): Promise<string> {
  const parts: string[] = [];
  try {
    for await (const chunk of textChunks(bytes)) parts.push(chunk);
  } catch (error) {
    throw new InputFormatError(fn, { file: path }, `cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parts.join('');
}

/** The parts as one array (the part itself when there is one: no copy). */
function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
}

/** Whether `tail` (the archive's last bytes) holds a ZIP end-of-central-directory record. */
function hasEndRecord(tail: Uint8Array): boolean {
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) return true;
  return false;
}

const TAIL = 65_557;

/**
 * An fflate unzip "decoder" for deflated entries that only gathers the
 * compressed bytes: they are inflated afterwards by the platform's native
 * `DecompressionStream('deflate-raw')` (several times faster than inflating
 * in JavaScript), or by fflate where the platform has none.
 */
class GatherDeflated implements UnzipDecoder {
  static readonly compression = 8;
  ondata: UnzipDecoder['ondata'] = () => undefined;
  private parts: Uint8Array[] = [];
  push(chunk: Uint8Array, final: boolean): void {
    this.parts.push(chunk.slice());
    if (final) {
      const all = concat(this.parts);
      this.parts = [];
      this.ondata(null, all as Uint8Array<ArrayBuffer>, true);
    }
  }
}

/**
 * Entries up to this size (compressed) are inflated by fflate in this thread:
 * for the many small files of a chat export (a Slack day file is a few
 * kilobytes) that is faster than setting up a native DecompressionStream per
 * file. Deflate expands at most 1032-fold, so what one such entry can inflate
 * to stays near MAX_FILE_BYTES; larger entries go to the native inflater,
 * which checks the size as it goes.
 */
const SYNC_INFLATE_MAX = 256 * 1024;

/** The inflated text of small raw-deflated `bytes` (see {@link SYNC_INFLATE_MAX}). */
function inflateSmall(fn: string, path: string, bytes: Uint8Array): string {
  const out = inflateSync(bytes);
  if (out.length > MAX_FILE_BYTES)
    throw new InputFormatError(fn, { file: path }, `larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
  return new TextDecoder('utf-8').decode(out);
}

/** The text of raw-deflated `bytes`, UTF-8 decoded: small entries by fflate, larger ones natively where the platform can. */
async function inflateText(fn: string, path: string, bytes: Uint8Array): Promise<string> {
  const decoder = new Utf8ChunkDecoder();
  try {
    if (bytes.length <= SYNC_INFLATE_MAX) return inflateSmall(fn, path, bytes);
    if (typeof DecompressionStream === 'undefined') return decoder.decode(inflateSync(bytes)) + decoder.end();
    const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    const parts: string[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_FILE_BYTES) {
        await reader.cancel();
        throw new InputFormatError(fn, { file: path }, `larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
      }
      parts.push(decoder.decode(value));
    }
    parts.push(decoder.end());
    return parts.join('');
  } catch (error) {
    if (error instanceof InputFormatError) throw error;
    throw new InputFormatError(fn, { file: path }, `cannot be unzipped: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function* zipTexts(
  fn: string,
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  wanted: (path: string) => boolean,
): AsyncGenerator<ExportText> {
  const unzip = new Unzip();
  unzip.register(GatherDeflated);
  /** Entries read: text, or raw-deflated bytes still to inflate. */
  const ready: (ExportText | { path: string; deflated: Uint8Array })[] = [];
  const decoder = new TextDecoder('utf-8');
  let failure: InputFormatError | undefined;
  let open: string | undefined;
  unzip.onfile = (file) => {
    const path = normalisePath(file.name);
    if (file.name.endsWith('/')) return;
    if (!wanted(path)) {
      ready.push({ path, text: undefined });
      return;
    }
    if (file.compression !== 0 && file.compression !== 8) {
      failure ??= new InputFormatError(
        fn,
        { file: path },
        `compressed with method ${file.compression}, not deflate`,
      );
      return;
    }
    const parts: Uint8Array[] = [];
    let size = 0;
    open = path;
    file.ondata = (error, data, final) => {
      if (failure !== undefined) return;
      if (error !== null) {
        failure = new InputFormatError(fn, { file: path }, `cannot be unzipped: ${error.message}`);
        return;
      }
      size += data.length;
      if (size > MAX_FILE_BYTES) {
        failure = new InputFormatError(fn, { file: path }, `larger than ${MAX_FILE_BYTES / 2 ** 20} MB`);
        return;
      }
      parts.push(data);
      if (final) {
        const bytes = concat(parts);
        ready.push(
          file.compression === 8
            ? { path, deflated: bytes }
            : { path, text: withoutBom(decoder.decode(bytes)) },
        );
        parts.length = 0;
        open = undefined;
      }
    };
    file.start();
  };
  const inflated = async (entry: (typeof ready)[number]): Promise<ExportText> =>
    'deflated' in entry
      ? { path: entry.path, text: withoutBom(await inflateText(fn, entry.path, entry.deflated)) }
      : entry;
  let seen = 0;
  let tail = new Uint8Array(0);
  const push = (chunk: Uint8Array, final: boolean): void => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      failure ??= new InputFormatError(
        fn,
        open === undefined ? {} : { file: open },
        `not a readable ZIP archive (corrupt or truncated): ${(error as Error).message}`,
        { cause: error },
      );
    }
  };
  for await (const chunk of chunks) {
    if (seen === 0 && chunk.length > 0 && !(chunk[0] === 0x50 && chunk[1] === 0x4b))
      throw new InputFormatError(
        fn,
        {},
        'not a ZIP archive (it does not start with "PK"); give the export ZIP or its unzipped folder',
      );
    seen += chunk.length;
    const joined = new Uint8Array(Math.min(TAIL, tail.length + chunk.length));
    const fromChunk = Math.min(chunk.length, joined.length);
    joined.set(tail.subarray(tail.length - (joined.length - fromChunk)), 0);
    joined.set(chunk.subarray(chunk.length - fromChunk), joined.length - fromChunk);
    tail = joined;
    push(chunk, false);
    if (failure !== undefined) throw failure;
    for (const entry of ready.splice(0)) yield await inflated(entry);
  }
  push(new Uint8Array(0), true);
  if (failure !== undefined) throw failure;
  for (const entry of ready.splice(0)) yield await inflated(entry);
  if (open !== undefined)
    throw new InputFormatError(fn, { file: open }, 'the ZIP archive ends inside this file (truncated)');
  if (seen > 0 && !hasEndRecord(tail))
    throw new InputFormatError(fn, {}, 'the ZIP archive is truncated (no end-of-central-directory record)');
}

/** Where a tar header holds "ustar" (POSIX and GNU archives). */
const USTAR_AT = 257;

/** The first `n` bytes of a stream (fewer when it is shorter), and the whole stream again. */
async function peek(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const it = (async function* () {
    yield* chunks;
  })();
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < n) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  const stream = (async function* () {
    yield* parts;
    if (!ended) yield* { [Symbol.asyncIterator]: () => it };
  })();
  return { head: concat(parts), stream };
}

/**
 * The files of an archive: gunzipped first when the bytes start with gzip's
 * magic number; read as tar when gzipped or when the first header says
 * "ustar", else as a ZIP.
 */
async function* archiveTexts(
  fn: string,
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  wanted: (path: string) => boolean,
): AsyncGenerator<ExportText> {
  const raw = await peek(chunks, 2);
  const gzipped = raw.head[0] === 0x1f && raw.head[1] === 0x8b;
  let plain: { head: Uint8Array; stream: AsyncIterable<Uint8Array> };
  try {
    plain = await peek(gzipped ? byteChunks(raw.stream) : raw.stream, USTAR_AT + 5);
  } catch (error) {
    throw gunzipError(fn, error);
  }
  const magic = new TextDecoder('latin1').decode(plain.head.subarray(USTAR_AT, USTAR_AT + 5));
  if (!gzipped && magic !== 'ustar') {
    yield* zipTexts(fn, plain.stream, wanted);
    return;
  }
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const e of tarEntries(plain.stream, wanted, MAX_FILE_BYTES))
      yield {
        path: normalisePath(e.path),
        text: e.bytes === undefined ? undefined : withoutBom(decoder.decode(e.bytes)),
      };
  } catch (error) {
    if (!(error instanceof TarFormatError)) throw gunzipError(fn, error);
    const hint = gzipped
      ? ' in the gzipped file: give the export .tar.gz, its untarred folder, or a ZIP'
      : '';
    throw new InputFormatError(fn, {}, `${error.message}${hint}`, { cause: error });
  }
}

/** A gunzip failure as the importer's error (other errors pass through). */
function gunzipError(fn: string, error: unknown): unknown {
  if (!(error instanceof CorruptGzipError)) return error;
  return new InputFormatError(
    fn,
    {},
    `the .gz archive cannot be gunzipped (corrupt or truncated): ${error.message}`,
    {
      cause: error,
    },
  );
}
