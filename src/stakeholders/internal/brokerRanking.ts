import { type BetweennessCentralityOptions, betweennessCentrality } from '../betweennessCentrality.js';
import { articulationPointsOf, burtMeasures } from './brokerMeasures.js';
import type { Csr } from './csr.js';
import type { GraphInput, IndexedEdges } from './graphInput.js';

/**
 * The brokers of `brokers` (see there): betweenness from
 * `betweennessCentrality` on `input`, Burt's measures and articulation
 * points on `g` — the CSR of `edges` (`input` read as edge columns; self-loops
 * dropped, a repeated pair summed, a non-positive weight kept as strength 0),
 * the `top` by betweenness with the clusters each bridges.
 */
export function brokerRanking(
  input: GraphInput,
  edges: IndexedEdges,
  g: Csr,
  top: number,
  clusterOf: Record<string, number> | undefined,
  betweenness: BetweennessCentralityOptions,
) {
  const ids = edges.ids;
  const { scores: bc, ...method } = betweennessCentrality(input, betweenness);
  const aps = articulationPointsOf(g);
  const burt = burtMeasures(g);
  const { offsets, targets } = g;
  // Ranked by betweenness (ties by id); only the top ones are described.
  const score = Float64Array.from(ids, (id) => bc[id] ?? 0);
  const ranked = Array.from(ids, (_id, i) => i).sort(
    (x, y) =>
      (score[y] as number) - (score[x] as number) || ((ids[x] as string) < (ids[y] as string) ? -1 : 1),
  );
  const described = ranked.slice(0, top).map((i) => {
    const id = ids[i] as string;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const bridges: number[] = [];
    if (clusterOf) {
      const seen = new Set<number>();
      const own = clusterOf[id];
      if (own !== undefined) seen.add(own);
      for (let p = start; p < end; p++) {
        const c = clusterOf[ids[targets[p] as number] as string];
        if (c !== undefined) seen.add(c);
      }
      bridges.push(...[...seen].sort((x, y) => x - y));
    }
    const constraint = burt.constraint[i] as number;
    const effectiveSize = burt.effectiveSize[i] as number;
    return {
      memberId: id,
      betweenness: score[i] as number,
      articulationPoint: aps[i] === 1,
      constraint: Number.isNaN(constraint) ? null : constraint,
      effectiveSize: Number.isNaN(effectiveSize) ? null : effectiveSize,
      degree: end - start,
      bridges,
    };
  });
  const articulationPoints = ids.filter((_id, i) => aps[i] === 1).sort();
  return { top: described, articulationPoints, betweenness: method };
}
