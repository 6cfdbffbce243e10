import { describe, expect, it } from 'vitest';
import { parseSkillSurveyCsv } from '../../../src/io/csv/parseSkillSurveyCsv.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { defineFramework } from '../../../src/skills/defineFramework.js';
import { fixture, rejection } from './helpers.js';

const GOOGLE_SKILLS = {
  'How confident are you at mentoring?': 'cscce/interpersonal/mentoring',
  'how confident are you at  EVENT planning?': 'cscce/program-management/event-planning',
  'Rate yourself [Data analysis]': 'cscce/technical/data-analysis',
};

describe('parseSkillSurveyCsv', () => {
  it('reads a Google Forms export: Likert words, numbers 1–5 and blanks on the five-level scale', async () => {
    const e = await parseSkillSurveyCsv(fixture('google-forms-survey.csv'), {
      framework: 'cscce-skills-wheel',
      skills: GOOGLE_SKILLS,
      file: 'survey.csv',
    });
    expect(e.source).toBe('csv:survey');
    expect(e.skillAssessments.map((a) => [a.memberId, a.skillId.split('/')[2], a.level])).toEqual([
      ['csv:survey:amara@example.org', 'mentoring', 'proficient'],
      ['csv:survey:amara@example.org', 'event-planning', 'expert'],
      ['csv:survey:amara@example.org', 'data-analysis', 'proficient'],
      ['csv:survey:lucia.fernandez@example.org', 'mentoring', 'working'],
      ['csv:survey:lucia.fernandez@example.org', 'data-analysis', 'aware'],
      ['csv:survey:kai@example.net', 'mentoring', 'none'],
      ['csv:survey:kai@example.net', 'event-planning', 'aware'],
    ]);
    const first = e.skillAssessments[0]!;
    expect(first.source).toBe('self');
    expect(first.frameworkId).toBe('cscce-skills-wheel');
    expect(first.assessedAt.toISOString()).toBe('2024-03-05T14:03:11.000Z');
    expect(first.provenance).toEqual({ source: 'csv:survey', file: 'survey.csv', line: 2 });
    expect(e.skipped).toEqual([
      {
        reason: 'no answer',
        count: 2,
        examples: [
          'survey.csv:3 "How confident are you at event planning?"',
          'survey.csv:4 "Rate yourself [Data analysis]"',
        ],
      },
    ]);
    expect(e.identities.map((i) => i.name)).toEqual(['Amara Okafor', 'Lucía Fernández', 'Kai Müller']);
    expect(e.read).toEqual({ responses: 3, assessments: 7 });
  });

  it('reads a Microsoft Forms export: "4 - Advanced", the completion time, the response id', async () => {
    const e = await parseSkillSurveyCsv(fixture('microsoft-forms-survey.csv'), {
      framework: 'cscce-skills-wheel',
      skills: {
        Mentoring: 'cscce/interpersonal/mentoring',
        'Event planning': 'cscce/program-management/event-planning',
      },
      answers: { Kinda: 'aware' },
      file: 'ms.csv',
    });
    expect(e.skillAssessments.map((a) => a.level)).toEqual(['proficient', 'expert', 'aware', 'none']);
    expect(e.skillAssessments[0]?.assessedAt.toISOString()).toBe('2024-03-05T14:03:11.000Z');
    expect(e.skillAssessments[0]?.provenance?.sourceId).toBe('1');
    // "anonymous" is not an e-mail address: Sam is keyed by name, and the response naming nobody is skipped.
    expect(e.identities[1]).toEqual({ id: 'csv:survey:name:sam lee', source: 'csv:survey', name: 'Sam Lee' });
    expect(e.skipped).toEqual([
      { reason: 'response names nobody (no e-mail or name)', count: 1, examples: ['ms.csv:4'] },
    ]);
  });

  it('names file, line and column of an answer on no level, or skips it when asked', async () => {
    const skills = {
      Mentoring: 'cscce/interpersonal/mentoring',
      'Event planning': 'cscce/program-management/event-planning',
    };
    const error = await rejection(
      parseSkillSurveyCsv(fixture('microsoft-forms-survey.csv'), {
        framework: 'cscce-skills-wheel',
        skills,
        file: 'ms.csv',
      }),
    );
    expect(error).toBeInstanceOf(InputFormatError);
    expect(error.message).toMatch(
      /^parseSkillSurveyCsv: ms\.csv:3 "Mentoring": the answer "Kinda" maps to no level/,
    );
    const e = await parseSkillSurveyCsv(fixture('microsoft-forms-survey.csv'), {
      framework: 'cscce-skills-wheel',
      skills,
      unknownAnswers: 'skip',
    });
    expect(e.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['answer "Kinda" is on no level', 1],
      ['response names nobody (no e-mail or name)', 1],
    ]);
  });

  it('spreads numbers over the scale given by numbers.min and max', async () => {
    const csv =
      'Timestamp,Email,Q\n2024-01-01,a@example.org,0\n2024-01-01,b@example.org,10\n2024-01-01,c@example.org,5\n';
    const e = await parseSkillSurveyCsv(csv, {
      framework: 'cscce-skills-wheel',
      skills: { Q: 'cscce/interpersonal/mentoring' },
      numbers: { min: 0, max: 10 },
    });
    expect(e.skillAssessments.map((a) => a.level)).toEqual(['none', 'expert', 'working']);
  });

  it('places words on a framework with a three-level scale', async () => {
    const framework = defineFramework({
      id: 'tiny',
      name: 'Tiny',
      families: [{ id: 'f', name: 'F', skills: [{ id: 'tiny/f/s', name: 'S' }] }],
      scale: {
        id: 'three',
        levels: [
          { id: 'low', label: 'Low' },
          { id: 'mid', label: 'Mid' },
          { id: 'high', label: 'High' },
        ],
        workingLevel: 1,
        teachingLevel: 2,
      },
    });
    const csv =
      'Timestamp,Email,S\n2024-01-01,a@example.org,Expert\n2024-01-01,b@example.org,beginner\n2024-01-01,c@example.org,Mid\n2024-01-01,d@example.org,3\n';
    const e = await parseSkillSurveyCsv(csv, {
      framework: 'tiny',
      frameworks: [framework],
      skills: { S: 'tiny/f/s' },
    });
    // beginner is step 1 of 4: round(1 × 2 / 4) = 1 → mid (0.5 rounds up).
    expect(e.skillAssessments.map((a) => a.level)).toEqual(['high', 'mid', 'mid', 'high']);
  });

  it('refuses an unknown framework, a skill the framework lacks and an answer level off the scale', async () => {
    await expect(parseSkillSurveyCsv('', { framework: 'nope', skills: { Q: 'x' } })).rejects.toThrow(
      'no framework "nope"',
    );
    const e = await rejection(
      parseSkillSurveyCsv('', { framework: 'cscce-skills-wheel', skills: { Q: 'cscce/x/y' } }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toContain('options.skills["Q"]: no skill "cscce/x/y"');
    await expect(
      parseSkillSurveyCsv('', {
        framework: 'cscce-skills-wheel',
        skills: { Q: 'cscce/interpersonal/mentoring' },
        answers: { meh: 'great' },
      }),
    ).rejects.toThrow('no level "great"');
  });

  it('says which question columns it expected when the survey lacks one', async () => {
    const error = await rejection(
      parseSkillSurveyCsv('Timestamp,Email,Other\n2024-01-01,a@example.org,1\n', {
        framework: 'cscce-skills-wheel',
        skills: { Mentoring: 'cscce/interpersonal/mentoring' },
      }),
    );
    expect(error.message).toContain(
      'expected the columns "Mentoring" in a header row; found "Timestamp", "Email", "Other"',
    );
  });

  it('asks for assessedAt when there is no timestamp column, and refuses epoch seconds in it', async () => {
    const skills = { Q: 'cscce/interpersonal/mentoring' };
    await expect(
      parseSkillSurveyCsv('Email,Q\na@example.org,1\n', { framework: 'cscce-skills-wheel', skills }),
    ).rejects.toThrow('options.assessedAt');
    const e = await parseSkillSurveyCsv('Email,Q\na@example.org,1\n', {
      framework: 'cscce-skills-wheel',
      skills,
      assessedAt: '2024-02-01',
    });
    expect(e.skillAssessments[0]?.assessedAt.toISOString()).toBe('2024-02-01T00:00:00.000Z');
    await expect(
      parseSkillSurveyCsv('Timestamp,Email,Q\n1709647391,a@example.org,1\n', {
        framework: 'cscce-skills-wheel',
        skills,
      }),
    ).rejects.toThrow('looks like epoch seconds');
  });
});

describe('parseSkillSurveyCsv — frameworks given as data', () => {
  it('refuses a malformed framework with a ValidationError, not a TypeError', async () => {
    const error = await rejection(
      parseSkillSurveyCsv('', { framework: 'x', frameworks: [{ id: 'x' }] as never, skills: { Q: 'x/y/z' } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('options.frameworks[0]');
  });
});
