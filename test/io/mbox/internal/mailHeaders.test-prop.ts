import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedSpace, messageIdsIn } from '../../../../src/io/mbox/internal/mailHeaders.js';

/** messageIdsIn as first written, with a regular expression. */
function reference(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] as string);
  if (ids.length === 0) {
    const bare = value.trim();
    if (bare.includes('@') && !/\s/.test(bare)) ids.push(bare);
  }
  return ids;
}

describe('messageIdsIn', () => {
  it('finds the same ids as the regular expression <([^<>\\s]+)>, for any value', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      'a',
      '@',
      ' ',
      '\t',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u3000',
      '<a@b>',
      '(c)',
      'x.y',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const value = parts.join('');
        expect(messageIdsIn(value)).toEqual(reference(value));
      }),
      { numRuns: 5000 },
    );
    expect(messageIdsIn('<1@x> (Ada) <2@x><<3@x>> <> < 4@x>')).toEqual(['1@x', '2@x', '3@x']);
  });

  it('collapsedSpace equals replace(/\\s+/g, " ").trim(), for any value', () => {
    const piece = fc.constantFrom(
      'a',
      'Re:',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u3000',
      'é',
      '\u1680',
      'x y',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const value = parts.join('');
        expect(collapsedSpace(value)).toBe(value.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 5000 },
    );
  });
});
