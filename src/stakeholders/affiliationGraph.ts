import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { newUndirectedGraph } from './internal/graph.js';

/**
 * Options of {@link affiliationGraph}.
 *
 * @example
 * ```ts
 * AffiliationGraphOptionsSchema.parse({}); // → { by: 'gathering' }
 * ```
 */
export const AffiliationGraphOptionsSchema = z.strictObject({
  /** `gathering`: members linked to the gatherings they attended; `topic`: to their interests and the topics of their activity. */
  by: z.enum(['gathering', 'topic']).default('gathering'),
});

/** Options of {@link affiliationGraph}. */
export type AffiliationGraphOptions = z.input<typeof AffiliationGraphOptionsSchema>;

/**
 * A bipartite member–gathering or member–topic graph (the "affiliation
 * network" of Breiger 1974, as in Davis's Southern Women). Every node has a
 * `part` attribute (`member`, `gathering` or `topic`); ids of the second part
 * are prefixed (`gathering:g-1`, `topic:python`) so they cannot clash with
 * member ids. For topics, the edge `weight` counts the member's activities on
 * the topic (+1 when it is among their interests).
 *
 * @param community - a parsed community
 * @param options - `by`
 * @returns an undirected bipartite graph
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * affiliationGraph(sampleCommunity(), { by: 'topic' }).filterNodes((_n, a) => a.part === 'topic').length; // → 19 — the topics
 * ```
 */
export function affiliationGraph(
  community: Community,
  options: AffiliationGraphOptions = {},
): CommunityGraph {
  requireParsedCommunity('affiliationGraph', community);
  const { by } = parseWith('affiliationGraph', AffiliationGraphOptionsSchema, options, 'options');
  const g = newUndirectedGraph();
  for (const m of community.members) g.addNode(m.id, { part: 'member', label: m.name ?? m.id });
  const link = (member: string, other: string, w: number): void => {
    if (!g.hasNode(member)) return;
    if (g.hasEdge(member, other)) g.updateEdgeAttribute(member, other, 'weight', (x) => (x as number) + w);
    else g.addEdgeWithKey(`e${g.size}`, member, other, { weight: w }); // deterministic keys (graphology's carry a random prefix)
  };
  if (by === 'gathering') {
    for (const gathering of community.gatherings) {
      const id = `gathering:${gathering.id}`;
      g.addNode(id, {
        part: 'gathering',
        label: gathering.title,
        kind: gathering.kind,
        start: gathering.start.toISOString(),
      });
      for (const m of new Set(gathering.attended)) link(m, id, 1);
    }
  } else {
    const topic = (t: string): string => {
      const id = `topic:${t}`;
      if (!g.hasNode(id)) g.addNode(id, { part: 'topic', label: t });
      return id;
    };
    for (const m of community.members) for (const t of new Set(m.interests)) link(m.id, topic(t), 1);
    for (const a of community.activities) for (const t of new Set(a.topics)) link(a.memberId, topic(t), 1);
  }
  return g;
}
