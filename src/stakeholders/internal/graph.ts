import Graph from 'graphology';
import type { CommunityGraph } from '../communityGraph.js';

/** A new undirected, simple graphology graph. */
export function newUndirectedGraph(): CommunityGraph {
  return new Graph({ type: 'undirected', multi: false, allowSelfLoops: false }) as unknown as CommunityGraph;
}

/** The numeric weight of an edge (attribute `weight`, default 1), never negative or NaN. */
export function edgeWeight(attributes: Record<string, unknown>): number {
  const w = attributes.weight;
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : typeof w === 'number' ? 0 : 1;
}
