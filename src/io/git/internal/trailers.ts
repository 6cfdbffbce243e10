import type { GitTrailer } from '../gitCommit.js';

/** Keys git itself recognises as trailers even in a mixed last paragraph (trailer.c's git-generated prefixes). */
const GIT_PREFIXES = ['signed-off-by', 'co-authored-by'];

/** The length of `Key:` at the start of `line` (key of letters, digits and `-`), or -1 when the line is not `Key: value`. */
function keyLength(line: string): number {
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && i > 0);
    if (!ok) break;
  }
  if (i === 0) return -1;
  let j = i;
  while (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9) j++;
  return line.charCodeAt(j) === 58 ? i : -1;
}

/** The name and e-mail in a trailer value: `Name <email>`, `<email>`, or a bare name. */
export function trailerPerson(value: string): { name?: string; email?: string } {
  const left = value.indexOf('<');
  const right = left < 0 ? -1 : value.indexOf('>', left + 1);
  if (left < 0 || right < 0) {
    const name = value.trim();
    return name === '' ? {} : { name };
  }
  const name = value.slice(0, left).trim();
  const email = value.slice(left + 1, right).trim();
  return { ...(name === '' ? {} : { name }), ...(email === '' ? {} : { email }) };
}

/**
 * The trailers of a commit message, found the way `git interpret-trailers`
 * finds them: in the last paragraph, never the first (the title); the
 * paragraph is a trailer block when every line is a trailer (or a
 * continuation line, which starts with whitespace), or when at least a
 * quarter of its lines are trailers and one has a key git or the caller
 * recognises (`Signed-off-by`, `Co-authored-by`, the keys of `known`).
 *
 * @param lines - the message lines, without git's 4-space indent
 * @param known - lower-case keys the caller recognises
 * @param firstLine - the log line of the message's first line
 */
export function parseTrailers(
  lines: readonly string[],
  known: ReadonlySet<string>,
  firstLine: number,
): GitTrailer[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
  let start = end;
  while (start > 0 && (lines[start - 1] as string).trim() !== '') start--;
  if (start === 0 || start === end) return [];
  const found: GitTrailer[] = [];
  let trailerLines = 0;
  let otherLines = 0;
  let recognised = false;
  let last: GitTrailer | undefined;
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    const c = line.charCodeAt(0);
    if ((c === 32 || c === 9) && last !== undefined) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const k = keyLength(line);
    if (k < 0) {
      otherLines++;
      last = undefined;
      continue;
    }
    trailerLines++;
    const key = line.slice(0, k);
    const lower = key.toLowerCase();
    if (GIT_PREFIXES.includes(lower) || known.has(lower)) recognised = true;
    last = { key, value: line.slice(line.indexOf(':', k) + 1).trim(), line: firstLine + i };
    found.push(last);
  }
  const isBlock = trailerLines > 0 && (otherLines === 0 || (recognised && trailerLines * 3 >= otherLines));
  if (!isBlock) return [];
  for (const t of found) {
    const who = trailerPerson(t.value);
    if (who.name !== undefined) t.name = who.name;
    if (who.email !== undefined) t.email = who.email;
  }
  return found;
}
