import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../src/model/activity.js';
import { notADate, schemaProblems } from './helpers.js';

const valid = { id: 'a-1', memberId: 'm-1', at: '2024-03-01T10:00:00Z', kind: 'post' };

describe('ActivitySchema', () => {
  it('ActivitySchema parses a minimal activity: at becomes a Date, topics default to []', () => {
    expect(ActivitySchema.parse(valid)).toEqual({
      id: 'a-1',
      memberId: 'm-1',
      at: new Date('2024-03-01T10:00:00Z'),
      kind: 'post',
      topics: [],
    });
  });

  it('ActivitySchema keeps channel, thread, replyTo, weight, topics and text, trimming labels', () => {
    const a = ActivitySchema.parse({
      ...valid,
      kind: 'answer',
      channel: ' #help ',
      thread: 't-1',
      replyTo: 'a-0',
      weight: 2.5,
      topics: [' data ', 'python'],
      text: 'Try pandas.',
    });
    expect(a).toEqual({
      id: 'a-1',
      memberId: 'm-1',
      at: new Date('2024-03-01T10:00:00Z'),
      kind: 'answer',
      channel: '#help',
      thread: 't-1',
      replyTo: 'a-0',
      weight: 2.5,
      topics: ['data', 'python'],
      text: 'Try pandas.',
    });
  });

  it('ActivitySchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(ActivitySchema, {
        id: '',
        memberId: '__proto__',
        at: 'yesterday',
        kind: 'tweet',
        channel: '',
        weight: 0,
        topics: ['ok', ''],
      }),
    ).toEqual([
      ['id', 'expected a non-empty id'],
      [
        'memberId',
        'reserved name: ids may not be __proto__, constructor, prototype or another Object.prototype property (valueOf, toString, hasOwnProperty…)',
      ],
      ['at', notADate('yesterday')],
      ['kind', expect.stringMatching(/^Invalid option: expected one of "join"\|"leave"\|"post"/)],
      ['channel', 'expected a non-empty label'],
      ['weight', 'Too small: expected number to be >0'],
      ['topics[1]', 'expected a non-empty label'],
    ]);
  });

  it('ActivitySchema rejects a weight that is negative, NaN or infinite', () => {
    expect(schemaProblems(ActivitySchema, { ...valid, weight: -1 })).toEqual([
      ['weight', 'Too small: expected number to be >0'],
    ]);
    for (const weight of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const problems = schemaProblems(ActivitySchema, { ...valid, weight });
      expect(problems.map((p) => p[0])).toEqual(['weight']);
    }
  });

  it('ActivitySchema rejects more than 100 topics and a text over 100 000 characters', () => {
    expect(schemaProblems(ActivitySchema, { ...valid, topics: Array(101).fill('t') })).toEqual([
      ['topics', 'Too big: expected array to have <=100 items'],
    ]);
    expect(schemaProblems(ActivitySchema, { ...valid, text: 't'.repeat(100_001) })).toEqual([
      ['text', 'Too big: expected string to have <=100000 characters'],
    ]);
  });

  it('ActivitySchema requires id, memberId, at and kind', () => {
    expect(schemaProblems(ActivitySchema, {}).map((p) => p[0])).toEqual(['id', 'memberId', 'at', 'kind']);
  });
});
