import type { Csr } from '../../../src/stakeholders/internal/csr.js';

/**
 * Textbook Brandes (2001, Algorithm 1): a BFS from every node with
 * predecessor lists and a stack, no leaf folding, no bottom-up levels, no
 * early stop — the result the kernel must reproduce.
 */
export function plainBrandes(g: Csr): number[] {
  const { n, offsets, targets } = g;
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      stack.push(v);
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w] = sigma[w]! + sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) bc[w] = bc[w]! + delta[w]!;
    }
  }
  return bc;
}
