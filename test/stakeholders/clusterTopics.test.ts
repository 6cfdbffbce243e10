import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { ClusterTopicsOptionsSchema, clusterTopics } from '../../src/stakeholders/clusterTopics.js';

const community = parseCommunity({
  name: 'code',
  members: ['ana', 'bo', 'cy', 'di', 'ed'].map((id) => ({ id })),
  activities: [
    { id: 'a1', memberId: 'ana', at: '2025-01-01', kind: 'commit', topics: ['parser', 'docs'] },
    { id: 'a2', memberId: 'bo', at: '2025-01-02', kind: 'commit', topics: ['parser', 'docs', 'docs'] },
    { id: 'a3', memberId: 'bo', at: '2025-01-03', kind: 'commit', topics: ['ci'] },
    { id: 'a4', memberId: 'cy', at: '2025-01-03', kind: 'commit', topics: ['ui', 'docs'] },
    { id: 'a5', memberId: 'di', at: '2025-01-04', kind: 'commit', topics: ['ui', 'docs'] },
    // ed is in no cluster: the whole community's counts include him.
    { id: 'a6', memberId: 'ed', at: '2025-01-05', kind: 'commit', topics: ['parser'] },
    // Outside the window used below.
    { id: 'a7', memberId: 'cy', at: '2025-06-01', kind: 'commit', topics: ['ci', 'ci'] },
    { id: 'a8', memberId: 'di', at: '2025-06-02', kind: 'commit', topics: ['ci'] },
  ],
});
const clusters = [
  { id: 0, members: ['ana', 'bo'] },
  { id: 1, members: ['cy', 'di'] },
];

describe('clusterTopics', () => {
  it('weights each topic by c-TF-IDF against the whole community, most specific first (hand-computed)', () => {
    const r = clusterTopics(community, clusters, { to: '2025-02-01' });
    // In the window: topic occurrences (a topic once per activity) parser 3, docs 4, ci 1, ui 2 → 10;
    // A = 10 / 2 clusters = 5. Cluster 0: parser 2 × ln(1 + 5/3), docs 2 × ln(1 + 5/4); ci has 1 < 2.
    expect(r).toEqual([
      {
        clusterId: 0,
        topics: [
          { topic: 'parser', activities: 2, score: 2 * Math.log(1 + 5 / 3) },
          { topic: 'docs', activities: 2, score: 2 * Math.log(1 + 5 / 4) },
        ],
      },
      {
        clusterId: 1,
        topics: [
          { topic: 'ui', activities: 2, score: 2 * Math.log(1 + 5 / 2) },
          { topic: 'docs', activities: 2, score: 2 * Math.log(1 + 5 / 4) },
        ],
      },
    ]);
  });

  it('honours the window, top and minActivities, and keeps the clusters order', () => {
    const all = clusterTopics(community, [...clusters].reverse());
    expect(all.map((c) => c.clusterId)).toEqual([1, 0]);
    // Without a window cluster 1 also has ci twice (a7 counts it once, a8 once); 12 occurrences, A = 6:
    // ui 2 × ln(1 + 6/2) > ci 2 × ln(1 + 6/3) > docs 2 × ln(1 + 6/4).
    expect(all[0]!.topics.map((t) => [t.topic, t.activities])).toEqual([
      ['ui', 2],
      ['ci', 2],
      ['docs', 2],
    ]);
    expect(clusterTopics(community, clusters, { top: 1 })[0]!.topics.map((t) => t.topic)).toEqual(['parser']);
    expect(
      clusterTopics(community, clusters, { minActivities: 1, to: '2025-02-01' })[0]!.topics.map(
        (t) => t.topic,
      ),
    ).toEqual(['parser', 'ci', 'docs']); // 2 ln(8/3) = 1.96 > 1 × ln 6 = 1.79 > 2 ln 2.25 = 1.62
    expect(clusterTopics(community, clusters, { from: '2025-03-01' })[0]!.topics).toEqual([]);
  });

  it('gives empty topics to clusters without activity topics and refuses bad input', () => {
    expect(clusterTopics(community, [{ id: 3, members: ['nobody'] }])).toEqual([
      { clusterId: 3, topics: [] },
    ]);
    expect(clusterTopics(community, [])).toEqual([]);
    expect(ClusterTopicsOptionsSchema.parse({})).toEqual({ top: 5, minActivities: 2 });
    expect(() => clusterTopics(community, clusters, { tpo: 3 } as never)).toThrow(/clusterTopics/);
    expect(() => clusterTopics(community, [{ id: 0 }] as never)).toThrow(/clusters\.0\.members|clusters/);
  });
});
