import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { niceTicks, placeXLabels, textWidth } from '../../src/report/internal/svg.js';
import { lineChartSvg } from '../../src/report/lineChartSvg.js';

/** The x-axis labels of a chart (text-anchor middle, on the line below the plot): text, centre, y. */
function xAxisLabels(svg: string, height: number): { text: string; x: number }[] {
  const y = height - 46 + 14;
  return [
    ...svg.matchAll(/<text x="([\d.-]+)" y="([\d.]+)" text-anchor="middle" fill="#333">([^<]*)<\/text>/g),
  ]
    .filter((m) => Number(m[2]) === y)
    .map((m) => ({
      x: Number(m[1]),
      text: (m[3] as string)
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    }));
}

/** Checks that no two labels' estimated boxes intersect and none passes the picture's edge. */
function expectLegible(labels: { text: string; x: number }[], width: number): void {
  const boxes = labels.map((l) => ({
    left: l.x - textWidth(l.text, 11) / 2,
    right: l.x + textWidth(l.text, 11) / 2,
  }));
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(width);
  }
  for (let k = 1; k < boxes.length; k++) expect(boxes[k]!.left).toBeGreaterThan(boxes[k - 1]!.right);
}

const months = Array.from(
  { length: 24 },
  (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

describe('niceTicks', () => {
  it('scales the axis to the data with steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceTicks(210, 5, true)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(38, 5, true)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(0, 5, true)).toEqual([0, 1]);
    expect(niceTicks(1.7e308).every(Number.isFinite)).toBe(true);
  });

  it('always ends at or just above the maximum, with at most 11 ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.boolean(), (max, integer) => {
        const ticks = niceTicks(integer ? Math.ceil(max) : max, 5, integer);
        const top = ticks[ticks.length - 1]!;
        expect(top).toBeGreaterThanOrEqual((integer ? Math.ceil(max) : max) * (1 - 1e-9)); // up to rounding
        expect(ticks.length).toBeLessThanOrEqual(11);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('x labels never overlap and are never cut', () => {
  it('24 months on a line chart: thinned, the last month labelled and inside the picture', () => {
    const svg = lineChartSvg({
      title: 't',
      labels: months,
      series: [{ name: 's', values: months.map((_, i) => i) }],
    });
    const labels = xAxisLabels(svg, 280);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels[labels.length - 1]!.text).toBe('2025-12');
    expectLegible(labels, 640);
  });

  it('12 long category names on a bar chart', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Working group number ${i + 1}`);
    const svg = barChartSvg({ title: 't', labels: names, values: names.map((_, i) => i) });
    const labels = xAxisLabels(svg, 280);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels[labels.length - 1]!.text).toBe('Working group number 12');
    expectLegible(labels, 640);
  });

  it('the y axis of data peaking at 210 runs to 250, not 500', () => {
    const svg = barChartSvg({ title: 't', labels: ['a', 'b'], values: [150, 210] });
    expect(svg).toContain('>250</text>');
    expect(svg).not.toContain('>500</text>');
  });

  it('holds for any labels and widths', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 200, max: 1200 }),
        (names, width) => {
          const bar = barChartSvg({ title: 't', labels: names, values: names.map(() => 1), width });
          expectLegible(xAxisLabels(bar, 280), width);
          const placed = placeXLabels(
            names.map((_, i) => 48 + (i * (width - 60)) / Math.max(1, names.length - 1)),
            names,
            11,
            width,
          );
          expect(placed[placed.length - 1]?.index).toBe(names.length - 1);
          expectLegible(placed, width);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a legend of 8 long series names wraps inside the picture', () => {
    const series = Array.from({ length: 8 }, (_, k) => ({
      name: `Working group number ${k + 1}`,
      values: [k, k + 1],
    }));
    const svg = lineChartSvg({ title: 't', labels: ['a', 'b'], series });
    const entries = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" fill="#333">(Working[^<]*)<\/text>/g)];
    expect(entries).toHaveLength(8);
    for (const e of entries) {
      expect(Number(e[1]) + textWidth(e[3]!, 11)).toBeLessThanOrEqual(640);
      expect(Number(e[2])).toBeLessThanOrEqual(280);
    }
    const rows = new Set(entries.map((e) => e[2]));
    expect(rows.size).toBeGreaterThan(1);
  });
});
