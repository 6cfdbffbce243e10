/**
 * HyperLogLog distinct counting (Flajolet, Fusy, Gandouet & Meunier 2007,
 * "HyperLogLog: the analysis of a near-optimal cardinality estimation
 * algorithm"), with linear counting below 2.5·m registers as in the paper
 * (and HLL++, Heule, Nunkesser & Hall 2013). 2^p one-byte registers estimate
 * any number of distinct items with relative standard error ≈ 1.04/√(2^p);
 * two sketches merge exactly by taking the larger register.
 */

/** A 32-bit hash of a string with good avalanche: FNV-1a, then MurmurHash3's finaliser. */
export function hash32(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Records the item hashed `h` in `registers` (length 2^p). */
export function addHash(registers: Uint8Array, p: number, h: number): void {
  const index = h >>> (32 - p);
  // Rank: position of the first 1 in the remaining 32 − p bits (32 − p + 1 when all are 0).
  const rest = (h << p) >>> 0;
  const rank = rest === 0 ? 32 - p + 1 : Math.clz32(rest) + 1;
  if (rank > (registers[index] as number)) registers[index] = rank;
}

/** `into` becomes the union of both sketches (same precision). */
export function mergeRegisters(into: Uint8Array, other: Uint8Array): void {
  for (let j = 0; j < into.length; j++)
    if ((other[j] as number) > (into[j] as number)) into[j] = other[j] as number;
}

/** The estimated number of distinct items recorded in `registers` (length m = 2^p, p ≥ 4). */
export function estimate(registers: Uint8Array): number {
  const m = registers.length;
  const alpha = m === 16 ? 0.673 : m === 32 ? 0.697 : m === 64 ? 0.709 : 0.7213 / (1 + 1.079 / m);
  let sum = 0;
  let zeros = 0;
  for (let j = 0; j < m; j++) {
    const r = registers[j] as number;
    sum += 2 ** -r;
    if (r === 0) zeros++;
  }
  const raw = (alpha * m * m) / sum;
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros);
  const two32 = 2 ** 32;
  if (raw > two32 / 30) return -two32 * Math.log(1 - raw / two32);
  return raw;
}

/** Relative standard error of a sketch of 2^p registers. */
export function relativeStandardError(p: number): number {
  return 1.04 / Math.sqrt(2 ** p);
}
