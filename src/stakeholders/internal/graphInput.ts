import { isSafeKey, RESERVED_ID_MESSAGE } from '../../model/ids.js';
import { fail, zodIssues } from '../../model/validate.js';
import type { CommunityGraph } from '../communityGraph.js';
import { isTieList, type TieList, TieListSchema } from '../tieList.js';
import type { EdgeColumns } from './csr.js';
import { edgeWeight } from './graph.js';
import { tieGraph } from './tieGraph.js';

/** What the graph measures accept: a graphology graph or a tie list. */
export type GraphInput = CommunityGraph | TieList;

/** A graph input read as indexed nodes and edge columns. */
export interface IndexedEdges extends EdgeColumns {
  /** Node ids; node i is ids[i] (graph order, or the tie list's order). */
  ids: string[];
  /** Edge weights: the `weight` attribute of a graph edge (1 when it has none, 0 when not a positive number), or the tie list's weights (as given); null when not read (all 1). */
  weight: Float64Array | null;
  /** Attribute `key` of node i (undefined when absent; own properties only: `toString` is no attribute). */
  attribute(i: number, key: string): unknown;
}

/**
 * Validates a graph input at a public boundary and reads it as edge columns:
 * a tie list must satisfy {@link TieListSchema} (its columns are used as they
 * are, not copied); anything else must be a graphology graph, read in one
 * pass over its edges (graph order; self-loops kept, u === v). With
 * `weights: false` the weight column is not read (all 1).
 */
export function indexedEdges(
  fn: string,
  input: GraphInput,
  path = 'graph',
  options: { weights?: boolean; multi?: boolean } = {},
): IndexedEdges {
  const readWeights = options.weights !== false;
  if (isTieList(input)) {
    checkTieList(fn, input, path);
    return tieListEdges(input, readWeights);
  }
  requireGraph(fn, input, path, { orTieList: true, multi: options.multi === true, keys: false });
  const graph = input;
  // One pass over the nodes: ids (checked here, not by requireGraph: one
  // array and one pass less), attribute objects and an index keyed like
  // graphology-indices' (a null-prototype object: ids that are numbers in
  // text become array-like elements, faster than a Map; a reserved name is
  // refused before the index is read).
  const ids = new Array<string>(graph.order);
  const attributes = new Array<Record<string, unknown>>(graph.order);
  const index = Object.create(null) as Record<string, number>;
  let i = 0;
  let bad: string | undefined;
  graph.forEachNode((node, nodeAttributes) => {
    if (bad === undefined && !isSafeKey(node)) bad = node;
    ids[i] = node;
    attributes[i] = nodeAttributes;
    index[node] = i++;
  });
  if (bad !== undefined) failReservedKey(fn, path, bad);
  const m = graph.size;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = readWeights ? new Float64Array(m) : null;
  let e = 0;
  if (weight !== null)
    graph.forEachEdge((_edge, edgeAttributes, u, v) => {
      source[e] = index[u] as number;
      target[e] = index[v] as number;
      weight[e++] = edgeWeight(edgeAttributes);
    });
  else
    graph.forEachEdge((_edge, _attributes, u, v) => {
      source[e] = index[u] as number;
      target[e++] = index[v] as number;
    });
  return {
    ids,
    source,
    target,
    weight,
    attribute: (node, key) => ownAttribute(attributes[node], key),
  };
}

/** Own property `key` of a node's attributes (graphology keeps them in plain objects, where `toString` is inherited). */
function ownAttribute(attributes: Record<string, unknown> | undefined, key: string): unknown {
  return attributes !== undefined && Object.hasOwn(attributes, key) ? attributes[key] : undefined;
}

/**
 * A tie list read as edge columns without validating it: only for a tie list
 * the library has just built (`interactionTies` inside the report's network
 * section), which holds by construction what {@link indexedEdges} checks at a
 * public boundary. Its columns are used as they are, not copied; without
 * `weights` the weight column is not read (all 1).
 */
export function tieListEdges(ties: TieList, weights = true): IndexedEdges {
  const { nodes, source, target, weight, nodeAttributes } = ties;
  return {
    ids: nodes.slice(),
    source,
    target,
    weight: weights ? weight : null,
    attribute: (i, key) => ownAttribute(nodeAttributes?.[i], key),
  };
}

/**
 * Throws a ValidationError naming `fn` unless `input` is a graphology graph
 * whose node keys are valid ids (not `valueOf`, `__proto__`…: graphology
 * keeps adjacency in plain objects, where those names find inherited
 * properties) and, unless `multi` is allowed, not a multigraph. With
 * `keys: false` the node keys are left to the caller (who reads them anyway).
 */
export function requireGraph(
  fn: string,
  input: unknown,
  path = 'graph',
  options: { multi?: boolean; orTieList?: boolean; keys?: boolean } = {},
): asserts input is CommunityGraph {
  const g = input as { order?: unknown; forEachEdge?: unknown; nodes?: unknown; multi?: unknown } | null;
  if (
    g === null ||
    typeof g !== 'object' ||
    typeof g.order !== 'number' ||
    typeof g.forEachEdge !== 'function' ||
    typeof g.nodes !== 'function'
  )
    fail(fn, [
      {
        path,
        message: options.orTieList
          ? 'expected a graphology graph or a tie list ({ nodes, source, target, weight })'
          : 'expected a graphology graph (interactionGraph, affiliationGraph or graphFromTies make one)',
        code: 'invalid-input',
      },
    ]);
  if (g.multi === true && options.multi !== true)
    fail(fn, [
      {
        path,
        message:
          'expected a simple graph, got a multigraph: merge parallel edges first (graphFromTies merges them)',
        code: 'invalid-input',
      },
    ]);
  if (options.keys === false) return;
  const bad = (input as CommunityGraph).nodes().find((n) => !isSafeKey(n));
  if (bad !== undefined) failReservedKey(fn, path, bad);
}

/** Throws the ValidationError of a node key that is a reserved name. */
function failReservedKey(fn: string, path: string, key: string): never {
  fail(fn, [
    { path: `${path}.nodes[${JSON.stringify(key)}]`, message: RESERVED_ID_MESSAGE, code: 'invalid-input' },
  ]);
}

/** Throws a ValidationError naming `fn` when `ties` breaks a rule of {@link TieListSchema}. */
function checkTieList(fn: string, ties: TieList, path: string): void {
  const parsed = TieListSchema.safeParse(ties);
  if (!parsed.success) fail(fn, zodIssues(parsed.error.issues, path));
}

/**
 * A graph input as a graphology graph: a (validated) tie list becomes its
 * graph (parallel ties merged); a graph is returned as it is.
 */
export function graphOf(fn: string, input: GraphInput, path = 'graph'): CommunityGraph {
  if (!isTieList(input)) {
    requireGraph(fn, input, path, { orTieList: true });
    return input;
  }
  checkTieList(fn, input, path);
  return tieGraph(input, true);
}
