import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelCollisions, labelsCut, polygonsOverlap } from './labelGeometry.js';

type Point = [number, number];
const rect = (x: number, y: number, w: number, h: number): Point[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];
/** `quad` turned by `deg` degrees about its first corner. */
const turned = (quad: Point[], deg: number): Point[] => {
  const [ox, oy] = quad[0] as Point;
  const a = (deg * Math.PI) / 180;
  return quad.map(([x, y]) => [
    ox + (x - ox) * Math.cos(a) - (y - oy) * Math.sin(a),
    oy + (x - ox) * Math.sin(a) + (y - oy) * Math.cos(a),
  ]);
};

describe('polygonsOverlap', () => {
  it('sees boxes that overlap, and not boxes that touch or are apart', () => {
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(5, 5, 10, 10))).toBe(true);
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false); // touching
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(10.4, 0, 10, 10))).toBe(false);
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(9, 0, 10, 10))).toBe(true); // 1 px
    expect(polygonsOverlap(rect(0, 0, 10, 10), rect(0, 30, 10, 10))).toBe(false);
  });

  it('measures rotated labels by their own boxes, not by the boxes around them', () => {
    // Two 40 × 10 labels turned by −45° and 30 px apart: their axis-aligned
    // boxes (about 35 px wide) overlap, the labels do not.
    const a = turned(rect(0, 100, 40, 10), -45);
    const b = turned(rect(30, 100, 40, 10), -45);
    expect(polygonsOverlap(a, b)).toBe(false);
    // 5 px apart they do.
    expect(polygonsOverlap(a, turned(rect(5, 100, 40, 10), -45))).toBe(true);
  });

  it('is symmetric', () => {
    const box = fc.tuple(
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: -50, max: 50 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: -90, max: 90 }),
    );
    fc.assert(
      fc.property(box, box, ([x1, y1, w1, h1, d1], [x2, y2, w2, h2, d2]) => {
        const a = turned(rect(x1, y1, w1, h1), d1);
        const b = turned(rect(x2, y2, w2, h2), d2);
        expect(polygonsOverlap(a, b)).toBe(polygonsOverlap(b, a));
      }),
    );
  });
});

describe('labelCollisions and labelsCut', () => {
  const chart = {
    chart: 'c',
    box: { left: 0, top: 0, right: 100, bottom: 50 },
    labels: [
      { text: '0', corners: rect(30, 38, 6, 12) },
      { text: '2025-01', corners: rect(28, 48, 40, 12) },
      { text: 'far', corners: rect(80, 0, 10, 12) },
    ],
  };

  it('names each pair of labels that overlap', () => {
    expect(labelCollisions(chart)).toEqual(['"0" × "2025-01"']);
  });

  it('names each label that sticks out, by how much on which side', () => {
    expect(labelsCut(chart)).toEqual(['"2025-01" (bottom by 10.0px)']);
  });
});
