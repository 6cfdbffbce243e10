import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import { compactNumber, escapeXml, niceMax, PALETTE } from './internal/svg.js';

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
 * standalone SVG document, with a legend. Deterministic; no DOM needed.
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
  const m = { top: 34, right: 12, bottom: 46, left: 48 };
  const w = c.width - m.left - m.right;
  const h = c.height - m.top - m.bottom;
  const all = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...all));
  const n = c.labels.length;
  const xAt = (i: number): number => m.left + (n <= 1 ? w / 2 : (w * i) / (n - 1));
  const yAt = (v: number): number => m.top + h - (Math.max(0, v) / max) * h;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(c.title)}</title>`,
    `<rect width="${c.width}" height="${c.height}" fill="#ffffff"/>`,
    `<text x="${m.left}" y="20" font-size="14" font-weight="bold">${escapeXml(c.title)}${c.unit ? ` (${escapeXml(c.unit)})` : ''}</text>`,
  ];
  for (let k = 0; k <= 4; k++) {
    const y = m.top + h - (h * k) / 4;
    parts.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#e0e0e0"/>`,
      `<text x="${m.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="#555">${compactNumber(max * (k / 4))}</text>`,
    );
  }
  const labelEvery = Math.ceil(n / Math.max(1, Math.floor(w / 50)));
  c.labels.forEach((label, i) => {
    if (i % labelEvery === 0)
      parts.push(
        `<text x="${xAt(i).toFixed(1)}" y="${m.top + h + 14}" text-anchor="middle" fill="#333">${escapeXml(label)}</text>`,
      );
  });
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
    const ly = m.top + h + 32;
    const lx = m.left + k * 140;
    parts.push(
      `<rect x="${lx}" y="${ly - 8}" width="10" height="10" fill="${colour}"/>`,
      `<text x="${lx + 14}" y="${ly + 1}" fill="#333">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
