import type { Csr } from './csr.js';
import type { IndexedEdges } from './graphInput.js';
import { louvainCsr } from './louvain.js';

function top<K extends string>(
  values: string[][],
  n: number,
  key: K,
): ({ [P in K]: string } & { members: number })[] {
  const counts = new Map<string, number>();
  for (const list of values) {
    // most members have no topics or groups: no Set for them (a million members, two lists each)
    if (list.length === 0) continue;
    for (const v of list.length === 1 ? list : new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([v, members]) => ({ [key]: v, members }) as { [P in K]: string } & { members: number });
}

/**
 * The clusters of `findClusters` (see there), from a graph input read as
 * edge columns and its CSR adjacency (parallel arcs may be kept: Louvain
 * sums a node's weight per community anyway; self-loops kept as loops).
 */
export function clusterPartition(input: IndexedEdges, csr: Csr, resolution: number, rng: () => number) {
  const nodes = input.ids;
  if (nodes.length === 0)
    return { clusterOf: {} as Record<string, number>, clusters: [], isolated: [] as string[], modularity: 0 };
  const { offsets } = csr;
  const result = louvainCsr(csr, resolution, rng);
  const modularity = result.modularity;
  const groups = new Map<number, number[]>();
  const isolated: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (offsets[i + 1] === offsets[i]) {
      isolated.push(nodes[i] as string);
      continue;
    }
    const c = result.community[i] as number;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  const byId = (a: number, b: number): number => ((nodes[a] as string) < (nodes[b] as string) ? -1 : 1);
  const ordered = [...groups.values()]
    .map((m) => m.sort(byId))
    .sort((a, b) => b.length - a.length || byId(a[0] as number, b[0] as number));
  const clusterOf: Record<string, number> = {};
  const clusters = ordered.map((indices, id) => {
    const members = indices.map((i) => nodes[i] as string);
    for (const m of members) clusterOf[m] = id;
    const attr = (i: number, k: string): string[] => {
      const v = input.attribute(i, k);
      return Array.isArray(v) ? (v as string[]) : [];
    };
    return {
      id,
      members,
      size: members.length,
      topTopics: top(
        indices.map((i) => attr(i, 'topics')),
        5,
        'topic',
      ),
      dominantGroups: top(
        indices.map((i) => attr(i, 'groups')),
        3,
        'group',
      ),
    };
  });
  isolated.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { clusterOf, clusters, isolated, modularity };
}
