import type { AbstractGraph } from 'graphology-types';

/**
 * A graph as the stakeholders module builds and accepts it: any graphology
 * graph (undirected ones for the measures). Nodes are member ids; edges carry a
 * numeric `weight` (absent means 1; zero or negative weights count as no tie).
 *
 * @example
 * ```ts
 * const graph: CommunityGraph = interactionGraph(sampleCommunity());
 * ```
 */
export type CommunityGraph = AbstractGraph;
