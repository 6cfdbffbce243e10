/**
 * The full report at real sizes (issue 19): `communityReport` with every
 * section on `sampleCommunity` with 20,000 members (target < 10 s) and
 * 100,000 members, about 2.2 million activities (target < 60 s within Node's
 * default heap). The report is built once, in one call as the CLI does, and
 * each section's time is taken from `onSection`; the network section is then also broken down into
 * the library calls it makes, with the same options. No reference
 * implementation exists for a whole report: the figures are ours only.
 *
 * Sizes: `REPORT_BENCH_SIZES=20000` (comma-separated) runs only those; the
 * 100,000-member run is heavy (about a minute and a few GB): leave it out
 * while iterating.
 */
import { getHeapStatistics } from 'node:v8';
import type { Community } from '../src/model/community.js';
import { dataCoverage } from '../src/model/dataCoverage.js';
import { communityReport } from '../src/report/communityReport.js';
import { sampleCommunity } from '../src/sample/sampleCommunity.js';
import { brokers } from '../src/stakeholders/brokers.js';
import { findClusters } from '../src/stakeholders/findClusters.js';
import { graphFromTies } from '../src/stakeholders/graphFromTies.js';
import { graphSvg } from '../src/stakeholders/graphSvg.js';
import { interactionTies } from '../src/stakeholders/interactionTies.js';
import { peripheralMembers } from '../src/stakeholders/peripheralMembers.js';
import { siloReport } from '../src/stakeholders/siloReport.js';
import { suggestIntroductions } from '../src/stakeholders/suggestIntroductions.js';
import type { Bench } from './harness.js';

const AS_OF = new Date('2026-01-01T00:00:00Z');

/** The CPU time of this process so far (user + system), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let lastCpu = 0;

/**
 * Milliseconds `fn` takes, once, and its result; the CPU time it took is kept
 * for {@link cpuNote} (on a shared machine the wall time also counts waiting
 * for a core; the CPU time also counts V8's helper threads).
 */
function once<T>(fn: () => T): [T, number] {
  const c = cpuMs();
  const t = performance.now();
  const out = fn();
  const wall = performance.now() - t;
  lastCpu = cpuMs() - c;
  return [out, wall];
}

/** " (CPU 1234 ms)": the CPU time of the last {@link once}. */
const cpuNote = (): string => ` (CPU ${lastCpu.toFixed(0)} ms)`;

/** Peak resident memory of the process so far, in MB (the kernel's high-water mark, not a sample). */
function peakRssMb(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/** The network section's steps, timed one by one with the section's own options. */
function networkSteps(b: Bench, community: Community): void {
  const step = <T>(label: (out: T) => string, fn: () => T): T => {
    const [out, t] = once(fn);
    b.report(`  ${label(out)}${cpuNote()}`, t, 'ms');
    return out;
  };
  const from = new Date(AS_OF.getTime() - 365 * 86_400_000);
  const ties = step(
    (t) => `interactionTies (${t.nodes.length} members, ${t.source.length} ties)`,
    () => interactionTies(community, { from, to: AS_OF, include: { gatherings: false, cohosting: false } }),
  );
  const graph = step(
    () => 'graphFromTies (the graphology graph)',
    () => graphFromTies(ties),
  );
  const { clusterOf } = step(
    () => 'findClusters (Louvain)',
    () => findClusters(ties, { seed: 1 }),
  );
  step(
    () => 'siloReport by cluster and by group',
    () => [siloReport(graph, { by: 'cluster', clusterOf }), siloReport(graph, { by: 'group' })],
  );
  const top = step(
    (x) => `brokers (betweenness ${x.betweenness.method}, Burt's measures)`,
    () => brokers(ties, { top: 5, clusterOf }),
  );
  step(
    () => 'peripheralMembers',
    () => peripheralMembers(graph, community, { asOf: AS_OF }),
  );
  step(
    () => 'suggestIntroductions',
    () => suggestIntroductions(community, graph, { top: 5, clusterOf }),
  );
  step(
    (svg) => `graphSvg (${(svg.length / 1e3).toFixed(0)} kB of SVG)`,
    () => graphSvg(graph, { clusterOf, seed: 1, named: top.top.map((x) => x.memberId) }),
  );
}

export default function reportBench(b: Bench): void {
  const sizes = (process.env.REPORT_BENCH_SIZES ?? '20000,100000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 10);
  b.note(
    `Node's heap limit: ${(getHeapStatistics().heap_size_limit / 1e6).toFixed(0)} MB (default unless NODE_OPTIONS sets it)`,
  );
  for (const members of sizes) {
    const [community, tSample] = once(() => sampleCommunity({ seed: 1, members, months: 36 }));
    b.note(
      `sampleCommunity: ${community.members.length} members, ${community.activities.length} activities (generated in ${(tSample / 1000).toFixed(1)} s, untimed)`,
    );
    const [, tCoverage] = once(() => dataCoverage(community));
    b.report(`${members} members: dataCoverage (once per report)${cpuNote()}`, tCoverage, 'ms');
    // The whole report in one call, as the CLI computes it; each section's time
    // runs from its onSection call to the next (the last one to the return).
    // Each section is printed as soon as the next one starts (a long run shows its progress).
    let last: { id: string; wall: number; cpu: number } | undefined;
    const mark = (id: string): void => {
      const now = { id, wall: performance.now(), cpu: cpuMs() };
      if (last)
        b.report(
          `${members} members: section ${last.id} (CPU ${(now.cpu - last.cpu).toFixed(0)} ms)`,
          now.wall - last.wall,
          'ms',
        );
      last = now;
    };
    const [, total] = once(() => communityReport(community, { asOf: AS_OF, seed: 1, onSection: mark }));
    const totalCpu = cpuNote();
    mark('end');
    if (process.env.REPORT_BENCH_STEPS !== '0') {
      b.note('the network section step by step, with its options (again, apart):');
      networkSteps(b, community);
    }
    b.report(
      `${members} members: the whole report (target < ${members <= 20_000 ? '10,000' : '60,000'} ms)${totalCpu}`,
      total,
      'ms',
    );
    b.report(`${members} members: peak RSS so far`, peakRssMb(), 'MB');
    b.report(`${members} members: heap used now`, process.memoryUsage().heapUsed / 1e6, 'MB');
  }
}
