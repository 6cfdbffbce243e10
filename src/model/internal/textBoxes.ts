/**
 * Text geometry for the SVG charts, without a DOM: estimated text widths and
 * label boxes placed so that none overlaps another or leaves the picture.
 * Here, below every module, so that the report's charts and the
 * stakeholders' network picture measure text the same way.
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
 * line, is cut with an ellipsis. White space runs count as one space; empty
 * text gives no line.
 */
export function wrapText(
  text: string,
  fontSize: number,
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
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
  return lines;
}

/** An axis-aligned box: left, top, width, height (px, y downwards). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a line of SVG text is anchored (`text-anchor`). */
export type TextAnchor = 'start' | 'middle' | 'end';

/** How far text reaches above its baseline, in em (room for accents). */
const ASCENT = 0.85;
/** How far text reaches below its baseline, in em (descenders). */
const DESCENT = 0.25;

/**
 * The box a line of text covers when drawn at `(x, baseline)` with
 * `text-anchor` `anchor`: from 0.85 em above the baseline to 0.25 em below
 * it, as wide as {@link textWidth} estimates. Every chart lays its text out
 * with this box, and the legibility tests check the charts against it.
 */
export function textBox(
  text: string,
  x: number,
  baseline: number,
  fontSize: number,
  anchor: TextAnchor = 'start',
): Box {
  const w = textWidth(text, fontSize);
  const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return { x: left, y: baseline - ASCENT * fontSize, w, h: (ASCENT + DESCENT) * fontSize };
}

/** True when the two boxes share any area (touching edges do not count). */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** True when `inner` lies wholly inside `outer`. */
export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** A label to place next to a point. */
export interface LabelRequest {
  text: string;
  /** The point it names (e.g. a node's centre). */
  x: number;
  y: number;
  /** Clearance around the point (e.g. the node's radius). */
  radius: number;
}

/** A placed label: its text, the baseline point to draw it at (`text-anchor="start"`) and its box. */
export interface PlacedTextLabel {
  /** Index of the request. */
  index: number;
  text: string;
  x: number;
  baseline: number;
  box: Box;
}

/**
 * Places labels in request order (the first has priority): each goes to the
 * first of sixteen spots around its point — right, left, above, below, the
 * four corners, then the same eight farther out — whose box stays inside `area` and
 * meets no box placed before it nor any of `obstacles`. A label with no free
 * spot is left out (thinned), never drawn over another: no two returned boxes
 * intersect and all lie inside `area`.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  fontSize: number,
  area: Box,
  obstacles: readonly Box[] = [],
): PlacedTextLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedTextLabel[] = [];
  const h = (ASCENT + DESCENT) * fontSize;
  requests.forEach((r, index) => {
    const w = textWidth(r.text, fontSize);
    const gap = r.radius + 3;
    for (const far of [0, 1.5 * h]) {
      const spots: [number, number][] = [
        [r.x + gap + far, r.y - h / 2],
        [r.x - gap - far - w, r.y - h / 2],
        [r.x - w / 2, r.y - gap - far - h],
        [r.x - w / 2, r.y + gap + far],
        [r.x + gap + far, r.y - gap - far - h],
        [r.x - gap - far - w, r.y - gap - far - h],
        [r.x + gap + far, r.y + gap + far],
        [r.x - gap - far - w, r.y + gap + far],
      ];
      for (const [x, y] of spots) {
        const box = { x, y, w, h };
        if (!boxInside(box, area) || taken.some((t) => boxesIntersect(t, box))) continue;
        taken.push(box);
        placed.push({ index, text: r.text, x, baseline: y + ASCENT * fontSize, box });
        return;
      }
    }
  });
  return placed;
}
