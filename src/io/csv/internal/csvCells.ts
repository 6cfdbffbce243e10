const TRUE_WORDS = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'attended',
  'present',
  'checked in',
  'checked-in',
]);
const FALSE_WORDS = new Set([
  'no',
  'n',
  'false',
  '0',
  '',
  'absent',
  'no show',
  'no-show',
  'noshow',
  'not attended',
]);

/** A yes/no cell as a boolean (`yes`, `true`, `1`, `x`, `✓`, `attended`… / `no`, `false`, `0`, blank, `no show`…), or undefined when it is neither. */
export function yesNo(cell: string): boolean | undefined {
  const v = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
}

/** A number cell (`.` or `,` as the decimal mark; a trailing `%` divides by 100), or undefined when it is not one. */
export function numberCell(cell: string): number | undefined {
  let v = cell.trim().replace(',', '.');
  let scale = 1;
  if (v.endsWith('%')) {
    v = v.slice(0, -1).trim();
    scale = 100;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(v)) return undefined;
  return Number(v) / scale;
}
