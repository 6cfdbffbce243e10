import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCommunityKitError, type ValidationError, type ValidationIssue } from '../../src/model/errors.js';
import { duplicateIdIssues, fail, parseWith, zodIssues } from '../../src/model/validate.js';

const Options = z.object({
  top: z.number().int().positive().default(10),
  topics: z.array(z.string()).default([]),
});

const thrown = (fn: () => unknown): ValidationError => {
  try {
    fn();
  } catch (error) {
    if (isCommunityKitError(error)) return error as ValidationError;
    throw error;
  }
  throw new Error('expected a throw');
};

describe('zodIssues', () => {
  it('zodIssues turns zod paths into dotted paths under a root, all with code invalid-input', () => {
    const r = Options.safeParse({ top: 'x', topics: ['a', 2] });
    expect(r.success).toBe(false);
    expect(zodIssues(r.error?.issues ?? [], 'options')).toEqual([
      {
        path: 'options.top',
        message: 'Invalid input: expected number, received string',
        code: 'invalid-input',
        zodCode: 'invalid_type',
      },
      {
        path: 'options.topics[1]',
        message: 'Invalid input: expected string, received number',
        code: 'invalid-input',
        zodCode: 'invalid_type',
      },
    ]);
  });
});

describe('parseWith', () => {
  it('parseWith returns the parsed value with defaults', () => {
    expect(parseWith('findExperts', Options, {}, 'options')).toEqual({ top: 10, topics: [] });
  });

  it('parseWith throws a ValidationError naming the function and every bad path', () => {
    const e = thrown(() => parseWith('findExperts', Options, { top: -1, topics: 'x' }, 'options'));
    expect(e.name).toBe('ValidationError');
    expect(e.issues.map((i) => i.path)).toEqual(['options.top', 'options.topics']);
    expect(e.message.startsWith('findExperts: 2 problems in the input:\n  - options.top: Too small')).toBe(
      true,
    );
  });
});

describe('fail', () => {
  it('fail throws listing at most 100 issues and counting the rest', () => {
    const issues: ValidationIssue[] = Array.from({ length: 103 }, (_, i) => ({
      path: `items[${i}]`,
      message: 'bad',
      code: 'invalid-input',
    }));
    const e = thrown(() => fail('f', issues));
    expect([e.issues.length, e.more, e.issues[0]?.path]).toEqual([100, 3, 'items[0]']);
  });

  it('fail names the function and takes its code and path from the first issue', () => {
    const e = thrown(() =>
      fail('f', [{ path: 'xs[1].id', message: 'duplicate id "a"', code: 'duplicate-id' }]),
    );
    expect([e.message.startsWith('f: 1 problem'), e.code, e.path]).toEqual([
      true,
      'duplicate-id',
      'xs[1].id',
    ]);
  });
});

describe('zodIssues and zod codes', () => {
  it("zodIssues keeps zod's issue code beside the stable library code", () => {
    const r = z.strictObject({ top: z.number() }).safeParse({ top: 'x', tpo: 1 });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(zodIssues(r.error.issues, 'options').map((i) => [i.path, i.code, i.zodCode])).toEqual([
        ['options.top', 'invalid-input', 'invalid_type'],
        ['options', 'invalid-input', 'unrecognized_keys'],
      ]);
  });
});

describe('duplicateIdIssues', () => {
  it('reports each repeat at its own path and never the first occurrence', () => {
    expect(duplicateIdIssues(['a', 'b', 'a', 'a'], (i) => `xs[${i}].id`, 'member')).toEqual([
      { path: 'xs[2].id', message: 'duplicate member "a"', code: 'duplicate-id' },
      { path: 'xs[3].id', message: 'duplicate member "a"', code: 'duplicate-id' },
    ]);
  });
  it('returns nothing for distinct ids or an empty list', () => {
    expect(duplicateIdIssues(['a', 'b'], (i) => `${i}`)).toEqual([]);
    expect(duplicateIdIssues([], (i) => `${i}`)).toEqual([]);
  });
});
