import { describe, expect, it } from 'vitest';
import { CommunityKitError, isCommunityKitError, ValidationError } from '../../src/model/errors.js';

describe('CommunityKitError', () => {
  it('CommunityKitError carries code, path, value and cause', () => {
    const cause = new Error('root cause');
    const e = new CommunityKitError('findExperts: bad', {
      code: 'invalid-option',
      path: 'options.top',
      value: -1,
      cause,
    });
    expect([e.name, e.message, e.code, e.path, e.value, e.cause]).toEqual([
      'CommunityKitError',
      'findExperts: bad',
      'invalid-option',
      'options.top',
      -1,
      cause,
    ]);
    expect(e).toBeInstanceOf(Error);
  });

  it('CommunityKitError defaults path to the empty string and has no cause unless given', () => {
    const e = new CommunityKitError('x', { code: 'cycle' });
    expect(e.path).toBe('');
    expect(e.value).toBeUndefined();
    expect('cause' in e).toBe(false);
  });
});

describe('ValidationError', () => {
  it('ValidationError lists the issues under a headline naming the function and the count', () => {
    const e = new ValidationError('parseCommunity', [
      { path: 'members[0].id', message: 'expected a non-empty id', code: 'invalid-input' },
      { path: '', message: 'expected a community object', code: 'invalid-input' },
    ]);
    expect(e.message).toBe(
      'parseCommunity: 2 problems in the input:\n  - members[0].id: expected a non-empty id\n  - (root): expected a community object',
    );
    expect([e.name, e.code, e.path, e.more]).toEqual([
      'ValidationError',
      'invalid-input',
      'members[0].id',
      0,
    ]);
  });

  it('ValidationError takes its code and path from the first issue and counts the issues left out', () => {
    const e = new ValidationError(
      'f',
      [{ path: 'activities[3].replyTo', message: 'no activity "a-0"', code: 'unknown-reference' }],
      2,
    );
    expect([e.code, e.path, e.more]).toEqual(['unknown-reference', 'activities[3].replyTo', 2]);
    expect(e.message).toBe(
      'f: 3 problems in the input:\n  - activities[3].replyTo: no activity "a-0"\n  … and 2 more problems',
    );
  });

  it('ValidationError with no issues has code invalid-input and an empty path', () => {
    const e = new ValidationError('f', []);
    expect([e.code, e.path, e.message]).toEqual(['invalid-input', '', 'f: 0 problems in the input:\n']);
  });
});

describe('isCommunityKitError', () => {
  it('isCommunityKitError recognises the library errors and their subclasses, optionally by code', () => {
    const e = new ValidationError('f', [{ path: 'x', message: 'm', code: 'duplicate-id' }]);
    expect(isCommunityKitError(e)).toBe(true);
    expect(isCommunityKitError(e, 'duplicate-id')).toBe(true);
    expect(isCommunityKitError(e, 'invalid-input')).toBe(false);
    expect(isCommunityKitError(new CommunityKitError('x', { code: 'cycle' }), 'cycle')).toBe(true);
  });

  it('isCommunityKitError is false for other errors and non-errors, even look-alikes', () => {
    for (const value of [new Error('x'), null, undefined, 'error', 42, { code: 'invalid-input', path: '' }]) {
      expect(isCommunityKitError(value)).toBe(false);
    }
  });

  it('isCommunityKitError recognises an error from another copy of the package by its global brand', () => {
    const foreign = Object.assign(new Error('x'), { code: 'invalid-input' });
    Object.defineProperty(foreign, Symbol.for('community-kit.error'), { value: true });
    expect(isCommunityKitError(foreign)).toBe(true);
    expect(foreign instanceof CommunityKitError).toBe(false);
  });
});
