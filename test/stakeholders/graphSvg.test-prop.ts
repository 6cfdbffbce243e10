import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { type Box, boxesIntersect, textBox } from '../../src/model/internal/textBoxes.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { graphSvg } from '../../src/stakeholders/graphSvg.js';

/** A random graph (0–40 members, some without ties, with long or hostile names), a clustering and members to name. */
const pictures = fc
  .integer({ min: 0, max: 40 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(fc.nat(Math.max(0, n - 1)), fc.nat(Math.max(0, n - 1)), fc.integer({ min: 1, max: 9 })),
        {
          maxLength: n === 0 ? 0 : 80,
        },
      ),
      clusters: fc.array(fc.nat(11), { minLength: n, maxLength: n }),
      labels: fc.array(fc.string({ maxLength: 60 }), { minLength: n, maxLength: n }),
      named: fc.array(fc.nat(Math.max(0, n - 1)), { maxLength: n === 0 ? 0 : 12 }),
      words: fc.string({ maxLength: 120 }),
      title: fc.string({ maxLength: 200 }),
      size: fc.integer({ min: 100, max: 900 }),
      maxNodes: fc.integer({ min: 1, max: 40 }),
      seed: fc.nat(1000),
    }),
  )
  .map((r) => {
    const graph = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (let i = 0; i < r.n; i++) graph.addNode(`m${i}`, { label: r.labels[i] || `m${i}` });
    for (const [s, t, w] of r.edges) if (s !== t) graph.mergeEdge(`m${s}`, `m${t}`, { weight: w });
    const clusterOf = Object.fromEntries(r.clusters.map((c, i) => [`m${i}`, c]));
    return {
      graph,
      options: {
        clusterOf,
        clusterLabels: { '0': r.words, '3': r.words },
        named: r.named.map((i) => `m${i}`),
        title: r.title,
        size: r.size,
        maxNodes: r.maxNodes,
        seed: r.seed,
        iterations: 20,
      },
    };
  });

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every <text> of the SVG as the box it covers (text-anchor start; bold estimated 10% wider). */
function textBoxes(svg: string): { text: string; box: Box }[] {
  return [
    ...svg.matchAll(
      /<text x="([\d.-]+)" y="([\d.-]+)"(?: font-size="(\d+)")?( font-weight="bold")?[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((m) => {
    const text = unescapeXml(m[5] as string);
    const box = textBox(text, Number(m[1]), Number(m[2]), Number(m[3] ?? 11));
    if (m[4]) box.w *= 1.1;
    return { text, box };
  });
}

describe('graphSvg on random graphs', () => {
  it('no two texts overlap and none is cut by the picture edge; every member with a tie is drawn or counted', () => {
    fc.assert(
      fc.property(pictures, ({ graph, options }) => {
        const svg = graphSvg(graph, options);
        const [, w, h] = svg.match(/viewBox="0 0 (\d+) (\d+)"/) ?? [];
        const width = Number(w);
        const height = Number(h);
        const texts = textBoxes(svg);
        expect(texts.length).toBe((svg.match(/<text /g) ?? []).length);
        for (const [i, { box }] of texts.entries()) {
          // Coordinates are printed to 0.1 px: allow that rounding.
          expect(box.x).toBeGreaterThanOrEqual(-0.05);
          expect(box.y).toBeGreaterThanOrEqual(-0.05);
          expect(box.x + box.w).toBeLessThanOrEqual(width + 0.05);
          expect(box.y + box.h).toBeLessThanOrEqual(height + 0.05);
          for (const other of texts.slice(i + 1)) {
            const shrunk = {
              x: other.box.x + 0.1,
              y: other.box.y + 0.1,
              w: other.box.w - 0.2,
              h: other.box.h - 0.2,
            };
            expect(boxesIntersect(box, shrunk)).toBe(false);
          }
        }
        // Drawn members stay inside the picture.
        for (const m of svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)) {
          expect(Number(m[1]) - Number(m[3])).toBeGreaterThanOrEqual(-0.1);
          expect(Number(m[1]) + Number(m[3])).toBeLessThanOrEqual(width + 0.1);
          expect(Number(m[2]) + Number(m[3])).toBeLessThanOrEqual(height + 0.1);
        }
        const tied = graph.filterNodes((n) => graph.degree(n) > 0).length;
        const dots = (svg.match(/<circle [^>]*><title>/g) ?? []).length;
        expect(dots).toBeLessThanOrEqual(Math.max(options.maxNodes + options.named.length, 0));
        expect(dots).toBeLessThanOrEqual(tied);
        const isolated = graph.order - tied;
        if (isolated > 0)
          expect(svg).toContain(`${isolated} member${isolated === 1 ? '' : 's'} with no ties, not drawn.`);
      }),
      { numRuns: 150 },
    );
  });

  it('is the same picture for the same graph and seed, whatever the order the graph was built in', () => {
    fc.assert(
      fc.property(pictures, ({ graph, options }) => {
        const reversed = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
        for (const n of [...graph.nodes()].reverse()) reversed.addNode(n, graph.getNodeAttributes(n));
        for (const e of [...graph.edges()].reverse())
          reversed.addEdge(graph.source(e), graph.target(e), graph.getEdgeAttributes(e));
        expect(graphSvg(reversed, options)).toBe(graphSvg(graph, options));
      }),
      { numRuns: 40 },
    );
  });
});
