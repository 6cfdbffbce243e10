import { describe, expect, it } from 'vitest';
import { RATING_VALUES, RatingSchema, StakeholderSchema } from '../../src/model/stakeholder.js';
import { schemaProblems } from './helpers.js';

describe('RatingSchema', () => {
  it('RatingSchema reads low/medium/high as the centres of the thirds of 0–1', () => {
    expect(RatingSchema.parse('low')).toBeCloseTo(1 / 6, 12);
    expect(RatingSchema.parse('medium')).toBe(0.5);
    expect(RatingSchema.parse('high')).toBeCloseTo(5 / 6, 12);
    expect(RATING_VALUES).toEqual({ low: 1 / 6, medium: 0.5, high: 5 / 6 });
  });

  it('RatingSchema keeps numbers in [0, 1], bounds included', () => {
    expect(RatingSchema.parse(0)).toBe(0);
    expect(RatingSchema.parse(0.3)).toBe(0.3);
    expect(RatingSchema.parse(1)).toBe(1);
  });

  it('RatingSchema rejects numbers outside [0, 1] and other words', () => {
    for (const value of [-0.1, 1.1, 'very high', 'HIGH', null]) {
      const problems = schemaProblems(RatingSchema, value);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.[0]).toBe('');
    }
    expect(schemaProblems(RatingSchema, 2)).toEqual([['', 'Too big: expected number to be <=1']]);
  });
});

describe('StakeholderSchema', () => {
  it('StakeholderSchema defaults to an organisation rated 0.5 on every attribute', () => {
    expect(StakeholderSchema.parse({ id: 's-1', name: 'University' })).toEqual({
      id: 's-1',
      name: 'University',
      type: 'organisation',
      power: 0.5,
      interest: 0.5,
      legitimacy: 0.5,
      urgency: 0.5,
      groups: [],
    });
  });

  it('StakeholderSchema reads words and numbers for the ratings and keeps contact, groups and metadata', () => {
    const s = StakeholderSchema.parse({
      id: 's-1',
      name: 'Funder',
      type: 'funder',
      power: 'high',
      interest: 0.4,
      legitimacy: 'medium',
      urgency: 'low',
      contactMemberId: 'm-1',
      groups: ['researchers'],
      metadata: { grant: 'G-1' },
    });
    expect([s.power, s.interest, s.legitimacy, s.urgency]).toEqual([5 / 6, 0.4, 0.5, 1 / 6]);
    expect(s.contactMemberId).toBe('m-1');
    expect({ ...s.metadata }).toEqual({ grant: 'G-1' });
  });

  it('StakeholderSchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(StakeholderSchema, {
        id: 's',
        type: 'enemy',
        power: 2,
        interest: 'very',
        contactMemberId: '',
        metadata: { prototype: 1 },
      }),
    ).toEqual([
      ['name', 'Invalid input: expected string, received undefined'],
      ['type', 'Invalid option: expected one of "organisation"|"funder"|"partner"|"group"|"other"'],
      ['power', 'Too big: expected number to be <=1'],
      ['interest', 'expected a number from 0 to 1, or "low", "medium" or "high"'],
      ['contactMemberId', 'expected a non-empty id'],
      ['metadata.prototype', 'Invalid key in record'],
    ]);
  });
});
