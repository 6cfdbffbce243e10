import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../../src/model/activity.js';
import { ACTIVITY_KINDS } from '../../../src/model/activityKinds.js';
import { fastActivity } from '../../../src/model/internal/fastActivity.js';

const RUNS = { numRuns: 400 };

/** Mostly valid values (weight 6), sometimes edge cases that are valid or not (weight 1 each). */
const mix = <T, U, V>(valid: fc.Arbitrary<T>, edge: fc.Arbitrary<U>, other: fc.Arbitrary<V>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: edge, weight: 1 }, { arbitrary: other, weight: 1 });

const labelish = mix(
  fc.constantFrom('data', ' python ', '#general', 'open science'),
  fc.constantFrom(
    ' ',
    '  data  ',
    '\u00a0x\u00a0',
    '\t',
    'a'.repeat(200),
    ` ${'a'.repeat(200)} `,
    'a'.repeat(201),
  ),
  fc.string({ maxLength: 12 }),
);
const idish = mix(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom(
    '',
    '__proto__',
    'constructor',
    'prototype',
    ' ',
    'x'.repeat(256),
    'x'.repeat(257),
    'é'.repeat(256),
  ),
  fc.oneof(fc.integer(), fc.constant(null)),
);
const someDate = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2100-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const atish = mix(
  fc.oneof(
    someDate.map((d) => d.toISOString()),
    someDate.map((d) => d.toISOString().slice(0, 10)),
    someDate.map((d) => d.toISOString().slice(0, 19)),
    someDate.map((d) => `${d.toISOString().slice(0, 19)}+02:00`),
    someDate.map((d) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)}`),
    someDate.map((d) => d.getTime()),
    someDate,
  ),
  fc.constantFrom(
    '2024-02-30',
    '2024-13-01',
    '2024-02-29',
    'yesterday',
    '',
    new Date(Number.NaN),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    8.64e15,
    9e15,
    -9e15,
    `2024-03-01T09:30:00Z${' '.repeat(60)}`,
    true,
    null,
  ),
  fc.oneof(fc.string({ maxLength: 30 }), fc.double()),
);
const weightish = mix(
  fc.double({ min: 0.001, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, -1, 1, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, '1', null),
  fc.double(),
);
const topicsish = mix(
  fc.array(labelish, { maxLength: 4 }),
  fc.constantFrom(Array(100).fill('t'), Array(101).fill('t'), 'data', [1], [undefined], null, []),
  fc.anything({ maxDepth: 1 }),
);
const textish = mix(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('t'.repeat(100_000), 't'.repeat(100_001), '', 1, null),
  fc.anything({ maxDepth: 0 }),
);
const kindish = mix(
  fc.constantFrom(...ACTIVITY_KINDS),
  fc.constantFrom('tweet', 'Post', '', 1, null),
  fc.string(),
);

/** Activity-like objects: each field present or absent, valid or not; sometimes extra keys. */
const activityLike = fc.record(
  {
    id: idish,
    memberId: idish,
    at: atish,
    kind: kindish,
    channel: fc.oneof(labelish, fc.constant(undefined), fc.constant(null)),
    thread: fc.oneof(idish, fc.constant(undefined)),
    replyTo: fc.oneof(idish, fc.constant(undefined)),
    weight: fc.oneof(weightish, fc.constant(undefined)),
    topics: fc.oneof(topicsish, fc.constant(undefined)),
    text: fc.oneof(textish, fc.constant(undefined)),
    extra: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: ['id', 'memberId', 'at', 'kind'] },
);

/** Valid activities only, to check that the fast path is taken whenever the input is valid. */
const validActivity = fc.record(
  {
    id: fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s)),
    memberId: fc.constantFrom('m-1', 'm-2'),
    at: fc.oneof(
      someDate.map((d) => d.toISOString()),
      someDate.map((d) => d.getTime()),
      someDate,
    ),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    channel: fc.constantFrom('#general', ' #help '),
    thread: fc.constantFrom('t-1', 't-2'),
    replyTo: fc.constantFrom('a-1'),
    weight: fc.double({ min: 0.001, max: 1000, noNaN: true }),
    topics: fc.array(fc.constantFrom('data', ' python ', 'r'), { maxLength: 3 }),
    text: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['id', 'memberId', 'at', 'kind'] },
);

function check(input: unknown): void {
  const fast = fastActivity(input);
  const slow = ActivitySchema.safeParse(input);
  if (fast !== undefined) {
    expect(slow.success).toBe(true);
    expect(fast).toEqual(slow.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
    expect(fast.at).toBeInstanceOf(Date);
  }
  if (!slow.success) expect(fast).toBeUndefined();
}

describe('fastActivity (property)', () => {
  it('fastActivity returns exactly what ActivitySchema.safeParse returns, or undefined when zod fails', () => {
    fc.assert(
      fc.property(activityLike, (input) => check(input)),
      RUNS,
    );
  });

  it('fastActivity returns undefined for anything zod rejects, including non-objects', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => check(input)),
      RUNS,
    );
  });

  it('fastActivity takes the fast path for every valid activity and agrees with zod', () => {
    fc.assert(
      fc.property(validActivity, (input) => {
        const fast = fastActivity(input);
        expect(fast).toBeDefined();
        check(input);
      }),
      RUNS,
    );
  });

  it('fastActivity does not mutate its input', () => {
    fc.assert(
      fc.property(activityLike, (input) => {
        const before = JSON.stringify(input);
        fastActivity(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
