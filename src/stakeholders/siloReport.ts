import { fail, parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { indexedEdges, requireGraph } from './internal/graphInput.js';
import { siloMeasures } from './internal/siloMeasures.js';
import { type SiloReport, type SiloReportOptions, SiloReportOptionsSchema } from './siloReportSchemas.js';

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
  if (opts.by === 'cluster' && opts.clusterOf === undefined)
    fail('siloReport', [
      {
        path: 'options.clusterOf',
        message: "expected the clusterOf of findClusters with by: 'cluster'",
        code: 'invalid-input',
      },
    ]);
  const edges = indexedEdges('siloReport', graph);
  const weight = edges.weight as Float64Array;
  return siloMeasures(edges, { source: edges.source, target: edges.target, weight }, opts);
}
