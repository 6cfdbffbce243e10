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
import { activityLog } from '../src/model/activityLog.js';
import type { Community } from '../src/model/community.js';
import { dataCoverage } from '../src/model/dataCoverage.js';
import { requireParsedCommunity } from '../src/model/internal/parsedCommunity.js';
import { createRng } from '../src/model/rng.js';
import { parseWith } from '../src/model/validate.js';
import { communityReport } from '../src/report/communityReport.js';
import { sampleCommunity } from '../src/sample/sampleCommunity.js';
import { BrokersOptionsSchema } from '../src/stakeholders/brokers.js';
import { GraphSvgOptionsSchema } from '../src/stakeholders/graphSvg.js';
import { InteractionGraphOptionsSchema } from '../src/stakeholders/interactionOptions.js';
import { brokerRanking } from '../src/stakeholders/internal/brokerRanking.js';
import { clusterPartition } from '../src/stakeholders/internal/clusterPartition.js';
import { clusterTopicScores } from '../src/stakeholders/internal/clusterTopicScores.js';
import { interactionTieList } from '../src/stakeholders/internal/interactionTieList.js';
import { introductionsOf } from '../src/stakeholders/internal/introductionSearch.js';
import { networkPicture } from '../src/stakeholders/internal/networkPicture.js';
import { peripheralOf } from '../src/stakeholders/internal/peripheralRanking.js';
import { pictureSvg } from '../src/stakeholders/internal/pictureSvg.js';
import { siloMeasures } from '../src/stakeholders/internal/siloMeasures.js';
import { tieNetwork } from '../src/stakeholders/internal/tieNetwork.js';
import { windowActivities } from '../src/stakeholders/internal/windowActivities.js';
import { PeripheralMembersOptionsSchema } from '../src/stakeholders/peripheralMembersOptions.js';
import { SiloReportOptionsSchema } from '../src/stakeholders/siloReportSchemas.js';
import { SuggestIntroductionsOptionsSchema } from '../src/stakeholders/suggestIntroductionsOptions.js';
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

/**
 * The network section's steps, timed one by one as the section runs them:
 * the internal cores on one tie network (no graphology graph), with the
 * section's options.
 */
function networkSteps(b: Bench, community: Community): void {
  const step = <T>(label: (out: T) => string, fn: () => T): T => {
    const [out, t] = once(fn);
    b.report(`  ${label(out)}${cpuNote()}`, t, 'ms');
    return out;
  };
  const from = new Date(AS_OF.getTime() - 365 * 86_400_000);
  step(
    () => 'check the community once (members, stakeholders, activities, gatherings)',
    () =>
      requireParsedCommunity('bench', community, 'community', [
        'members',
        'stakeholders',
        'activities',
        'gatherings',
      ]),
  );
  const year = step(
    (x) => `the year's activities (${x.activities.length}) and the log of them`,
    () => {
      const activities = windowActivities(community.activities, from.getTime(), AS_OF.getTime());
      return { activities, log: activityLog(activities) };
    },
  );
  const ties = step(
    (t) => `interactionTies core (${t.nodes.length} members, ${t.source.length} ties)`,
    () =>
      interactionTieList(
        community,
        parseWith(
          'bench',
          InteractionGraphOptionsSchema,
          { from, to: AS_OF, include: { gatherings: false, cohosting: false } },
          'options',
        ),
        year.log,
      ),
  );
  const net = step(
    () => 'tie network (one CSR, strengths, degrees)',
    () => tieNetwork(ties),
  );
  const { clusters, clusterOf } = step(
    () => 'findClusters core (Louvain)',
    () => clusterPartition(net.edges, net.csr, 1, createRng(1)),
  );
  const big = clusters.filter((c) => c.size >= 3);
  step(
    () => 'clusterTopics core',
    () => clusterTopicScores(year.activities, big, from.getTime(), AS_OF.getTime(), 3, 2),
  );
  const columns = { source: ties.source, target: ties.target, weight: ties.weight };
  step(
    () => 'siloReport core by cluster and by group',
    () => [
      siloMeasures(net.edges, columns, { ...SiloReportOptionsSchema.parse({ by: 'cluster' }), clusterOf }),
      siloMeasures(net.edges, columns, SiloReportOptionsSchema.parse({ by: 'group' })),
    ],
  );
  const o = BrokersOptionsSchema.parse({ top: 5 });
  const top = step(
    (x) => `brokers core (betweenness ${x.betweenness.method}, Burt's measures)`,
    () =>
      brokerRanking(ties, net.edges, net.csr, o.top, clusterOf, {
        weighted: o.weighted,
        normalized: true,
        method: o.method,
        budget: o.budget,
        epsilon: o.epsilon,
        delta: o.delta,
        seed: o.seed,
      }),
  );
  step(
    () => 'peripheralMembers core',
    () => peripheralOf(community, net, PeripheralMembersOptionsSchema.parse({ asOf: AS_OF })),
  );
  step(
    () => 'suggestIntroductions core',
    () =>
      introductionsOf(
        community,
        { ...net, ids: net.edges.ids },
        {
          ...SuggestIntroductionsOptionsSchema.parse({ top: 5 }),
          clusterOf,
        },
      ),
  );
  step(
    (svg) => `network picture (${(svg.length / 1e3).toFixed(0)} kB of SVG)`,
    () => {
      const opts = GraphSvgOptionsSchema.parse({ clusterOf, seed: 1, named: top.top.map((x) => x.memberId) });
      const picture = networkPicture(
        {
          ids: net.edges.ids,
          index: net.index,
          label: (i) => String(net.edges.attribute(i, 'label') ?? net.edges.ids[i]),
          csr: net.csr,
          strength: net.strength,
          degree: net.degree,
          ties: ties.source.length,
        },
        opts,
      );
      return pictureSvg(picture, opts.title);
    },
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
