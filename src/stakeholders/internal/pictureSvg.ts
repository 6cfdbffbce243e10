import type { NetworkPicture } from './networkPicture.js';
import { escapeXml } from './xml.js';

/** The SVG text of a picture's texts (names get a white backing so edges do not cross them). */
function textSvg(t: NetworkPicture['texts'][number]): string {
  const parts: string[] = [];
  if (t.backed)
    parts.push(
      `<rect x="${t.box.x.toFixed(1)}" y="${t.box.y.toFixed(1)}" width="${t.box.w.toFixed(1)}" height="${t.box.h.toFixed(1)}" fill="#ffffff" fill-opacity="0.85"/>`,
    );
  if (t.swatch)
    parts.push(
      `<circle cx="${(t.x - 8).toFixed(1)}" cy="${(t.baseline - t.fontSize / 3).toFixed(1)}" r="5" fill="${t.swatch}"/>`,
    );
  parts.push(
    `<text x="${t.x.toFixed(1)}" y="${t.baseline.toFixed(1)}"${t.fontSize !== 11 ? ` font-size="${t.fontSize}"` : ''}${t.bold ? ' font-weight="bold"' : ''} fill="#222222">${escapeXml(t.text)}</text>`,
  );
  return parts.join('');
}

/**
 * The SVG document of a network picture (of `graphSvg`, and of the report's
 * network section, which draws its picture from a tie list).
 */
export function pictureSvg(p: NetworkPicture, title: string): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" font-family="sans-serif" font-size="11" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(p.caption.join(' '))}</desc>`,
    `<rect width="${p.width}" height="${p.height}" fill="#ffffff"/>`,
  ];
  // Ties as one path per shade (opacity by weight, in tenths): a tenth of the bytes of one <line> each.
  const shades = new Map<string, string[]>();
  for (const e of p.edges) {
    const a = p.nodes[e.s]!;
    const b = p.nodes[e.t]!;
    const shade = (Math.round(e.opacity * 10) / 10).toFixed(1);
    const d = `M${a.x.toFixed(1)} ${a.y.toFixed(1)}L${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
    const list = shades.get(shade);
    if (list) list.push(d);
    else shades.set(shade, [d]);
  }
  for (const [shade, ds] of [...shades].sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    parts.push(
      `<path d="${ds.join('')}" fill="none" stroke="#555555" stroke-opacity="${shade}" stroke-width="0.6"/>`,
    );
  for (const n of p.nodes)
    parts.push(
      `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${n.colour}" stroke="${n.named ? '#000000' : '#ffffff'}" stroke-width="${n.named ? 1.5 : 0.5}"><title>${escapeXml(n.tooltip)}</title></circle>`,
    );
  for (const t of p.texts) parts.push(textSvg(t));
  parts.push('</svg>');
  return parts.join('\n');
}
