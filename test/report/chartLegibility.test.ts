import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { communityReport } from '../../src/report/communityReport.js';
import { niceTicks, placeXLabels, textWidth, yAxis } from '../../src/report/internal/svg.js';
import { lineChartSvg } from '../../src/report/lineChartSvg.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { illegibleTexts } from '../helpers/svgTextBoxes.js';

/** The x-axis labels of a chart (text-anchor middle, on the line below the plot): text, centre, y. */
function xAxisLabels(svg: string, height: number): { text: string; x: number }[] {
  const y = height - 46 + 17;
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

  it('12 long category names on a bar chart: every bar labelled, turned 45°, none overlapping or cut', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Group ${i + 1} of the working groups`);
    const svg = barChartSvg({ title: 't', labels: names, values: names.map((_, i) => i) });
    const turned = [...svg.matchAll(/<text [^>]*transform="rotate\(-45 [^"]*\)"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(turned).toHaveLength(12);
    // Each cut to what fits (at most 130 px), in bar order.
    expect(turned.every((t, i) => t!.startsWith(`Group ${i + 1} `))).toBe(true);
    expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
    // Before, the labels were thinned: at most every other bar had a name.
    expect(xAxisLabels(svg, 280)).toEqual([]);
  });

  it('turns labels only when they do not fit side by side, and thins them when bars are too narrow even for that', () => {
    const flat = barChartSvg({ title: 't', labels: ['Jan', 'Feb', 'Mar'], values: [1, 2, 3] });
    expect(flat).not.toContain('rotate(');
    expect(xAxisLabels(flat, 280).map((l) => l.text)).toEqual(['Jan', 'Feb', 'Mar']);
    const many = Array.from({ length: 60 }, (_, i) => `Category ${i + 1}`);
    const thin = barChartSvg({ title: 't', labels: many, values: many.map(() => 1) });
    expect(thin).not.toContain('rotate(');
    const shown = xAxisLabels(thin, 280);
    expect(shown.length).toBeLessThan(60);
    expect(shown.at(-1)!.text).toBe('Category 60');
    expect(illegibleTexts(thin)).toEqual({ overlapping: [], outside: [] });
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

/** Whether `step` is 1, 2 or 5 × 10ⁿ (up to floating-point rounding). */
function isNiceStep(step: number): boolean {
  const p = 10 ** Math.floor(Math.log10(step) + 1e-9);
  return [1, 2, 5, 10].some((m) => Math.abs(step / p - m) < 1e-6);
}

describe('yAxis', () => {
  it('ends at the first nice tick at or above the data, with nice steps and labels that stand apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e15, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 40, max: 3000 }),
        (raw, integer, someHeight) => {
          const max = integer ? Math.ceil(raw) : raw;
          for (const height of [40, 90, 200, someHeight]) {
            const { ticks, top } = yAxis(max, integer, height, 11);
            const step = ticks[1]! - ticks[0]!;
            expect(ticks[0]).toBe(0);
            expect(top).toBe(ticks[ticks.length - 1]);
            expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
            // Scaled to the data: the tick before the top is below the maximum.
            if (ticks.length > 2) expect(ticks[ticks.length - 2]!).toBeLessThan(max);
            if (ticks.length > 2 || top === niceTicks(max, 5, integer).at(-1))
              expect(isNiceStep(step)).toBe(true);
            if (integer) expect(ticks.every(Number.isInteger)).toBe(true);
            expect(height / (ticks.length - 1)).toBeGreaterThanOrEqual(1.1 * 11 + 2);
          }
        },
      ),
    );
  });
});

describe('no text of a chart overlaps another or passes the edge', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('W'.repeat(100), '漢字'.repeat(50), '<&>'),
  );
  const size = fc.record({
    width: fc.integer({ min: 200, max: 1400 }),
    height: fc.integer({ min: 120, max: 800 }),
  });

  it('12 categories, a long title and a unit at the default size', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Working group number ${i + 1}`);
    const svg = barChartSvg({
      title: 'Activity '.repeat(20),
      unit: 'posts',
      labels: names,
      values: names.map((_, i) => i * 19),
    });
    expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
  });

  it('a short chart of large numbers: fewer ticks, a wider margin', () => {
    const svg = lineChartSvg({
      title: 't',
      labels: ['a', 'b'],
      series: [{ name: 'x', values: [1, 2.5e9] }],
      height: 120,
    });
    expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
    expect(svg).toContain('>2.0B</text>');
  });

  it('bar charts, for any title, unit, labels, values and size', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(
          text.map((u) => u.slice(0, 50)),
          { nil: undefined },
        ),
        fc.array(
          fc.tuple(
            text.map((l) => l.slice(0, 100)),
            fc.double({ min: -10, max: 1e13, noNaN: true }),
          ),
          {
            maxLength: 80,
          },
        ),
        size,
        (title, unit, bars, { width, height }) => {
          const svg = barChartSvg({
            title: title.slice(0, 200),
            ...(unit === undefined ? {} : { unit }),
            labels: bars.map((b) => b[0]),
            values: bars.map((b) => b[1]),
            width,
            height,
          });
          expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('line charts, for any title, labels, series and size', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(
          text.map((l) => l.slice(0, 100)),
          { minLength: 1, maxLength: 60 },
        ),
        fc.array(
          fc.tuple(
            text.map((l) => l.slice(0, 100)),
            fc.integer({ min: 0, max: 1e9 }),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        size,
        (title, labels, series, { width, height }) => {
          const svg = lineChartSvg({
            title: title.slice(0, 200),
            labels,
            series: series.map(([name, scale]) => ({
              name,
              values: labels.map((_, i) => (i % 5 === 3 ? null : (i * scale) % 997)),
            })),
            width,
            height,
          });
          expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the charts of the demo report', () => {
  it('have no overlapping or clipped text (the network picture aside: see the stakeholders tests)', () => {
    const report = communityReport(sampleCommunity(), { asOf: '2026-01-01' });
    const figures = report.sections.filter((s) => s.id !== 'stakeholders').flatMap((s) => s.figures);
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const f of figures)
      expect({ id: f.id, ...illegibleTexts(f.svg) }).toEqual({ id: f.id, overlapping: [], outside: [] });
  });
});
