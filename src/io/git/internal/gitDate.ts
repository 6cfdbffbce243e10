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

/** Epoch ms of `HH:MM:SS` at `t` in `s` on a day, corrected by the `±HHMM` offset at `z`; NaN when a part is out of range. */
function instant(y: number, mo: number, d: number, s: string, t: number, z: number, zEnd: number): number {
  if (s.charCodeAt(t + 2) !== 58 || s.charCodeAt(t + 5) !== 58) return Number.NaN;
  const h = digits(s, t, t + 2);
  const mi = digits(s, t + 3, t + 5);
  const sec = digits(s, t + 6, t + 8);
  const signChar = s.charCodeAt(z);
  const sign = signChar === 43 ? 1 : signChar === 45 ? -1 : 0;
  const tzh = digits(s, z + 1, z + 3);
  const tzm = digits(s, z + 3, z + 5);
  if (sign === 0 || zEnd - z !== 5 || tzh < 0 || tzm < 0 || tzm > 59) return Number.NaN;
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

let lastText = '';
let lastMs = Number.NaN;

/**
 * Epoch milliseconds of a date as `git log` prints it: the default format
 * (`Thu Apr 7 15:13:13 2005 -0700`, what `--pretty=fuller` shows), or ISO
 * (`2005-04-07 15:13:13 -0700` from `--date=iso`, `2005-04-07T15:13:13-07:00`
 * from `--date=iso-strict`). NaN when it is none of these. (The last text
 * read is remembered: a commit's two dates are often the same.)
 */
export function parseGitDate(text: string): number {
  if (text === lastText) return lastMs;
  const ms = parseUncached(text.trim());
  lastText = text;
  lastMs = ms;
  return ms;
}

function parseUncached(s: string): number {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseIsoGitDate(s);
  // Thu Apr 7 15:13:13 2005 -0700
  const s0 = s.indexOf(' ');
  const s1 = s.indexOf(' ', s0 + 1);
  const s2 = s.indexOf(' ', s1 + 1);
  const s3 = s.indexOf(' ', s2 + 1);
  const s4 = s.indexOf(' ', s3 + 1);
  if (s0 !== 3 || s1 !== 7 || s2 < 0 || s3 - s2 !== 9 || s4 < 0 || s.indexOf(' ', s4 + 1) >= 0)
    return Number.NaN;
  const mo = MONTHS[s.slice(4, 7)];
  if (mo === undefined) return Number.NaN;
  return instant(digits(s, s3 + 1, s4), mo, digits(s, s1 + 1, s2), s, s2 + 1, s4 + 1, s.length);
}

function parseIsoGitDate(s: string): number {
  // 2005-04-07 15:13:13 -0700   or   2005-04-07T15:13:13-07:00 / …Z
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.length < 19) return Number.NaN;
  const sep = s.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return Number.NaN;
  let tz = s.slice(19).trim();
  if (tz === 'Z') tz = '+0000';
  else if (tz.length === 6 && tz.charCodeAt(3) === 58) tz = tz.slice(0, 3) + tz.slice(4);
  const u = `${s.slice(0, 19)} ${tz}`;
  return instant(digits(u, 0, 4), digits(u, 5, 7) - 1, digits(u, 8, 10), u, 11, 20, u.length);
}
