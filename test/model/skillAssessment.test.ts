import { describe, expect, it } from 'vitest';
import { AssessmentSourceSchema, SkillAssessmentSchema } from '../../src/model/skillAssessment.js';
import { notADate, schemaProblems } from './helpers.js';

const valid = {
  memberId: 'm-1',
  frameworkId: 'cscce-skills-wheel',
  skillId: 'cscce/interpersonal/mentoring',
  level: 'working',
  assessedAt: '2024-05-01',
  source: 'self',
};

describe('SkillAssessmentSchema', () => {
  it('SkillAssessmentSchema parses a self assessment with a level id', () => {
    expect(SkillAssessmentSchema.parse(valid)).toEqual({
      ...valid,
      assessedAt: new Date('2024-05-01T00:00:00Z'),
    });
  });

  it('SkillAssessmentSchema accepts a level index from 0 to 100 and evidence', () => {
    expect(SkillAssessmentSchema.parse({ ...valid, level: 0 }).level).toBe(0);
    expect(SkillAssessmentSchema.parse({ ...valid, level: 100 }).level).toBe(100);
    expect(SkillAssessmentSchema.parse({ ...valid, evidence: 'https://example.org' }).evidence).toBe(
      'https://example.org',
    );
  });

  it('SkillAssessmentSchema accepts a peer assessment with an assessorId', () => {
    const a = SkillAssessmentSchema.parse({ ...valid, source: 'peer', assessorId: 'm-2' });
    expect(a.assessorId).toBe('m-2');
  });

  it('SkillAssessmentSchema rejects a peer assessment without assessorId, at path assessorId', () => {
    expect(schemaProblems(SkillAssessmentSchema, { ...valid, source: 'peer' })).toEqual([
      ['assessorId', 'a peer assessment needs assessorId'],
    ]);
  });

  it('AssessmentSourceSchema has the four sources', () => {
    expect(AssessmentSourceSchema.options).toEqual(['self', 'peer', 'manager', 'derived']);
  });

  it('SkillAssessmentSchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(SkillAssessmentSchema, {
        memberId: 'm-1',
        frameworkId: '',
        skillId: 'x'.repeat(257),
        level: 1.5,
        assessedAt: 'soon',
        source: 'boss',
        evidence: 'e'.repeat(10_001),
      }),
    ).toEqual([
      ['frameworkId', 'expected a non-empty id'],
      ['skillId', 'expected an id of at most 256 characters'],
      ['level', 'expected a level id of the scale (e.g. "working") or its 0-based index (an integer)'],
      ['assessedAt', notADate('soon')],
      ['source', 'Invalid option: expected one of "self"|"peer"|"manager"|"derived"'],
      ['evidence', 'Too big: expected string to have <=10000 characters'],
    ]);
  });

  it('SkillAssessmentSchema rejects a level index below 0 or above 100', () => {
    for (const level of [-1, 101]) {
      expect(schemaProblems(SkillAssessmentSchema, { ...valid, level }).map((p) => p[0])).toEqual(['level']);
    }
  });
});
