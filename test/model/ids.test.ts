import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema, isSafeKey, LabelSchema, MetadataSchema, RESERVED_IDS } from '../../src/model/ids.js';
import { zodIssues } from '../../src/model/validate.js';
import { schemaProblems } from './helpers.js';

const RESERVED =
  'reserved name: ids may not be __proto__, constructor, prototype or another Object.prototype property (valueOf, toString, hasOwnProperty…)';

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

  it.each([
    '__proto__',
    'constructor',
    'prototype',
    'valueOf',
    'toString',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    '__defineGetter__',
    '__lookupSetter__',
  ])('IdSchema rejects the reserved name %s', (id) => {
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

/** [1, <hole>, 3], written without a sparse literal. */
function holeAt1(): unknown[] {
  const xs: unknown[] = [1];
  xs[2] = 3;
  return xs;
}

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

  it.each([
    ['a BigInt', { n: 1n }, 'n', 'a bigint is not a JSON value'],
    ['NaN', { n: Number.NaN }, 'n', 'NaN is not a JSON number'],
    ['Infinity in an array', { xs: [1, Number.POSITIVE_INFINITY] }, 'xs[1]', 'Infinity is not a JSON number'],
    ['a function', { f: () => 1 }, 'f', 'a function is not a JSON value'],
    [
      'a toJSON object',
      { o: { toJSON: () => 'x' } },
      'o',
      'an object with a toJSON method is not a JSON value',
    ],
    ['a Date', { d: new Date(0) }, 'd', expect.stringContaining('a Date instance is not a JSON value')],
    ['a symbol', { s: Symbol('x') }, 's', 'a symbol is not a JSON value'],
    ['an array hole', { xs: holeAt1() }, 'xs[1]', 'a hole in an array is not a JSON value'],
  ])('MetadataSchema rejects %s with its path', (_what, input, path, message) => {
    expect(schemaProblems(MetadataSchema, input)).toEqual([[path, message]]);
  });

  it('MetadataSchema refuses a shared reference and a cycle, each at the second place it is reached', () => {
    const shared = { a: 1 };
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const reachedTwice =
      'the same object is reached twice (a shared reference or a cycle); metadata must be a tree of JSON values';
    expect(schemaProblems(MetadataSchema, { x: shared, y: shared })).toEqual([['x', reachedTwice]]);
    expect(schemaProblems(MetadataSchema, { c: cyclic })).toEqual([['c.self', reachedTwice]]);
  });

  it('MetadataSchema refuses shared references nested 60 deep at once (linear, not exponential)', () => {
    let x: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 60; i++) x = { a: x, b: x };
    const result = MetadataSchema.safeParse({ x });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/reached twice/);
  });

  it('MetadataSchema reports metadata nested too deep with the code too-large', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 100; i++) deep = { x: deep };
    const r = MetadataSchema.safeParse({ deep });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(zodIssues(r.error.issues).map((i) => [i.path, i.code])).toEqual([['', 'too-large']]);
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
  it('isSafeKey is false for the Object.prototype names and prototype, true otherwise', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) expect(isSafeKey(name)).toBe(false);
    expect(isSafeKey('valueof')).toBe(true);
    expect(isSafeKey('m-1')).toBe(true);
    expect(isSafeKey('')).toBe(true);
    expect(isSafeKey('__proto__')).toBe(false);
    expect(isSafeKey('constructor')).toBe(false);
    expect(isSafeKey('prototype')).toBe(false);
    expect(isSafeKey('Constructor')).toBe(true);
  });

  it('isSafeKey agrees with the reserved set on any string, near misses included (its length and first-character filter loses nothing)', () => {
    const reserved = [...RESERVED_IDS];
    // Near misses: a reserved name with one character changed, dropped or
    // added, and strings with a reserved name's length and first character.
    const nearMiss = fc
      .tuple(fc.constantFrom(...reserved), fc.nat(), fc.string({ minLength: 1, maxLength: 2 }), fc.nat(2))
      .map(([name, at, s, how]) => {
        const i = at % name.length;
        return how === 0
          ? name.slice(0, i) + s[0] + name.slice(i + 1)
          : how === 1
            ? name.slice(0, i) + name.slice(i + 1)
            : name.slice(0, i) + s + name.slice(i);
      });
    const key = fc.oneof(
      fc.constantFrom(...reserved),
      nearMiss,
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    fc.assert(
      fc.property(key, (k) => isSafeKey(k) === !RESERVED_IDS.has(k)),
      { numRuns: 2000, seed: 19 },
    );
  });
});
