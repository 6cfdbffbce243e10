/**
 * How much room a line of SVG text takes, estimated without a DOM or a
 * font file. Every chart of the package (the skill wheel here, the report's
 * bar, line and network charts through `report/internal/svg.ts`) uses these
 * same estimates, and the legibility tests check the charts' text against
 * them. They live in `skills` because the wheel is drawn here and `skills`
 * may not import from `report` (the report imports from it).
 */

/** Estimated width in px of `text` at `fontSize` in a sans-serif font (generous, so estimates err wide). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    em +=
      code >= 0x2e80
        ? 1
        : /[MWmw@%]/.test(ch)
          ? 0.9
          : /[A-Z]/.test(ch)
            ? 0.72
            : /[il.,:;'|!]/.test(ch)
              ? 0.3
              : 0.6;
  }
  return em * fontSize;
}

/** `text` cut with an ellipsis to at most `width` px. */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * `text` broken at spaces into at most `maxLines` lines of at most `width`
 * px each; a word wider than a line, or whatever does not fit in the last
 * line, is cut with an ellipsis. White space runs count as one space.
 */
export function wrapText(text: string, fontSize: number, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let k = 0;
  while (k < words.length && lines.length < maxLines) {
    if (lines.length === maxLines - 1) {
      lines.push(fitText(words.slice(k).join(' '), fontSize, width));
      break;
    }
    let line = words[k] as string;
    k++;
    while (k < words.length && textWidth(`${line} ${words[k]}`, fontSize) <= width) {
      line = `${line} ${words[k]}`;
      k++;
    }
    lines.push(fitText(line, fontSize, width));
  }
  return lines.length === 0 ? [''] : lines;
}

/** Where a line of SVG text is anchored (`text-anchor`). */
export type TextAnchor = 'start' | 'middle' | 'end';

/** The estimated box a line of text takes on the page. */
export interface TextBox {
  /** Left edge in px. */
  left: number;
  /** Right edge in px. */
  right: number;
  /** Top edge in px (the baseline minus the ascent). */
  top: number;
  /** Bottom edge in px (the baseline plus the descent). */
  bottom: number;
}

/**
 * The estimated box of `<text x y text-anchor font-size>` holding `text`:
 * as wide as {@link textWidth}, from 0.85 em above the baseline to 0.25 em
 * below it (room for accents and descenders).
 */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: TextAnchor): TextBox {
  const w = textWidth(text, fontSize);
  const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return { left, right: left + w, top: y - 0.85 * fontSize, bottom: y + 0.25 * fontSize };
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesIntersect(a: TextBox, b: TextBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
