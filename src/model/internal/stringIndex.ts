import { filledArray } from './scratch.js';

/** FNV-1a over the UTF-16 code units, with a final mix of the high bits into the low ones. */
function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/**
 * Interns strings into dense indices 0, 1, 2, … (in order of first sight) with
 * an open-addressing hash table on a typed array (small: one slot per
 * distinct string or two, so it stays in cache).
 *
 * Why not a `Map`: building an index of a million activity ids with a `Map`
 * costs about a second on a small machine (it rehashes as it grows, and each
 * entry is a heap object); sized up front, this table takes about a third of
 * that, and a lookup of a member id among tens of thousands is also cheaper.
 * Keys are compared with `===`, so the result is exactly a `Map`'s.
 */
export class StringIndex {
  /** The interned strings; `keys[i]` has index i. */
  readonly keys: string[] = [];
  private slots: Int32Array;
  private mask: number;

  /** @param expected - how many distinct strings to size for (the table grows beyond it) */
  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** Number of interned strings. */
  get size(): number {
    return this.keys.length;
  }

  /** The index of `s`, interning it when new. */
  id(s: string): number {
    let h = hashString(s) & this.mask;
    for (;;) {
      const e = this.slots[h] as number;
      if (e === -1) break;
      if (this.keys[e] === s) return e;
      h = (h + 1) & this.mask;
    }
    const e = this.keys.length;
    if (e * 2 >= this.mask) {
      this.grow();
      return this.id(s);
    }
    this.keys.push(s);
    this.slots[h] = e;
    return e;
  }

  /** The index of `s`, or −1 when it was never interned. */
  get(s: string): number {
    let h = hashString(s) & this.mask;
    for (;;) {
      const e = this.slots[h] as number;
      if (e === -1 || this.keys[e] === s) return e;
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let e = 0; e < this.keys.length; e++) {
      let h = hashString(this.keys[e] as string) & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = e;
    }
  }
}

/**
 * Looks strings up in an existing array: `get(s)` is the last position of
 * `s` in `keys`, or −1. The table holds positions only (no copy of the keys),
 * which at a million activity ids saves a second array and its growth.
 *
 * Each slot also keeps a few high bits of the key's hash (a tag) above the
 * position, so a probe that meets another key usually tells them apart
 * without reading that key's string — at a million ids, each such read is a
 * cache miss. Up to 2^22 keys the tag has at least 9 bits; beyond that fewer.
 */
export class PositionIndex {
  private readonly slots: number[];
  private readonly mask: number;
  /** Bits of a slot holding the position; the bits above hold the tag. */
  private readonly positionBits: number;
  private readonly positionMask: number;

  /** @param keys - the strings to index (read, never copied; do not change them afterwards) */
  constructor(private readonly keys: readonly string[]) {
    let cap = 16;
    while (cap * 0.6 < keys.length) cap *= 2; // load ≤ 0.6: a million keys fit 2^21 slots
    this.slots = filledArray(cap, -1);
    this.mask = cap - 1;
    let bits = 1;
    while (2 ** bits <= keys.length) bits++; // positions < 2^bits − 1, so no slot is −1
    this.positionBits = bits;
    this.positionMask = 2 ** bits - 1;
    for (let i = 0; i < keys.length; i++) {
      const s = keys[i] as string;
      const h = hashString(s);
      const tagged = this.tagOf(h) | i;
      let slot = h & this.mask;
      for (;;) {
        const e = this.slots[slot] as number;
        if (e === -1) break;
        if ((e ^ tagged) >>> bits === 0 && keys[e & this.positionMask] === s) break;
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = tagged;
    }
  }

  /** The tag of a key hashed `h`: the hash's bits above the position bits, in place. */
  private tagOf(h: number): number {
    return (h >>> this.positionBits) << this.positionBits;
  }

  /** The last position of `s` in the keys, or −1. */
  get(s: string): number {
    const h = hashString(s);
    const tag = this.tagOf(h);
    let slot = h & this.mask;
    for (;;) {
      const e = this.slots[slot] as number;
      if (e === -1) return -1;
      if ((e ^ tag) >>> this.positionBits === 0 && this.keys[e & this.positionMask] === s)
        return e & this.positionMask;
      slot = (slot + 1) & this.mask;
    }
  }
}
