import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { compactNumber, escapeXml, fitText, PALETTE, placeXLabels, yAxis } from './internal/svg.js';

/**
 * Input of {@link barChartSvg}.
 *
 * @example
 * ```ts
 * BarChartInputSchema.parse({ title: 'Activity by kind', labels: ['post'], values: [3] });
 * ```
 */
export const BarChartInputSchema = z
  .object({
    /** Title drawn above the chart. */
    title: z.string().max(200),
    /** One label per bar. */
    labels: z.array(z.string().max(100)).max(500),
    /** One finite value per bar (negative values are drawn as 0). */
    values: z.array(z.number().finite()).max(500),
    /** Unit shown after the title, e.g. `members`. */
    unit: z.string().max(50).optional(),
    /** Width in px. */
    width: z.number().int().min(200).max(4000).default(640),
    /** Height in px. */
    height: z.number().int().min(120).max(4000).default(280),
  })
  .refine((c) => c.labels.length === c.values.length, {
    message: 'labels and values must have the same length',
    path: ['values'],
  });

/** Input of {@link barChartSvg}. */
export type BarChartInput = z.input<typeof BarChartInputSchema>;

/**
 * A static vertical bar chart as a standalone SVG document — readable in a
 * notebook, a Markdown report or a browser, no DOM needed. Deterministic.
 * The y axis runs to a nice bound just above the data with ticks at steps
 * of 1, 2 or 5 × 10ⁿ (whole numbers for counts); x labels are thinned from
 * the last one back so that none overlaps another or is cut by the edge.
 *
 * @param input - title, labels, values and size
 * @returns the SVG text
 * @throws {@link ValidationError} when labels and values differ in length or a value is not finite
 *
 * @example
 * ```ts
 * const svg = barChartSvg({ title: 'New members', labels: ['Jan', 'Feb'], values: [12, 30] });
 * svg.startsWith('<svg'); // → true
 * ```
 */
export function barChartSvg(input: BarChartInput): string {
  const c = parseWith('barChartSvg', BarChartInputSchema, input, 'input');
  const m = { top: 34, right: 12, bottom: 46, left: 48 };
  const h = c.height - m.top - m.bottom;
  const axis = yAxis(Math.max(0, ...c.values), c.values.every(Number.isInteger), h, 11);
  m.left = axis.margin;
  const w = c.width - m.left - m.right;
  const { ticks, top: max } = axis;
  const n = Math.max(1, c.values.length);
  const band = w / n;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(c.title)}</title>`,
    `<rect width="${c.width}" height="${c.height}" fill="#ffffff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="bold">${escapeXml(fitText(`${c.title}${c.unit ? ` (${c.unit})` : ''}`, 14, c.width - 16))}</text>`,
  );
  for (const t of ticks) {
    const y = m.top + h - (t / max) * h;
    parts.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e0e0e0"/>`,
      `<text x="${m.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="#555">${compactNumber(t)}</text>`,
    );
  }
  c.values.forEach((v, i) => {
    const bh = (Math.max(0, v) / max) * h;
    const x = m.left + i * band + band * 0.1;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${(m.top + h - bh).toFixed(1)}" width="${(band * 0.8).toFixed(1)}" height="${bh.toFixed(1)}" fill="${PALETTE[0]}"><title>${escapeXml(`${c.labels[i]}: ${v}`)}</title></rect>`,
    );
  });
  // Labels thinned from the last one back so none overlaps another or the picture's edge.
  const centers = c.values.map((_, i) => m.left + i * band + band / 2);
  for (const l of placeXLabels(centers, c.labels, 11, c.width))
    parts.push(
      `<text x="${l.x.toFixed(1)}" y="${m.top + h + 17}" text-anchor="middle" fill="#333">${escapeXml(l.text)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}
