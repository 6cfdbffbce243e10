import { InputFormatError } from '../../../model/errors.js';
import type { TextInput } from '../../core/textInput.js';
import { type CsvDelimiter, type CsvRow, csvRowBatches } from './csvRows.js';

/** A column an importer reads: its key, the header names it goes by, and whether a file without it is refused. */
export interface ColumnSpec {
  key: string;
  aliases: readonly string[];
  required: boolean;
}

/** For each column key, the index of its cell in a row (absent when the file lacks the column). */
export type ColumnIndex = Record<string, number | undefined>;

/** What a table's rows are read with. */
export interface CsvTableOptions {
  fn: string;
  file?: string | undefined;
  delimiter: CsvDelimiter;
  columns: readonly ColumnSpec[];
  /** What the file should be, for the "wrong kind of file" message (e.g. `a Zoom participant report`). */
  what: string;
  /** How many rows may come before the header (a report's preamble). */
  maxPreambleRows: number;
}

/** What {@link readCsvTable} found: the header row, the column indexes and the rows before the header. */
export interface CsvTable {
  header: CsvRow;
  columns: ColumnIndex;
  preamble: CsvRow[];
  rows: number;
}

/** A header cell as compared: lower case, spaces collapsed, no BOM or surrounding quotes. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The column indexes of `cells` if it is the header (every required column present), else undefined. */
function matchHeader(cells: readonly string[], columns: readonly ColumnSpec[]): ColumnIndex | undefined {
  const position = new Map<string, number>();
  cells.forEach((c, i) => {
    const h = normaliseHeader(c);
    if (h !== '' && !position.has(h)) position.set(h, i);
  });
  const index: ColumnIndex = Object.create(null) as ColumnIndex;
  for (const col of columns) {
    let found: number | undefined;
    for (const alias of col.aliases) {
      found = position.get(normaliseHeader(alias));
      if (found !== undefined) break;
    }
    if (found === undefined && col.required) return undefined;
    index[col.key] = found;
  }
  return index;
}

const quoteList = (names: readonly string[], max = 12): string =>
  names.length === 0
    ? '(nothing)'
    : names
        .slice(0, max)
        .map((n) => JSON.stringify(n))
        .join(', ') + (names.length > max ? ` … (${names.length} in all)` : '');

/** The message for a file whose header was not found. */
function missingHeaderMessage(o: CsvTableOptions, first: CsvRow | undefined, text: string): string {
  const expected = o.columns
    .filter((c) => c.required)
    .map((c) => c.aliases[0] as string)
    .map((a) => JSON.stringify(a))
    .join(', ');
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('['))
    return `not ${o.what}: this looks like a JSON file, not a CSV export (expected the columns ${expected})`;
  if (first === undefined) return `not ${o.what}: the file is empty (expected the columns ${expected})`;
  if (text.includes('\u0000'))
    return `not ${o.what}: the text has NUL characters, as UTF-16 text read as UTF-8 does; save the file as "CSV UTF-8" (expected the columns ${expected})`;
  return `not ${o.what}: expected the columns ${expected} in a header row; found ${quoteList(first.cells.map((c) => c.trim()))} (line ${first.line})`;
}

/**
 * Reads a CSV export's table: finds the header row (the first row, after at
 * most `maxPreambleRows` others, that has every required column), then calls
 * `onRow` for each row after it. A row with fewer cells than the header is
 * refused as truncated; rows whose cells are all blank are passed to
 * `onBlank` (to be counted as skipped).
 */
export async function readCsvTable(
  input: TextInput,
  o: CsvTableOptions,
  onRow: (row: CsvRow, columns: ColumnIndex, header: CsvRow) => void,
  onBlank: (row: CsvRow) => void,
): Promise<CsvTable> {
  let header: CsvRow | undefined;
  let columns: ColumnIndex | undefined;
  const preamble: CsvRow[] = [];
  let first: CsvRow | undefined;
  let rows = 0;
  let width = 0;
  for await (const batch of csvRowBatches(input, { fn: o.fn, file: o.file, delimiter: o.delimiter })) {
    for (const row of batch) {
      if (header === undefined) {
        first ??= row;
        const match = matchHeader(row.cells, o.columns);
        if (match !== undefined) {
          header = row;
          columns = match;
          width = row.cells.length;
          while (width > 0 && (row.cells[width - 1] as string).trim() === '') width--;
          continue;
        }
        preamble.push(row);
        if (preamble.length > o.maxPreambleRows)
          throw new InputFormatError(
            o.fn,
            { file: o.file },
            missingHeaderMessage(o, first, first.cells.join(',')),
          );
        continue;
      }
      if (row.cells.every((c) => c.trim() === '')) {
        onBlank(row);
        continue;
      }
      if (row.cells.length < width)
        throw new InputFormatError(
          o.fn,
          { file: o.file, line: row.line },
          `truncated row: ${row.cells.length} of the header's ${width} columns (is the file cut short, or is a separator missing?)`,
        );
      rows++;
      onRow(row, columns as ColumnIndex, header);
    }
  }
  if (header === undefined)
    throw new InputFormatError(
      o.fn,
      { file: o.file },
      missingHeaderMessage(o, first, first?.cells.join(',') ?? ''),
    );
  return { header, columns: columns as ColumnIndex, preamble, rows };
}

/** The trimmed cell of `key` in `row`, or '' when the file has no such column. */
export function cellOf(row: CsvRow, columns: ColumnIndex, key: string): string {
  const i = columns[key];
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
}

/** The header name of `key` as the file writes it (for error messages). */
export function headerOf(header: CsvRow, columns: ColumnIndex, key: string): string {
  const i = columns[key];
  return i === undefined ? key : (header.cells[i] ?? key).trim();
}
