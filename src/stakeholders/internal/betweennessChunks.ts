import { componentsOf } from './components.js';
import type { Csr } from './csr.js';
import { isFoldedLeaf } from './leafFolding.js';
import type { BrandesKernel } from './levelBrandes.js';

/** The most chunks the sources are split into: enough for a few per thread on a big machine. */
export const MAX_CHUNKS = 128;

/** The most memory the chunks' partial scores may take together (8 bytes a node a chunk). */
const PARTIAL_BYTES = 64 * 1024 * 1024;

/**
 * How the searches of exact betweenness are split, decided by the graph alone
 * (never by the number of threads): chunk c runs the sources
 * `bounds[c] .. bounds[c+1] − 1` (node indices; a node without a search is
 * skipped by the kernel) into a partial-score buffer of its own, and the
 * partials are added in chunk order — so one thread or eight give the same
 * bytes. The chunks hold about the same estimated work (component nodes +
 * arcs per search): at most {@link MAX_CHUNKS}, no more than there are
 * searches, and no more than fit 64 MB of partial scores.
 */
export function betweennessChunks(g: Csr): Int32Array {
  const { n, offsets } = g;
  const comps = componentsOf(g);
  const work = new Float64Array(n);
  let total = 0;
  let sources = 0;
  for (let s = 0; s < n; s++) {
    if (offsets[s + 1] === offsets[s] || isFoldedLeaf(g, s)) continue;
    const c = comps.of[s] as number;
    const w = (comps.start[c + 1] as number) - (comps.start[c] as number) + (comps.arcs[c] as number);
    work[s] = w;
    total += w;
    sources++;
  }
  const count = Math.max(1, Math.min(MAX_CHUNKS, sources, Math.floor(PARTIAL_BYTES / (8 * Math.max(1, n)))));
  const bounds = new Int32Array(count + 1).fill(n);
  bounds[0] = 0;
  let k = 1;
  let sum = 0;
  for (let s = 0; s < n && k < count; s++) {
    sum += work[s] as number;
    while (k < count && sum >= (k * total) / count) bounds[k++] = s + 1;
  }
  return bounds;
}

/** Adds `part` into `total`, node by node (the one way partial scores are summed). */
export function addPartial(total: Float64Array, part: Float64Array): void {
  for (let v = 0; v < total.length; v++) total[v] = (total[v] as number) + (part[v] as number);
}

/**
 * Exact betweenness chunk by chunk on this thread: each chunk into a zeroed
 * buffer, added to the total in chunk order — the same bytes as the threads
 * of `brandesPool` give.
 */
export function chunksInSequence(n: number, bounds: Int32Array, kernel: BrandesKernel): Float64Array {
  const total = new Float64Array(n);
  const part = new Float64Array(n);
  for (let c = 0; c + 1 < bounds.length; c++) {
    part.fill(0);
    kernel(bounds[c] as number, bounds[c + 1] as number, part);
    addPartial(total, part);
  }
  return total;
}
