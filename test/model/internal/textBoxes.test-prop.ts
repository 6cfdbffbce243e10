import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesIntersect,
  boxInside,
  placeLabels,
  textBox,
  textWidth,
  wrapText,
} from '../../../src/model/internal/textBoxes.js';

describe('text boxes', () => {
  it('a box is as wide as its text and one and a third font sizes tall, its top one font size above the baseline', () => {
    const w = textWidth('ab', 12);
    expect(textBox('ab', 10, 50, 12)).toEqual({ x: 10, y: 50 - 0.85 * 12, w, h: 1.1 * 12 });
    expect(textBox('ab', 10, 50, 12, 'middle').x).toBe(10 - w / 2);
    expect(textBox('ab', 10, 50, 12, 'end').x).toBe(10 - w);
    expect(textWidth('ab', 10)).toBe(12);
  });

  it('boxes touching at an edge do not intersect; overlapping ones do', () => {
    expect(boxesIntersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 })).toBe(false);
    expect(boxesIntersect({ x: 0, y: 0, w: 10, h: 10 }, { x: 9, y: 9, w: 5, h: 5 })).toBe(true);
    expect(boxInside({ x: 1, y: 1, w: 2, h: 2 }, { x: 0, y: 0, w: 3, h: 3 })).toBe(true);
    expect(boxInside({ x: 1, y: 1, w: 3, h: 2 }, { x: 0, y: 0, w: 3, h: 3 })).toBe(false);
  });

  it('a label goes to the right of its point first, then left when the right is taken or outside', () => {
    const area = { x: 0, y: 0, w: 200, h: 100 };
    const [right] = placeLabels([{ text: 'ab', x: 50, y: 50, radius: 2 }], 10, area);
    // Centred on the point: the box (1.1 em tall) starts 0.55 em above it, the baseline 0.85 em below that.
    expect(right).toMatchObject({ x: 55, baseline: 50 - 11 / 2 + 8.5 });
    const [left] = placeLabels([{ text: 'ab', x: 195, y: 50, radius: 2 }], 10, area);
    expect(left!.x).toBeCloseTo(195 - 5 - 12);
  });

  it('wrapped lines keep every word, in order, each line within the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z]{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 120, max: 400 }), // a 12-letter word fits: none is cut
        (words, width) => {
          const lines = wrapText(words.join(' '), 11, width);
          for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(width);
          expect(lines.join(' ')).toBe(words.join(' '));
        },
      ),
    );
  });

  it('placed labels never intersect each other or an obstacle, and stay inside the area', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ minLength: 1, maxLength: 30 }),
            x: fc.double({ min: -20, max: 420, noNaN: true }),
            y: fc.double({ min: -20, max: 320, noNaN: true }),
            radius: fc.double({ min: 0, max: 10, noNaN: true }),
          }),
          { maxLength: 40 },
        ),
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            w: fc.integer({ min: 1, max: 80 }),
            h: fc.integer({ min: 1, max: 40 }),
          }),
          { maxLength: 5 },
        ),
        fc.integer({ min: 6, max: 20 }),
        (requests, obstacles, fontSize) => {
          const area = { x: 0, y: 0, w: 400, h: 300 };
          const placed = placeLabels(requests, fontSize, area, obstacles);
          for (const [i, p] of placed.entries()) {
            expect(boxInside(p.box, area)).toBe(true);
            const box = textBox(requests[p.index]!.text, p.x, p.baseline, fontSize);
            for (const k of ['x', 'y', 'w', 'h'] as const) expect(p.box[k]).toBeCloseTo(box[k], 9);
            for (const o of obstacles) expect(boxesIntersect(p.box, o)).toBe(false);
            for (const q of placed.slice(i + 1)) expect(boxesIntersect(p.box, q.box)).toBe(false);
          }
        },
      ),
    );
  });
});
