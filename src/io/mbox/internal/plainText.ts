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
    if (line === '-- ' || line === '--' || /^_{10,}\s*$/.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (line.trimEnd().endsWith(':') && ATTRIBUTION.test(line) && /^\s*>/.test(nextNonBlank(lines, i + 1)))
      continue;
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line.trimEnd());
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const text = kept.length === 0 ? subject : `${subject}\n\n${kept.join('\n')}`;
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return lines[i] as string;
  return '';
}
