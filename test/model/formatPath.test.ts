import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/model/formatPath.js';

describe('formatPath', () => {
  it('formatPath joins keys with dots and indices with brackets', () => {
    expect(formatPath(['activities', 41, 'memberId'])).toBe('activities[41].memberId');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });

  it('formatPath prefixes a root', () => {
    expect(formatPath(['top'], 'options')).toBe('options.top');
    expect(formatPath([2], 'items')).toBe('items[2]');
    expect(formatPath([], 'options')).toBe('options');
  });

  it('formatPath quotes keys that are not identifiers and shows symbols', () => {
    expect(formatPath(['metadata', 'my key', 'a.b'])).toBe('metadata["my key"]["a.b"]');
    expect(formatPath(['metadata', '1x'])).toBe('metadata["1x"]');
    expect(formatPath(['m', Symbol('s')])).toBe('m[Symbol(s)]');
    expect(formatPath(['metadata', '__proto__'])).toBe('metadata.__proto__');
  });
});
