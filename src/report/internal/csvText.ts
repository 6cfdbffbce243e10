/**
 * CSV text (RFC 4180): fields separated by commas, records ended by CRLF,
 * a field quoted when it holds a comma, a quote, a CR or an LF (quotes
 * doubled inside), and — for spreadsheets — a text cell that a spreadsheet
 * would run as a formula made inert.
 */

/** A plain number written as text ("-3", "+4.5", "12%", "1e-3"): no spreadsheet runs it as a formula. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?%?$/;

/**
 * A text cell made safe to open in a spreadsheet: one that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (what Excel, LibreOffice
 * and Google Sheets read as the start of a formula) gets a leading `'`,
 * unless it is a plain number such as `-3` or `+12%`.
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field: numbers as JavaScript writes them, `null` (and non-finite numbers) empty, text quoted when needed. */
export function csvField(value: string | number | null | undefined, guardFormulas: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormulas ? inertCell(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: a header row, then one record per row, each ended by CRLF. */
export function csvText(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  guardFormulas: boolean,
): string {
  const record = (cells: readonly (string | number | null | undefined)[]): string =>
    `${columns.map((_, k) => csvField(cells[k], guardFormulas)).join(',')}\r\n`;
  return [record(columns), ...rows.map(record)].join('');
}
