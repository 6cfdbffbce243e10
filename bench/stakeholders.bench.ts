import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parseCommunity } from '../src/model/parseCommunity.js';
import { createRng } from '../src/model/rng.js';
import { serializeCommunity } from '../src/model/serializeCommunity.js';
import { stakeholdersSection } from '../src/report/sections/stakeholdersSection.js';
import { sampleCommunity } from '../src/sample/sampleCommunity.js';
import { betweennessCentrality } from '../src/stakeholders/betweennessCentrality.js';
import type { CommunityGraph } from '../src/stakeholders/communityGraph.js';
import { findClusters } from '../src/stakeholders/findClusters.js';
import { interactionGraph } from '../src/stakeholders/interactionGraph.js';
import { interactionTies } from '../src/stakeholders/interactionTies.js';
import type { TieList } from '../src/stakeholders/tieList.js';
import type { Bench } from './harness.js';

/** A seeded graph with community structure: n nodes in groups of `size`, m distinct edges, a share `pIn` inside groups. */
function plantedPartition(n: number, m: number, size: number, pIn: number, seed: number): [number, number][] {
  const rng = createRng(seed);
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  while (edges.length < m) {
    const a = Math.floor(rng() * n);
    let b: number;
    if (rng() < pIn) {
      const base = a - (a % size);
      b = base + Math.floor(rng() * Math.min(size, n - base));
    } else b = Math.floor(rng() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return edges;
}

function toGraph(n: number, edges: readonly [number, number][]): CommunityGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b] of edges) g.addEdge(String(a), String(b));
  return g;
}

const BETWEENNESS_PY = `
import json, sys, time
with open(sys.argv[1]) as f:
    n = int(f.readline())
    edges = [tuple(map(int, line.split())) for line in f]
out = {}
try:
    import networkit as nk
    nk.setNumberOfThreads(1)
    G = nk.Graph(n)
    for a, b in edges: G.addEdge(a, b)
    t, c = time.perf_counter(), time.process_time(); bc = nk.centrality.Betweenness(G, normalized=True); bc.run()
    out['networkit'] = {'ms': (time.perf_counter() - t) * 1000, 'cpu': (time.process_time() - c) * 1000}
except ImportError:
    pass
try:
    import igraph as ig
    g = ig.Graph(n=n, edges=edges)
    best, best_cpu = None, None
    for _ in range(2):  # best of two, as ours (the machine is noisy)
        t, c = time.perf_counter(), time.process_time(); raw = g.betweenness()
        ms, cpu = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000
        best = ms if best is None else min(best, ms)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    out['igraph'] = {'ms': best, 'cpu': best_cpu, 'raw': raw}
except ImportError:
    pass
print(json.dumps(out))
`;

/**
 * The interaction graph of the sample community as parseCommunity returns it
 * from JSON text (how data arrives; untimed), medians of 3 after a warm-up
 * (and, as a note, the first call straight after parsing):
 * as a tie list (`interactionTies`, the target), as a graphology graph
 * (`interactionGraph` = the tie list plus graphology's insertions), and
 * `findClusters` on the tie list. In a function, so the million activities
 * are garbage once it returns.
 */
function interactionGraphBench(b: Bench, size: number): void {
  const text = JSON.stringify(serializeCommunity(sampleCommunity({ seed: 1, members: size, months: 36 })));
  const community = parseCommunity(JSON.parse(text));
  const activities = community.activities.length.toLocaleString('en');
  let ties: TieList | undefined;
  // The very first call, before the harness collects the parse's garbage:
  // cold JIT, activity objects still scattered among the parsed JSON tree.
  const first = performance.now();
  ties = interactionTies(community);
  const firstMs = performance.now() - first;
  const tiesMs = b.time(
    () => {
      ties = interactionTies(community);
    },
    { repeat: 3, warmup: 1 },
  );
  const tiesRuns = b.lastRuns();
  b.report(`interactionTies from ${activities} parsed activities (target < 2000 ms)`, tiesMs, 'ms');
  b.note(
    `→ ${ties?.nodes.length.toLocaleString('en')} members, ${ties?.source.length.toLocaleString('en')} ties; runs, in order: ${tiesRuns.map((t) => t.toFixed(0)).join(', ')} ms; the first call, straight after parsing: ${firstMs.toFixed(0)} ms`,
  );
  const graphMs = b.time(
    () => {
      interactionGraph(community);
    },
    { repeat: 3, warmup: 0 },
  );
  b.report(
    `interactionGraph (the same ties as a graphology graph) from ${activities} activities`,
    graphMs,
    'ms',
  );
  let clusters = 0;
  const clusterMs = b.time(
    () => {
      clusters = findClusters(ties as TieList).clusters.length;
    },
    { repeat: 3, warmup: 0 },
  );
  b.report('findClusters on that tie list (no graphology graph)', clusterMs, 'ms');
  b.note(`→ ${clusters.toLocaleString('en')} clusters`);
}

/**
 * Issue #19: the report's network section (stakeholdersSection: interaction
 * graph, clusters, silos, brokers, peripheral members, introductions, the
 * network picture) on a generated community of `size` members, once (it takes
 * minutes at 100,000): its time, the betweenness method it chose and the peak
 * memory of the process so far. Printed only.
 */
function networkSectionBench(b: Bench, size: number): void {
  const t0 = performance.now();
  const community = sampleCommunity({ seed: 1, members: size, months: 24 });
  const sampleMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  const section = stakeholdersSection(community, { asOf: new Date('2026-01-01Z'), seed: 1 });
  const ms = performance.now() - t;
  const data = section.data as {
    members: number;
    ties: number;
    clusters: unknown[];
    betweenness: { method: string; samples: number | null; errorBound: number };
  };
  b.report(`report network section, sampleCommunity ${size.toLocaleString('en')} members (once)`, ms, 'ms');
  b.note(
    `→ ${community.activities.length.toLocaleString('en')} activities (generated in ${(sampleMs / 1000).toFixed(1)} s); ${data.members.toLocaleString('en')} members in the graph, ${data.ties.toLocaleString('en')} ties, ${data.clusters.length} clusters of 3+; betweenness ${data.betweenness.method}${data.betweenness.samples === null ? '' : ` (${data.betweenness.samples} samples, ±${data.betweenness.errorBound.toFixed(3)})`}; peak RSS ${b.peakRssMb().toFixed(0)} MB`,
  );
}

/** Best of `runs` runs of `fn`, by wall time and by CPU time (user + system of the whole process, worker threads included). */
function bestWallAndCpu(fn: () => void, runs: number): { ms: number; cpu: number } {
  let ms = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
    const d = process.cpuUsage(c);
    cpu = Math.min(cpu, (d.user + d.system) / 1000);
  }
  return { ms, cpu };
}

/**
 * Exact betweenness on a 10,000-node / 50,000-edge planted partition against
 * igraph and networkit (one thread) on the same edge list, best of two runs
 * each, by wall time and by CPU time (the steadier figure on a shared
 * machine; issue #19's target: ≤ 0.6× igraph): ours with `threads: 'auto'`
 * (every core: worker threads) and with `threads: 1`, with the peak memory
 * and the largest difference from igraph's scores (and between our two).
 * `STAKEHOLDERS_BENCH_ONLY=betweenness` runs this part alone.
 */
async function exactBetweennessBench(b: Bench): Promise<void> {
  const n = 10_000;
  const edges = plantedPartition(n, 50_000, 100, 0.7, 11);
  const graph = toGraph(n, edges);
  const file = join(b.tmpDir, 'betweenness-edges.txt');
  writeFileSync(file, `${n}\n${edges.map((e) => `${e[0]} ${e[1]}`).join('\n')}\n`);
  // Best of two runs, as igraph's below: on a shared 2-core machine a single
  // run of either can be 50% off.
  let ours: Record<string, number> = {};
  const threaded = bestWallAndCpu(() => {
    ours = betweennessCentrality(graph, { weighted: false, method: 'exact', threads: 'auto' }).scores;
  }, 2);
  const threadedRss = process.resourceUsage().maxRSS / 1024;
  let single: Record<string, number> = {};
  const oneThread = bestWallAndCpu(() => {
    single = betweennessCentrality(graph, { weighted: false, method: 'exact', threads: 1 }).scores;
  }, 2);
  const hasNk = b.hasPython('networkit');
  const hasIg = b.hasPython('igraph');
  if (!hasIg) b.note('igraph: skipped (not installed: python3 -m pip install igraph)');
  if (!hasNk) b.note('networkit: skipped (not installed: python3 -m pip install networkit)');
  const ref =
    hasNk || hasIg
      ? (b.python(BETWEENNESS_PY.replace('sys.argv[1]', JSON.stringify(file))) as
          | Record<string, { ms: number; cpu: number; raw?: number[] }>
          | undefined)
      : undefined;
  const cores = availableParallelism();
  // Wall time, then CPU time (steadier on a shared machine), each against the references' same measure.
  for (const [label, figures] of [
    [`threads: 'auto' (${cores} cores)`, threaded],
    ['threads: 1', oneThread],
  ] as const) {
    for (const [what, key] of [
      ['', 'ms'],
      [', CPU time', 'cpu'],
    ] as const) {
      b.report(
        `betweennessCentrality (exact, ${label}), 10,000 nodes / 50,000 edges${what}, best of 2`,
        figures[key],
        'ms',
        { name: 'igraph betweenness', value: ref?.igraph?.[key] },
      );
      b.report(`  same graph${what}`, figures[key], 'ms', {
        name: 'networkit Betweenness (1 thread)',
        value: ref?.networkit?.[key],
      });
    }
  }
  b.note(
    `target (issue #19): ≤ 0.6× igraph. igraph and networkit run on one thread here; threads: 'auto' uses every core (${cores}) — its wall time is the one a user waits, its CPU time the work of all threads together (worker start-up included: from the sources, each worker also loads tsx, about 0.4 s, which the built package does not). On a machine shared with other jobs, the cores are not all ours.`,
  );
  b.note(
    `peak RSS: ${threadedRss.toFixed(0)} MB after the threaded runs, ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB after the single-thread runs too (the process's maxRSS, worker threads included)`,
  );
  let sameBits = true;
  for (let i = 0; i < n; i++) if (!Object.is(ours[String(i)], single[String(i)])) sameBits = false;
  b.note(`threads: 'auto' and threads: 1 give ${sameBits ? 'the same bits' : 'DIFFERENT scores (a bug)'}`);
  const raw = ref?.igraph?.raw;
  if (raw) {
    const scale = ((n - 1) * (n - 2)) / 2;
    let maxDiff = 0;
    raw.forEach((r, i) => {
      maxDiff = Math.max(maxDiff, Math.abs((ours[String(i)] as number) * scale - r));
    });
    b.note(`largest difference from igraph's (unnormalised) scores: ${maxDiff.toExponential(2)}`);
  }
  if (process.env.BENCH_GRAPHOLOGY === '1') {
    const { default: betweenness } = await import('graphology-metrics/centrality/betweenness.js');
    const theirs = b.time(() => betweenness(graph), { repeat: 1, warmup: 0 });
    b.report('  same graph', oneThread.ms, 'ms', { name: 'graphology-metrics betweenness', value: theirs });
  } else b.note('graphology-metrics betweenness: skipped (set BENCH_GRAPHOLOGY=1; several minutes)');
}

/**
 * Issue #5, in one run: building the interaction graph from about a million
 * activities (target < 2 s; as a tie list, then as a graphology graph); exact betweenness on a 10,000-node / 50,000-edge
 * graph against igraph and networkit (one thread) on the same edge list
 * (target, issue #19: ≤ 0.6× igraph), with the largest difference from igraph's
 * scores; and the sampled estimate (Riondato–Kornaropoulos) on a
 * 100,000-node graph, with its stated error bound. Clustering is in
 * `stakeholders-clusters.bench.ts`. `STAKEHOLDERS_BENCH_MEMBERS` sizes the
 * community; `BENCH_GRAPHOLOGY=1` also times graphology-metrics' betweenness
 * (several minutes at this size). Last, the report's network section on
 * `STAKEHOLDERS_BENCH_SECTION_MEMBERS` members (default 100,000; 0 skips it).
 */
export default async function (b: Bench): Promise<void> {
  if (process.env.STAKEHOLDERS_BENCH_ONLY === 'betweenness') {
    await exactBetweennessBench(b);
    return;
  }
  // 1. The interaction graph from about a million activities.
  interactionGraphBench(b, Number(process.env.STAKEHOLDERS_BENCH_MEMBERS ?? 48_000));

  // 2. Exact betweenness, 10,000 nodes / 50,000 edges.
  await exactBetweennessBench(b);

  // 3. The sampled estimate where exact betweenness is out of reach.
  const big = 100_000;
  const bigGraph = toGraph(big, plantedPartition(big, 500_000, 200, 0.7, 12));
  let sampled = betweennessCentrality(bigGraph, { weighted: false, epsilon: 0.05, seed: 1 });
  const sampledMs = b.time(
    () => {
      sampled = betweennessCentrality(bigGraph, { weighted: false, epsilon: 0.05, seed: 1 });
    },
    { repeat: 1, warmup: 0 },
  );
  b.report(
    `betweennessCentrality on 100,000 nodes / 500,000 edges: ${sampled.method}, ${sampled.samples} sampled paths, every score within ±${sampled.errorBound.toFixed(3)} with probability ${1 - (sampled.delta ?? 0)}`,
    sampledMs,
    'ms',
  );

  // 4. The report's network section at scale (issue #19).
  const sectionMembers = Number(process.env.STAKEHOLDERS_BENCH_SECTION_MEMBERS ?? 100_000);
  if (sectionMembers > 0) networkSectionBench(b, sectionMembers);
  else b.note('report network section: skipped (STAKEHOLDERS_BENCH_SECTION_MEMBERS=0)');
}
