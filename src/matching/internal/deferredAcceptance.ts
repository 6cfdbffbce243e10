/**
 * Deferred acceptance (Gale & Shapley 1962) with receiver capacities, on
 * integer indices: the proposer-optimal stable matching. `prefs[p]` lists the
 * receivers proposer p accepts, best first; `better(r, a, b)` says whether
 * receiver r strictly prefers proposer a to b (a strict order); every pair in
 * `prefs` must be acceptable to the receiver too. Returns each proposer's
 * receiver or -1. O(total preference length · max capacity).
 *
 * Internal: the validated entry point is `stableMatching`; `matchMentors`
 * calls this directly to skip validating millions of generated ids.
 */
export function deferredAcceptance(
  prefs: readonly Int32Array[],
  capacity: Int32Array,
  better: (r: number, a: number, b: number) => boolean,
): Int32Array {
  const nP = prefs.length;
  const nR = capacity.length;
  const receiverOf = new Int32Array(nP).fill(-1);
  const next = new Int32Array(nP);
  const held: number[][] = Array.from({ length: nR }, () => []);
  const free: number[] = [];
  for (let p = nP - 1; p >= 0; p--) free.push(p);
  while (free.length > 0) {
    const p = free.pop() as number;
    const list = prefs[p] as Int32Array;
    let k = next[p] as number;
    while (k < list.length) {
      const r = list[k++] as number;
      const cap = capacity[r] as number;
      if (cap === 0) continue;
      const current = held[r] as number[];
      if (current.length < cap) {
        current.push(p);
        receiverOf[p] = r;
        break;
      }
      let worst = 0;
      for (let q = 1; q < current.length; q++)
        if (better(r, current[worst] as number, current[q] as number)) worst = q;
      const w = current[worst] as number;
      if (better(r, p, w)) {
        current[worst] = p;
        receiverOf[p] = r;
        receiverOf[w] = -1;
        free.push(w);
        break;
      }
    }
    next[p] = k;
  }
  return receiverOf;
}
