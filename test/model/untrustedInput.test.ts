import { afterEach, describe, expect, it } from 'vitest';
import { parseCommunity, safeParseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import { communityProblems } from './helpers.js';

const RESERVED =
  'reserved name: ids may not be __proto__, constructor, prototype or another Object.prototype property (valueOf, toString, hasOwnProperty…)';

afterEach(() => {
  // Never leave a polluted prototype behind for other tests, whatever happened.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('parseCommunity on untrusted input', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'safeParseCommunity rejects %s as an id in every collection',
    (id) => {
      expect(
        communityProblems({
          name: 'x',
          members: [{ id }],
          activities: [{ id, memberId: 'm', at: 0, kind: 'post' }],
          gatherings: [{ id, title: 't', kind: 'social', start: 0 }],
          stakeholders: [{ id, name: 's' }],
        }),
      ).toEqual([
        ['members[0].id', RESERVED],
        ['activities[0].id', RESERVED],
        ['gatherings[0].id', RESERVED],
        ['stakeholders[0].id', RESERVED],
      ]);
    },
  );

  it('safeParseCommunity rejects __proto__ as a reference (memberId, replyTo, attended, assessorId)', () => {
    expect(
      communityProblems({
        name: 'x',
        members: [{ id: 'm' }],
        activities: [{ id: 'a', memberId: '__proto__', at: 0, kind: 'reply', replyTo: '__proto__' }],
        gatherings: [{ id: 'g', title: 't', kind: 'social', start: 0, attended: ['__proto__'] }],
      }).map((p) => p[0]),
    ).toEqual(['activities[0].memberId', 'activities[0].replyTo', 'gatherings[0].attended[0]']);
  });

  it('safeParseCommunity rejects constructor and prototype as metadata keys, with the key in the path', () => {
    expect(
      communityProblems({
        name: 'x',
        members: [{ id: 'm', metadata: { constructor: { prototype: { polluted: 1 } } } }],
        stakeholders: [{ id: 's', name: 'S', metadata: { prototype: 1 } }],
      }),
    ).toEqual([
      ['members[0].metadata.constructor', 'Invalid key in record'],
      ['stakeholders[0].metadata.prototype', 'Invalid key in record'],
    ]);
  });

  it('parseCommunity on JSON with __proto__ keys everywhere pollutes no prototype and copies no __proto__ key', () => {
    // Written by hand: an object literal would set the prototype instead of an own __proto__ key.
    const hostile =
      '{"name":"x","__proto__":{"polluted":1},"members":[{"id":"m","__proto__":{"polluted":1},' +
      '"metadata":{"__proto__":{"polluted":1},"ok":1}}],' +
      '"activities":[{"id":"a","memberId":"m","at":0,"kind":"post","__proto__":{"polluted":1}}]}';
    const input = JSON.parse(hostile);
    expect(Object.keys(input)).toContain('__proto__');
    const result = safeParseCommunity(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.success) {
      const c = result.data;
      for (const record of [c, c.members[0], c.activities[0], c.members[0]?.metadata]) {
        expect(Object.hasOwn(record as object, '__proto__')).toBe(false);
        expect((record as Record<string, unknown>).polluted).toBeUndefined();
      }
      expect(Object.keys(c.members[0]?.metadata ?? {})).toEqual(['ok']);
    }
  });

  it('parseCommunity rejects a 1 MB string in every string field cleanly, with the limit in the message', () => {
    const mb = 'x'.repeat(1_000_000);
    expect(
      communityProblems({
        name: mb,
        description: mb,
        members: [{ id: mb }, { id: 'm', bio: mb, timeZone: mb, interests: [mb] }],
        activities: [
          { id: 'a', memberId: 'm', at: mb, kind: 'post' },
          { id: 'b', memberId: 'm', at: 0, kind: mb, text: mb },
        ],
      }),
    ).toEqual([
      ['name', 'Too big: expected string to have <=500 characters'],
      ['description', 'Too big: expected string to have <=100000 characters'],
      ['members[0].id', 'expected an id of at most 256 characters'],
      ['members[1].interests[0]', 'Too big: expected string to have <=200 characters'],
      ['members[1].bio', 'Too big: expected string to have <=100000 characters'],
      ['members[1].timeZone', 'Too big: expected string to have <=100 characters'],
      ['members[1].timeZone', 'expected an IANA time zone such as "Europe/Berlin" or "UTC"'],
      ['activities[0].at', 'Too big: expected string to have <=64 characters'],
      ['activities[1].kind', expect.stringMatching(/^Invalid option/)],
      ['activities[1].text', 'Too big: expected string to have <=100000 characters'],
    ]);
  });

  it('parseCommunity rejects metadata nested 10 000 levels deep, with its path and without overflowing the stack', () => {
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    expect(communityProblems({ name: 'x', members: [{ id: 'm', metadata: { deep } }] })).toEqual([
      ['members[0].metadata', 'metadata nested deeper than 64 levels'],
    ]);
    let ok: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 60; i++) ok = { x: ok };
    const c = parseCommunity({ name: 'x', members: [{ id: 'm', metadata: { ok } }] });
    expect(() => serializeCommunity(c)).not.toThrow();
  });

  it('safeParseCommunity reports deeply nested arrays in place of records without overflowing the stack', () => {
    let nested: unknown = [];
    for (let i = 0; i < 10_000; i++) nested = [nested];
    expect(communityProblems({ name: 'x', members: [nested], activities: nested })).toEqual([
      ['members[0]', 'Invalid input: expected object, received array'],
      ['activities[0]', 'Invalid input: expected object, received array'],
    ]);
  });

  it('safeParseCommunity rejects objects where strings are expected and strings where objects are expected', () => {
    expect(
      communityProblems({
        name: { toString: () => 'x' },
        members: ['m-1', { id: { id: 'm' } }, { id: 'm', capacity: [], willing: 'always' }],
      }),
    ).toEqual([
      ['name', 'Invalid input: expected string, received object'],
      ['members[0]', 'Invalid input: expected object, received string'],
      ['members[1].id', 'Invalid input: expected string, received object'],
      ['members[2].capacity', 'Invalid input: expected object, received array'],
      ['members[2].willing', 'Invalid input: expected object, received string'],
    ]);
  });
});
