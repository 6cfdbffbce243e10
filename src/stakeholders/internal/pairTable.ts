/**
 * An open-addressing hash table from unordered pairs of member indices (a < b)
 * to a tie accumulator — total weight and a count per source — on typed
 * arrays: far faster than a `Map` when millions of pair contributions are
 * added. Pairs keep the order of their first contribution until
 * {@link PairTable.reorder}.
 */
export class PairTable {
  /** Number of distinct pairs. */
  size = 0;
  /** First member of pair e (the smaller index). */
  a: Int32Array;
  /** Second member of pair e. */
  b: Int32Array;
  /** Total weight of pair e (contributions added in call order). */
  weight: Float64Array;
  /** counts[s][e]: contributions to pair e from source s. */
  counts: Int32Array[];
  private slots: Int32Array;
  private mask: number;

  constructor(sources: number, initial = 1024) {
    let cap = 16;
    while (cap < initial) cap *= 2;
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.weight = new Float64Array(cap);
    this.counts = Array.from({ length: sources }, () => new Int32Array(cap));
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap * 2 - 1;
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  /** Adds `w` from `source` to the pair (a, b); requires a < b. */
  add(a: number, b: number, source: number, w: number): void {
    let h = PairTable.hash(a, b) & this.mask;
    for (;;) {
      const e = this.slots[h] as number;
      if (e === -1) break;
      if (this.a[e] === a && this.b[e] === b) {
        this.weight[e] = (this.weight[e] as number) + w;
        const c = this.counts[source] as Int32Array;
        c[e] = (c[e] as number) + 1;
        return;
      }
      h = (h + 1) & this.mask;
    }
    if (this.size === this.a.length) {
      this.grow();
      this.add(a, b, source, w);
      return;
    }
    const e = this.size++;
    this.slots[h] = e;
    this.a[e] = a;
    this.b[e] = b;
    this.weight[e] = w;
    (this.counts[source] as Int32Array)[e] = 1;
  }

  /**
   * Puts the pairs in the order `order` (a permutation of 0..size−1: pair
   * `order[k]` moves to position k), in place — no second copy of the
   * columns — and drops the hash slots: the table accepts no more `add`s.
   */
  reorder(order: Uint32Array): void {
    const HIGH = 0x80000000;
    const columns: (Int32Array | Float64Array)[] = [this.a, this.b, this.weight, ...this.counts];
    const saved = new Float64Array(columns.length);
    for (let start = 0; start < this.size; start++) {
      if (((order[start] as number) & HIGH) !== 0) continue;
      for (let c = 0; c < columns.length; c++)
        saved[c] = (columns[c] as Int32Array | Float64Array)[start] as number;
      let k = start;
      for (;;) {
        const from = order[k] as number;
        order[k] = from | HIGH;
        if (from === start) {
          for (let c = 0; c < columns.length; c++)
            (columns[c] as Int32Array | Float64Array)[k] = saved[c] as number;
          break;
        }
        for (let c = 0; c < columns.length; c++) {
          const col = columns[c] as Int32Array | Float64Array;
          col[k] = col[from] as number;
        }
        k = from;
      }
    }
    for (let k = 0; k < this.size; k++) order[k] = (order[k] as number) & ~HIGH;
    this.slots = new Int32Array(0);
    this.mask = -1;
  }

  private grow(): void {
    const cap = this.a.length * 2;
    const copy = <T extends Int32Array | Float64Array>(old: T, len: number): T => {
      const next = new (old.constructor as new (n: number) => T)(len);
      next.set(old);
      return next;
    };
    this.a = copy(this.a, cap);
    this.b = copy(this.b, cap);
    this.weight = copy(this.weight, cap);
    this.counts = this.counts.map((c) => copy(c, cap));
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap * 2 - 1;
    for (let e = 0; e < this.size; e++) {
      let h = PairTable.hash(this.a[e] as number, this.b[e] as number) & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = e;
    }
  }
}
