import { z } from 'zod';
import type { Community } from '../model/community.js';
import { requireParsedCommunity } from '../model/internal/parsedCommunity.js';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { BinaryHeap } from './internal/binaryHeap.js';
import { type Csr, csrFromEdges } from './internal/csr.js';
import { indexedEdges, requireGraph } from './internal/graphInput.js';

/**
 * Options of {@link suggestIntroductions}.
 *
 * @example
 * ```ts
 * SuggestIntroductionsOptionsSchema.parse({}); // → { top: 10, minShared: 1, minDistance: 3, perMember: 2, maxPerTopic: 60, includeIsolated: false }
 * ```
 */
export const SuggestIntroductionsOptionsSchema = z.strictObject({
  /** How many introductions to suggest. */
  top: z.number().int().positive().default(10),
  /** Cluster of every node (from `findClusters`); pairs across clusters score higher. */
  clusterOf: z.record(z.string(), z.number()).optional(),
  /** Shared interests (or expertise matching the other's interests) needed. */
  minShared: z.number().int().min(1).default(1),
  /** Pairs closer than this many steps are left out (they will meet anyway). */
  minDistance: z.number().int().min(2).default(3),
  /** The most suggestions any one member appears in. */
  perMember: z.number().int().positive().default(2),
  /** Per topic, only the most connected members are paired (bounds the work on big communities). */
  maxPerTopic: z.number().int().positive().default(60),
  /** Also pair members without any tie (by default they are left to `peripheralMembers`: welcome them first). */
  includeIsolated: z.boolean().default(false),
});

/** Options of {@link suggestIntroductions}. */
export type SuggestIntroductionsOptions = z.input<typeof SuggestIntroductionsOptionsSchema>;

/**
 * A suggested introduction from {@link suggestIntroductions}, with its reason.
 *
 * @example
 * ```ts
 * IntroductionSchema.shape.distance.parse(null); // → null — not connected at all
 * ```
 */
export const IntroductionSchema = z.object({
  a: z.string(),
  b: z.string(),
  score: z.number(),
  sharedInterests: z.array(z.string()),
  /** Expertise of one that matches the other's interests ("complementary skills"). */
  complementary: z.array(z.string()),
  /** Steps between them in the graph (null: not connected at all). */
  distance: z.number().int().nullable(),
  /** Their clusters, when known. */
  clusters: z.tuple([z.number(), z.number()]).nullable(),
  reason: z.string(),
});

/** A suggested introduction between two members, with the reason. */
export type Introduction = z.output<typeof IntroductionSchema>;

/** Breadth-first steps on a CSR adjacency, up to a depth, with scratch reused between sources. */
class BoundedSteps {
  private readonly steps: Uint8Array;
  private readonly queue: Int32Array;

  constructor(
    private readonly csr: Csr,
    private readonly limit: number,
  ) {
    this.steps = new Uint8Array(csr.n).fill(255);
    this.queue = new Int32Array(csr.n);
  }

  /** Steps from `source` to each of `targets` (255: more than `limit` steps, or not connected). */
  from(source: number, targets: readonly number[]): Uint8Array {
    const { offsets, targets: adjacent } = this.csr;
    const { steps, queue } = this;
    steps[source] = 0;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++] as number;
      const d = steps[u] as number;
      if (d >= this.limit) continue;
      for (let p = offsets[u] as number, end = offsets[u + 1] as number; p < end; p++) {
        const v = adjacent[p] as number;
        if (steps[v] === 255) {
          steps[v] = d + 1;
          queue[tail++] = v;
        }
      }
    }
    const out = Uint8Array.from(targets, (t) => steps[t] as number);
    for (let i = 0; i < tail; i++) steps[queue[i] as number] = 255;
    return out;
  }
}

/** The connected component of every node of a CSR adjacency. */
function componentsOf(csr: Csr): Int32Array {
  const component = new Int32Array(csr.n).fill(-1);
  const queue = new Int32Array(csr.n);
  let next = 0;
  for (let s = 0; s < csr.n; s++) {
    if (component[s] !== -1) continue;
    component[s] = next;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++] as number;
      for (let p = csr.offsets[u] as number, end = csr.offsets[u + 1] as number; p < end; p++) {
        const v = csr.targets[p] as number;
        if (component[v] === -1) {
          component[v] = next;
          queue[tail++] = v;
        }
      }
    }
    next++;
  }
  return component;
}

/** A pair worth introducing, before (`exact` false: `value` bounds the score) or after its distance is known. */
interface Candidate {
  a: string;
  b: string;
  shared: string[];
  complementary: string[];
  across: boolean;
  value: number;
  exact: boolean;
  distance: number | undefined;
}

/** Best first: higher value, then by member ids (the order of the result). */
const better = (x: Candidate, y: Candidate): boolean =>
  x.value !== y.value ? x.value > y.value : x.a !== y.a ? x.a < y.a : x.b < y.b;

/** Shared interests, and one's expertise meeting the other's interests (not already shared), both sorted. */
function overlap(
  ia: { interests: Set<string>; expertise: Set<string> },
  ib: { interests: Set<string>; expertise: Set<string> },
): { shared: string[]; complementary: string[] } {
  const shared = [...ia.interests].filter((t) => ib.interests.has(t)).sort();
  const complementary = [
    ...[...ia.expertise].filter((t) => ib.interests.has(t)),
    ...[...ib.expertise].filter((t) => ia.interests.has(t)),
  ]
    .filter((t, i, arr) => arr.indexOf(t) === i && !shared.includes(t))
    .sort();
  return { shared, complementary };
}

/**
 * Introductions worth making: pairs of members who share interests (or where
 * one's expertise matches the other's interests — complementary skills) but
 * sit in different clusters or far apart in the graph. Score: shared
 * interests + complementary expertise, doubled across clusters (of two or
 * more members), times how far apart they are (up to 4 steps; unconnected
 * counts as 5). Never suggests a pair that already has a tie or is closer than
 * `minDistance` steps; no member appears in more than `perMember` suggestions;
 * members without any tie are left out unless `includeIsolated` (welcome them
 * first: see `peripheralMembers`). Each comes with its reason
 * ("both work on X; 4 steps apart; would bridge clusters 2 and 5").
 * Deterministic: ties are broken by member ids.
 *
 * Cost: the candidates are the pairs among each topic's `maxPerTopic` most
 * connected members; each is scored first as if 5 steps apart, and only the
 * candidates that reach the top of a heap get their distance (a breadth-first
 * search of at most 4 steps from each candidate member, once) — the result
 * of sorting every scored pair, in about linear time in the ties.
 *
 * @param community - the community (interests and expertise of members)
 * @param graph - its interaction graph
 * @param options - `top`, `clusterOf`, `minShared`, `minDistance`, `perMember`, `maxPerTopic`
 * @returns the best introductions, best first
 * @throws {@link ValidationError} when an option is invalid
 *
 * @example
 * ```ts
 * const community = sampleCommunity();
 * const graph = interactionGraph(community);
 * const { clusterOf } = findClusters(graph, { seed: 1 });
 * suggestIntroductions(community, graph, { clusterOf })[0]?.reason;
 * // → 'both work on reproducibility, research-software, testing; 3 steps apart; would bridge clusters 0 and 4'
 * ```
 */
export function suggestIntroductions(
  community: Community,
  graph: CommunityGraph,
  options: SuggestIntroductionsOptions = {},
): Introduction[] {
  requireGraph('suggestIntroductions', graph);
  // Only the members are read: checking the activities too would cost a pass over millions.
  requireParsedCommunity('suggestIntroductions', community, 'community', ['members']);
  const opts = parseWith('suggestIntroductions', SuggestIntroductionsOptionsSchema, options, 'options');
  const edges = indexedEdges('suggestIntroductions', graph);
  // Distances count steps, so the adjacency is built without weights.
  const csr = csrFromEdges(
    edges.ids.length,
    { source: edges.source, target: edges.target, weight: null },
    { selfLoops: 'drop', parallel: 'sum' },
  );
  const nodeIndex = new Map(edges.ids.map((id, i) => [id, i]));
  const strength = new Float64Array(edges.ids.length);
  for (let e = 0; e < edges.source.length; e++) {
    const u = edges.source[e] as number;
    const v = edges.target[e] as number;
    const w = edges.weight === null ? 1 : (edges.weight[e] as number);
    strength[u] = (strength[u] as number) + w;
    if (v !== u) strength[v] = (strength[v] as number) + w;
  }
  const members = community.members.filter(
    (m) => graph.hasNode(m.id) && (opts.includeIsolated || graph.degree(m.id) > 0),
  );
  // A cluster of one is an isolated member, not a sub-network to bridge.
  const clusterSize = new Map<number, number>();
  for (const c of Object.values(opts.clusterOf ?? {})) clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
  const strengthOf = (id: string): number => strength[nodeIndex.get(id) as number] as number;
  const byTopic = new Map<string, string[]>();
  for (const m of members)
    for (const t of new Set([...m.interests, ...m.expertise])) {
      const list = byTopic.get(t);
      if (list) list.push(m.id);
      else byTopic.set(t, [m.id]);
    }
  const info = new Map(
    members.map((m) => [m.id, { interests: new Set(m.interests), expertise: new Set(m.expertise) }]),
  );
  // Per topic, the most connected members: every pair of them is a candidate.
  const pairs = new Set<string>();
  for (const ids of byTopic.values()) {
    const chosen = ids
      .sort((a, b) => strengthOf(b) - strengthOf(a) || (a < b ? -1 : 1))
      .slice(0, opts.maxPerTopic)
      .sort();
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) pairs.add(`${chosen[i]}\u0000${chosen[j]}`);
  }
  // Lazy greedy: each candidate enters with a bound on its score (as if 5 steps
  // apart); only a candidate at the top of the heap has its distance computed,
  // and an exact candidate at the top comes before every other candidate's
  // score — the order of sorting all scores, for the distances of a few pairs.
  const heap = new BinaryHeap<Candidate>(better);
  for (const key of pairs) {
    const [a, b] = key.split('\u0000') as [string, string];
    const { shared, complementary } = overlap(info.get(a)!, info.get(b)!);
    const n = shared.length + complementary.length;
    if (n < opts.minShared) continue;
    const ca = opts.clusterOf?.[a];
    const cb = opts.clusterOf?.[b];
    const across =
      ca !== undefined &&
      cb !== undefined &&
      ca !== cb &&
      (clusterSize.get(ca) ?? 0) > 1 &&
      (clusterSize.get(cb) ?? 0) > 1;
    heap.push({
      a,
      b,
      shared,
      complementary,
      across,
      value: n * (across ? 2 : 1) * 5,
      exact: false,
      distance: undefined,
    });
  }
  const partners = new Map<string, string[]>();
  for (const key of pairs) {
    const [a, b] = key.split('\u0000') as [string, string];
    const list = partners.get(a);
    if (list) list.push(b);
    else partners.set(a, [b]);
  }
  const steps = new BoundedSteps(csr, 4);
  const stepsFrom = new Map<string, Map<string, number>>();
  const distance = (a: string, b: string): number | undefined => {
    let row = stepsFrom.get(a);
    if (!row) {
      const others = partners.get(a) ?? [];
      const found = steps.from(
        nodeIndex.get(a) as number,
        others.map((o) => nodeIndex.get(o) as number),
      );
      row = new Map(others.map((o, i) => [o, found[i] as number]));
      stepsFrom.set(a, row);
    }
    const d = row.get(b);
    return d === undefined || d === 255 ? undefined : d;
  };
  let component: Int32Array | undefined;
  const used = new Map<string, number>();
  const out: Introduction[] = [];
  while (out.length < opts.top && heap.size > 0) {
    const c = heap.pop() as Candidate;
    if (!c.exact) {
      const d = distance(c.a, c.b);
      if (d !== undefined && d < opts.minDistance) continue;
      const far = d === undefined ? 5 : Math.min(d, 4);
      heap.push({
        ...c,
        value: (c.shared.length + c.complementary.length) * (c.across ? 2 : 1) * far,
        exact: true,
        distance: d,
      });
      continue;
    }
    if ((used.get(c.a) ?? 0) >= opts.perMember || (used.get(c.b) ?? 0) >= opts.perMember) continue;
    used.set(c.a, (used.get(c.a) ?? 0) + 1);
    used.set(c.b, (used.get(c.b) ?? 0) + 1);
    const ca = opts.clusterOf?.[c.a];
    const cb = opts.clusterOf?.[c.b];
    const d = c.distance;
    component ??= d === undefined ? componentsOf(csr) : undefined;
    const parts = [
      c.shared.length > 0 ? `both work on ${c.shared.join(', ')}` : '',
      c.complementary.length > 0
        ? `one's expertise meets the other's interest in ${c.complementary.join(', ')}`
        : '',
      d !== undefined
        ? `${d} steps apart`
        : component![nodeIndex.get(c.a) as number] === component![nodeIndex.get(c.b) as number]
          ? 'more than 4 steps apart'
          : 'not connected',
      c.across ? `would bridge clusters ${Math.min(ca!, cb!)} and ${Math.max(ca!, cb!)}` : '',
    ].filter((p) => p !== '');
    out.push({
      a: c.a,
      b: c.b,
      score: c.value,
      sharedInterests: c.shared,
      complementary: c.complementary,
      distance: d ?? null,
      clusters: ca !== undefined && cb !== undefined ? [ca, cb] : null,
      reason: parts.join('; '),
    });
  }
  return out;
}
