import type { CommunityGraph } from '../communityGraph.js';
import type { TieList } from '../tieList.js';
import { newUndirectedGraph } from './graph.js';

/**
 * The graphology graph of a (valid) tie list: nodes in order with their
 * attributes, edges keyed `e0`, `e1`, … in tie order with `weight` and the
 * `edgeAttributes` columns. With `merge`, a tie between a pair already joined
 * adds its weight and columns to that edge (tie lists from `interactionTies`
 * never repeat a pair, so they skip the lookup).
 */
export function tieGraph(ties: TieList, merge: boolean): CommunityGraph {
  const graph = newUndirectedGraph();
  const { nodes, source, target, weight, nodeAttributes } = ties;
  for (let i = 0; i < nodes.length; i++) graph.addNode(nodes[i] as string, { ...nodeAttributes?.[i] });
  const columns = Object.entries(ties.edgeAttributes ?? {});
  let key = 0;
  for (let e = 0; e < source.length; e++) {
    const u = nodes[source[e] as number] as string;
    const v = nodes[target[e] as number] as string;
    if (merge) {
      const existing = graph.edge(u, v);
      if (existing !== undefined) {
        graph.updateEdgeAttributes(existing, (attributes) => {
          const next: Record<string, unknown> = {
            ...attributes,
            weight: (attributes.weight as number) + (weight[e] as number),
          };
          for (const [name, column] of columns) next[name] = (next[name] as number) + (column[e] as number);
          return next;
        });
        continue;
      }
    }
    const attributes: Record<string, number> = { weight: weight[e] as number };
    for (const [name, column] of columns) attributes[name] = column[e] as number;
    graph.addEdgeWithKey(`e${key++}`, u, v, attributes);
  }
  return graph;
}
