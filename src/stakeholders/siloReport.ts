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
 * Result of {@link siloReport}, as a schema.
 *
 * @example
 * ```ts
 * SiloReportSchema.parse({ by: 'cluster', groups: [], density: { groups: [], matrix: [] }, silos: [] });
 * ```
 */
export const SiloReportSchema = z.object({
  by: z.string(),
  groups: z.array(SiloGroupSchema),
  /** Tie weight per possible pair, group × group (diagonal: within the group). */
  density: z.object({ groups: z.array(z.string()), matrix: z.array(z.array(z.number())) }),
  /** Silos, most shared topics and lowest density first. */
  silos: z.array(SiloSchema),
});

/** Result of {@link siloReport}. */
export type SiloReport = z.output<typeof SiloReportSchema>;

/**
 * How groups of a community tie to each other, and the silos between them.
 * For each group (cluster, stakeholder group, organisation or any attribute):
 * internal and external tie weight and the Krackhardt–Stern E–I index (1988);
 * the group × group tie density matrix; and the pairs of groups that share
 * topics (node attribute `topics`) but have almost no ties — density at most
 * `maxDensityRatio` of the mean between-group density — ranked by shared
 * topics, then lower density, each with its evidence. Members without a group
 * are left out; a member in several groups counts in each.
 *
 * Cost: O(m · g²) for m edges and g groups per member (usually 1–2).
 *
 * @param graph - an undirected graph (e.g. from `interactionGraph`)
 * @param options - `by`, `clusterOf`, `maxDensityRatio`, `minSharedTopics`
 * @returns groups, density matrix and silos
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
  const groupsOf = (node: string): string[] => {
    if (opts.by === 'cluster') {
      const c = clusterOf !== undefined && Object.hasOwn(clusterOf, node) ? clusterOf[node] : undefined;
      return c === undefined ? [] : [String(c)];
    }
    const key = opts.by === 'group' ? 'groups' : opts.by === 'organisation' ? 'affiliation' : opts.by;
    // Own attributes only: graphology keeps them in plain objects, where `toString` is inherited.
    const attributes = graph.getNodeAttributes(node);
    const v = Object.hasOwn(attributes, key) ? (attributes[key] as unknown) : undefined;
    if (Array.isArray(v)) return [...new Set(v.map(String))];
    return v === undefined || v === null || v === '' ? [] : [String(v)];
  };
  const membership = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  for (const n of graph.nodes()) {
    const gs = groupsOf(n);
    membership.set(n, gs);
    for (const g of gs) members.set(g, [...(members.get(g) ?? []), n]);
  }
  const ids = [...members.keys()].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a < b ? -1 : a > b ? 1 : 0;
  });
  const at = new Map(ids.map((g, i) => [g, i]));
  const weight = ids.map(() => ids.map(() => 0));
  const internal = new Map<string, number>();
  const external = new Map<string, number>();
  graph.forEachEdge((_e, attrs, u, v) => {
    const w = edgeWeight(attrs);
    const gu = membership.get(u) ?? [];
    const gv = membership.get(v) ?? [];
    for (const a of gu)
      for (const b of gv) {
        const i = at.get(a)!;
        const j = at.get(b)!;
        weight[i]![j]! += w;
        if (i !== j) weight[j]![i]! += w;
      }
    for (const g of gu)
      (gv.includes(g) ? internal : external).set(g, ((gv.includes(g) ? internal : external).get(g) ?? 0) + w);
    for (const g of gv) if (!gu.includes(g)) external.set(g, (external.get(g) ?? 0) + w);
  });
  const topicsOf = (g: string): string[] => {
    const counts = new Map<string, number>();
    for (const n of members.get(g) ?? []) {
      const t = graph.getNodeAttribute(n, 'topics');
      if (Array.isArray(t)) for (const x of new Set(t as string[])) counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    const size = (members.get(g) ?? []).length;
    // A topic characterises a group when at least 10% of its members (and 2) share it.
    return [...counts]
      .filter(([, c]) => c >= Math.max(2, size * 0.1) || (size < 2 && c >= 1))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([t]) => t);
  };
  const size = (g: string): number => (members.get(g) ?? []).length;
  const groups: SiloGroup[] = ids.map((g) => {
    const I = internal.get(g) ?? 0;
    const E = external.get(g) ?? 0;
    return {
      id: g,
      size: size(g),
      internal: I,
      external: E,
      eiIndex: I + E === 0 ? null : (E - I) / (E + I),
      topics: topicsOf(g).slice(0, 8),
    };
  });
  const matrix = ids.map((a, i) =>
    ids.map((b, j) => {
      const pairs = i === j ? (size(a) * (size(a) - 1)) / 2 : size(a) * size(b);
      return pairs === 0 ? 0 : (weight[i]![j] as number) / pairs;
    }),
  );
  const between: number[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) between.push(matrix[i]![j] as number);
  const mean = between.length === 0 ? 0 : between.reduce((s, x) => s + x, 0) / between.length;
  const silos: Silo[] = [];
  const allTopics = new Map(groups.map((g) => [g.id, new Set(topicsOf(g.id))]));
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const shared = [...(allTopics.get(a) ?? [])].filter((t) => allTopics.get(b)?.has(t)).sort();
      const d = matrix[i]![j] as number;
      const ratio = mean === 0 ? 0 : d / mean;
      if (size(a) < opts.minGroupSize || size(b) < opts.minGroupSize) continue;
      if (shared.length < opts.minSharedTopics || ratio > opts.maxDensityRatio) continue;
      const w = weight[i]![j] as number;
      silos.push({
        a,
        b,
        sharedTopics: shared,
        tieWeight: w,
        density: d,
        densityRatio: ratio,
        evidence: `both care about ${shared.join(', ')}; ${w === 0 ? 'no ties between them' : `tie density ${Math.round(ratio * 100)}% of the average between groups`} (${size(a)} and ${size(b)} members)`,
      });
    }
  silos.sort(
    (x, y) =>
      y.sharedTopics.length - x.sharedTopics.length ||
      x.density - y.density ||
      (x.a + x.b < y.a + y.b ? -1 : 1),
  );
  return { by: opts.by, groups, density: { groups: ids, matrix }, silos };
}
