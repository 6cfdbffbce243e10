import { InputFormatError } from '../../../model/errors.js';
import { type TextInput, textChunks } from '../../core/textInput.js';

/** One top-level record of a JSON export: its value, its index in the file (0-based, across pages) and the line it starts on. */
export interface JsonRecord {
  value: unknown;
  index: number;
  line: number;
}

const SPACE = 32;
const TAB = 9;
const NL = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Quotes, braces and brackets: what changes the state inside a record. */
const STRUCTURAL = /["{}[\]]/g;

/** How many line feeds `buf` holds from `from` to `to`. */
function newlinesIn(buf: string, from: number, to: number): number {
  let count = 0;
  for (let k = buf.indexOf('\n', from); k >= 0 && k < to; k = buf.indexOf('\n', k + 1)) count++;
  return count;
}

function describeStart(buf: string, i: number): string {
  const c = buf.charCodeAt(i);
  if (c === OPEN_BRACKET) return 'an array';
  if (c === QUOTE) return 'a string';
  return `text that is not a JSON object: ${JSON.stringify(buf.slice(i, i + 20))}`;
}

/**
 * The records of a JSON export as `gh api --paginate` saves it, streamed:
 * one array of objects, several arrays back to back (`][`, one per page),
 * JSON lines (one object per line), objects back to back (a single
 * response, or one GraphQL page after another), or the pages wrapped in one
 * more array (`gh api --paginate --slurp`). Each object is parsed on its
 * own, so memory is bounded by the largest record, not the file.
 *
 * @param input - the file's text or bytes (gzip is detected)
 * @param fn - the public function, for errors
 * @param file - the file as the user named it, for errors
 * @returns batches of records, in file order
 * @throws InputFormatError for a value that is not an object where a record is expected, invalid JSON, or a truncated file
 */
export async function* jsonRecords(input: TextInput, fn: string, file: string): AsyncGenerator<JsonRecord[]> {
  let buf = '';
  /** Where scanning resumes in `buf`. */
  let pos = 0;
  /** Nesting depth at `pos` (0: between top-level values; 1 or 2 inside top-level arrays). */
  let depth = 0;
  /** Start of the record being read (-1 when none), its line, and the depth it closes at. */
  let recStart = -1;
  let recLine = 0;
  let recBase = 0;
  let line = 1;
  let index = 0;
  let sawValue = false;
  /** Whether an array element was just read and a comma or `]` must follow. */
  let needComma = false;

  const fail = (problem: string, at: { line: number; record?: string }): never => {
    throw new InputFormatError(fn, { file, ...at }, problem);
  };

  const parse = (text: string, at: number, l: number): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      return fail(`invalid JSON (${error instanceof Error ? error.message : String(error)})`, {
        line: l,
        record: `[${at}]`,
      });
    }
  };

  let decoded: AsyncGenerator<string>;
  try {
    decoded = textChunks(input);
  } catch (error) {
    return fail(`cannot be read (${String(error)})`, { line: 1 });
  }
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await decoded.next();
    } catch (error) {
      return fail(
        `cannot be decompressed or decoded (${error instanceof Error ? error.message : String(error)}); is the .gz file complete?`,
        { line },
      );
    }
    if (next.done) break;
    buf = pos < buf.length ? buf.slice(pos) + next.value : next.value;
    if (recStart >= 0) recStart -= pos;
    pos = 0;
    const batch: JsonRecord[] = [];
    const n = buf.length;
    let i = 0;
    scan: while (i < n) {
      if (recStart >= 0) {
        // Inside a record: jump from one quote, brace or bracket to the next.
        STRUCTURAL.lastIndex = i;
        const m = STRUCTURAL.exec(buf);
        if (m === null) break;
        const j = m.index;
        const s = buf.charCodeAt(j);
        if (s === QUOTE) {
          let from = j + 1;
          for (;;) {
            const q = buf.indexOf('"', from);
            // The string continues in the next chunk.
            if (q < 0) break scan;
            let b = q - 1;
            while (buf.charCodeAt(b) === BACKSLASH) b--;
            if ((q - 1 - b) % 2 === 0) {
              i = q + 1;
              break;
            }
            from = q + 1;
          }
          continue;
        }
        i = j + 1;
        if (s === OPEN_BRACE || s === OPEN_BRACKET) {
          depth++;
          continue;
        }
        depth--;
        if (depth === recBase) {
          batch.push({ value: parse(buf.slice(recStart, i), index, recLine), index, line: recLine });
          line = recLine + newlinesIn(buf, recStart, i);
          index++;
          recStart = -1;
          needComma = depth > 0;
        }
        continue;
      }
      const c = buf.charCodeAt(i);
      if (c === NL) {
        line++;
        i++;
        continue;
      }
      if (c === SPACE || c === TAB || c === CR) {
        i++;
        continue;
      }
      if (recStart < 0) {
        // Between records: at the top level (depth 0), or inside the top-level array (depth 1) or
        // arrays (depth 2: \`gh api --paginate --slurp\` wraps the pages in one more array).
        if (c === OPEN_BRACE && !needComma) {
          recStart = i;
          recLine = line;
          recBase = depth;
          depth++;
          sawValue = true;
          i++;
          continue;
        }
        if (c === OPEN_BRACKET && !needComma && depth < 2) {
          depth++;
          sawValue = true;
          i++;
          continue;
        }
        if (depth > 0 && c === CLOSE_BRACKET) {
          depth--;
          needComma = depth > 0;
          i++;
          continue;
        }
        if (depth > 0 && c === COMMA && needComma) {
          needComma = false;
          i++;
          continue;
        }
        if (depth === 0 && c === 0xfeff) {
          i++;
          continue;
        }
        if (depth === 0) {
          fail(`expected a JSON array or object, found ${describeStart(buf, i)}`, {
            line,
            record: `[${index}]`,
          });
        }
        fail(
          needComma
            ? 'invalid JSON: expected "," or "]" after a record'
            : `expected an object (a GitHub record), found ${describeStart(buf, i)}`,
          { line, record: `[${index}]` },
        );
      }
    }
    if (recStart >= 0) {
      // Rescan the unfinished record from its start when the next chunk comes.
      pos = recStart;
      line = recLine;
      depth = recBase;
    } else pos = n;
    if (batch.length > 0) yield batch;
  }
  if (recStart >= 0 || depth > 0)
    fail('the file ends inside a JSON value: is it truncated?', {
      line: recStart >= 0 ? recLine : line,
      record: `[${index}]`,
    });
  if (!sawValue) fail('empty: no JSON value in the file', { line: 1 });
}
