import type { z } from 'zod';
import type { Community } from '../../model/community.js';
import type { Introduction, SuggestIntroductionsOptionsSchema } from '../suggestIntroductionsOptions.js';
import { BinaryHeap } from './binaryHeap.js';
import type { Csr } from './csr.js';

/** The network `suggestIntroductions` reads, by node index. */
export interface IntroductionNetwork {
  /** Node ids; node i is ids[i]. */
  ids: readonly string[];
  /** Node id → node index. */
  index: ReadonlyMap<string, number>;
  /** Adjacency (weights not read): steps are counted on it. */
  csr: Csr;
  /** Sum of the weights of each node's ties (the "most connected" order). */
  strength: Float64Array;
  /** Ties of each node (0: a member without a tie). */
  degree: ArrayLike<number>;
}

/**
 * Steps between two nodes of a CSR adjacency when at most 4, found from both
 * ends (a pair two steps apart costs the two nodes' degrees, not a search of
 * the graph): `a`'s neighbours are marked, then the nodes two steps from `a`
 * only when the pair is three or more apart, and `b`'s neighbourhood is
 * matched against them. Scratch marks are stamped, never cleared.
 */
class NearSteps {
  /** near[x] = stamp: x is `a` or a neighbour of `a`. */
  private readonly near: Int32Array;
  /** second[x] = stamp: x is exactly two steps from `a`. */
  private readonly second: Int32Array;
  private stamp = 0;

  constructor(private readonly csr: Csr) {
    this.near = new Int32Array(csr.n);
    this.second = new Int32Array(csr.n);
  }

  /** Steps from `a` to `b` (a ≠ b), or undefined when more than 4 (or not connected). */
  between(a: number, b: number): number | undefined {
    const { offsets, targets } = this.csr;
    const { near, second } = this;
    const stamp = ++this.stamp;
    near[a] = stamp;
    for (let p = offsets[a] as number, end = offsets[a + 1] as number; p < end; p++)
      near[targets[p] as number] = stamp;
    if (near[b] === stamp) return 1;
    const bStart = offsets[b] as number;
    const bEnd = offsets[b + 1] as number;
    for (let p = bStart; p < bEnd; p++) if (near[targets[p] as number] === stamp) return 2;
    for (let p = offsets[a] as number, end = offsets[a + 1] as number; p < end; p++) {
      const x = targets[p] as number;
      for (let q = offsets[x] as number, qEnd = offsets[x + 1] as number; q < qEnd; q++) {
        const z = targets[q] as number;
        if (near[z] !== stamp) second[z] = stamp;
      }
    }
    for (let p = bStart; p < bEnd; p++) if (second[targets[p] as number] === stamp) return 3;
    // Three or more apart: four when a neighbour of b's neighbour is two steps from a.
    for (let p = bStart; p < bEnd; p++) {
      const y = targets[p] as number;
      for (let q = offsets[y] as number, qEnd = offsets[y + 1] as number; q < qEnd; q++)
        if (second[targets[q] as number] === stamp) return 4;
    }
    return undefined;
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

/** A pair worth introducing (node indices), before (`exact` false: `value` bounds the score) or after its distance is known. */
interface Candidate {
  a: number;
  b: number;
  shared: string[];
  complementary: string[];
  across: boolean;
  value: number;
  exact: boolean;
  distance: number | undefined;
}

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
 * The introductions of `suggestIntroductions` (see there for the rules), on
 * a network read by node index — a graphology graph's or a tie list's. Pairs
 * are node indices until the result, ordered by member id where the rules
 * break ties (member ids are the node ids).
 */
export function introductionsOf(
  community: Community,
  net: IntroductionNetwork,
  opts: z.output<typeof SuggestIntroductionsOptionsSchema>,
): Introduction[] {
  const { ids, index, csr, strength, degree } = net;
  const byId = (x: number, y: number): number => {
    const a = ids[x] as string;
    const b = ids[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const members: Community['members'] = [];
  const memberNode: number[] = [];
  for (const m of community.members) {
    const i = index.get(m.id);
    if (i === undefined || !(opts.includeIsolated || (degree[i] as number) > 0)) continue;
    members.push(m);
    memberNode.push(i);
  }
  // A cluster of one is an isolated member, not a sub-network to bridge.
  const clusterSize = new Map<number, number>();
  for (const c of Object.values(opts.clusterOf ?? {})) clusterSize.set(c, (clusterSize.get(c) ?? 0) + 1);
  const byTopic = new Map<string, number[]>();
  const info = new Map<number, { interests: Set<string>; expertise: Set<string> }>();
  members.forEach((m, k) => {
    const node = memberNode[k] as number;
    for (const t of new Set([...m.interests, ...m.expertise])) {
      const list = byTopic.get(t);
      if (list) list.push(node);
      else byTopic.set(t, [node]);
    }
    info.set(node, { interests: new Set(m.interests), expertise: new Set(m.expertise) });
  });
  // Per topic, the most connected members: every pair of them is a candidate
  // (a before b in id order), once.
  const seen = new Set<number>();
  const pairsA: number[] = [];
  const pairsB: number[] = [];
  const n = ids.length;
  for (const nodes of byTopic.values()) {
    const chosen = nodes
      .sort((x, y) => (strength[y] as number) - (strength[x] as number) || byId(x, y))
      .slice(0, opts.maxPerTopic)
      .sort(byId);
    for (let i = 0; i < chosen.length; i++)
      for (let j = i + 1; j < chosen.length; j++) {
        const a = chosen[i] as number;
        const b = chosen[j] as number;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairsA.push(a);
        pairsB.push(b);
      }
  }
  // Best first: higher value, then by member ids (the order of the result).
  const better = (x: Candidate, y: Candidate): boolean =>
    x.value !== y.value ? x.value > y.value : x.a !== y.a ? byId(x.a, y.a) < 0 : byId(x.b, y.b) < 0;
  // Lazy greedy: each candidate enters with a bound on its score (as if 5 steps
  // apart); only a candidate at the top of the heap has its distance computed,
  // and an exact candidate at the top comes before every other candidate's
  // score — the order of sorting all scores, for the distances of a few pairs.
  const heap = new BinaryHeap<Candidate>(better);
  for (let k = 0; k < pairsA.length; k++) {
    const a = pairsA[k] as number;
    const b = pairsB[k] as number;
    const { shared, complementary } = overlap(info.get(a)!, info.get(b)!);
    const count = shared.length + complementary.length;
    if (count < opts.minShared) continue;
    const ca = opts.clusterOf?.[ids[a] as string];
    const cb = opts.clusterOf?.[ids[b] as string];
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
      value: count * (across ? 2 : 1) * 5,
      exact: false,
      distance: undefined,
    });
  }
  const steps = new NearSteps(csr);
  let component: Int32Array | undefined;
  const used = new Map<number, number>();
  const out: Introduction[] = [];
  while (out.length < opts.top && heap.size > 0) {
    const c = heap.pop() as Candidate;
    if (!c.exact) {
      const d = steps.between(c.a, c.b);
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
    const a = ids[c.a] as string;
    const b = ids[c.b] as string;
    const ca = opts.clusterOf?.[a];
    const cb = opts.clusterOf?.[b];
    const d = c.distance;
    component ??= d === undefined ? componentsOf(csr) : undefined;
    const parts = [
      c.shared.length > 0 ? `both work on ${c.shared.join(', ')}` : '',
      c.complementary.length > 0
        ? `one's expertise meets the other's interest in ${c.complementary.join(', ')}`
        : '',
      d !== undefined
        ? `${d} steps apart`
        : component![c.a] === component![c.b]
          ? 'more than 4 steps apart'
          : 'not connected',
      c.across ? `would bridge clusters ${Math.min(ca!, cb!)} and ${Math.max(ca!, cb!)}` : '',
    ].filter((p) => p !== '');
    out.push({
      a,
      b,
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
