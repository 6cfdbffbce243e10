import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';

const fixture = (name: string): Record<string, unknown[]> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'io-core', name), 'utf8'));
const NAMES = ['git-extract.json', 'github-extract.json', 'gharchive-extract.json', 'zoom-extract.json'];

/** The extracts in the given order, each with its identities, activities and profiles permuted by `rnd`. */
function shuffled(order: number[], rnd: () => number) {
  const permute = <T>(xs: T[]): T[] =>
    xs
      .map((x) => ({ x, k: rnd() }))
      .sort((a, b) => a.k - b.k)
      .map((p) => p.x);
  return order.map((i) => {
    const e = fixture(NAMES[i] as string);
    for (const field of ['identities', 'activities', 'profiles'])
      if (Array.isArray(e[field])) e[field] = permute(e[field] as unknown[]);
    return e;
  });
}

describe('assembleCommunity properties', () => {
  const options = {
    keepApart: [[{ id: 'git:bob@acme.com' }, { id: 'github:42' }]] as [{ id: string }, { id: string }][],
    affiliations: [{ domain: 'acme.com', organisation: 'Acme' }],
  };

  it('gives byte-identical output for any order of extracts and of the records inside them', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (subset, stream) => {
          const sorted = [...subset].sort();
          const base = JSON.stringify(
            assembleCommunity(
              shuffled(sorted, () => 0),
              options,
            ),
          );
          const rnd = () => stream.next().value as number;
          expect(JSON.stringify(assembleCommunity(shuffled(subset, rnd), options))).toBe(base);
        },
      ),
      { numRuns: 40 },
    );
  });
});
