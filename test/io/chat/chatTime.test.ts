import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochSecondsToMs } from '../../../src/io/chat/internal/chatTime.js';

describe('epochSecondsToMs', () => {
  it('reads epoch seconds with a fraction exactly, cutting the fraction to milliseconds', () => {
    expect(epochSecondsToMs('1704189600.123456')).toBe(1_704_189_600_123);
    expect(epochSecondsToMs('1704189600.9999')).toBe(1_704_189_600_999);
    expect(epochSecondsToMs('1704189600.5')).toBe(1_704_189_600_500);
    expect(epochSecondsToMs('1704189600')).toBe(1_704_189_600_000);
    expect(epochSecondsToMs(1704189600.25)).toBe(1_704_189_600_250);
  });

  it('refuses what is not epoch seconds', () => {
    for (const bad of [
      '',
      '.5',
      '1704189600.',
      '17041896OO',
      '-1',
      '1.2.3',
      '1e9',
      ' 1',
      '1234567890123456',
      -5,
      Number.NaN,
      null,
      {},
    ])
      expect(epochSecondsToMs(bad)).toBeUndefined();
  });

  it('equals seconds × 1000 plus the first three digits of the fraction, for any such text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), fc.stringMatching(/^\d{1,12}$/), (s, f) => {
        expect(epochSecondsToMs(`${s}.${f}`)).toBe(s * 1000 + Number(f.padEnd(3, '0').slice(0, 3)));
      }),
    );
  });
});
