import { componentsOf } from './components.js';
import type { Csr } from './csr.js';
import { isFoldedLeaf } from './leafFolding.js';

/**
 * Unweighted Brandes (2001) with direction-optimising breadth-first searches
 * (Beamer, Asanović & Patterson 2012, "Direction-optimizing breadth-first
 * search", SC'12), exact.
 *
 * Each search is level-synchronous. A level is expanded top-down (every tie of
 * the frontier: a new node gets the frontier node's path count, a node of the
 * next level adds it) or bottom-up (every tie of the nodes not yet reached:
 * a node with neighbours in the frontier sums their path counts and joins the
 * next level), whichever reads fewer ties: on a small-world graph the last
 * levels hold few unreached nodes, so bottom-up reads their ties instead of
 * the big frontier's. Unlike plain BFS, bottom-up cannot stop at the first
 * frontier neighbour (σ needs all of them), so the choice compares the two
 * sides' tie counts exactly; the list of unreached nodes is built once per
 * search, the first time bottom-up pays for it. A search stops as soon as it
 * has reached its whole component (found once, {@link componentsOf}).
 *
 * Within a search, nodes are numbered by their position in BFS order (each
 * level a contiguous range) and σ, the dependencies and the DAG are kept by
 * position: the frontier's counts are read in sequence, a new node's written
 * at the end, and the dependency pass walks the positions backwards — the
 * per-search relabelling that keeps the hot data together in cache without
 * copying the graph (a node's mark is its position, offset by a base that
 * moves past the positions of every search, so no reset between searches).
 * A relabelling of the whole graph (BFS or degree order) was measured and
 * gained nothing at 10,000 nodes; 32-bit path counts neither. What did gain
 * (about 20% of the searches' time on the 10,000-node / 50,000-tie bench
 * graph) is reading ties without branches where the outcome is a coin toss:
 * a bottom-up step reads a neighbour's σ from a copy of the frontier's
 * between two zero slots, and a top-down step adds a reached neighbour's σ
 * to a spare slot when it is not on the next level. Only the discovery of a
 * new node still branches (a branch-free version of it measured slower).
 *
 * The shortest-path DAG is recorded as it is found: successor lists of the
 * nodes of a level expanded top-down, predecessor lists of the nodes of a
 * level found bottom-up, each contiguous in BFS order. The dependency pass
 * walks the levels backwards and, for each node v, pulls the sum of its
 * successors' (1 + δ_w)/σ_w over its successor list, or receives it from its
 * successors pushing over their predecessor lists; then δ_v = σ_v · sum. One
 * read per DAG arc, one division per node, every buffer allocated once.
 *
 * Searches start at every node with a tie but the folded leaves, whose
 * dependencies are their neighbour's (`folded[s]` leaves are folded into s:
 * its dependencies count 1 + folded[s] times, and each of those leaves adds
 * n_c − 2 to s; see `foldLeaves`).
 *
 * `bottomUpFactor` weighs the frontier's ties against the unreached nodes'
 * (bottom-up when unreached ties + unreached nodes < factor × frontier ties);
 * 1 by default. Tests pass 0 (always top-down) and Infinity (bottom-up
 * whenever possible): the scores are the same up to float rounding.
 */
export function unweightedBetweenness(g: Csr, folded: Int32Array, bottomUpFactor = 1): Float64Array {
  const bc = new Float64Array(g.n);
  unweightedBrandesKernel(g, folded, bottomUpFactor)(0, g.n, bc);
  return bc;
}

/**
 * Adds to `out` the dependencies of the searches from sources `from` to
 * `to − 1` (skipping the nodes that start none), in that order.
 */
export type BrandesKernel = (from: number, to: number, out: Float64Array) => void;

/**
 * The kernel of {@link unweightedBetweenness}, its buffers allocated once:
 * runs the searches of a range of sources into a given buffer, so that the
 * sources can be split into chunks (see `betweennessChunks`). What a search
 * adds depends on its source alone, not on the searches run before it by the
 * same kernel.
 */
export function unweightedBrandesKernel(g: Csr, folded: Int32Array, bottomUpFactor = 1): BrandesKernel {
  const state = unweightedState(g, folded, bottomUpFactor);
  return (first, last, out) => runSources(state, first, last, out);
}

type UnweightedState = ReturnType<typeof unweightedState>;

/** The buffers of {@link unweightedBrandesKernel}, allocated once. */
function unweightedState(g: Csr, folded: Int32Array, bottomUpFactor: number) {
  const n = g.n;
  const { offsets, targets } = g;
  const comps = componentsOf(g);
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
  // A search numbers the nodes it reaches 0, 1, 2, … in BFS order (levels are
  // contiguous ranges); everything per search is kept by that position, so
  // the dependency pass reads and writes sequentially. mark[v] − base is v's
  // position in the current search; below base: not reached (no reset
  // between searches, base moves past the positions used).
  const mark = new Int32Array(n);
  const order = new Int32Array(n);
  // (slot n: a spare that branch-free top-down steps add to)
  const sigma = new Float64Array(n + 1);
  // (1 + δ) / σ at each position whose dependency is known (read by pulls)
  const coef = new Float64Array(n);
  // sums pushed by successors found bottom-up
  const acc = new Float64Array(n);
  const unreached = new Int32Array(n);
  // the σ of a bottom-up step's frontier, between two zero slots
  const frontierSigma = new Float64Array(n + 2);
  // level L is positions levelStart[L] .. levelStart[L+1]
  const levelStart = new Int32Array(n + 2);
  // 1 when level L's successors were found top-down (successor lists recorded)
  const pullsFrom = new Uint8Array(n + 1);
  // 1 when level L was found bottom-up (predecessor lists recorded)
  const pushesTo = new Uint8Array(n + 1);
  // DAG arcs as positions; an undirected tie is at most one DAG arc in each search
  const dagCap = (targets.length >> 1) + 1;
  const down = new Int32Array(dagCap);
  const downEnd = new Int32Array(n);
  const downBase = new Int32Array(n + 1);
  const up = new Int32Array(dagCap);
  const upEnd = new Int32Array(n);
  const upBase = new Int32Array(n + 1);
  return {
    g,
    folded,
    bottomUpFactor,
    comps,
    degree,
    mark,
    base: 1,
    order,
    sigma,
    coef,
    acc,
    unreached,
    frontierSigma,
    levelStart,
    pullsFrom,
    pushesTo,
    down,
    downEnd,
    downBase,
    up,
    upEnd,
    upBase,
  };
}

/** Runs the searches from sources `first` to `last − 1` into `bc` (see {@link unweightedBrandesKernel}). */
function runSources(state: UnweightedState, first: number, last: number, bc: Float64Array): void {
  const {
    g,
    folded,
    bottomUpFactor,
    comps,
    degree,
    mark,
    order,
    sigma,
    coef,
    acc,
    unreached,
    frontierSigma,
  } = state;
  const { levelStart, pullsFrom, pushesTo, down, downEnd, downBase, up, upEnd, upBase } = state;
  const n = g.n;
  const { offsets, targets } = g;
  // (a local while the searches run: the hot loops read it)
  let base = state.base;
  for (let s = first; s < last; s++) {
    if (offsets[s + 1] === offsets[s] || isFoldedLeaf(g, s)) continue;
    // ---- forward: levels, path counts, DAG ----
    const c = comps.of[s] as number;
    const compFrom = comps.start[c] as number;
    const compSize = (comps.start[c + 1] as number) - compFrom;
    // the unreached nodes of a component holding every tie are found by scanning all nodes (isolated ones cost nothing more)
    const wholeGraph = comps.arcs[c] === targets.length;
    if (base > 0x7fffffff - compSize - 1) {
      mark.fill(0);
      base = 1;
    }
    mark[s] = base;
    sigma[0] = 1;
    order[0] = s;
    let tail = 1;
    let level = 0;
    levelStart[0] = 0;
    levelStart[1] = 1;
    pushesTo[0] = 0;
    let frontierArcs = degree[s] as number;
    let unreachedArcs = (comps.arcs[c] as number) - frontierArcs;
    let nUnreached = -1; // the list is not built yet
    let downArcs = 0;
    let upArcs = 0;
    while (tail < compSize) {
      const from = levelStart[level] as number;
      const to = levelStart[level + 1] as number;
      const next = level + 1;
      let nextArcs = 0;
      const listCost = nUnreached < 0 ? compSize : nUnreached;
      if (unreachedArcs + listCost < frontierArcs * bottomUpFactor) {
        if (nUnreached < 0) {
          nUnreached = 0;
          if (wholeGraph) {
            for (let u = 0; u < n; u++) if ((mark[u] as number) < base) unreached[nUnreached++] = u;
          } else {
            for (let i = compFrom, e = compFrom + compSize; i < e; i++) {
              const u = comps.nodes[i] as number;
              if ((mark[u] as number) < base) unreached[nUnreached++] = u;
            }
          }
        }
        pullsFrom[level] = 0;
        pushesTo[next] = 1;
        upBase[next] = upArcs;
        // a frontier node's mark is in [frontierMark, frontierMark + width)
        const frontierMark = base + from;
        const width = to - from;
        let kept = 0;
        // Branch-free tie reads (whether a neighbour is in the frontier is a
        // coin toss the processor cannot predict): frontierSigma[1 + i] is
        // the σ of the frontier's i-th node, slots 0 and width + 1 hold 0, and
        // a neighbour's offset is clamped into [0, width + 1]; the arc is
        // always written and counted only when in the frontier.
        frontierSigma[0] = 0;
        for (let i = 0; i < width; i++) frontierSigma[i + 1] = sigma[from + i] as number;
        frontierSigma[width + 1] = 0;
        const outside = width + 1;
        const position = from - 1;
        for (let k = 0; k < nUnreached; k++) {
          const u = unreached[k] as number;
          let sum = 0;
          const e = offsets[u + 1] as number;
          for (let p = offsets[u] as number; p < e; p++) {
            let t = (mark[targets[p] as number] as number) - frontierMark + 1;
            t &= ~(t >> 31);
            const over = t - outside;
            t -= over & ~(over >> 31);
            sum += frontierSigma[t] as number;
            up[upArcs] = position + t;
            upArcs += 1 - (((t - 1) | (width - t)) >>> 31);
          }
          if (sum > 0) {
            mark[u] = base + tail;
            sigma[tail] = sum;
            upEnd[tail] = upArcs;
            order[tail++] = u;
            nextArcs += degree[u] as number;
          } else unreached[kept++] = u;
        }
        nUnreached = kept;
      } else {
        pullsFrom[level] = 1;
        pushesTo[next] = 0;
        downBase[level] = downArcs;
        // a node of the next level has a mark from nextMark on
        const nextMark = base + to;
        for (let i = from; i < to; i++) {
          const v = order[i] as number;
          const sv = sigma[i] as number;
          const e = offsets[v + 1] as number;
          for (let p = offsets[v] as number; p < e; p++) {
            const w = targets[p] as number;
            const m = mark[w] as number;
            if (m < base) {
              mark[w] = base + tail;
              sigma[tail] = sv;
              down[downArcs++] = tail;
              order[tail++] = w;
              nextArcs += degree[w] as number;
            } else {
              // Branch-free: a node of the next level gains σ and an arc; a
              // node of this level or an earlier one adds to the spare slot n
              // and its arc is not counted.
              const j = m - base;
              const isNext = ~((m - nextMark) >> 31) & 1;
              const slot = n + ((j - n) & -isNext);
              sigma[slot] = (sigma[slot] as number) + sv;
              down[downArcs] = j;
              downArcs += isNext;
            }
          }
          downEnd[i] = downArcs;
        }
        if (nUnreached > 0) {
          let kept = 0;
          for (let k = 0; k < nUnreached; k++) {
            const u = unreached[k] as number;
            if ((mark[u] as number) < base) unreached[kept++] = u;
          }
          nUnreached = kept;
        }
      }
      level = next;
      levelStart[level + 1] = tail;
      // (cannot happen in a connected component; a guard against looping)
      if (tail === to) break;
      unreachedArcs -= nextArcs;
      frontierArcs = nextArcs;
    }
    // the deepest level has no successors
    pullsFrom[level] = 0;
    pushesTo[level + 1] = 0;
    base += tail + 1;
    // ---- backward: dependencies, deepest level first ----
    const times = 1 + (folded[s] as number);
    for (let L = level; L >= 1; L--) {
      const from = levelStart[L] as number;
      const to = levelStart[L + 1] as number;
      const pull = pullsFrom[L] === 1;
      const push = pushesTo[L] === 1;
      const receives = pushesTo[L + 1] === 1;
      let k = pull ? (downEnd[to - 1] as number) : 0;
      for (let i = to - 1; i >= from; i--) {
        let sum = 0;
        if (receives) {
          sum = acc[i] as number;
          acc[i] = 0;
        }
        if (pull) {
          const start = i === from ? (downBase[L] as number) : (downEnd[i - 1] as number);
          while (k > start) sum += coef[down[--k] as number] as number;
        }
        const sv = sigma[i] as number;
        // (most nodes of the last levels have no successors)
        if (sum !== 0) {
          const v = order[i] as number;
          bc[v] = (bc[v] as number) + times * sv * sum;
        }
        const cv = 1 / sv + sum;
        if (push) {
          const start = i === from ? (upBase[L] as number) : (upEnd[i - 1] as number);
          for (let q = upEnd[i] as number; q > start; ) {
            const j = up[--q] as number;
            acc[j] = (acc[j] as number) + cv;
          }
        } else coef[i] = cv;
      }
    }
    acc[0] = 0;
    bc[s] = (bc[s] as number) + (folded[s] as number) * (tail - 2);
  }
  state.base = base;
}
