import { fitText, textWidth } from '../../model/internal/textBoxes.js';

// Text estimates and the palette live below every module: the skill wheel
// (skills) and the network picture (stakeholders) measure text the same way.
export { PALETTE } from '../../model/internal/palette.js';
export { fitText, textWidth } from '../../model/internal/textBoxes.js';

/** Escapes text for use inside SVG/XML text nodes and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** Formats a number compactly for axis labels (1200 → 1.2k, 2.5e9 → 2.5B, 1e300 → 1e+300). */
export function compactNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return Number(v.toPrecision(3)).toExponential();
  if (a >= 1e9) return `${(v / 1e9).toFixed(a >= 1e10 ? 0 : 1)}B`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(a >= 1e4 ? 0 : 1)}k`;
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(a >= 10 ? 0 : a >= 1 ? 1 : 2);
}

/**
 * Axis ticks from 0 to a "nice" top at least `max`: steps of 1, 2 or 5 times
 * a power of ten, about `count` of them (the rule d3-scale's `ticks` uses),
 * whole numbers when `integer` (counts are never drawn at 2.5). For
 * `max` ≤ 0 the axis runs 0–1; where a nice top would overflow, the ticks
 * divide `max` itself in four.
 */
export function niceTicks(max: number, count = 5, integer = false): number[] {
  if (!(max > 0)) return integer ? [0, 1] : [0, 0.25, 0.5, 0.75, 1];
  const raw = max / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  let step = p * (m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.sqrt(2) ? 2 : 1);
  if (integer) step = Math.max(1, Math.round(step));
  const steps = Math.ceil(max / step - 1e-9);
  const top = steps * step;
  if (!Number.isFinite(top) || !Number.isFinite(step) || step <= 0 || steps > 1000)
    // Quarters of `max`, dropping any that underflow to repeat another (a denormal `max`).
    return [0, max / 4, max / 2, max * 0.75, max].filter(
      (t, k, all) => k === 0 || t > (all[k - 1] as number),
    );
  return Array.from({ length: steps + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

/** The y axis of a chart: its ticks, and the left margin its widest label needs. */
export interface YAxis {
  /** Tick values from 0 up to the top of the axis. */
  ticks: number[];
  /** The top of the axis (the last tick). */
  top: number;
  /** Left margin in px: at least 48, and room for the widest tick label. */
  margin: number;
}

/**
 * The y axis for data peaking at `max` on a plot `height` px tall: nice
 * ticks ({@link niceTicks}), about five, but fewer where the plot is too
 * short for five labels `fontSize` px high to stand apart, so that no two
 * tick labels overlap.
 */
export function yAxis(max: number, integer: boolean, height: number, fontSize: number): YAxis {
  const room = 1.1 * fontSize + 2;
  // The closest two ticks, in px (ticks are evenly spaced except where a tiny `max` rounds them).
  const closest = (t: readonly number[]): number =>
    Math.min(...t.slice(1).map((v, k) => ((v - (t[k] as number)) / (t[t.length - 1] as number)) * height));
  let ticks = niceTicks(max, 5, integer);
  for (let count = 4; count >= 1 && closest(ticks) < room; count--) ticks = niceTicks(max, count, integer);
  // Still too crowded (a very short plot): keep only the ends.
  if (closest(ticks) < room) ticks = [0, ticks[ticks.length - 1] as number];
  const widest = Math.max(...ticks.map((t) => textWidth(compactNumber(t), fontSize)));
  return { ticks, top: ticks[ticks.length - 1] as number, margin: Math.max(48, Math.ceil(widest + 12)) };
}

/** An x-axis label placed so it overlaps no other and stays inside the picture. */
export interface PlacedLabel {
  /** Index of the label among all labels. */
  index: number;
  /** Centre of the text (drawn with `text-anchor="middle"`). */
  x: number;
  /** The text, cut with an ellipsis when wider than the picture. */
  text: string;
  /** Estimated width in px. */
  width: number;
}

/**
 * Which x labels to draw, and where: every k-th label counted back from the
 * last (the most recent period is always labelled), each kept inside
 * `[0, width]` and at least `gap` px from its neighbours — thinned, never
 * overlapping, never clipped.
 */
export function placeXLabels(
  centers: readonly number[],
  labels: readonly string[],
  fontSize: number,
  width: number,
  gap = 6,
): PlacedLabel[] {
  const n = Math.min(centers.length, labels.length);
  if (n === 0) return [];
  const texts = labels.slice(0, n).map((l) => fitText(l, fontSize, width - 4));
  const widest = Math.max(...texts.map((t) => textWidth(t, fontSize)));
  const spacing = n > 1 ? Math.abs((centers[n - 1] as number) - (centers[0] as number)) / (n - 1) : width;
  const every = Math.max(1, Math.ceil((widest + gap) / Math.max(spacing, 1e-9)));
  const placed: PlacedLabel[] = [];
  for (let i = n - 1; i >= 0; i -= every) {
    const text = texts[i] as string;
    const w = textWidth(text, fontSize);
    const x = Math.min(Math.max(centers[i] as number, w / 2 + 2), width - w / 2 - 2);
    const right = placed[placed.length - 1];
    if (right !== undefined && x + w / 2 + gap > right.x - right.width / 2) continue;
    placed.push({ index: i, x, text, width: w });
  }
  return placed.reverse();
}
