import { describe, expect, it } from 'vitest';
import { IdSchema, isSafeKey, LabelSchema, MetadataSchema } from '../../src/model/ids.js';
import { schemaProblems } from './helpers.js';

const RESERVED = 'reserved name: ids may not be __proto__, constructor or prototype';

describe('IdSchema', () => {
  it('IdSchema accepts ids of 1 to 256 characters, unchanged (no trimming)', () => {
    expect(IdSchema.parse('m-1')).toBe('m-1');
    expect(IdSchema.parse('x')).toBe('x');
    expect(IdSchema.parse(' m ')).toBe(' m ');
    expect(IdSchema.parse('é'.repeat(256))).toBe('é'.repeat(256));
  });

  it('IdSchema rejects the empty string and ids longer than 256 characters', () => {
    expect(schemaProblems(IdSchema, '')).toEqual([['', 'expected a non-empty id']]);
    expect(schemaProblems(IdSchema, 'x'.repeat(257))).toEqual([
      ['', 'expected an id of at most 256 characters'],
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('IdSchema rejects the reserved name %s', (id) => {
    expect(schemaProblems(IdSchema, id)).toEqual([['', RESERVED]]);
  });

  it('IdSchema rejects numbers, null and objects', () => {
    for (const value of [1, null, undefined, {}, ['m-1']]) {
      const problems = schemaProblems(IdSchema, value);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.[1]).toMatch(/^Invalid input: expected string, received/);
    }
  });
});

describe('LabelSchema', () => {
  it('LabelSchema trims and keeps labels of 1 to 200 characters', () => {
    expect(LabelSchema.parse(' data ')).toBe('data');
    expect(LabelSchema.parse('a'.repeat(200))).toBe('a'.repeat(200));
  });

  it('LabelSchema rejects a blank label and one over 200 characters after trimming', () => {
    expect(schemaProblems(LabelSchema, '   ')).toEqual([['', 'expected a non-empty label']]);
    expect(schemaProblems(LabelSchema, 'a'.repeat(201))).toEqual([
      ['', 'Too big: expected string to have <=200 characters'],
    ]);
    expect(LabelSchema.safeParse(`  ${'a'.repeat(200)}  `).success).toBe(true);
  });
});

describe('MetadataSchema', () => {
  it('MetadataSchema keeps any JSON values and returns an object without a prototype', () => {
    const out = MetadataSchema.parse({ github: 'octocat', n: 3, nested: { a: [1, 2] }, none: null });
    expect(out).toEqual({ github: 'octocat', n: 3, nested: { a: [1, 2] }, none: null });
    expect(Object.getPrototypeOf(out)).toBeNull();
  });

  it('MetadataSchema rejects the keys constructor and prototype with the key in the path', () => {
    expect(schemaProblems(MetadataSchema, { constructor: 1 })).toEqual([
      ['constructor', 'Invalid key in record'],
    ]);
    expect(schemaProblems(MetadataSchema, { prototype: 1, ok: 2 })).toEqual([
      ['prototype', 'Invalid key in record'],
    ]);
  });

  it('MetadataSchema never lets an own __proto__ key (from JSON.parse) reach the output or a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": 1}, "ok": 1}');
    const result = MetadataSchema.safeParse(input);
    const out = result.success ? result.data : undefined;
    if (out !== undefined) {
      expect(Object.keys(out)).toEqual(['ok']);
      expect(Object.getPrototypeOf(out)).toBeNull();
      expect(out.polluted).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('MetadataSchema rejects arrays, strings and null', () => {
    expect(schemaProblems(MetadataSchema, [])).toEqual([
      ['', 'Invalid input: expected record, received array'],
    ]);
    expect(schemaProblems(MetadataSchema, 'x')).toEqual([
      ['', 'Invalid input: expected record, received string'],
    ]);
    expect(schemaProblems(MetadataSchema, null)).toEqual([
      ['', 'Invalid input: expected record, received null'],
    ]);
  });
});

describe('isSafeKey', () => {
  it('isSafeKey is false exactly for __proto__, constructor and prototype', () => {
    expect(isSafeKey('m-1')).toBe(true);
    expect(isSafeKey('')).toBe(true);
    expect(isSafeKey('__proto__')).toBe(false);
    expect(isSafeKey('constructor')).toBe(false);
    expect(isSafeKey('prototype')).toBe(false);
    expect(isSafeKey('Constructor')).toBe(true);
  });
});
