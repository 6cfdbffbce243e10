import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import {
  compactNumber,
  escapeXml,
  fitText,
  PALETTE,
  placeXLabels,
  textWidth,
  yAxis,
} from './internal/svg.js';

/**
 * Input of {@link lineChartSvg}.
 *
 * @example
 * ```ts
 * LineChartInputSchema.parse({ title: 'Active members', labels: ['Jan', 'Feb'], series: [{ name: 'active', values: [3, 4] }] });
 * ```
 */
export const LineChartInputSchema = z
  .object({
    /** Title drawn above the chart. */
    title: z.string().max(200),
    /** One label per x position. */
    labels: z.array(z.string().max(100)).max(2000),
    /** Lines; each has one value per label (`null` leaves a gap). */
    series: z
      .array(z.object({ name: z.string().max(100), values: z.array(z.number().finite().nullable()) }))
      .min(1)
      .max(8),
    /** Unit shown after the title. */
    unit: z.string().max(50).optional(),
    /** Width in px. */
    width: z.number().int().min(200).max(4000).default(640),
    /** Height in px. */
    height: z.number().int().min(120).max(4000).default(280),
  })
  .refine((c) => c.series.every((s) => s.values.length === c.labels.length), {
    message: 'every series needs one value per label',
    path: ['series'],
  });

/** Input of {@link lineChartSvg}. */
export type LineChartInput = z.input<typeof LineChartInputSchema>;

/**
 * A static line chart (one or more series over the same labels) as a
 * standalone SVG document, with a legend (wrapped to as many rows as it
 * needs; a legend too tall for `height` makes the picture taller).
 * Deterministic; no DOM needed.
 * The y axis runs to a nice bound just above the data with ticks at steps
 * of 1, 2 or 5 × 10ⁿ (whole numbers for counts); x labels are thinned from
 * the last one back so that none overlaps another or is cut by the edge.
 *
 * @param input - title, labels and series
 * @returns the SVG text
 * @throws {@link ValidationError} when a series does not have one value per label
 *
 * @example
 * ```ts
 * const svg = lineChartSvg({ title: 'Active members', labels: ['Jan', 'Feb', 'Mar'], series: [{ name: 'active', values: [40, 52, 47] }] });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // → true
 * ```
 */
export function lineChartSvg(input: LineChartInput): string {
  const c = parseWith('lineChartSvg', LineChartInputSchema, input, 'input');
  // The legend: entries side by side, each as wide as its name, wrapping to a new row when the width
  // runs out; the plot gives up one line of height per extra row, so no entry is cut.
  const legend: { name: string; x: number; row: number }[] = [];
  let lx = 48;
  let row = 0;
  for (const s of c.series) {
    const name = fitText(s.name, 11, c.width - 48 - 20);
    const entry = 14 + textWidth(name, 11) + 16;
    if (lx > 48 && lx + entry > c.width) {
      lx = 48;
      row++;
    }
    legend.push({ name, x: lx, row });
    lx += entry;
  }
  // A legend too tall for the height asked for makes the picture taller: the plot keeps at least 40 px.
  const m = { top: 34, right: 12, bottom: 46 + 14 * row, left: 48 };
  const height = Math.max(c.height, m.top + 40 + m.bottom);
  const h = height - m.top - m.bottom;
  const all = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const axis = yAxis(Math.max(0, ...all), all.every(Number.isInteger), h, 11);
  m.left = axis.margin;
  const w = c.width - m.left - m.right;
  const { ticks, top: max } = axis;
  const n = c.labels.length;
  const xAt = (i: number): number => m.left + (n <= 1 ? w / 2 : (w * i) / (n - 1));
  const yAt = (v: number): number => m.top + h - (Math.max(0, v) / max) * h;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${height}" viewBox="0 0 ${c.width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(c.title)}</title>`,
    `<rect width="${c.width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="bold">${escapeXml(fitText(`${c.title}${c.unit ? ` (${c.unit})` : ''}`, 14, c.width - 16))}</text>`,
  ];
  for (const t of ticks) {
    const y = m.top + h - (t / max) * h;
    parts.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e0e0e0"/>`,
      `<text x="${m.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="#555">${compactNumber(t)}</text>`,
    );
  }
  // Labels thinned from the last one back so none overlaps another or the picture's edge.
  for (const l of placeXLabels(
    c.labels.map((_, i) => xAt(i)),
    c.labels,
    11,
    c.width,
  ))
    parts.push(
      `<text x="${l.x.toFixed(1)}" y="${m.top + h + 17}" text-anchor="middle" fill="#333">${escapeXml(l.text)}</text>`,
    );
  c.series.forEach((s, k) => {
    const colour = PALETTE[k % PALETTE.length];
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${xAt(i).toFixed(1)},${yAt(v).toFixed(1)}`;
      pen = true;
    });
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    const entry = legend[k] as (typeof legend)[number];
    const y = m.top + h + 32 + 14 * entry.row;
    parts.push(
      `<rect x="${entry.x.toFixed(1)}" y="${y - 8}" width="10" height="10" fill="${colour}"/>`,
      `<text x="${(entry.x + 14).toFixed(1)}" y="${y + 1}" fill="#333">${escapeXml(entry.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
