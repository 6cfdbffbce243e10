import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import { deepFreeze } from './helpers.js';

const input = {
  name: 'Open Science Network',
  createdAt: 0,
  stage: 'mature',
  members: [
    {
      id: 'm-1',
      joinedAt: '2024-01-15T10:00:00+01:00',
      metadata: { github: 'ada' },
      willing: { mentor: true },
    },
    { id: 'm-2', joinedAt: 1_704_067_200_000, leftAt: '2024-06-01' },
  ],
  activities: [
    { id: 'a-1', memberId: 'm-1', at: '2024-03-01', kind: 'post', topics: [' data '] },
    { id: 'a-2', memberId: 'm-2', at: '2024-03-01T12:00:00Z', kind: 'answer', replyTo: 'a-1', weight: 2 },
  ],
  gatherings: [
    { id: 'g-1', title: 'Call', kind: 'community-call', start: '2024-03-05T15:00:00Z', attended: ['m-1'] },
  ],
  roleAssignments: [
    { memberId: 'm-1', roleId: 'community-manager', allocation: 0.5, from: '2024-01-01', to: null },
  ],
  skillAssessments: [
    {
      memberId: 'm-2',
      frameworkId: 'f',
      skillId: 's',
      level: 2,
      assessedAt: 0,
      source: 'peer',
      assessorId: 'm-1',
    },
  ],
  stakeholders: [{ id: 's-1', name: 'Funder', power: 'high', contactMemberId: 'm-1' }],
};

describe('serializeCommunity', () => {
  it('serializeCommunity then parseCommunity keeps 0000-02-29 (a leap day of year 0, which Date.UTC reads as 1900)', () => {
    const c = parseCommunity({ name: 'x', members: [{ id: 'm', joinedAt: '0000-02-29' }] });
    const again = parseCommunity(serializeCommunity(c));
    expect(again.members[0]?.joinedAt?.toISOString()).toBe('0000-02-29T00:00:00.000Z');
  });

  const community = parseCommunity(input);
  const json = serializeCommunity(community);

  it('serializeCommunity writes dates as canonical ISO-8601 UTC strings', () => {
    expect(json.createdAt).toBe('1970-01-01T00:00:00.000Z');
    expect(json.members?.[0]?.joinedAt).toBe('2024-01-15T09:00:00.000Z');
    expect(json.members?.[1]?.joinedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(json.activities?.[0]?.at).toBe('2024-03-01T00:00:00.000Z');
    expect(json.skillAssessments?.[0]?.assessedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('serializeCommunity writes defaults and parsed values out, and leaves absent optional fields out', () => {
    expect(json.members?.[1]).toEqual({
      id: 'm-2',
      joinedAt: '2024-01-01T00:00:00.000Z',
      leftAt: '2024-06-01T00:00:00.000Z',
      groups: [],
      interests: [],
      expertise: [],
      languages: [],
      capacity: {},
      willing: { mentor: false, beMentored: false, speak: false, volunteer: false },
      kind: 'person',
      identities: [],
    });
    expect(json.activities?.[0]).toEqual({
      id: 'a-1',
      memberId: 'm-1',
      at: '2024-03-01T00:00:00.000Z',
      kind: 'post',
      topics: ['data'],
    });
    expect(json.stakeholders?.[0]?.power).toBe(5 / 6);
    expect(json.roleAssignments?.[0]?.to).toBeNull();
    expect(json.members?.[0]?.metadata).toEqual({ github: 'ada' });
  });

  it('serializeCommunity returns plain JSON: stringify and parse give it back unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.getPrototypeOf(json.members?.[0]?.metadata)).toBe(Object.prototype);
  });

  it('parseCommunity(serializeCommunity(c)) equals c', () => {
    expect(parseCommunity(json)).toEqual(community);
    expect(JSON.stringify(serializeCommunity(parseCommunity(json)))).toBe(JSON.stringify(json));
  });

  it('serializeCommunity does not mutate the community', () => {
    const frozen = deepFreeze(parseCommunity(input));
    const before = frozen.members[0]?.joinedAt?.getTime();
    expect(() => serializeCommunity(frozen)).not.toThrow();
    expect(frozen.members[0]?.joinedAt).toBeInstanceOf(Date);
    expect(frozen.members[0]?.joinedAt?.getTime()).toBe(before);
  });
});
