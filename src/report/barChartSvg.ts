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
 * of 1, 2 or 5 × 10ⁿ (whole numbers for counts), fewer on a short chart. x
 * labels that do not fit side by side are turned 45° (every bar keeps its
 * label, cut with "…" where too long); where bars are too narrow even for
 * that, labels are thinned from the last one back. No label overlaps
 * another or is cut by the edge.
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
  const n = Math.max(1, c.values.length);
  const top = Math.max(0, ...c.values);
  const integer = c.values.every(Number.isInteger);
  // Labels that do not all fit side by side are turned 45° (when bars are wide enough for
  // turned labels to stand apart); the bottom margin then grows to hold the longest one.
  const first = yAxis(top, integer, c.height - 34 - 46, 11);
  const firstBand = (c.width - first.margin - 12) / n;
  const fitsFlat =
    placeXLabels(
      c.values.map((_, i) => first.margin + (i + 0.5) * firstBand),
      c.labels,
      11,
      c.width,
    ).length === c.values.length;
  const turned =
    !fitsFlat && firstBand >= TURNED_SPACING ? turnedLabels(c.labels, first.margin, firstBand) : undefined;
  const m = { top: 34, right: 12, bottom: turned === undefined ? 46 : turned.depth + 12, left: 48 };
  const height = Math.max(c.height, m.top + (turned === undefined ? 40 : 60) + m.bottom);
  const h = height - m.top - m.bottom;
  const axis = yAxis(top, integer, h, 11);
  m.left = Math.max(axis.margin, first.margin);
  const w = c.width - m.left - m.right;
  const { ticks, top: max } = axis;
  const band = w / n;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${height}" viewBox="0 0 ${c.width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(c.title)}</title>`,
    `<rect width="${c.width}" height="${height}" fill="#ffffff"/>`,
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
  const centers = c.values.map((_, i) => m.left + i * band + band / 2);
  if (turned !== undefined && band >= TURNED_SPACING) {
    const y = m.top + h + 10;
    turned.texts.forEach((t, i) => {
      const x = (centers[i] as number).toFixed(1);
      parts.push(
        `<text x="${x}" y="${y}" text-anchor="end" transform="rotate(-45 ${x} ${y})" fill="#333">${escapeXml(t)}</text>`,
      );
    });
    parts.push('</svg>');
    return parts.join('\n');
  }
  // Too narrow even for turned labels: thinned from the last one back so none overlaps another or the edge.
  for (const l of placeXLabels(centers, c.labels, 11, c.width))
    parts.push(
      `<text x="${l.x.toFixed(1)}" y="${m.top + h + 17}" text-anchor="middle" fill="#333">${escapeXml(l.text)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}

/** Bars at least this far apart (px) leave room for labels turned 45° (1.1 em + 2 px across, over sin 45°). */
const TURNED_SPACING = (1.1 * 11 + 2) / Math.SQRT1_2;

/**
 * Labels turned 45°, hanging down-left from under their bars: each cut to
 * what fits between its bar and the picture's left edge (at most 130 px), and
 * how far below the axis the longest reaches.
 */
function turnedLabels(
  labels: readonly string[],
  left: number,
  band: number,
): { texts: string[]; depth: number } {
  const texts = labels.map((l, i) => {
    const room = (left + (i + 0.5) * band - 4) / Math.SQRT1_2 - 11;
    return fitText(l, 11, Math.max(11, Math.min(130, room)));
  });
  const longest = Math.max(0, ...texts.map((t) => textWidth(t, 11)));
  return { texts, depth: Math.ceil(10 + (longest + 11) * Math.SQRT1_2) };
}
