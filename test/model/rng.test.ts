import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, randomInt, shuffled } from '../../src/model/rng.js';

describe('createRng', () => {
  it('returns the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });
  it('returns different sequences for different seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
    expect(createRng('a')()).not.toBe(createRng('b')());
  });
  it('returns floats in [0, 1) with a mean near 1/2', () => {
    const rng = createRng(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
  it('hashes string seeds stably (FNV-1a)', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
  it('randomInt stays in range and shuffled keeps the items', () => {
    const rng = createRng(3);
    for (let i = 0; i < 1000; i++) expect(randomInt(rng, 6)).toBeLessThan(6);
    const items = [1, 2, 3, 4, 5];
    const s = shuffled(createRng(3), items);
    expect([...s].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });
});
