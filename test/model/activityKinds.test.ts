import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_MEANINGS, ACTIVITY_KINDS, ActivityKindSchema } from '../../src/model/activityKinds.js';
import { schemaProblems } from './helpers.js';

const REQUIRED = [
  'join',
  'leave',
  'post',
  'reply',
  'comment',
  'reaction',
  'review',
  'commit',
  'issue',
  'pull-request',
  'answer',
  'attend',
  'host',
  'present',
  'organise',
  'mentor-session',
  'document',
  'translate',
];

describe('activity kinds', () => {
  it('ACTIVITY_KINDS lists every kind the issue requires, in the same order as the schema', () => {
    expect(ACTIVITY_KINDS).toEqual(REQUIRED);
    expect(ActivityKindSchema.options).toEqual(ACTIVITY_KINDS);
  });

  it('ACTIVITY_KIND_MEANINGS gives a non-empty meaning for every kind', () => {
    for (const kind of ACTIVITY_KINDS) expect(ACTIVITY_KIND_MEANINGS[kind].length).toBeGreaterThan(10);
    expect(ACTIVITY_KIND_MEANINGS.answer).toBe('answered a question asked by someone else');
  });

  it('ActivityKindSchema accepts every kind and rejects others, case-sensitively', () => {
    for (const kind of ACTIVITY_KINDS) expect(ActivityKindSchema.parse(kind)).toBe(kind);
    for (const bad of ['Post', 'pull_request', 'organize', '']) {
      const problems = schemaProblems(ActivityKindSchema, bad);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.[1]).toBe(
        `Invalid option: expected one of ${REQUIRED.map((k) => `"${k}"`).join('|')}`,
      );
    }
  });
});
