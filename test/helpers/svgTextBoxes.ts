import { type Box, type TextAnchor, textBox } from '../../src/model/internal/textBoxes.js';

/** A box by its edges (px, y downwards). */
export interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The edges of a box. */
const edges = (b: Box): TextBox => ({ left: b.x, right: b.x + b.w, top: b.y, bottom: b.y + b.h });

/** A point on the page. */
type Point = [number, number];

/** One `<text>` of a chart: its unescaped content, its estimated box's corners (turned with the text) and their bounds. */
export interface PlacedText {
  text: string;
  corners: Point[];
  box: TextBox;
}

const unescapeXml = (t: string): string =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/** The corners of `box` turned by `degrees` (SVG: clockwise) about (cx, cy). */
function turned(box: TextBox, degrees: number, cx: number, cy: number): Point[] {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const corners: Point[] = [
    [box.left, box.top],
    [box.right, box.top],
    [box.right, box.bottom],
    [box.left, box.bottom],
  ];
  return corners.map(([x, y]) => [
    cx + (x - cx) * cos - (y - cy) * sin,
    cy + (x - cx) * sin + (y - cy) * cos,
  ]);
}

/**
 * Every `<text>` of a chart with its estimated box — the same estimate the
 * charts lay themselves out with (`textBox`), from the element's x, y,
 * text-anchor and font-size (inherited from the root when absent), turned
 * by its `rotate(a x y)` transform when it has one.
 */
export function svgTexts(svg: string): { viewBox: TextBox; texts: PlacedText[] } {
  const root = /<svg([^>]*)>/.exec(svg)?.[1] ?? '';
  const [x0, y0, w, h] = (attribute(root, 'viewBox') ?? '').split(/\s+/).map(Number);
  const rootFont = Number(attribute(root, 'font-size') ?? 16);
  const texts = [...svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => {
    const attrs = m[1] as string;
    const text = unescapeXml((m[2] as string).replace(/<[^>]*>/g, ''));
    const anchor = (attribute(attrs, 'text-anchor') ?? 'start') as TextAnchor;
    const font = Number(attribute(attrs, 'font-size') ?? rootFont);
    const box = edges(
      textBox(text, Number(attribute(attrs, 'x') ?? 0), Number(attribute(attrs, 'y') ?? 0), font, anchor),
    );
    const transform = attribute(attrs, 'transform');
    let corners = turned(box, 0, 0, 0);
    if (transform !== undefined) {
      const r = /^rotate\(([-\d.]+) ([-\d.]+) ([-\d.]+)\)$/.exec(transform);
      if (r === null) throw new Error(`a transform other than rotate(a x y): ${m[0]}`);
      corners = turned(box, Number(r[1]), Number(r[2]), Number(r[3]));
    }
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return {
      text,
      corners,
      box: { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) },
    };
  });
  return {
    viewBox: {
      left: x0 as number,
      top: y0 as number,
      right: (x0 as number) + (w as number),
      bottom: (y0 as number) + (h as number),
    },
    texts,
  };
}

/** Whether two convex quadrilaterals overlap (separating axis theorem; touching does not count). */
function overlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i] as Point;
      const [x2, y2] = poly[(i + 1) % poly.length] as Point;
      const axis: Point = [y1 - y2, x2 - x1];
      const project = (p: readonly Point[]) => p.map(([x, y]) => x * axis[0] + y * axis[1]);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + 1e-9 || Math.max(...pb) <= Math.min(...pa) + 1e-9)
        return false;
    }
  return true;
}

/** The pairs of texts whose boxes intersect, and the texts not wholly inside the viewBox (both empty for a legible chart). */
export function illegibleTexts(svg: string): { overlapping: [string, string][]; outside: string[] } {
  const { viewBox, texts } = svgTexts(svg);
  const overlapping: [string, string][] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (overlap(texts[i]!.corners, texts[j]!.corners)) overlapping.push([texts[i]!.text, texts[j]!.text]);
  const outside = texts
    .filter(
      (t) =>
        t.box.left < viewBox.left - 1e-9 ||
        t.box.right > viewBox.right + 1e-9 ||
        t.box.top < viewBox.top - 1e-9 ||
        t.box.bottom > viewBox.bottom + 1e-9,
    )
    .map((t) => t.text);
  return { overlapping, outside };
}
