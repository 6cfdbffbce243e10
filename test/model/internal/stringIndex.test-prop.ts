import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PositionIndex, StringIndex } from '../../../src/model/internal/stringIndex.js';

describe('StringIndex', () => {
  it('interns like a Map: same indices, in order of first sight, and misses are −1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', '', 'ä', '\u{1F600}')), {
          maxLength: 300,
        }),
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 30 }),
        fc.nat({ max: 64 }),
        (xs, probes, expected) => {
          const index = new StringIndex(expected);
          const map = new Map<string, number>();
          for (const x of xs) {
            if (!map.has(x)) map.set(x, map.size);
            expect(index.id(x)).toBe(map.get(x));
          }
          expect(index.size).toBe(map.size);
          expect(index.keys).toEqual([...map.keys()]);
          for (const p of probes) expect(index.get(p)).toBe(map.get(p) ?? -1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every key findable while it grows far beyond its initial size', () => {
    const index = new StringIndex(1);
    for (let i = 0; i < 5000; i++) expect(index.id(`k${i}`)).toBe(i);
    for (let i = 0; i < 5000; i++) expect(index.get(`k${i}`)).toBe(i);
    expect(index.get('k5000')).toBe(-1);
  });
});

describe('PositionIndex', () => {
  it('finds the last position of each string, −1 for others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 30 }),
        (keys, probes) => {
          const index = new PositionIndex(keys);
          for (const p of [...keys, ...probes]) expect(index.get(p)).toBe(keys.lastIndexOf(p));
        },
      ),
      { numRuns: 300 },
    );
  });
});
