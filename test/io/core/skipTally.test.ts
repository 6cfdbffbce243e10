import { describe, expect, it } from 'vitest';
import { skipTally } from '../../../src/io/core/skipTally.js';
import { SkippedRecordsSchema } from '../../../src/io/core/sourceExtract.js';

describe('skipTally', () => {
  it('counts per reason in first-seen order and keeps the first five examples', () => {
    const t = skipTally();
    for (let i = 0; i < 7; i++) t.skip('merge commit', `m${i}`);
    t.skip('empty message', 'e0');
    expect(t.list()).toEqual([
      { reason: 'merge commit', count: 7, examples: ['m0', 'm1', 'm2', 'm3', 'm4'] },
      { reason: 'empty message', count: 1, examples: ['e0'] },
    ]);
    for (const s of t.list()) expect(SkippedRecordsSchema.parse(s)).toEqual(s);
  });

  it('is empty before anything is skipped, and its lists are copies', () => {
    const t = skipTally();
    expect(t.list()).toEqual([]);
    t.skip('x', 'a');
    const listed = t.list();
    (listed[0] as { examples: string[] }).examples.push('mutated');
    t.skip('x', 'b');
    expect(t.list()[0]).toEqual({ reason: 'x', count: 2, examples: ['a', 'b'] });
  });
});
