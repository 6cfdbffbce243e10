import { isWhiteSpace } from './whiteSpace.js';

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
  const text = body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
  // The subject, an empty line, then the kept lines as runs of the text already joined by its own
  // line breaks. Joined at the end into a new string, so the text keeps no reference to the whole
  // body (the quotes and signature left out would otherwise stay in memory with each activity).
  const runs: string[] = [subject, ''];
  let runStart = -1;
  let runEnd = -1;
  let kept = false;
  let blank = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    const first = firstNonBlankAt(text, start, end);
    const c = text.charCodeAt(start);
    if (c === 0x2d || c === 0x5f) {
      const line = text.slice(start, end);
      if (line === '-- ' || line === '--' || (c === 0x5f && /^_{10,}\s*$/.test(line))) break;
    }
    if (first === 0x3e) {
      start = next;
      continue;
    }
    if (first === -1) {
      if (kept && blank < 0) blank = start;
      start = next;
      continue;
    }
    let e = end;
    while (isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (
      text.charCodeAt(e - 1) === 0x3a &&
      ATTRIBUTION.test(text.slice(start, end)) &&
      quoteFollows(text, next)
    ) {
      start = next;
      continue;
    }
    // A run grows while kept lines follow one another in the text; a kept blank line is the empty range at its start.
    if (blank >= 0) {
      if (runStart >= 0 && blank === runEnd + 1) runEnd = blank;
      else {
        if (runStart >= 0) runs.push(text.slice(runStart, runEnd));
        runStart = blank;
        runEnd = blank;
      }
      blank = -1;
    }
    if (runStart >= 0 && start === runEnd + 1) runEnd = e;
    else {
      if (runStart >= 0) runs.push(text.slice(runStart, runEnd));
      runStart = start;
      runEnd = e;
    }
    kept = true;
    start = next;
  }
  if (runStart >= 0) runs.push(text.slice(runStart, runEnd));
  const out = runs.length === 2 ? subject : runs.join('\n');
  return out.length > MAX_TEXT ? out.slice(0, MAX_TEXT) : out;
}

/** The first code unit of `text[from, to)` that is not white space, or -1 when there is none. */
function firstNonBlankAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isWhiteSpace(c)) return c;
  }
  return -1;
}

/** Whether the first line after `from` that is not blank is quoted (`>` after optional white space). */
const quoteFollows = (text: string, from: number): boolean =>
  firstNonBlankAt(text, from, text.length) === 0x3e;
