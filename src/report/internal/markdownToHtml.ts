/**
 * The small Markdown the report sections write — headings, paragraphs,
 * bold and italic, code spans, bulleted and numbered lists, pipe tables and
 * links — converted to HTML. Everything else is text: raw HTML is escaped,
 * link targets other than `https:`, `http:`, `mailto:` and `#anchors` are
 * shown as text, and backslash escapes and the entities `&amp;` `&lt;` `&gt;`
 * `&quot;` `&#39;` mean what they mean in Markdown. No dependency, no
 * regular expression that can backtrack badly, deterministic.
 */

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

// Private-use characters mark escaped characters and finished HTML while the inline pass runs.
const ESCAPED = 0xe000; // U+E000 + ASCII code: a backslash-escaped character
const STASH_OPEN = '\ue100';
const STASH_CLOSE = '\ue101';
const PRIVATE = /[\ue000-\ue101]/g;

const ENTITY = /^&(amp|lt|gt|quot|#39|apos);/;
const ENTITY_TEXT: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
};

/** Markdown inline text → HTML. */
export function inlineToHtml(markdown: string): string {
  const stash: string[] = [];
  const keep = (html: string): string => `${STASH_OPEN}${stash.push(html) - 1}${STASH_CLOSE}`;
  // 1. Backslash escapes and the entities Markdown knows become marked characters.
  let text = '';
  const src = markdown.replace(PRIVATE, '\ufffd');
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) {
      text += String.fromCharCode(ESCAPED + next.charCodeAt(0));
      i++;
    } else if (c === '&' && ENTITY.test(src.slice(i, i + 6))) {
      const name = (ENTITY.exec(src.slice(i, i + 6)) as RegExpExecArray)[1] as string;
      text += String.fromCharCode(ESCAPED + (ENTITY_TEXT[name] as string).charCodeAt(0));
      i += name.length + 1;
    } else text += c;
  }
  // 2. Code spans: their content is text.
  text = text.replace(/`([^`]+)`/g, (_, code: string) => keep(`<code>${escapeHtml(code)}</code>`));
  // 3. Links: [label](target); a target we do not allow leaves the label and target as text.
  text = text.replace(
    /\[([^\]\n]{0,1000})\]\(([^()\s]{0,2000})\)/g,
    (whole, label: string, target: string) => {
      const href = unmark(target);
      if (!/^(https?:\/\/[^\s]+|mailto:[^\s]+|#[\w-]+)$/i.test(href)) return keep(escapeHtml(unmark(whole)));
      return keep(`<a href="${escapeHtml(href)}">${emphasis(escapeHtml(label))}</a>`);
    },
  );
  // 4. The rest: escaped, then emphasis.
  let html = emphasis(escapeHtml(text));
  // 5. Finished pieces and escaped characters back.
  for (let round = 0; round < 2; round++)
    html = html.replace(/\ue100(\d+)\ue101/g, (_, k: string) => stash[Number(k)] as string);
  return html.replace(/[\ue000-\ue07f]/g, (c) => escapeHtml(String.fromCharCode(c.charCodeAt(0) - ESCAPED)));
}

/** The marked characters of `text` back as plain characters. */
function unmark(text: string): string {
  return text.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED));
}

/** **bold**, __bold__, *italic*, _italic_ (intraword underscores stay text). */
function emphasis(html: string): string {
  return html
    .replace(/\*\*(?=\S)([^*]*[^\s*])\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w])__(?=\S)([^_]*[^\s_])__(?!\w)/g, '$1<strong>$2</strong>')
    .replace(/\*(?=[^\s*])([^*]*[^\s*]|[^\s*])\*/g, '<em>$1</em>')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*[^\s_]|[^\s_])_(?!\w)/g, '$1<em>$2</em>');
}

/** The cells of a pipe-table row (a `|` after a backslash stays in its cell). */
function tableCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) {
      cell += c + body[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

const TABLE_RULE = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const HEADING = /^(#{1,6})[ \t]+(\S.*)$/;

/** Options of {@link markdownToHtml}. */
export interface MarkdownToHtmlOptions {
  /** Added to heading levels (`#` becomes `h1 + offset`, at most h6). */
  headingOffset?: number;
}

/** Markdown blocks → HTML, one block per line of output. */
export function markdownToHtml(markdown: string, options: MarkdownToHtmlOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const isBlank = (k: number): boolean => (lines[k] ?? '').trim() === '';
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line.trim());
    if (heading) {
      const level = Math.min(6, (heading[1] as string).length + offset);
      out.push(`<h${level}>${inlineToHtml(headingText(heading[2] as string))}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && TABLE_RULE.test((lines[i + 1] ?? '').trim())) {
      const head = tableCells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && (lines[i] as string).trim().startsWith('|'))
        rows.push(tableCells(lines[i++] as string));
      out.push(tableHtml(head, rows));
      continue;
    }
    const list = BULLET.test(line) ? BULLET : NUMBERED.test(line) ? NUMBERED : undefined;
    if (list) {
      const items: string[] = [];
      while (i < lines.length && !isBlank(i)) {
        const item = list.exec(lines[i] as string);
        if (item) items.push(item[1] as string);
        else if (items.length > 0) items[items.length - 1] += ` ${(lines[i] as string).trim()}`;
        i++;
      }
      const tag = list === BULLET ? 'ul' : 'ol';
      out.push(`<${tag}>${items.map((t) => `<li>${inlineToHtml(t)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const para: string[] = [];
    while (
      i < lines.length &&
      !isBlank(i) &&
      !HEADING.test((lines[i] as string).trim()) &&
      !(para.length > 0 && (BULLET.test(lines[i] as string) || NUMBERED.test(lines[i] as string))) &&
      !((lines[i] as string).trim().startsWith('|') && TABLE_RULE.test((lines[i + 1] ?? '').trim()))
    )
      para.push((lines[i++] as string).trim());
    out.push(`<p>${inlineToHtml(para.join(' '))}</p>`);
  }
  return out.join('\n');
}

/** A heading's text without its closing `#`s (linear: no regular expression over the whitespace). */
function headingText(text: string): string {
  const t = text.trimEnd();
  let j = t.length;
  while (j > 0 && t[j - 1] === '#') j--;
  return j < t.length && (j === 0 || t[j - 1] === ' ' || t[j - 1] === '\t') ? t.slice(0, j).trimEnd() : t;
}

/** A table with a header row; an empty header (`| | |`) leaves the head out. */
function tableHtml(head: readonly string[], rows: readonly string[][]): string {
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const cells = (r: readonly string[], tag: 'th' | 'td', scope = ''): string =>
    Array.from({ length: width }, (_, k) => `<${tag}${scope}>${inlineToHtml(r[k] ?? '')}</${tag}>`).join('');
  const thead = head.every((h) => h === '')
    ? ''
    : `<thead><tr>${cells(head, 'th', ' scope="col"')}</tr></thead>`;
  return `<table>${thead}<tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}
