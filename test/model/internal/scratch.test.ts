import { describe, expect, it } from 'vitest';
import { doubleArray, filledArray } from '../../../src/model/internal/scratch.js';

describe('scratch arrays', () => {
  it('filledArray holds n copies of the value, small integers and doubles alike', () => {
    expect(filledArray(4, -1)).toEqual([-1, -1, -1, -1]);
    expect(filledArray(0, 7)).toEqual([]);
    expect(filledArray(3, Number.POSITIVE_INFINITY)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });

  it('doubleArray is zeros that take fractions', () => {
    const xs = doubleArray(3);
    expect(xs).toEqual([0, 0, 0]);
    xs[1] = 0.25;
    expect(xs[1]! + xs[0]!).toBe(0.25);
  });

  it('fills arrays above 2^24 elements with a loop, to the last element', () => {
    const n = 2 ** 24 + 3;
    const xs = filledArray(n, -1);
    expect(xs.length).toBe(n);
    expect(xs[0]).toBe(-1);
    expect(xs[n - 1]).toBe(-1);
    const ys = doubleArray(n);
    expect(ys[n - 1]).toBe(0);
  });
});
