/**
 * A hash map from numbers to non-negative integers held in two typed arrays
 * (open addressing, linear probing): millions of entries without one heap
 * object each, so that the garbage collector has nothing to trace while a
 * day of GH Archive is read. Keys are integers of at most 53 bits, of any sign.
 */
export class NumberIndex {
  private keys = new Float64Array(1 << 12);
  /** The value of each slot, -1 when the slot is empty. */
  private values = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;
  private size = 0;

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = Math.floor(key / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.values[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of `key`, or -1 when it has none. */
  get(key: number): number {
    return this.values[this.slot(key)] as number;
  }

  /** Sets the value (≥ 0) of `key`. */
  set(key: number, value: number): void {
    const i = this.slot(key);
    if (this.values[i] === -1) {
      this.keys[i] = key;
      this.values[i] = value;
      if (++this.size * 2 > this.mask) this.grow();
    } else this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const v = values[i] as number;
      if (v !== -1) {
        const j = this.slot(keys[i] as number);
        this.keys[j] = keys[i] as number;
        this.values[j] = v;
      }
    }
  }
}
