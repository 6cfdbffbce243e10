import { describe, expect, it } from 'vitest';
import { isTimeZone, MemberSchema } from '../../src/model/member.js';
import { notADate, schemaProblems } from './helpers.js';

describe('MemberSchema', () => {
  it('MemberSchema fills the defaults for a member given only an id', () => {
    expect(MemberSchema.parse({ id: 'm-1' })).toEqual({
      id: 'm-1',
      groups: [],
      interests: [],
      expertise: [],
      languages: [],
      capacity: {},
      willing: { mentor: false, beMentored: false, speak: false, volunteer: false },
      kind: 'person',
      identities: [],
    });
  });

  it('MemberSchema parses every field: dates become Dates, labels are trimmed, flags default to false', () => {
    const m = MemberSchema.parse({
      id: 'm-1',
      name: 'Ada Lovelace',
      joinedAt: '2024-01-15',
      leftAt: 1_735_689_600_000,
      affiliation: ' University of Somewhere ',
      groups: ['researchers'],
      interests: ['open data', ' reproducibility'],
      expertise: ['python'],
      bio: 'Works on data.',
      timeZone: 'Europe/Berlin',
      languages: ['en', 'de'],
      availability: 'limited',
      capacity: { hoursPerMonth: 10, maxMentees: 2 },
      willing: { mentor: true },
      metadata: { github: 'ada' },
    });
    expect(m.joinedAt).toEqual(new Date('2024-01-15T00:00:00Z'));
    expect(m.leftAt).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(m.affiliation).toBe('University of Somewhere');
    expect(m.interests).toEqual(['open data', 'reproducibility']);
    expect(m.capacity).toEqual({ hoursPerMonth: 10, maxMentees: 2 });
    expect(m.willing).toEqual({ mentor: true, beMentored: false, speak: false, volunteer: false });
    expect({ ...m.metadata }).toEqual({ github: 'ada' });
  });

  it('MemberSchema drops unknown keys', () => {
    expect(MemberSchema.parse({ id: 'm-1', shoeSize: 42 })).not.toHaveProperty('shoeSize');
  });

  it('MemberSchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(MemberSchema, {
        id: '',
        name: 'n'.repeat(501),
        joinedAt: 'yesterday',
        groups: [' '],
        timeZone: 'Mars/Olympus',
        availability: 'busy',
        capacity: { hoursPerMonth: 745, maxMentees: 1.5 },
        willing: { mentor: 'yes' },
      }),
    ).toEqual([
      ['id', 'expected a non-empty id'],
      ['name', 'Too big: expected string to have <=500 characters'],
      ['joinedAt', notADate('yesterday')],
      ['groups[0]', 'expected a non-empty label'],
      ['timeZone', 'expected an IANA time zone such as "Europe/Berlin" or "UTC"'],
      ['availability', 'Invalid option: expected one of "available"|"limited"|"unavailable"'],
      ['capacity.hoursPerMonth', 'Too big: expected number to be <=744'],
      ['capacity.maxMentees', 'Invalid input: expected int, received number'],
      ['willing.mentor', 'Invalid input: expected boolean, received string'],
    ]);
  });

  it('MemberSchema rejects negative capacity and a missing id', () => {
    expect(
      schemaProblems(MemberSchema, { id: 'm', capacity: { hoursPerMonth: -1, maxMentees: -1 } }),
    ).toEqual([
      ['capacity.hoursPerMonth', 'Too small: expected number to be >=0'],
      ['capacity.maxMentees', 'Too small: expected number to be >=0'],
    ]);
    expect(schemaProblems(MemberSchema, {})).toEqual([
      ['id', 'Invalid input: expected string, received undefined'],
    ]);
  });

  it('MemberSchema rejects a bio over 100 000 characters and more than 1000 interests', () => {
    expect(schemaProblems(MemberSchema, { id: 'm', bio: 'b'.repeat(100_001) })).toEqual([
      ['bio', 'Too big: expected string to have <=100000 characters'],
    ]);
    expect(schemaProblems(MemberSchema, { id: 'm', interests: Array(1001).fill('x') })).toEqual([
      ['interests', 'Too big: expected array to have <=1000 items'],
    ]);
  });
});

describe('isTimeZone', () => {
  it('isTimeZone accepts IANA names and UTC and rejects unknown zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    // asked twice: the cached answer is the same
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
  });
});
