import { activityLog } from '../../model/activityLog.js';
import type { Community } from '../../model/community.js';
import { dataCoverage, notMeasured } from '../../model/dataCoverage.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { createRng } from '../../model/rng.js';
import { parseWith } from '../../model/validate.js';
import { BrokersOptionsSchema } from '../../stakeholders/brokers.js';
import { FindClustersOptionsSchema } from '../../stakeholders/findClusters.js';
import { GraphSvgOptionsSchema } from '../../stakeholders/graphSvg.js';
import { InteractionGraphOptionsSchema } from '../../stakeholders/interactionOptions.js';
import { brokerRanking } from '../../stakeholders/internal/brokerRanking.js';
import { clusterPartition } from '../../stakeholders/internal/clusterPartition.js';
import { clusterTopicScores } from '../../stakeholders/internal/clusterTopicScores.js';
import { interactionTieList } from '../../stakeholders/internal/interactionTieList.js';
import { introductionsOf } from '../../stakeholders/internal/introductionSearch.js';
import { networkPicture } from '../../stakeholders/internal/networkPicture.js';
import { peripheralOf } from '../../stakeholders/internal/peripheralRanking.js';
import { pictureSvg } from '../../stakeholders/internal/pictureSvg.js';
import { siloMeasures } from '../../stakeholders/internal/siloMeasures.js';
import { type TieNetwork, tieNetwork } from '../../stakeholders/internal/tieNetwork.js';
import { windowActivities } from '../../stakeholders/internal/windowActivities.js';
import { PeripheralMembersOptionsSchema } from '../../stakeholders/peripheralMembersOptions.js';
import { powerInterestGrid } from '../../stakeholders/powerInterestGrid.js';
import { SiloReportOptionsSchema } from '../../stakeholders/siloReportSchemas.js';
import { stakeholderSalience } from '../../stakeholders/stakeholderSalience.js';
import { SuggestIntroductionsOptionsSchema } from '../../stakeholders/suggestIntroductionsOptions.js';
import { escapeMarkdown } from '../internal/markdownText.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

/** The lines of the outside-stakeholder table. */
function stakeholderTable(
  grid: ReturnType<typeof powerInterestGrid>,
  salience: ReadonlyMap<string, ReturnType<typeof stakeholderSalience>[number]>,
): string[] {
  return [
    '**Outside stakeholders** (Mendelow grid; Mitchell–Agle–Wood salience):',
    '',
    '| Stakeholder | Quadrant | Engage | Salience |',
    '|---|---|---|---|',
    ...grid.map(
      (g) =>
        `| ${escapeMarkdown(g.name)} | ${g.quadrant} | ${g.engagement} (${g.cadence}) | ${salience.get(g.stakeholderId)?.type ?? ''} |`,
    ),
  ];
}

/** ", ties into clusters 1, 2 and 3 smaller groups": only clusters the table shows are named. */
function bridgeText(bridges: readonly number[], shown: ReadonlySet<number>): string {
  if (bridges.length < 2) return '';
  const named = bridges.filter((b) => shown.has(b));
  const others = bridges.length - named.length;
  const parts = [
    ...(named.length > 0 ? [`cluster${named.length === 1 ? '' : 's'} ${named.join(', ')}`] : []),
    ...(others > 0 ? [`${others} smaller group${others === 1 ? '' : 's'}`] : []),
  ];
  return `, ties into ${parts.join(' and ')}`;
}

/** How betweenness was computed, in words: exact, or sampled with its bound. */
function betweennessMethodText(method: ReturnType<typeof brokerRanking>['betweenness']): string {
  return method.method === 'exact'
    ? 'Betweenness is exact.'
    : `Betweenness is estimated from ${method.samples} sampled shortest paths (exact would take about ${method.exactWork.toExponential(1)} steps, over the budget of ${method.budget.toExponential(1)}): with probability ${Math.round((1 - (method.delta ?? 0)) * 100)}% every score is within ±${method.errorBound.toFixed(3)} of the exact one.`;
}

/**
 * The network picture (as `graphSvg` draws it, from the section's tie
 * network): the most connected members of each sub-network, a legend with
 * each sub-network's size and topics, and the top brokers named.
 */
function networkFigure(
  net: TieNetwork,
  clusterOf: Record<string, number>,
  clusterLabels: Record<string, string>,
  topBrokers: ReturnType<typeof brokerRanking>['top'],
  seed: number,
  title: string,
): string {
  const opts = parseWith(
    'stakeholdersSection',
    GraphSvgOptionsSchema,
    {
      clusterOf,
      clusterLabels,
      named: topBrokers.map((b) => b.memberId),
      namedDescription: 'the top brokers, who link the sub-networks',
      seed,
      title,
    },
    'options',
  );
  const { edges } = net;
  const picture = networkPicture(
    {
      ids: edges.ids,
      index: net.index,
      label: (i) => String(edges.attribute(i, 'label') ?? edges.ids[i]),
      csr: net.csr,
      strength: net.strength,
      degree: net.degree,
      ties: edges.source.length,
    },
    opts,
  );
  return pictureSvg(picture, opts.title);
}

/**
 * The report's network section: the sub-networks of who talks to whom (ties
 * from replies, shared threads and mentoring in the last year, half-life 180
 * days — or, where the data holds no conversations, as in a git history, of
 * who works on the same files and areas, saying so), the silos between them and between stakeholder groups, the brokers,
 * the members to welcome, the introductions worth making, and the outside
 * stakeholders on Mendelow's grid with their salience — with a picture of the
 * network.
 *
 * @param community - a parsed community
 * @param options - `asOf` (end of the window) and `seed` (clustering, layout)
 * @returns the section
 *
 * @example
 * ```ts
 * stakeholdersSection(sampleCommunity(), { asOf: new Date('2026-01-01Z'), seed: 1 }).title; // → 'Network and stakeholders'
 * ```
 */
export function stakeholdersSection(community: Community, options: SectionOptions): ReportSection {
  // One check of what the section reads; the cores it calls check nothing again
  // (each public function would walk the activities once more).
  requireParsedCommunity('stakeholdersSection', community, 'community', [
    'members',
    'stakeholders',
    'activities',
    'gatherings',
  ]);
  const opts = parseWith('stakeholdersSection', SectionOptionsSchema, options, 'options');
  const coverage = opts.coverage ?? dataCoverage(community);
  const noStakeholders = coverage.signals.stakeholders.count === 0;
  const to = opts.asOf;
  const from = new Date(to.getTime() - 365 * 86_400_000);
  // The tie list of interactionTies, read once into a CSR adjacency with each
  // member's strength and degree (see TieNetwork), feeds every measure: no
  // graphology graph is built. Options are parsed as the public functions
  // parse them (clusterOf is added after: it is the section's own, one entry per member).
  // Without conversations, interactionTies ties members who worked on the same
  // files or areas instead (co-working, its default where nobody replies).
  const tieOptions = parseWith(
    'stakeholdersSection',
    InteractionGraphOptionsSchema,
    { from, to, include: { gatherings: false, cohosting: false } },
    'options',
  );
  // The ties read the log with the bots (a bot in a thread counts towards its
  // size): the report's shared log when the community has no bots (then it is
  // that very log), else the log of the year's activities (and those their
  // replies answer: all the ties read), not of years of history.
  const shared = opts.log !== undefined && opts.log.botsLeftOut.members === 0 ? opts.log : undefined;
  const yearActivities =
    shared === undefined
      ? windowActivities(community.activities, from.getTime(), to.getTime())
      : community.activities;
  const ties = interactionTieList(community, tieOptions, shared ?? activityLog(yearActivities));
  const talks = coverage.signals.replies.count > 0;
  if (ties.source.length === 0) {
    // No ties at all: say so instead of drawing isolated dots.
    const grid = powerInterestGrid(community.stakeholders);
    const salience = new Map(stakeholderSalience(community.stakeholders).map((s) => [s.stakeholderId, s]));
    const lines = [
      notMeasured('the network of who talks to whom (sub-networks, silos, brokers)', ['replies']),
      '',
    ];
    if (noStakeholders) lines.push(notMeasured('the stakeholder map', ['stakeholders']));
    else lines.push(...stakeholderTable(grid, salience));
    return {
      id: 'stakeholders',
      title: 'Network and stakeholders',
      markdown: lines.join('\n').trimEnd(),
      figures: [],
      data: {
        notMeasured: noStakeholders ? ['replies', 'stakeholders'] : ['replies'],
        stakeholders: grid.map((g) => ({ ...g, salience: salience.get(g.stakeholderId) })),
      },
    };
  }
  const net = tieNetwork(ties);
  const { edges } = net;
  const clusterOptions = parseWith(
    'stakeholdersSection',
    FindClustersOptionsSchema,
    { seed: opts.seed },
    'options',
  );
  const { clusters, clusterOf, modularity } = clusterPartition(
    edges,
    net.csr,
    clusterOptions.resolution,
    createRng(clusterOptions.seed),
  );
  const bigClusters = clusters.filter((c) => c.size >= 3);
  const shown = new Set(bigClusters.map((c) => c.id));
  // What each cluster works on: its members' activity topics (c-TF-IDF), else their stated interests.
  const workTopics = new Map(
    clusterTopicScores(yearActivities, bigClusters, from.getTime(), to.getTime(), 3, 2).map((t) => [
      t.clusterId,
      t.topics,
    ]),
  );
  const topicsText = (c: (typeof bigClusters)[number]): string => {
    const work = workTopics.get(c.id) ?? [];
    return (work.length > 0 ? work : c.topTopics.slice(0, 3)).map((t) => t.topic).join(', ');
  };
  const tieColumns = { source: edges.source, target: edges.target, weight: ties.weight };
  const silos = siloMeasures(edges, tieColumns, {
    ...parseWith('stakeholdersSection', SiloReportOptionsSchema, { by: 'cluster' }, 'options'),
    clusterOf,
  });
  const groupSilos = siloMeasures(
    edges,
    tieColumns,
    parseWith('stakeholdersSection', SiloReportOptionsSchema, { by: 'group' }, 'options'),
  );
  const brokerOptions = parseWith('stakeholdersSection', BrokersOptionsSchema, { top: 5 }, 'options');
  const top = brokerRanking(ties, edges, net.csr, brokerOptions.top, clusterOf, {
    weighted: brokerOptions.weighted,
    normalized: true,
    method: brokerOptions.method,
    budget: brokerOptions.budget,
    epsilon: brokerOptions.epsilon,
    delta: brokerOptions.delta,
    seed: brokerOptions.seed,
  });
  const edge = peripheralOf(
    community,
    net,
    parseWith('stakeholdersSection', PeripheralMembersOptionsSchema, { asOf: to }, 'options'),
  );
  const intros = introductionsOf(
    community,
    { ids: edges.ids, index: net.index, csr: net.csr, strength: net.strength, degree: net.degree },
    {
      ...parseWith('stakeholdersSection', SuggestIntroductionsOptionsSchema, { top: 5 }, 'options'),
      clusterOf,
    },
  );
  const grid = powerInterestGrid(community.stakeholders);
  const salience = new Map(stakeholderSalience(community.stakeholders).map((s) => [s.stakeholderId, s]));
  const name = new Map(community.members.map((m) => [m.id, m.name ?? m.id]));
  const who = (id: string): string => escapeMarkdown(`${name.get(id) ?? id} (${id})`);
  const year = to.toISOString().slice(0, 10);
  const lines: string[] = [
    talks
      ? `Ties come from replies, shared threads and mentoring in the year to ${year} (gatherings left out, so the picture shows who actually talks to whom). ${ties.nodes.length} members, ${ties.source.length} ties.`
      : `${notMeasured('who talks to whom', ['replies'])} Instead, ties come from working on the same things in the year to ${year}: members who changed the same files or areas, or reviewed the same pull requests, in the same 90-day window (a file few people touch ties them more strongly than one everybody touches). ${ties.nodes.length} members, ${ties.source.length} ties.`,
    '',
    `**${bigClusters.length} sub-networks** of three or more members (modularity ${modularity.toFixed(2)}; above 0.3 means clear sub-networks):`,
    '',
    '| Cluster | Members | Top topics | Main groups |',
    '|---|---|---|---|',
    ...bigClusters.map(
      (c) =>
        `| ${c.id} | ${c.size} | ${escapeMarkdown(topicsText(c))} | ${escapeMarkdown(
          c.dominantGroups
            .slice(0, 2)
            .map((g) => g.group)
            .join(', '),
        )} |`,
    ),
    '',
  ];
  const siloLines = [
    ...silos.silos.slice(0, 3).map((s) => escapeMarkdown(`clusters ${s.a} and ${s.b}: ${s.evidence}`)),
    ...groupSilos.silos.slice(0, 3).map((s) => escapeMarkdown(`${s.a} and ${s.b}: ${s.evidence}`)),
  ];
  lines.push(
    siloLines.length > 0 ? '**Silos to bridge:**' : '**No silos found.**',
    '',
    ...siloLines.map((l) => `- ${l}`),
    '',
  );
  // A member on (almost) no shortest path between others is not a broker, whatever its rank.
  const named = top.top.filter((b) => b.articulationPoint || b.betweenness >= 0.0005);
  lines.push(
    `**Brokers** (on the most shortest paths between others; articulation points hold parts of the network together). ${betweennessMethodText(top.betweenness)}${named.length === 0 ? ' Nobody lies on a noticeable share of the shortest paths between others.' : ''}`,
    '',
    ...named.map(
      (b) =>
        `- ${who(b.memberId)}: betweenness ${b.betweenness.toFixed(3)}${b.articulationPoint ? ', articulation point' : ''}${bridgeText(b.bridges, shown)}`,
    ),
    '',
  );
  const newcomers = edge.filter((p) => p.kind === 'newcomer-without-tie');
  lines.push(
    `**To welcome:** ${newcomers.length} newcomer(s) without a tie yet${
      newcomers.length > 0
        ? ` (${newcomers
            .slice(0, 5)
            .map((p) => who(p.memberId))
            .join(', ')}${newcomers.length > 5 ? ', …' : ''})`
        : ''
    }; ${edge.filter((p) => p.kind === 'isolated').length} isolated and ${edge.filter((p) => p.kind === 'weakly-tied').length} weakly tied members.`,
    '',
  );
  if (intros.length > 0)
    lines.push(
      '**Introductions worth making:**',
      '',
      ...intros.map((i) => `- ${who(i.a)} and ${who(i.b)}: ${escapeMarkdown(i.reason)}`),
      '',
    );
  if (noStakeholders) lines.push(notMeasured('the stakeholder map', ['stakeholders']));
  else lines.push(...stakeholderTable(grid, salience));
  return {
    id: 'stakeholders',
    title: 'Network and stakeholders',
    markdown: lines.join('\n').trimEnd(),
    figures: [
      {
        id: 'network',
        title: `${talks ? 'Who talks to whom' : 'Who works on the same things'}, coloured by sub-network`,
        svg: networkFigure(
          net,
          clusterOf,
          Object.fromEntries(bigClusters.map((c) => [String(c.id), topicsText(c)])),
          named,
          opts.seed,
          talks ? 'Who talks to whom' : 'Who works on the same things',
        ),
        table: {
          columns: ['Sub-network', 'Members', 'Top topics', 'Main groups'],
          rows: bigClusters.map((c) => [
            c.id,
            c.size,
            topicsText(c),
            c.dominantGroups
              .slice(0, 2)
              .map((g) => g.group)
              .join(', '),
          ]),
        },
      },
    ],
    data: {
      ...(talks ? {} : { notMeasured: ['replies'], tiesFrom: 'co-working' }),
      members: ties.nodes.length,
      ties: ties.source.length,
      modularity,
      clusters: bigClusters.map((c) => ({
        id: c.id,
        size: c.size,
        topTopics: c.topTopics,
        workTopics: workTopics.get(c.id) ?? [],
        dominantGroups: c.dominantGroups,
      })),
      silos: silos.silos,
      groupSilos: groupSilos.silos,
      brokers: top.top,
      betweenness: top.betweenness,
      peripheral: edge.map((p) => ({ memberId: p.memberId, kind: p.kind })),
      introductions: intros,
      stakeholders: grid.map((g) => ({ ...g, salience: salience.get(g.stakeholderId) })),
    },
  };
}
