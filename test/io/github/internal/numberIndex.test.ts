import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberIndex } from '../../../../src/io/github/internal/numberIndex.js';

describe('NumberIndex', () => {
  it('gives -1 for a key it does not hold, and the value set for one it does', () => {
    const index = new NumberIndex();
    expect(index.get(7)).toBe(-1);
    index.set(7, 3);
    index.set(-1, 0);
    expect(index.get(7)).toBe(3);
    expect(index.get(-1)).toBe(0);
    expect(index.get(15)).toBe(-1);
    index.set(7, 9);
    expect(index.get(7)).toBe(9);
  });

  it('keeps every entry through its growth, for keys of up to 53 bits of either sign (property: as a Map)', () => {
    const key = fc.oneof(
      fc.integer({ min: -5000, max: 5000 }),
      fc.maxSafeInteger().map((k) => k - (k % 8)),
      fc.integer({ min: 0, max: 2 ** 20 }).map((k) => k * 2 ** 32),
      fc.integer({ min: 1, max: 2 ** 20 }).map((k) => -k * 4096),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat({ max: 2 ** 31 - 1 })), { maxLength: 6000 }), (entries) => {
        const index = new NumberIndex();
        const map = new Map<number, number>();
        for (const [k, v] of entries) {
          index.set(k, v);
          map.set(k, v);
        }
        for (const [k, v] of map) expect(index.get(k)).toBe(v);
        for (const [k] of entries) if (!map.has(k + 1)) expect(index.get(k + 1)).toBe(-1);
      }),
      { numRuns: 25 },
    );
  });
});
