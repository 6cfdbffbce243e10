import {
  requireArray,
  requireFiniteNumber,
  requireFunction,
  requireString,
} from './internal/argumentChecks.js';

/**
 * A seeded pseudo-random number generator: a function returning floats in
 * [0, 1), usable wherever graphology or d3 accept an `rng`.
 */
export type Rng = () => number;

/**
 * Hashes a string seed to a 32-bit integer (FNV-1a).
 *
 * @param text - any string
 * @returns an unsigned 32-bit hash
 *
 * @example
 * ```ts
 * hashSeed('community'); // → 2648171118
 * ```
 */
export function hashSeed(text: string): number {
  requireString('hashSeed', 'text', text);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Creates a seeded generator (sfc32, seeded through splitmix32): the same seed
 * always yields the same sequence, on every platform. Not for cryptography.
 *
 * @param seed - an integer or a string
 * @returns a function returning floats in [0, 1)
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * const a = rng();
 * createRng(42)() === a; // → true
 * ```
 */
export function createRng(seed: number | string): Rng {
  if (typeof seed !== 'string') requireFiniteNumber('createRng', 'seed', seed);
  let s = typeof seed === 'string' ? hashSeed(seed) : Math.trunc(seed) >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next: Rng = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/**
 * A uniform integer in [0, n).
 *
 * @param rng - a generator from {@link createRng}
 * @param n - exclusive upper bound (a positive integer)
 * @returns an integer in [0, n)
 *
 * @example
 * ```ts
 * randomInt(createRng(1), 6); // → 2 — an integer 0–5, the same for seed 1 every time
 * ```
 */
export function randomInt(rng: Rng, n: number): number {
  requireFunction('randomInt', 'rng', rng);
  requireFiniteNumber('randomInt', 'n', n);
  return Math.floor(rng() * n);
}

/**
 * A standard normal variate (Box–Muller).
 *
 * @param rng - a generator from {@link createRng}
 * @returns a draw from N(0, 1)
 *
 * @example
 * ```ts
 * randomNormal(createRng(7)); // ≈ -1.1613 — the same for seed 7 every time
 * ```
 */
export function randomNormal(rng: Rng): number {
  requireFunction('randomNormal', 'rng', rng);
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/**
 * A shuffled copy of `items` (Fisher–Yates); the input is not changed.
 *
 * @param rng - a generator from {@link createRng}
 * @param items - the items to shuffle
 * @returns a new array with the same items in a seeded random order
 *
 * @example
 * ```ts
 * shuffled(createRng(3), [1, 2, 3, 4]); // → [1, 3, 4, 2] — the same for seed 3 every time
 * ```
 */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  requireFunction('shuffled', 'rng', rng);
  requireArray('shuffled', 'items', items);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
