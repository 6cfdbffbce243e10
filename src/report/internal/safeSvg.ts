/** SVG elements our charts use; anything else (script, foreignObject, image, use, a, style…) is refused. */
const TAGS = new Set([
  'svg',
  'g',
  'title',
  'desc',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
]);

/** Presentation attributes our charts use; nothing that can load a resource or run code. */
const ATTRIBUTES = new Set([
  'xmlns',
  'width',
  'height',
  'viewBox',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'd',
  'points',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'role',
  'aria-label',
  'aria-hidden',
]);

/**
 * The SVG document if it is a plain picture safe to inline in a page — only
 * known shape and text elements, known presentation attributes with
 * double-quoted values, no comments, no `url(` and no address of another
 * host — with the `xmlns` declaration removed (HTML does not need it);
 * `undefined` otherwise. A report is data and may come from anywhere: its
 * figures are checked, not trusted.
 */
export function safeInlineSvg(svg: string): string | undefined {
  const text = svg.trim();
  if (!/^<svg[\s>]/.test(text) || !/<\/svg>$/.test(text)) return undefined;
  if (/url\s*\(|:\/\/|&#|<!|<\?/i.test(text.replace(/\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')))
    return undefined;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[a-zA-Z][\w:-]*="[^"<>]*")*)\s*(\/?)>/y;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(text);
    if (m === null) return undefined;
    const [, closing, name, attributes] = m;
    if (!TAGS.has(name as string)) return undefined;
    if (closing === '/' && attributes !== '') return undefined;
    for (const a of (attributes as string).matchAll(/([a-zA-Z][\w:-]*)="/g))
      if (!ATTRIBUTES.has(a[1] as string)) return undefined;
    at = tag.lastIndex;
  }
  return text.replace(/\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
}
