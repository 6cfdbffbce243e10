import { describe, expect, it } from 'vitest';
import { GatheringKindSchema, GatheringSchema } from '../../src/model/gathering.js';
import { notADate, schemaProblems } from './helpers.js';

const valid = { id: 'g-1', title: 'March call', kind: 'community-call', start: '2024-03-05T15:00:00Z' };

describe('GatheringSchema', () => {
  it('GatheringSchema fills empty member lists, no topics and an online format', () => {
    expect(GatheringSchema.parse(valid)).toEqual({
      id: 'g-1',
      title: 'March call',
      kind: 'community-call',
      start: new Date('2024-03-05T15:00:00Z'),
      hosts: [],
      speakers: [],
      registered: [],
      attended: [],
      topics: [],
      format: 'online',
    });
  });

  it('GatheringSchema keeps end, member lists, topics and format', () => {
    const g = GatheringSchema.parse({
      ...valid,
      kind: 'workshop',
      end: '2024-03-05T17:00:00+01:00',
      hosts: ['m-1'],
      speakers: ['m-2'],
      registered: ['m-3', 'm-4'],
      attended: ['m-3'],
      topics: ['data'],
      format: 'hybrid',
    });
    expect(g.end).toEqual(new Date('2024-03-05T16:00:00Z'));
    expect([g.hosts, g.speakers, g.registered, g.attended]).toEqual([
      ['m-1'],
      ['m-2'],
      ['m-3', 'm-4'],
      ['m-3'],
    ]);
    expect(g.format).toBe('hybrid');
  });

  it('GatheringKindSchema accepts the eight kinds of gathering', () => {
    expect(GatheringKindSchema.options).toEqual([
      'community-call',
      'workshop',
      'training',
      'meetup',
      'conference',
      'hackathon',
      'social',
      'office-hours',
    ]);
  });

  it('GatheringSchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(GatheringSchema, {
        id: 'g-1',
        title: 't'.repeat(1001),
        kind: 'party',
        start: '2024-13-01',
        end: 'later',
        attended: ['m-1', ''],
        format: 'vr',
      }),
    ).toEqual([
      ['title', 'Too big: expected string to have <=1000 characters'],
      ['kind', expect.stringMatching(/^Invalid option: expected one of "community-call"/)],
      ['start', notADate('2024-13-01')],
      ['end', notADate('later')],
      ['attended[1]', 'expected a non-empty id'],
      ['format', 'Invalid option: expected one of "online"|"in-person"|"hybrid"'],
    ]);
  });

  it('GatheringSchema requires a title and a start', () => {
    expect(schemaProblems(GatheringSchema, { id: 'g', kind: 'meetup' })).toEqual([
      ['title', 'Invalid input: expected string, received undefined'],
      [
        'start',
        'not a date: expected an ISO-8601 string (e.g. "2024-03-01T09:30:00Z"), epoch milliseconds or a Date',
      ],
    ]);
  });
});
