import { describe, expect, it } from 'vitest';
import { type Csr, csrFromEdges } from '../../../src/stakeholders/internal/csr.js';

// 0–1 twice (weights 2 and 3), 1–2 (weight 0), 2–2 (a self-loop of 5), 0–2 (weight −1)
const edges = {
  source: Int32Array.of(0, 1, 1, 2, 0),
  target: Int32Array.of(1, 0, 2, 2, 2),
  weight: Float64Array.of(2, 3, 0, 5, -1),
};

/** Each node's row as [neighbour, strength] pairs (strength 1 when the CSR has no weights). */
function rows(g: Csr): [number, number][][] {
  return Array.from({ length: g.n }, (_, i) => {
    const row: [number, number][] = [];
    for (let p = g.offsets[i]!; p < g.offsets[i + 1]!; p++) row.push([g.targets[p]!, g.weights?.[p] ?? 1]);
    return row;
  });
}

describe('csrFromEdges', () => {
  it('sums parallel edges into the first arc, keeps a self-loop aside and drops weights ≤ 0', () => {
    const g = csrFromEdges(3, edges, { selfLoops: 'keep', parallel: 'sum' });
    expect(rows(g)).toEqual([[[1, 5]], [[0, 5]], []]);
    expect([...g.loops]).toEqual([0, 0, 5]);
  });

  it('keeps parallel edges as separate arcs, in edge order', () => {
    const g = csrFromEdges(3, edges, { selfLoops: 'drop', parallel: 'keep' });
    expect(rows(g)).toEqual([
      [
        [1, 2],
        [1, 3],
      ],
      [
        [0, 2],
        [0, 3],
      ],
      [],
    ]);
    expect([...g.loops]).toEqual([0, 0, 0]);
  });

  it('keeps non-positive edges at strength 0 with nonPositive: zero (a neighbour without strength)', () => {
    const g = csrFromEdges(3, edges, { selfLoops: 'drop', parallel: 'sum', nonPositive: 'zero' });
    expect(rows(g)).toEqual([
      [
        [1, 5],
        [2, 0],
      ],
      [
        [0, 5],
        [2, 0],
      ],
      [
        [1, 0],
        [0, 0],
      ],
    ]);
  });

  it('refuses parallel edges with parallel: refuse, naming the pair', () => {
    expect(() => csrFromEdges(3, edges, { selfLoops: 'drop', parallel: 'refuse' })).toThrow(
      'parallel edges between nodes 0 and 1',
    );
    const simple = { source: Int32Array.of(0, 1), target: Int32Array.of(1, 2), weight: null };
    expect(rows(csrFromEdges(3, simple, { selfLoops: 'drop', parallel: 'refuse' }))).toEqual([
      [[1, 1]],
      [
        [0, 1],
        [2, 1],
      ],
      [[1, 1]],
    ]);
  });

  it('has no weight array without weights: a pair joined twice is two arcs kept, one arc merged (a tie exists or not)', () => {
    const unit = { source: Int32Array.of(0, 0), target: Int32Array.of(1, 1), weight: null };
    const kept = csrFromEdges(2, unit, { selfLoops: 'keep', parallel: 'keep' });
    expect(kept.weights).toBeNull();
    expect(rows(kept)).toEqual([
      [
        [1, 1],
        [1, 1],
      ],
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    const merged = csrFromEdges(2, unit, { selfLoops: 'keep', parallel: 'sum' });
    expect(merged.weights).toBeNull();
    expect(rows(merged)).toEqual([[[1, 1]], [[0, 1]]]);
  });
});
