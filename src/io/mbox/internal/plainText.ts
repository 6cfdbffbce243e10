/** The most characters an activity's text may hold. */
const MAX_TEXT = 100_000;

/** `On Mon, 7 Nov 2016, Ada wrote:` and the like, introducing a quote. */
const ATTRIBUTION = /(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|skrev|napisał)\s*:\s*$/i;

/**
 * The text an activity keeps of a message: the subject, a blank line, and the
 * plain body without what others wrote or what repeats on every message —
 * quoted lines (`>`), the attribution line just before a quote (`… wrote:`),
 * everything after a signature delimiter (`-- `) and a mailing-list footer
 * (a line of ten or more `_` and what follows, as Mailman appends).
 * Blank-line runs become one blank line. Cut at 100,000 characters.
 *
 * @param subject - the decoded subject
 * @param body - the plain-text body (postal-mime's `text`)
 * @returns the text
 */
export function plainText(subject: string, body: string): string {
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const first = firstNonBlank(line);
    if (line === '-- ' || line === '--' || (line.charCodeAt(0) === 0x5f && /^_{10,}\s*$/.test(line))) break;
    if (first === 0x3e) continue; // a quoted line: `>`, after white space or not
    if (lastNonBlank(line) === 0x3a && ATTRIBUTION.test(line) && startsQuote(nextNonBlank(lines, i + 1)))
      continue;
    if (first === -1) {
      if (kept.length === 0 || kept[kept.length - 1] === '') continue;
      kept.push('');
      continue;
    }
    kept.push(line.trimEnd());
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const text = kept.length === 0 ? subject : `${subject}\n\n${kept.join('\n')}`;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Whether `c` (a UTF-16 code unit) is white space as `\s` and `trim` see it. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first code unit of `line` that is not white space, or -1 for a blank line. */
function firstNonBlank(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** The last code unit of `line` that is not white space, or -1 for a blank line. */
function lastNonBlank(line: string): number {
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/** Whether `line` is quoted (`>` after optional white space). */
const startsQuote = (line: string): boolean => firstNonBlank(line) === 0x3e;

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++)
    if (firstNonBlank(lines[i] as string) !== -1) return lines[i] as string;
  return '';
}
