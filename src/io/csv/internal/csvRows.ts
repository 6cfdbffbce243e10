import { parse } from 'csv-parse/browser/esm/sync';
import { InputFormatError } from '../../../model/errors.js';
import { lineBatches, type TextInput } from '../../core/textInput.js';

/** One CSV record: its cells and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The field separators a CSV export may use; `auto` picks the most frequent one in the first non-blank line. */
export type CsvDelimiter = ',' | ';' | '\t' | 'auto';

/** Where rows are read from, for error messages. */
export interface CsvRowsOptions {
  fn: string;
  file?: string | undefined;
  delimiter: CsvDelimiter;
}

/** Lines per csv-parse call: large enough that the parser's set-up cost vanishes, small enough to keep memory flat. */
const GROUP_CHARS = 1 << 18;
/** A quoted field longer than this many lines is taken for an unbalanced quote. */
const MAX_QUOTED_LINES = 100_000;

const encoder = new TextEncoder();

/** The number of `"` in `line`. */
function quoteCount(line: string): number {
  let n = 0;
  let i = line.indexOf('"');
  while (i >= 0) {
    n++;
    i = line.indexOf('"', i + 1);
  }
  return n;
}

/** The separator used most often outside quotes in `line` (`,` on a tie or when none is used). */
export function detectDelimiter(line: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * The records of a CSV text, in batches, each with the line it starts on.
 * Lines are grouped until their quotes balance (RFC 4180: a record ends at a
 * line break outside quotes), so a quoted field may span lines; each group is
 * parsed by csv-parse. Blank lines are left out. A quote that is never closed
 * is reported at the line that opened it.
 */
export async function* csvRowBatches(input: TextInput, o: CsvRowsOptions): AsyncGenerator<CsvRow[]> {
  let delimiter: ',' | ';' | '\t' | undefined = o.delimiter === 'auto' ? undefined : o.delimiter;
  let pending: string[] = [];
  /** The line numbers of the pending lines that start a record (the quotes before them balance). */
  let starts: number[] = [];
  let pendingChars = 0;
  let groupStart = 1;
  let odd = false;
  let oddSince = 0;
  let lineNo = 0;
  let seenText = false;
  const at = (line: number) => ({ file: o.file, line });

  const parseRecords = (
    text: string,
    start: number,
    info: boolean,
  ): { record: string[]; info?: { lines: number } }[] => {
    try {
      const records = parse(encoder.encode(text), {
        delimiter,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: false,
        info,
        bom: false,
      }) as unknown[];
      return info
        ? (records as { record: string[]; info: { lines: number } }[])
        : (records as string[][]).map((record) => ({ record }));
    } catch (error) {
      const e = error as { lines?: number; message?: string };
      const line = start + Math.max(0, (e.lines ?? 1) - 1);
      throw new InputFormatError(o.fn, at(line), `not valid CSV: ${e.message ?? String(error)}`, {
        cause: error,
      });
    }
  };

  const parseGroup = (): CsvRow[] => {
    // A blank last line gives csv-parse no record: drop trailing blank lines (they are not records anyway).
    while (
      pending.length > 0 &&
      pending[pending.length - 1] === '' &&
      starts.at(-1) === groupStart + pending.length - 1
    ) {
      pending.pop();
      starts.pop();
    }
    const text = pending.join('\n');
    const start = groupStart;
    const lineOf = starts;
    pending = [];
    starts = [];
    pendingChars = 0;
    if (text === '' && lineOf.length === 0) return [];
    let records = parseRecords(text, start, false);
    let lines: number[] = lineOf;
    if (records.length !== lineOf.length) {
      // A stray quote inside an unquoted field made the quote count mislead: ask csv-parse where records end.
      records = parseRecords(text, start, true);
      let prevEnd = 0;
      lines = records.map((r) => {
        const line = start + prevEnd;
        prevEnd = r.info?.lines ?? prevEnd + 1;
        return line;
      });
    }
    const rows: CsvRow[] = [];
    records.forEach((r, i) => {
      const cells = r.record;
      if (cells.length === 1 && (cells[0] as string).trim() === '') return;
      rows.push({ line: lines[i] as number, cells });
    });
    return rows;
  };

  try {
    for await (const batch of lineBatches(input)) {
      for (const line of batch) {
        lineNo++;
        if (pending.length === 0) {
          groupStart = lineNo;
          if (!seenText) {
            if (line.trim() === '') {
              groupStart = lineNo + 1;
              continue;
            }
            seenText = true;
            // Excel's hint line `sep=;` names the separator and is not part of the table.
            const hint = /^sep=(.)$/i.exec(line.trim());
            if (hint !== null) {
              const c = hint[1] as string;
              if (delimiter === undefined && (c === ',' || c === ';' || c === '\t')) delimiter = c;
              groupStart = lineNo + 1;
              continue;
            }
            delimiter ??= detectDelimiter(line);
          }
        }
        if (!odd) starts.push(lineNo);
        pending.push(line);
        pendingChars += line.length + 1;
        if ((quoteCount(line) & 1) === 1) {
          odd = !odd;
          if (odd) oddSince = lineNo;
        }
        if (odd && lineNo - oddSince > MAX_QUOTED_LINES)
          throw new InputFormatError(
            o.fn,
            at(oddSince),
            `unbalanced quotes: a quoted field opened on this line runs for more than ${MAX_QUOTED_LINES} lines`,
          );
        if (!odd && pendingChars >= GROUP_CHARS) {
          const rows = parseGroup();
          if (rows.length > 0) yield rows;
        }
      }
    }
  } catch (error) {
    if (error instanceof InputFormatError) throw error;
    throw new InputFormatError(
      o.fn,
      { file: o.file },
      `cannot read the file as text (${error instanceof Error ? error.message : String(error)}); is it a CSV export (or its .gz)?`,
      { cause: error },
    );
  }
  if (odd)
    throw new InputFormatError(
      o.fn,
      at(oddSince),
      'unbalanced quotes: a quoted field opened on this line is never closed (is the file cut short?)',
    );
  if (pending.length > 0) {
    const rows = parseGroup();
    if (rows.length > 0) yield rows;
  }
}
