import { InputFormatError } from '../../../model/errors.js';
import { BadChunkError, byteChunks, CorruptGzipError, concatBytes } from '../../core/internal/byteChunks.js';
import type { TextInput } from '../../core/textInput.js';

/** One message as cut out of an mbox: its bytes (From_ line removed, `>From ` unescaped, LF line ends) and where it was. */
export interface RawMessage {
  /** The message's header and body bytes, undecoded. */
  bytes: Uint8Array;
  /** The 1-based line of its From_ line (or of its first header line when the file has no From_ line). */
  line: number;
  /** Its 0-based position among the messages of the file. */
  index: number;
}

const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?';
const ZONE = '(?:[A-Z]{1,5}|[+-]\\d{4})';
/** `Mon Nov  7 18:44:27 2016` (asctime, what mbox writers use), with an optional zone before or after the year. */
const ASCTIME = `${DAY} +${MONTH} +\\d{1,2} +${TIME}(?: +${ZONE})? +\\d{4}(?: +${ZONE})?`;
/** `Mon, 7 Nov 2016 18:44:27 +0000` (the RFC 5322 form some exporters write instead). */
const RFC5322 = `${DAY}, +\\d{1,2} +${MONTH} +\\d{4} +${TIME}(?: +${ZONE})?`;
/**
 * A From_ line: `From `, a sender (anything, even empty, even Pipermail's
 * `user at example.org`, even non-ASCII bytes), then a date. A body line such
 * as "From here on…" has no date and is not a separator.
 */
const FROM_LINE = new RegExp(`^From .*?\\s(?:${ASCTIME}|${RFC5322})\\s*$`);

/** `Name:` at the start of a line: an RFC 5322 header field name (printable ASCII but the colon). */
const HEADER_LINE = /^[!-9;-~]+:/;

const latin1 = new TextDecoder('latin1');

/** Whether `line` starts with the bytes `From `. */
function startsWithFrom(line: Uint8Array): boolean {
  return (
    line.length >= 5 &&
    line[0] === 0x46 &&
    line[1] === 0x72 &&
    line[2] === 0x6f &&
    line[3] === 0x6d &&
    line[4] === 0x20
  );
}

/** Whether `line` is a From_ separator line (see {@link FROM_LINE}). */
export function isFromLine(line: Uint8Array): boolean {
  return startsWithFrom(line) && FROM_LINE.test(latin1.decode(line));
}

/** Whether `line` starts like a header field (`Name:`). */
function isHeaderLine(line: Uint8Array): boolean {
  return line.length > 1 && HEADER_LINE.test(latin1.decode(line.subarray(0, Math.min(line.length, 80))));
}

/**
 * What the first bytes of a file look like when they are not mail, or
 * undefined when they could be (a From_ line or a header first).
 *
 * @param head - the first KB (or all) of the file, after gzip
 * @returns e.g. `it looks like JSON`, or undefined
 */
export function notMailReason(head: Uint8Array): string | undefined {
  if (head.length === 0) return undefined;
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5))
    return 'it looks like a ZIP archive (unzip it first; an mbox is a text file)';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'it is gzip data inside gzip (compressed twice?)';
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46)
    return 'it looks like a PDF document';
  if (head.includes(0)) return 'it looks like binary data (it contains NUL bytes)';
  const text = latin1.decode(head);
  const first = text.trimStart();
  if (first.startsWith('{') || first.startsWith('[')) return 'it looks like JSON';
  if (first.startsWith('<')) return 'it looks like HTML or XML';
  const nl = first.indexOf('\n');
  const line = (nl < 0 ? first : first.slice(0, nl)).replace(/\r$/, '');
  if (line.startsWith('From ') || HEADER_LINE.test(line)) return undefined;
  return 'its first line is neither a From_ line ("From sender date") nor a mail header';
}

/** Whether the line at `p` (ending at the LF at `nl`) is empty, or only a CR. */
const isBlank = (data: Uint8Array, p: number, nl: number): boolean =>
  nl === p || (nl === p + 1 && data[p] === 0x0d);

/**
 * The messages of an mbox, one at a time (memory: one message and one chunk).
 *
 * Splitting rules (each tested): a line is a separator when it is a From_
 * line ({@link FROM_LINE}: `From`, a sender, an asctime date) AND the line
 * after it starts like a header field; the first line of the file is a
 * separator whenever it starts with `From `. Lines starting with `>From `,
 * `>>From `… lose one `>` (mboxrd unescaping; for mboxo it undoes the
 * only escaping there is). A file whose first line is a header (no From_
 * line: one saved message, an .eml) is one message until a From_ line. Line
 * ends are kept as they are (LF or CRLF); blank lines at the end of a message
 * (the separator's) are dropped. A leading UTF-8 byte-order mark is dropped.
 *
 * The scan looks at the first byte of each line only (`F` or `>`), and copies
 * a message's bytes once, so splitting costs little next to parsing.
 *
 * @param input - the file, as text, bytes or a stream of chunks (gzip inflated)
 * @param fn - the public function, for errors
 * @param file - the file name, for errors
 * @returns the raw messages in file order, in batches (those each chunk completed)
 * @throws InputFormatError when the file is not mail (what it looks like instead), or its gzip data is corrupt or truncated
 */
export async function* splitMbox(
  input: TextInput,
  fn: string,
  file: string | undefined,
): AsyncGenerator<RawMessage[]> {
  let lineNo = 0;
  let index = 0;
  let parts: Uint8Array[] = [];
  let startLine = 0;
  let inMessage = false;
  let sawContent = false;
  let candidate: { bytes: Uint8Array; no: number } | undefined;
  let ready: RawMessage[] = [];

  const finish = (): void => {
    if (!inMessage) return;
    // A message inside one chunk is a view of it (no copy); one across chunks, or unescaped, is joined.
    const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
    let end = bytes.length;
    while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
    ready.push({ bytes: bytes.subarray(0, end), line: startLine, index: index++ });
    parts = [];
    inMessage = false;
  };
  const start = (no: number): void => {
    finish();
    inMessage = true;
    startLine = no;
  };

  /** Splits `data[0, end)`, which holds whole lines (each ending with LF). */
  const region = (data: Uint8Array, end: number): void => {
    let seg = 0;
    const flush = (to: number): void => {
      if (inMessage && to > seg) parts.push(data.subarray(seg, to));
    };
    let p = 0;
    while (p < end) {
      const nl = data.indexOf(0x0a, p);
      lineNo++;
      if (candidate !== undefined) {
        const c = candidate;
        candidate = undefined;
        if (isHeaderLine(data.subarray(p, nl))) {
          start(c.no);
          seg = p;
        } else if (inMessage) parts.push(c.bytes);
      }
      const b = data[p];
      if (b === 0x46 && startsWithFrom(data.subarray(p, p + 5))) {
        if (!sawContent) {
          sawContent = true;
          start(lineNo);
          seg = nl + 1;
          p = nl + 1;
          continue;
        }
        if (isFromLine(data.subarray(p, nl))) {
          flush(p);
          candidate = { bytes: data.slice(p, nl + 1), no: lineNo };
          seg = nl + 1;
          p = nl + 1;
          continue;
        }
      } else if (b === 0x3e && inMessage) {
        let q = p + 1;
        while (data[q] === 0x3e) q++;
        if (startsWithFrom(data.subarray(q, q + 5))) {
          flush(p);
          seg = p + 1;
        }
      }
      if (!inMessage) {
        if (isBlank(data, p, nl)) seg = nl + 1;
        else if (isHeaderLine(data.subarray(p, nl))) {
          start(lineNo);
          seg = p;
        } else
          throw new InputFormatError(
            fn,
            { file, line: lineNo },
            'not an mbox: a line before the first message is neither a From_ line nor a header',
          );
        sawContent = true;
      }
      p = nl + 1;
    }
    flush(end);
  };

  let carry: Uint8Array[] = [];
  const onChunk = (chunk: Uint8Array): void => {
    const last = chunk.lastIndexOf(0x0a);
    if (last < 0) {
      carry.push(chunk);
      return;
    }
    const data = carry.length === 0 ? chunk : concatBytes([...carry, chunk]);
    const end = data.length - (chunk.length - last - 1);
    carry = end < data.length ? [data.slice(end)] : [];
    region(data, end);
  };

  let checked = false;
  let head: Uint8Array[] = [];
  let headLength = 0;
  const checkHead = (): void => {
    checked = true;
    let bytes = concatBytes(head);
    head = [];
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const reason = notMailReason(bytes.subarray(0, 1024));
    if (reason !== undefined) throw new InputFormatError(fn, { file, line: 1 }, `not an mbox: ${reason}`);
    if (bytes.length > 0) onChunk(bytes);
  };

  try {
    for await (const chunk of byteChunks(input)) {
      if (!checked) {
        head.push(chunk);
        headLength += chunk.length;
        if (headLength < 1024) continue;
        checkHead();
      } else onChunk(chunk);
      if (ready.length > 0) {
        const out = ready;
        ready = [];
        yield out;
      }
    }
  } catch (error) {
    if (error instanceof CorruptGzipError)
      throw new InputFormatError(
        fn,
        { file, line: lineNo + 1 },
        `the gzip data is truncated or corrupt (${error.message}); ${index} messages were read before it`,
        { cause: error },
      );
    if (error instanceof BadChunkError)
      throw new InputFormatError(fn, { file, line: lineNo + 1 }, `not an mbox: ${error.message}`);
    throw error;
  }
  if (!checked) checkHead();
  if (carry.length > 0) {
    const data = concatBytes([...carry, LF]);
    carry = [];
    region(data, data.length);
  }
  if (candidate !== undefined) {
    // A From_ line with nothing after it: the previous message ends there and an empty one starts.
    start(candidate.no);
    candidate = undefined;
  }
  finish();
  if (ready.length > 0) yield ready;
}

const LF = new Uint8Array([0x0a]);
