import { InputFormatError } from '../../../model/errors.js';
import type { TextInput } from '../../core/textInput.js';
import { byteChunks, CorruptGzipError, concatBytes } from './byteChunks.js';

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
function startsWithFrom(line: Uint8Array, at = 0): boolean {
  return (
    line.length >= at + 5 &&
    line[at] === 0x46 &&
    line[at + 1] === 0x72 &&
    line[at + 2] === 0x6f &&
    line[at + 3] === 0x6d &&
    line[at + 4] === 0x20
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

/**
 * The messages of an mbox, one at a time (memory: one message and one chunk).
 *
 * Splitting rules (each tested): a line is a separator when it is a From_
 * line ({@link FROM_LINE}: `From`, a sender, an asctime date) AND the line
 * after it starts like a header field; the first line of the file is a
 * separator whenever it starts with `From `. Lines starting with `>From `,
 * `>>From `… lose one `>` (mboxrd unescaping; for mboxo it undoes the
 * only escaping there is). A file whose first line is a header (no From_
 * line: one saved message, an .eml) is one message until a From_ line. CR
 * before LF is dropped. A leading UTF-8 byte-order mark is dropped.
 *
 * @param input - the file, as text, bytes or a stream of chunks (gzip inflated)
 * @param fn - the public function, for errors
 * @param file - the file name, for errors
 * @returns the raw messages in file order
 * @throws InputFormatError when the file is not mail (what it looks like instead), or its gzip data is corrupt or truncated
 */
export async function* splitMbox(
  input: TextInput,
  fn: string,
  file: string | undefined,
): AsyncGenerator<RawMessage> {
  let lineNo = 0;
  let index = 0;
  let lines: Uint8Array[] = [];
  let startLine = 0;
  let inMessage = false;
  let candidate: { bytes: Uint8Array; no: number } | undefined;
  let ready: RawMessage[] = [];

  const finish = (): void => {
    if (!inMessage) return;
    let end = lines.length;
    while (end > 0 && (lines[end - 1] as Uint8Array).length === 0) end--;
    const parts: Uint8Array[] = [];
    for (let i = 0; i < end; i++) {
      parts.push(lines[i] as Uint8Array);
      parts.push(LF);
    }
    ready.push({ bytes: concatBytes(parts), line: startLine, index: index++ });
    lines = [];
    inMessage = false;
  };
  const start = (no: number): void => {
    finish();
    inMessage = true;
    startLine = no;
  };
  const add = (line: Uint8Array): void => {
    if (line[0] === 0x3e) {
      let q = 1;
      while (line[q] === 0x3e) q++;
      if (startsWithFrom(line, q)) line = line.subarray(1);
    }
    lines.push(line);
  };
  const onLine = (line: Uint8Array, no: number): void => {
    if (candidate !== undefined) {
      const c = candidate;
      candidate = undefined;
      if (isHeaderLine(line)) {
        start(c.no);
        lines.push(line);
        return;
      }
      add(c.bytes);
    }
    if (!inMessage && lines.length === 0 && no === firstLine && startsWithFrom(line)) {
      start(no);
      return;
    }
    if (isFromLine(line)) {
      candidate = { bytes: line, no };
      return;
    }
    if (!inMessage) {
      if (line.length === 0) return;
      if (isHeaderLine(line)) start(no);
      else
        throw new InputFormatError(
          fn,
          { file, line: no },
          'not an mbox: a line before the first message is neither a From_ line nor a header',
        );
    }
    add(line);
  };

  let firstLine = 0;
  let carry: Uint8Array | undefined;
  let checked = false;
  let head: Uint8Array[] = [];
  let headLength = 0;
  const onChunk = (chunk: Uint8Array): void => {
    let from = 0;
    if (carry !== undefined) {
      const nl = chunk.indexOf(0x0a);
      if (nl < 0) {
        carry = concatBytes([carry, chunk]);
        return;
      }
      const line = concatBytes([carry, chunk.subarray(0, nl)]);
      carry = undefined;
      emitLine(line);
      from = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      emitLine(chunk.subarray(from, nl));
      from = nl + 1;
    }
    if (from < chunk.length) carry = chunk.slice(from);
  };
  const emitLine = (raw: Uint8Array): void => {
    lineNo++;
    let line = raw;
    if (line.length > 0 && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
    if (firstLine === 0 && line.length > 0) firstLine = lineNo;
    onLine(line, lineNo);
  };
  const checkHead = (): void => {
    checked = true;
    let bytes = concatBytes(head);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const reason = notMailReason(bytes.subarray(0, 1024));
    if (reason !== undefined) throw new InputFormatError(fn, { file, line: 1 }, `not an mbox: ${reason}`);
    for (const c of head) onChunk(c);
    head = [];
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
        yield* out;
      }
    }
  } catch (error) {
    if (error instanceof CorruptGzipError)
      throw new InputFormatError(
        fn,
        { file, line: lineNo + 1 },
        `the gzip data is truncated or corrupt (${error.message}); ${index + ready.length} messages were read before it`,
        { cause: error },
      );
    throw error;
  }
  if (!checked) checkHead();
  if (carry !== undefined) {
    const last = carry;
    carry = undefined;
    emitLine(last);
  }
  if (candidate !== undefined) {
    // A From_ line with nothing after it: the previous message ends there and an empty one starts.
    start(candidate.no);
    candidate = undefined;
  }
  finish();
  yield* ready;
}

const LF = new Uint8Array([0x0a]);
