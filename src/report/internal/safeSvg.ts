/** The one namespace an inlined picture may declare. */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

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
 * double-quoted values, no comments, and no attribute value holding `url(`,
 * an address of another host or a character reference (text between tags
 * is only ever shown, so a member's name may mention an address) — with the `xmlns` declaration removed (HTML does not need it);
 * `undefined` otherwise. A report is data and may come from anywhere: its
 * figures are checked, not trusted.
 */
export function safeInlineSvg(svg: string): string | undefined {
  const text = svg.trim();
  if (!/^<svg[\s>]/.test(text) || !/<\/svg>$/.test(text)) return undefined;
  if (/<!|<\?/.test(text)) return undefined;
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
    for (const [, attribute, value] of (attributes as string).matchAll(/([a-zA-Z][\w:-]*)="([^"]*)"/g)) {
      if (!ATTRIBUTES.has(attribute as string)) return undefined;
      if (attribute === 'xmlns' ? value !== SVG_NAMESPACE : /url\s*\(|:\/\/|&#/i.test(value as string))
        return undefined;
    }
    at = tag.lastIndex;
  }
  return text.replace(/\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
}
