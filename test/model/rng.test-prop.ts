import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, randomInt, randomNormal, shuffled } from '../../src/model/rng.js';

const RUNS = { numRuns: 100 };
const seed = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe('createRng (property)', () => {
  it('createRng gives the same sequence for the same seed, every value in [0, 1)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = createRng(s);
        const b = createRng(s);
        for (let i = 0; i < 50; i++) {
          const x = a();
          expect(b()).toBe(x);
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('createRng gives different sequences for different integer seeds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (s, t) => {
          fc.pre(s !== t);
          const a = createRng(s);
          const b = createRng(t);
          const first = Array.from({ length: 4 }, () => a());
          const second = Array.from({ length: 4 }, () => b());
          expect(first).not.toEqual(second);
        },
      ),
      RUNS,
    );
  });

  it('shuffled returns a permutation, the same for the same seed, leaving the input unchanged', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.integer(), { maxLength: 30 }), (s, items) => {
        const copy = [...items];
        const a = shuffled(createRng(s), items);
        expect(shuffled(createRng(s), items)).toEqual(a);
        expect([...a].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
        expect(items).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('randomInt stays in [0, n) and randomNormal is finite and deterministic', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 1000 }), (s, n) => {
        const rng = createRng(s);
        for (let i = 0; i < 20; i++) {
          const k = randomInt(rng, n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
        const z = randomNormal(createRng(s));
        expect(Number.isFinite(z)).toBe(true);
        expect(randomNormal(createRng(s))).toBe(z);
      }),
      RUNS,
    );
  });
});
