import { describe, expect, it } from 'vitest';
import { CommunitySchema, CommunityStageSchema } from '../../src/model/community.js';
import { notADate, schemaProblems } from './helpers.js';

describe('CommunitySchema', () => {
  it('CommunitySchema fills a growing stage and empty collections for a community given only a name', () => {
    expect(CommunitySchema.parse({ name: 'Open Science Network' })).toEqual({
      name: 'Open Science Network',
      stage: 'growing',
      members: [],
      activities: [],
      gatherings: [],
      roleAssignments: [],
      skillAssessments: [],
      stakeholders: [],
    });
  });

  it('CommunitySchema keeps description, createdAt (as a Date) and stage', () => {
    const c = CommunitySchema.parse({
      name: 'x',
      description: 'd',
      createdAt: '2020-05-01',
      stage: 'mature',
    });
    expect(c.createdAt).toEqual(new Date('2020-05-01T00:00:00Z'));
    expect([c.description, c.stage]).toEqual(['d', 'mature']);
  });

  it('CommunityStageSchema has the four life stages', () => {
    expect(CommunityStageSchema.options).toEqual(['forming', 'growing', 'mature', 'transforming']);
  });

  it('CommunitySchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(CommunitySchema, {
        name: '',
        description: 'd'.repeat(100_001),
        createdAt: 'once upon a time',
        stage: 'dead',
        members: [{ id: '' }],
        activities: 'none',
      }),
    ).toEqual([
      ['name', 'expected a community name'],
      ['description', 'Too big: expected string to have <=100000 characters'],
      ['createdAt', notADate('once upon a time')],
      ['stage', 'Invalid option: expected one of "forming"|"growing"|"mature"|"transforming"'],
      ['members[0].id', 'expected a non-empty id'],
      ['activities', 'Invalid input: expected array, received string'],
    ]);
  });
});
