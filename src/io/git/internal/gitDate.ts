const MONTHS: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
};

/** The value of the decimal digits of `s` from `from` to `to` (exclusive), or -1 when one is not a digit or there are none. */
function digits(s: string, from: number, to: number): number {
  if (to <= from) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Epoch ms of `HH:MM:SS` on a day, corrected by a `±HHMM` offset; NaN when a part is out of range. */
function instant(y: number, mo: number, d: number, time: string, tz: string): number {
  if (time.length !== 8 || time.charCodeAt(2) !== 58 || time.charCodeAt(5) !== 58) return Number.NaN;
  const h = digits(time, 0, 2);
  const mi = digits(time, 3, 5);
  const sec = digits(time, 6, 8);
  const sign = tz.charCodeAt(0) === 43 ? 1 : tz.charCodeAt(0) === 45 ? -1 : 0;
  const tzh = digits(tz, 1, 3);
  const tzm = digits(tz, 3, 5);
  if (sign === 0 || tz.length !== 5 || tzh < 0 || tzm < 0 || tzm > 59) return Number.NaN;
  if (
    y < 0 ||
    y > 9999 ||
    mo < 0 ||
    mo > 11 ||
    d < 1 ||
    d > 31 ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59 ||
    sec < 0 ||
    sec > 60
  )
    return Number.NaN;
  const local = Date.UTC(y, mo, d, h, mi, sec);
  if (new Date(local).getUTCDate() !== d) return Number.NaN; // 31 April and the like
  return local - sign * (tzh * 60 + tzm) * 60_000;
}

/**
 * Epoch milliseconds of a date as `git log` prints it: the default format
 * (`Thu Apr 7 15:13:13 2005 -0700`, what `--pretty=fuller` shows), or ISO
 * (`2005-04-07 15:13:13 -0700` from `--date=iso`, `2005-04-07T15:13:13-07:00`
 * from `--date=iso-strict`). NaN when it is none of these.
 */
export function parseGitDate(text: string): number {
  const s = text.trim();
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseIsoGitDate(s);
  const parts = s.split(' ');
  if (parts.length !== 6) return Number.NaN;
  const mo = MONTHS[parts[1] as string];
  const d = parts[2] as string;
  const y = parts[4] as string;
  if (mo === undefined || (parts[0] as string).length !== 3) return Number.NaN;
  return instant(digits(y, 0, y.length), mo, digits(d, 0, d.length), parts[3] as string, parts[5] as string);
}

function parseIsoGitDate(s: string): number {
  // 2005-04-07 15:13:13 -0700   or   2005-04-07T15:13:13-07:00 / …Z
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7) - 1;
  const d = digits(s, 8, 10);
  const time = s.slice(11, 19);
  let tz = s.slice(19).trim();
  if (tz === 'Z') tz = '+0000';
  else if (tz.length === 6 && tz.charCodeAt(3) === 58) tz = tz.slice(0, 3) + tz.slice(4);
  const sep = s.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return Number.NaN;
  return instant(y, mo, d, time, tz);
}
