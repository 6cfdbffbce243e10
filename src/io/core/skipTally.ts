import type { SkippedRecords } from './sourceExtract.js';

/** Counts of skipped records by reason, with up to five examples each. */
export interface SkipTally {
  /** Counts one skipped record under `reason`, keeping `example` if fewer than five are kept. */
  skip(reason: string, example: string): void;
  /** The tallies, in the order reasons were first seen. */
  list(): SkippedRecords[];
}

/**
 * A tally of skipped records for an adapter's `skipped` list: the count per
 * reason and the first five examples, in the order reasons were first seen.
 *
 * @returns an empty tally
 *
 * @example
 * ```ts
 * const tally = skipTally();
 * tally.skip('merge commit', 'a1b2c3');
 * tally.skip('merge commit', 'd4e5f6');
 * tally.list(); // → [{ reason: 'merge commit', count: 2, examples: ['a1b2c3', 'd4e5f6'] }]
 * ```
 */
export function skipTally(): SkipTally {
  const byReason = new Map<string, SkippedRecords>();
  return {
    skip(reason, example) {
      let entry = byReason.get(reason);
      if (entry === undefined) {
        entry = { reason, count: 0, examples: [] };
        byReason.set(reason, entry);
      }
      entry.count++;
      if (entry.examples.length < 5) entry.examples.push(example);
    },
    list: () => [...byReason.values()].map((e) => ({ ...e, examples: [...e.examples] })),
  };
}
