import { describe, expect, it } from 'vitest';
import { componentsOf } from '../../../src/stakeholders/internal/components.js';
import { csrFromEdges } from '../../../src/stakeholders/internal/csr.js';

describe('componentsOf', () => {
  it('lists the nodes component by component, each in BFS order from its smallest node, with its arc count', () => {
    // 0–3, 3–1 (a path 0–3–1), 2 isolated, 4–5
    const g = csrFromEdges(
      6,
      { source: Int32Array.of(0, 3, 4), target: Int32Array.of(3, 1, 5), weight: null },
      { selfLoops: 'drop', parallel: 'sum' },
    );
    const c = componentsOf(g);
    expect([...c.of]).toEqual([0, 0, 1, 0, 2, 2]);
    expect([...c.nodes]).toEqual([0, 3, 1, 2, 4, 5]);
    expect([...c.start]).toEqual([0, 3, 4, 6]);
    expect([...c.arcs]).toEqual([4, 0, 2]);
  });

  it('gives an empty graph no component', () => {
    const c = componentsOf(
      csrFromEdges(
        0,
        { source: new Int32Array(0), target: new Int32Array(0), weight: null },
        { selfLoops: 'drop', parallel: 'sum' },
      ),
    );
    expect([...c.start]).toEqual([0]);
    expect(c.nodes.length).toBe(0);
  });
});
