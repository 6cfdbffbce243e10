import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { suggestIntroductions } from '../../src/stakeholders/suggestIntroductions.js';
import { suggestIntroductionsByFullSort } from './suggestIntroductionsOracle.js';

const TOPICS = ['a', 'b', 'c', 'd', 'e'];

/** A random community of 2–30 members with interests and expertise, a random tie graph over them and a clustering. */
const cases = fc
  .integer({ min: 2, max: 30 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      interests: fc.array(fc.subarray(TOPICS), { minLength: n, maxLength: n }),
      expertise: fc.array(fc.subarray(TOPICS), { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 5 })), {
        maxLength: 3 * n,
      }),
      clusters: fc.option(fc.array(fc.nat(4), { minLength: n, maxLength: n }), { nil: undefined }),
      options: fc.record(
        {
          top: fc.integer({ min: 1, max: 12 }),
          minShared: fc.integer({ min: 1, max: 3 }),
          minDistance: fc.integer({ min: 2, max: 6 }),
          perMember: fc.integer({ min: 1, max: 3 }),
          maxPerTopic: fc.integer({ min: 1, max: 12 }),
          includeIsolated: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    }),
  )
  .map(({ n, interests, expertise, edges, clusters, options }) => {
    const community = parseCommunity({
      name: 'c',
      members: Array.from({ length: n }, (_, i) => ({
        id: `m${String(i).padStart(2, '0')}`,
        interests: interests[i],
        expertise: expertise[i],
      })),
    });
    const graph = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
    for (const m of community.members) graph.addNode(m.id);
    for (const [s, t, w] of edges)
      if (s !== t) graph.mergeEdge(community.members[s]!.id, community.members[t]!.id, { weight: w });
    const clusterOf = clusters && Object.fromEntries(community.members.map((m, i) => [m.id, clusters[i]!]));
    return { community, graph, options: { ...options, ...(clusterOf ? { clusterOf } : {}) } };
  });

describe('suggestIntroductions', () => {
  it('gives exactly what scoring and sorting every candidate pair gives', () => {
    fc.assert(
      fc.property(cases, ({ community, graph, options }) => {
        expect(suggestIntroductions(community, graph, options)).toEqual(
          suggestIntroductionsByFullSort(community, graph, options),
        );
      }),
      { numRuns: 300 },
    );
  });
});
