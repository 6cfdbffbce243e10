import type { z } from 'zod';
import type {
  GroupDensity,
  Silo,
  SiloGroup,
  SiloReport,
  SiloReportOptionsSchema,
} from '../siloReportSchemas.js';
import type { EdgeColumns } from './csr.js';

/** The nodes `siloReport` reads: their ids and their attributes (own properties only). */
export interface AttributedNodes {
  /** Node ids; node i is ids[i]. */
  ids: readonly string[];
  /** Attribute `key` of node i (undefined when absent). */
  attribute(i: number, key: string): unknown;
}

/** Groups ordered numerically when both ids are numbers (cluster ids), else by string. */
function compareGroupIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a < b ? -1 : a > b ? 1 : 0;
}

/** The topics that characterise a group: shared by at least 10% of its members (and 2), most common first. */
function groupTopics(counts: ReadonlyMap<string, number>, size: number): string[] {
  return [...counts]
    .filter(([, c]) => c >= Math.max(2, size * 0.1) || (size < 2 && c >= 1))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t]) => t);
}

/**
 * The pairs of groups (as `i * g + j`, i < j, ascending) that could be silos:
 * both big enough and sharing at least one topic. Found through a topic index,
 * so groups without a shared topic never form a pair.
 */
function candidatePairs(topics: readonly string[][], eligible: (i: number) => boolean): number[] {
  const g = topics.length;
  const byTopic = new Map<string, number[]>();
  for (let i = 0; i < g; i++) {
    if (!eligible(i)) continue;
    for (const t of topics[i] as string[]) {
      const list = byTopic.get(t);
      if (list) list.push(i);
      else byTopic.set(t, [i]);
    }
  }
  const keys = new Set<number>();
  for (const list of byTopic.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) keys.add((list[x] as number) * g + (list[y] as number));
  return [...keys].sort((a, b) => a - b);
}

/**
 * The silo report of `siloReport` (see there for the measures), on nodes and
 * edge columns — a graphology graph's, in its node and edge order, or a tie
 * list's: the same sums in the same order.
 */
export function siloMeasures(
  nodes: AttributedNodes,
  edges: EdgeColumns & { weight: Float64Array },
  opts: z.output<typeof SiloReportOptionsSchema>,
): SiloReport {
  const key = opts.by === 'group' ? 'groups' : opts.by === 'organisation' ? 'affiliation' : opts.by;
  const clusterOf = opts.clusterOf;
  const groupsOf = (node: number): string[] => {
    if (opts.by === 'cluster') {
      const id = nodes.ids[node] as string;
      const c = clusterOf !== undefined && Object.hasOwn(clusterOf, id) ? clusterOf[id] : undefined;
      return c === undefined ? [] : [String(c)];
    }
    const v = nodes.attribute(node, key);
    if (Array.isArray(v)) return [...new Set(v.map(String))];
    return v === undefined || v === null || v === '' ? [] : [String(v)];
  };
  const n = nodes.ids.length;
  const named: (string[] | undefined)[] = new Array(n);
  const sizeOf = new Map<string, number>();
  const topicCounts = new Map<string, Map<string, number>>();
  for (let node = 0; node < n; node++) {
    const gs = groupsOf(node);
    if (gs.length === 0) continue;
    named[node] = gs;
    const t = nodes.attribute(node, 'topics');
    const topics = Array.isArray(t) ? new Set(t as string[]) : undefined;
    for (const g of gs) {
      sizeOf.set(g, (sizeOf.get(g) ?? 0) + 1);
      if (topics === undefined) continue;
      let counts = topicCounts.get(g);
      if (counts === undefined) topicCounts.set(g, (counts = new Map()));
      for (const x of topics) counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  const ids = [...sizeOf.keys()].sort(compareGroupIds);
  const g = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const size = (i: number): number => sizeOf.get(ids[i] as string) as number;
  // Each node's groups as group indices.
  const membership = named.map((gs) => gs?.map((x) => at.get(x) as number));
  // Tie weight per pair of groups with ties only: key i * g + j with i ≤ j.
  const weight = new Map<number, number>();
  const internal = new Float64Array(g);
  const external = new Float64Array(g);
  const { source, target } = edges;
  for (let e = 0; e < source.length; e++) {
    const w = edges.weight[e] as number;
    const gu = membership[source[e] as number];
    const gv = membership[target[e] as number];
    if (gu !== undefined && gv !== undefined)
      for (const i of gu)
        for (const j of gv) {
          const k = i <= j ? i * g + j : j * g + i;
          weight.set(k, (weight.get(k) ?? 0) + w);
        }
    for (const i of gu ?? []) {
      if (gv?.includes(i)) internal[i] = (internal[i] as number) + w;
      else external[i] = (external[i] as number) + w;
    }
    for (const i of gv ?? []) if (!gu?.includes(i)) external[i] = (external[i] as number) + w;
  }
  const topics = ids.map((id, i) => groupTopics(topicCounts.get(id) ?? new Map(), size(i)));
  const groups: SiloGroup[] = ids.map((id, i) => {
    const I = internal[i] as number;
    const E = external[i] as number;
    return {
      id,
      size: size(i),
      internal: I,
      external: E,
      eiIndex: I + E === 0 ? null : (E - I) / (E + I),
      topics: (topics[i] as string[]).slice(0, 8),
    };
  });
  const possiblePairs = (i: number, j: number): number =>
    i === j ? (size(i) * (size(i) - 1)) / 2 : size(i) * size(j);
  const densityOf = (i: number, j: number, w: number): number => {
    const pairs = possiblePairs(i, j);
    return pairs === 0 ? 0 : w / pairs;
  };
  const pairs: GroupDensity[] = [];
  let betweenSum = 0;
  for (const k of [...weight.keys()].sort((x, y) => x - y)) {
    const i = Math.floor(k / g);
    const j = k - i * g;
    const w = weight.get(k) as number;
    const d = densityOf(i, j, w);
    if (i !== j) betweenSum += d;
    pairs.push({ a: ids[i] as string, b: ids[j] as string, tieWeight: w, density: d });
  }
  const betweenCount = (g * (g - 1)) / 2;
  const mean = betweenCount === 0 ? 0 : betweenSum / betweenCount;
  const silos: Silo[] = [];
  const topicSets = topics.map((t) => new Set(t));
  for (const k of candidatePairs(topics, (i) => size(i) >= opts.minGroupSize)) {
    const i = Math.floor(k / g);
    const j = k - i * g;
    const a = ids[i] as string;
    const b = ids[j] as string;
    const shared = (topics[i] as string[]).filter((t) => topicSets[j]?.has(t)).sort();
    const w = weight.get(k) ?? 0;
    const d = densityOf(i, j, w);
    const ratio = mean === 0 ? 0 : d / mean;
    if (shared.length < opts.minSharedTopics || ratio > opts.maxDensityRatio) continue;
    silos.push({
      a,
      b,
      sharedTopics: shared,
      tieWeight: w,
      density: d,
      densityRatio: ratio,
      evidence: `both care about ${shared.join(', ')}; ${w === 0 ? 'no ties between them' : `tie density ${Math.round(ratio * 100)}% of the average between groups`} (${size(i)} and ${size(j)} members)`,
    });
  }
  silos.sort(
    (x, y) =>
      y.sharedTopics.length - x.sharedTopics.length ||
      x.density - y.density ||
      (x.a + x.b < y.a + y.b ? -1 : 1),
  );
  return { by: opts.by, groups, density: { pairs, meanBetween: mean }, silos };
}
