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
 * `text` broken at spaces into lines of at most `width` px (a word wider
 * than a line is cut with an ellipsis).
 */
export function wrapText(text: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (textWidth(next, fontSize) <= width) line = next;
    else {
      if (line !== '') lines.push(line);
      line = fitText(word, fontSize, width);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** An axis-aligned box: left, top, width, height (px, y downwards). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The box a line of text covers when drawn at `(x, baseline)` with
 * `text-anchor="start"`: from an ascent of one font size above the baseline
 * to a descent of a third below it, as wide as {@link textWidth} estimates.
 */
export function textBox(text: string, x: number, baseline: number, fontSize: number): Box {
  return { x, y: baseline - fontSize, w: textWidth(text, fontSize), h: (fontSize * 4) / 3 };
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
  const h = (fontSize * 4) / 3;
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
        placed.push({ index, text: r.text, x, baseline: y + fontSize, box });
        return;
      }
    }
  });
  return placed;
}
