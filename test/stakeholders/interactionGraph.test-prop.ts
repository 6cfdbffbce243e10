import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Community } from '../../src/model/community.js';
import { parseWith } from '../../src/model/validate.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import {
  type InteractionGraphOptions,
  InteractionGraphOptionsSchema,
} from '../../src/stakeholders/interactionOptions.js';
import { newUndirectedGraph } from '../../src/stakeholders/internal/graph.js';

const DAY = 86_400_000;
type Counts = {
  replies: number;
  threads: number;
  gatherings: number;
  mentoring: number;
  cohosting: number;
  coworking: number;
};

/** The straightforward implementation (one graphology edge update per contribution): the reference. */
function naiveInteractionGraph(community: Community, options: InteractionGraphOptions = {}): CommunityGraph {
  const opts = parseWith('naive', InteractionGraphOptionsSchema, options, 'options');
  const from = opts.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const kinds = opts.kinds ? new Set<string>(opts.kinds) : undefined;
  let latest = Number.NEGATIVE_INFINITY;
  for (const a of community.activities) if (a.at.getTime() > latest) latest = a.at.getTime();
  const to = opts.to?.getTime() ?? (Number.isFinite(latest) ? latest + 1 : Number.POSITIVE_INFINITY);
  const ref = Number.isFinite(to) ? to : 0;
  const decay = (t: number): number =>
    opts.halfLife === 0 ? 1 : 2 ** (-Math.max(0, ref - t) / (opts.halfLife * DAY));

  const graph = newUndirectedGraph();
  const members = new Map(community.members.map((m) => [m.id, m]));
  for (const m of [...community.members].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if ((m.joinedAt && m.joinedAt.getTime() >= to) || (m.leftAt && m.leftAt.getTime() < to)) continue;
    graph.addNode(m.id, {
      label: m.name ?? m.id,
      groups: m.groups,
      affiliation: m.affiliation ?? null,
      topics: m.interests,
      joinedAt: m.joinedAt?.toISOString() ?? null,
    });
  }
  const tie = (u: string, v: string, w: number, what: keyof Counts): void => {
    if (u === v || w <= 0 || !graph.hasNode(u) || !graph.hasNode(v)) return;
    const [a, b] = u < v ? [u, v] : [v, u];
    if (graph.hasEdge(a, b)) {
      const attrs = graph.getEdgeAttributes(a, b) as { weight: number } & Counts;
      attrs.weight += w;
      attrs[what] += 1;
    } else {
      const counts: Counts = {
        replies: 0,
        threads: 0,
        gatherings: 0,
        mentoring: 0,
        cohosting: 0,
        coworking: 0,
      };
      counts[what] = 1;
      graph.addEdge(a, b, { weight: w, ...counts });
    }
  };

  const inWindow = community.activities.filter((a) => {
    const t = a.at.getTime();
    return t >= from && t < to && (!kinds || kinds.has(a.kind));
  });
  const byId = new Map(community.activities.map((a) => [a.id, a]));
  const GATHERING_KINDS = new Set(['attend', 'host', 'present', 'organise']);
  const threads = new Map<string, { members: Set<string>; last: number; mentoring: boolean }>();
  for (const a of inWindow) {
    const t = a.at.getTime();
    if (opts.include.replies && a.replyTo !== undefined) {
      const parent = byId.get(a.replyTo);
      if (parent) tie(a.memberId, parent.memberId, decay(t), 'replies');
    }
    if (a.thread !== undefined && !GATHERING_KINDS.has(a.kind)) {
      const th = threads.get(a.thread) ?? { members: new Set<string>(), last: t, mentoring: false };
      th.members.add(a.memberId);
      th.last = Math.max(th.last, t);
      if (a.kind === 'mentor-session') th.mentoring = true;
      threads.set(a.thread, th);
    }
  }
  for (const th of threads.values()) {
    const list = [...th.members].sort();
    const k = list.length;
    if (k < 2 || k > opts.maxGroupSize) continue;
    if (th.mentoring ? !opts.include.mentoring : !opts.include.threads) continue;
    const w = (th.mentoring ? 1 : 1 / (k - 1)) * decay(th.last);
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++)
        tie(list[i] as string, list[j] as string, w, th.mentoring ? 'mentoring' : 'threads');
  }
  for (const g of community.gatherings) {
    const t = g.start.getTime();
    if (t < from || t >= to) continue;
    if (opts.include.gatherings) {
      const list = [...new Set(g.attended)].filter((id) => members.has(id)).sort();
      const n = list.length;
      if (n >= 2 && n <= opts.maxGroupSize) {
        const w = decay(t) / (n - 1);
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++) tie(list[i] as string, list[j] as string, w, 'gatherings');
      }
    }
    if (opts.include.cohosting) {
      const hosts = [...new Set(g.hosts)].sort();
      for (let i = 0; i < hosts.length; i++)
        for (let j = i + 1; j < hosts.length; j++)
          tie(hosts[i] as string, hosts[j] as string, decay(t), 'cohosting');
    }
  }
  // Co-working: per (thing, calendar window), the members who worked on it; 1/(k−1) per pair.
  const conversation = inWindow.some(
    (a) => a.replyTo !== undefined || (a.thread !== undefined && !GATHERING_KINDS.has(a.kind)),
  );
  const coworking = opts.include.coworking === 'auto' ? !conversation : opts.include.coworking;
  if (coworking) {
    const WORK = new Set(['commit', 'pull-request', 'review', 'document', 'translate']);
    const things = new Map<string, { members: Set<string>; last: number }>();
    const note = (key: string, who: string, t: number) => {
      const x = things.get(key) ?? { members: new Set<string>(), last: t };
      x.members.add(who);
      x.last = Math.max(x.last, t);
      things.set(key, x);
    };
    for (const a of inWindow) {
      if (!WORK.has(a.kind) || !members.has(a.memberId)) continue;
      const t = a.at.getTime();
      const bucket = Math.floor(t / (opts.coworking.windowDays * DAY));
      if (opts.coworking.topics) for (const topic of a.topics) note(`t ${bucket} ${topic}`, a.memberId, t);
      if (opts.coworking.reviews && a.kind === 'review' && a.thread !== undefined)
        note(`r ${bucket} ${a.thread}`, a.memberId, t);
    }
    for (const key of [...things.keys()].sort()) {
      const x = things.get(key)!;
      const list = [...x.members].sort();
      const k = list.length;
      if (k < 2 || k > opts.maxGroupSize) continue;
      for (let i = 0; i < k; i++)
        for (let j = i + 1; j < k; j++)
          tie(list[i] as string, list[j] as string, decay(x.last) / (k - 1), 'coworking');
    }
  }
  return graph;
}

function snapshot(g: CommunityGraph) {
  return {
    nodes: g.mapNodes((n, a) => [n, a]),
    edges: g.mapEdges((_e, a, s, t) => [s, t, a] as const),
  };
}

/** Edges by (source, target): the fast path inserts them in that order, the reference in order of first contribution. */
const byEndpoints = (x: readonly [string, string, unknown], y: readonly [string, string, unknown]): number =>
  x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;

function expectSame(fast: CommunityGraph, naive: CommunityGraph): void {
  const f = snapshot(fast);
  const n = snapshot(naive);
  expect(f.nodes).toEqual(n.nodes);
  // The fast path's edges are already in endpoint order (node ids sort as member indices do).
  expect([...f.edges].sort(byEndpoints)).toEqual(f.edges);
  n.edges.sort(byEndpoints);
  expect(f.edges.length).toBe(n.edges.length);
  for (let i = 0; i < n.edges.length; i++) {
    const [fs, ft, fa] = f.edges[i]!;
    const [ns, nt, na] = n.edges[i]!;
    expect([fs, ft]).toEqual([ns, nt]);
    expect(Math.abs((fa.weight as number) - (na.weight as number))).toBeLessThan(1e-12);
    expect({ ...fa, weight: 0 }).toEqual({ ...na, weight: 0 });
    expect(Object.keys(fa)).toEqual(Object.keys(na));
  }
}

describe('interactionGraph fast path', () => {
  it('interactionGraph equals the naive reference on random small sample communities and options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.record({
          halfLife: fc.constantFrom(0, 30, 180),
          maxGroupSize: fc.constantFrom(2, 4, 500),
          include: fc.record({
            replies: fc.boolean(),
            threads: fc.boolean(),
            gatherings: fc.boolean(),
            mentoring: fc.boolean(),
            cohosting: fc.boolean(),
            coworking: fc.constantFrom('auto' as const, true, false),
          }),
          coworking: fc.record({
            windowDays: fc.constantFrom(1, 30, 90),
            topics: fc.boolean(),
            reviews: fc.boolean(),
          }),
          from: fc.constantFrom(undefined, '2025-03-01'),
          to: fc.constantFrom(undefined, '2025-09-01'),
          kinds: fc.constantFrom(
            undefined,
            ['reply', 'answer', 'post'] as const,
            ['mentor-session', 'comment'] as const,
          ),
        }),
        (seed, raw) => {
          const community = sampleCommunity({ seed, members: 40, months: 12 });
          const options = Object.fromEntries(
            Object.entries(raw).filter(([, v]) => v !== undefined),
          ) as InteractionGraphOptions;
          expectSame(interactionGraph(community, options), naiveInteractionGraph(community, options));
        },
      ),
      { numRuns: 10, seed: 3 },
    );
  });

  it('interactionGraph equals the naive reference with default options on a 200-member community', () => {
    const community = sampleCommunity({ seed: 5, members: 200, months: 12 });
    const fast = interactionGraph(community);
    expect(fast.size).toBeGreaterThan(100);
    expectSame(fast, naiveInteractionGraph(community));
  });
});
