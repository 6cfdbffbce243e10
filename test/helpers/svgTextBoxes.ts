import { boxesIntersect, type TextBox, textBox } from '../../src/report/internal/svg.js';

/** One `<text>` of a chart: its unescaped content and its estimated box. */
export interface PlacedText {
  text: string;
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

/**
 * Every `<text>` of a chart with its estimated box — the same estimate the
 * charts lay themselves out with (`textBox`), from the element's x, y,
 * text-anchor and font-size (inherited from the root when absent). A text
 * with a transform is refused: the charts do not rotate text.
 */
export function svgTexts(svg: string): { viewBox: TextBox; texts: PlacedText[] } {
  const root = /<svg([^>]*)>/.exec(svg)?.[1] ?? '';
  const [x0, y0, w, h] = (attribute(root, 'viewBox') ?? '').split(/\s+/).map(Number);
  const rootFont = Number(attribute(root, 'font-size') ?? 16);
  const texts = [...svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)].map((m) => {
    const attrs = m[1] as string;
    if (attribute(attrs, 'transform') !== undefined) throw new Error(`a rotated text: ${m[0]}`);
    const text = unescapeXml((m[2] as string).replace(/<[^>]*>/g, ''));
    const anchor = (attribute(attrs, 'text-anchor') ?? 'start') as 'start' | 'middle' | 'end';
    const font = Number(attribute(attrs, 'font-size') ?? rootFont);
    return {
      text,
      box: textBox(
        Number(attribute(attrs, 'x') ?? 0),
        Number(attribute(attrs, 'y') ?? 0),
        text,
        font,
        anchor,
      ),
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

/** The pairs of texts whose boxes intersect, and the texts not wholly inside the viewBox (both empty for a legible chart). */
export function illegibleTexts(svg: string): { overlapping: [string, string][]; outside: string[] } {
  const { viewBox, texts } = svgTexts(svg);
  const overlapping: [string, string][] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (boxesIntersect(texts[i]!.box, texts[j]!.box)) overlapping.push([texts[i]!.text, texts[j]!.text]);
  const outside = texts
    .filter(
      (t) =>
        t.box.left < viewBox.left ||
        t.box.right > viewBox.right ||
        t.box.top < viewBox.top ||
        t.box.bottom > viewBox.bottom,
    )
    .map((t) => t.text);
  return { overlapping, outside };
}
