import { z } from 'zod';
import { IdSchema } from '../model/ids.js';

const MAX_REPORTED = 20;

const int32Column = (message: string) => z.custom<Int32Array>((x) => x instanceof Int32Array, message);
const float64Column = (message: string) => z.custom<Float64Array>((x) => x instanceof Float64Array, message);

/**
 * A graph as plain columns — the compact form of a community graph for big
 * communities. Node `i` is `nodes[i]`; tie `e` joins `nodes[source[e]]` and
 * `nodes[target[e]]` with strength `weight[e]` (undirected). Optional
 * `nodeAttributes[i]` describe node i (`topics` and `groups` are read by
 * `findClusters`), and each column of `edgeAttributes` gives one numeric
 * attribute per tie (e.g. the interaction counts of `interactionTies`).
 *
 * Rules, checked by every function that accepts a tie list: the three tie
 * columns have the same length; every endpoint is a node index; a tie joins
 * two different nodes (no self-ties); weights are finite (zero or negative
 * means no tie, as on graphs); node ids are distinct; attribute columns have
 * one entry per node or tie. Two ties between the same pair add up.
 *
 * A tie list of a million ties takes tens of megabytes and builds in a
 * fraction of the time of the graphology graph with the same ties; turn it
 * into one with `graphFromTies` when you want the graphology ecosystem.
 *
 * @example
 * ```ts
 * const ties = TieListSchema.parse({
 *   nodes: ['ada', 'bo', 'cy'],
 *   source: Int32Array.of(0, 1),
 *   target: Int32Array.of(1, 2),
 *   weight: Float64Array.of(2, 0.5),
 * });
 * findClusters(ties).clusters.length; // → 1
 * ```
 */
export const TieListSchema = z
  .object({
    /** Node ids; a node's index is its position. */
    nodes: z.array(IdSchema),
    /** First endpoint of each tie (a node index). */
    source: int32Column('expected an Int32Array of node indices'),
    /** Second endpoint of each tie (a node index). */
    target: int32Column('expected an Int32Array of node indices'),
    /** Strength of each tie. */
    weight: float64Column('expected a Float64Array of tie strengths'),
    /** Attributes of each node (same order as `nodes`). */
    nodeAttributes: z.array(z.record(z.string(), z.unknown())).optional(),
    /** Members left out because they are bots (set by `interactionTies`). */
    botsLeftOut: z.number().int().min(0).optional(),
    /** Named numeric columns, one value per tie. */
    edgeAttributes: z
      .record(
        z.string(),
        z.custom<Int32Array | Float64Array>(
          (x) => x instanceof Int32Array || x instanceof Float64Array,
          'expected an Int32Array or Float64Array with one value per tie',
        ),
      )
      .optional(),
  })
  .superRefine((t, ctx) => {
    const m = t.source.length;
    const n = t.nodes.length;
    if (t.target.length !== m)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: `expected ${m} entries (as source), got ${t.target.length}`,
      });
    if (t.weight.length !== m)
      ctx.addIssue({
        code: 'custom',
        path: ['weight'],
        message: `expected ${m} entries (as source), got ${t.weight.length}`,
      });
    if (t.nodeAttributes !== undefined && t.nodeAttributes.length !== n)
      ctx.addIssue({
        code: 'custom',
        path: ['nodeAttributes'],
        message: `expected one entry per node (${n}), got ${t.nodeAttributes.length}`,
      });
    for (const [name, column] of Object.entries(t.edgeAttributes ?? {}))
      if (column.length !== m)
        ctx.addIssue({
          code: 'custom',
          path: ['edgeAttributes', name],
          message: `expected one value per tie (${m}), got ${column.length}`,
        });
    let reported = 0;
    const report = (path: (string | number)[], message: string): boolean => {
      ctx.addIssue({ code: 'custom', path, message });
      return ++reported >= MAX_REPORTED;
    };
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const id = t.nodes[i] as string;
      if (seen.has(id) && report(['nodes', i], `duplicate node id "${id}"`)) return;
      seen.add(id);
    }
    const len = Math.min(m, t.target.length, t.weight.length);
    for (let e = 0; e < len; e++) {
      const s = t.source[e] as number;
      const d = t.target[e] as number;
      const w = t.weight[e] as number;
      if (s < 0 || s >= n) {
        if (report(['source', e], `expected a node index in [0, ${n}), got ${s}`)) return;
      } else if (d < 0 || d >= n) {
        if (report(['target', e], `expected a node index in [0, ${n}), got ${d}`)) return;
      } else if (s === d) {
        if (report(['target', e], `a tie joins two different nodes; this one joins node ${s} to itself`))
          return;
      }
      if (!Number.isFinite(w) && report(['weight', e], `expected a finite number, got ${w}`)) return;
    }
  });

/** A graph as plain columns: see {@link TieListSchema}. */
export type TieList = z.output<typeof TieListSchema>;

/**
 * Whether `x` is meant as a tie list (an object with an array `nodes` and a
 * `source` field) rather than a graphology graph, whose `nodes` is a method.
 * Shape only: validate with {@link TieListSchema}.
 *
 * @param x - anything
 * @returns true for objects with an array `nodes` and a `source` field
 *
 * @example
 * ```ts
 * isTieList(interactionTies(sampleCommunity())); // → true
 * isTieList(interactionGraph(sampleCommunity())); // → false
 * ```
 */
export function isTieList(x: unknown): x is TieList {
  return (
    typeof x === 'object' && x !== null && Array.isArray((x as { nodes?: unknown }).nodes) && 'source' in x
  );
}
