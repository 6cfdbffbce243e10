import type { Community } from '../../model/community.js';

/**
 * The topics of `clusterTopics` (see there for the c-TF-IDF weights), for
 * `activities` in [from, to) (ms), in one pass over them: topics are
 * numbered as they first occur and counted in arrays.
 */
export function clusterTopicScores(
  activities: Community['activities'],
  clusters: readonly { id: number; members: readonly string[] }[],
  from: number,
  to: number,
  top: number,
  minActivities: number,
) {
  const positionOf = new Map<string, number>();
  clusters.forEach((c, k) => {
    for (const m of c.members) if (!positionOf.has(m)) positionOf.set(m, k);
  });
  const topicIndex = new Map<string, number>();
  const names: string[] = [];
  const overall: number[] = [];
  // counts[k][topic]: activities of cluster k's members with the topic (a hole when none).
  const counts = clusters.map(() => [] as number[]);
  let occurrences = 0;
  const count = (topic: string, k: number | undefined): void => {
    let i = topicIndex.get(topic);
    if (i === undefined) {
      i = names.length;
      topicIndex.set(topic, i);
      names.push(topic);
      overall.push(0);
    }
    overall[i] = (overall[i] as number) + 1;
    occurrences++;
    if (k !== undefined) {
      const row = counts[k] as number[];
      row[i] = (row[i] ?? 0) + 1;
    }
  };
  for (const a of activities) {
    const topics = a.topics;
    if (topics.length === 0) continue;
    const t = a.at.getTime();
    if (t < from || t >= to) continue;
    const k = positionOf.get(a.memberId);
    // Each topic once per activity (most activities have one or two).
    if (topics.length === 1) count(topics[0] as string, k);
    else if (topics.length === 2) {
      count(topics[0] as string, k);
      if (topics[1] !== topics[0]) count(topics[1] as string, k);
    } else for (const topic of new Set(topics)) count(topic, k);
  }
  const perClusterMean = occurrences / Math.max(1, clusters.length);
  return clusters.map((c, k) => {
    const scored: { topic: string; activities: number; score: number }[] = [];
    (counts[k] as number[]).forEach((n, i) => {
      if (n < minActivities) return;
      scored.push({
        topic: names[i] as string,
        activities: n,
        score: n * Math.log(1 + perClusterMean / (overall[i] as number)),
      });
    });
    scored.sort((x, y) => y.score - x.score || (x.topic < y.topic ? -1 : x.topic > y.topic ? 1 : 0));
    return { clusterId: c.id, topics: scored.slice(0, top) };
  });
}
