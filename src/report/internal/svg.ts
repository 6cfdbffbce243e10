/** Escapes text for use inside SVG/XML text nodes and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** Formats a number compactly for axis labels (1200 → 1.2k). */
export function compactNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${(v / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(a >= 1e4 ? 0 : 1)}k`;
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(a >= 10 ? 0 : a >= 1 ? 1 : 2);
}

/** "Nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  // Near Number.MAX_VALUE a nicer bound would overflow to Infinity: keep `max` itself then.
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return Number.isFinite(m * p) ? m * p : max;
  return Number.isFinite(10 * p) ? 10 * p : max;
}

/** A categorical palette that stays readable for colour-blind readers (Okabe–Ito). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];
