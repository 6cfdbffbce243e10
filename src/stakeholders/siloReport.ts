import { z } from 'zod';
import { fail, parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { edgeWeight } from './internal/graph.js';
import { requireGraph } from './internal/graphInput.js';

/**
 * Options of {@link siloReport}.
 *
 * @example
 * ```ts
 * SiloReportOptionsSchema.parse({ by: 'group' }); // → { by: 'group', maxDensityRatio: 0.1, minSharedTopics: 1, minGroupSize: 3 }
 * ```
 */
export const SiloReportOptionsSchema = z.strictObject({
  /**
   * How to group members: `cluster` (needs `clusterOf`), `group` (node
   * attribute `groups`; a member may be in several), `organisation` (node
   * attribute `affiliation`), or the name of any node attribute.
   */
  by: z.string().min(1).default('cluster'),
  /** Cluster of every node, from `findClusters` (for `by: 'cluster'`). */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** A pair of groups is a silo when its tie density is at most this share of the mean density between groups. */
  maxDensityRatio: z.number().min(0).default(0.1),
  /** …and the two groups share at least this many topics. */
  minSharedTopics: z.number().int().min(1).default(1),
  /** Groups smaller than this are reported but never called silos (a lone member is not a silo). */
  minGroupSize: z.number().int().min(1).default(3),
});

/** Options of {@link siloReport}. */
export type SiloReportOptions = z.input<typeof SiloReportOptionsSchema>;

/**
 * One group's internal and external ties, in a {@link SiloReport}.
 *
 * @example
 * ```ts
 * SiloGroupSchema.parse({ id: 'policy', size: 12, internal: 30, external: 2, eiIndex: -0.875, topics: ['open-access'] });
 * ```
 */
export const SiloGroupSchema = z.object({
  id: z.string(),
  size: z.number().int(),
  /** Sum of tie weight between members of the group. */
  internal: z.number(),
  /** Sum of tie weight from members of the group to non-members. */
  external: z.number(),
  /** Krackhardt–Stern E–I index: (E − I) / (E + I), from −1 (all ties inside) to +1 (all outside); null without ties. */
  eiIndex: z.number().min(-1).max(1).nullable(),
  /** Most common topics of its members. */
  topics: z.array(z.string()),
});

/** One group's internal and external ties. */
export type SiloGroup = z.output<typeof SiloGroupSchema>;

/**
 * A pair of groups that share topics but barely talk: a silo to bridge.
 *
 * @example
 * ```ts
 * SiloSchema.shape.evidence.parse('both care about reproducibility; no ties between them');
 * ```
 */
export const SiloSchema = z.object({
  a: z.string(),
  b: z.string(),
  sharedTopics: z.array(z.string()),
  /** Tie weight between them. */
  tieWeight: z.number(),
  /** Tie weight per possible pair (|A|·|B|). */
  density: z.number(),
  /** Their density relative to the mean density between groups. */
  densityRatio: z.number(),
  /** Why it is listed, in words. */
  evidence: z.string(),
});

/** A pair of groups that share topics but barely talk. */
export type Silo = z.output<typeof SiloSchema>;

/**
 * The tie density between two groups (or within one, when `a` equals `b`), in a {@link SiloReport}.
 *
 * @example
 * ```ts
 * GroupDensitySchema.parse({ a: 'policy', b: 'software', tieWeight: 3, density: 0.025 });
 * ```
 */
export const GroupDensitySchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Sum of tie weight between them (within the group when `a` equals `b`). */
  tieWeight: z.number(),
  /** Tie weight per possible pair: |A|·|B| between groups, |A|(|A|−1)/2 within one. */
  density: z.number(),
});

/** The tie density between two groups. */
export type GroupDensity = z.output<typeof GroupDensitySchema>;

/**
 * Result of {@link siloReport}, as a schema.
 *
 * @example
 * ```ts
 * SiloReportSchema.parse({ by: 'cluster', groups: [], density: { pairs: [], meanBetween: 0 }, silos: [] });
 * ```
 */
export const SiloReportSchema = z.object({
  by: z.string(),
  groups: z.array(SiloGroupSchema),
  /**
   * Sparse group × group tie density: only the pairs of groups with ties
   * (a pair missing here has density 0), in group order, `a` before `b`;
   * and the mean density over every pair of distinct groups.
   */
  density: z.object({ pairs: z.array(GroupDensitySchema), meanBetween: z.number() }),
  /** Silos, most shared topics and lowest density first. */
  silos: z.array(SiloSchema),
});

/** Result of {@link siloReport}. */
export type SiloReport = z.output<typeof SiloReportSchema>;

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
 * How groups of a community tie to each other, and the silos between them.
 * For each group (cluster, stakeholder group, organisation or any attribute):
 * internal and external tie weight and the Krackhardt–Stern E–I index (1988);
 * the group-to-group tie density, sparse (only the pairs of groups with ties);
 * and the pairs of groups that share topics (node attribute `topics`) but
 * have almost no ties — density at most `maxDensityRatio` of the mean
 * between-group density — ranked by shared topics, then lower density, each
 * with its evidence. Members without a group (with `by: 'cluster'`: the
 * isolated members `findClusters` leaves out of `clusterOf`) are left out; a
 * member in several groups counts in each.
 *
 * Cost: O(m · k²) for m edges and k groups per member (usually 1–2), plus
 * the pairs of groups of `minGroupSize` or more members that share a topic —
 * never a pass over every pair of groups.
 *
 * @param graph - an undirected graph (e.g. from `interactionGraph`)
 * @param options - `by`, `clusterOf`, `maxDensityRatio`, `minSharedTopics`
 * @returns groups, sparse density and silos
 * @throws {@link ValidationError} when `by: 'cluster'` is asked without `clusterOf`
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity());
 * siloReport(graph, { by: 'group' }).silos[0];
 * // ≈ { a: 'policy-makers', b: 'research-software-engineers', sharedTopics: ['reproducibility'], tieWeight: 2.1358, densityRatio: 0.062, … }
 * ```
 */
export function siloReport(graph: CommunityGraph, options: SiloReportOptions = {}): SiloReport {
  requireGraph('siloReport', graph);
  const opts = parseWith('siloReport', SiloReportOptionsSchema, options, 'options');
  const clusterOf = opts.clusterOf;
  if (opts.by === 'cluster' && clusterOf === undefined)
    fail('siloReport', [
      {
        path: 'options.clusterOf',
        message: "expected the clusterOf of findClusters with by: 'cluster'",
        code: 'invalid-input',
      },
    ]);
  const key = opts.by === 'group' ? 'groups' : opts.by === 'organisation' ? 'affiliation' : opts.by;
  const groupsOf = (node: string): string[] => {
    if (opts.by === 'cluster') {
      const c = clusterOf !== undefined && Object.hasOwn(clusterOf, node) ? clusterOf[node] : undefined;
      return c === undefined ? [] : [String(c)];
    }
    // Own attributes only: graphology keeps them in plain objects, where `toString` is inherited.
    const attributes = graph.getNodeAttributes(node);
    const v = Object.hasOwn(attributes, key) ? (attributes[key] as unknown) : undefined;
    if (Array.isArray(v)) return [...new Set(v.map(String))];
    return v === undefined || v === null || v === '' ? [] : [String(v)];
  };
  const membership = new Map<string, string[]>();
  const sizeOf = new Map<string, number>();
  const topicCounts = new Map<string, Map<string, number>>();
  for (const n of graph.nodes()) {
    const gs = groupsOf(n);
    if (gs.length === 0) continue;
    membership.set(n, gs);
    const t = graph.getNodeAttribute(n, 'topics');
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
  // Tie weight per pair of groups with ties only: key i * g + j with i ≤ j.
  const weight = new Map<number, number>();
  const internal = new Float64Array(g);
  const external = new Float64Array(g);
  graph.forEachEdge((_e, attrs, u, v) => {
    const w = edgeWeight(attrs);
    const gu = membership.get(u);
    const gv = membership.get(v);
    if (gu !== undefined && gv !== undefined)
      for (const a of gu)
        for (const b of gv) {
          const i = at.get(a) as number;
          const j = at.get(b) as number;
          const k = i <= j ? i * g + j : j * g + i;
          weight.set(k, (weight.get(k) ?? 0) + w);
        }
    for (const x of gu ?? []) {
      const i = at.get(x) as number;
      if (gv?.includes(x)) internal[i] = (internal[i] as number) + w;
      else external[i] = (external[i] as number) + w;
    }
    for (const x of gv ?? [])
      if (!gu?.includes(x)) {
        const i = at.get(x) as number;
        external[i] = (external[i] as number) + w;
      }
  });
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
