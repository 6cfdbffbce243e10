import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/model/errors.js';
import {
  requireParsedCommunity,
  unparsedCommunityIssues,
  withCheckedCommunity,
} from '../../../src/model/internal/parsedCommunity.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';

const D = new Date('2024-01-01T00:00:00Z');

/** Each collection's checked fields: a value a parsed community holds there, and values it never holds. */
const FIELDS = {
  members: {
    id: ['m', [undefined, '', 'valueOf', 3]],
    joinedAt: [D, ['2024-01-01', new Date(Number.NaN)]],
    leftAt: [undefined, [0]],
  },
  activities: { id: ['a', ['__proto__']], memberId: ['m', [null]], at: [D, ['2024-01-01', undefined]] },
  gatherings: {
    id: ['g', ['constructor']],
    start: [D, [undefined]],
    end: [undefined, ['x']],
    hosts: [['m'], [undefined, ['toString']]],
    speakers: [[], ['m']],
    registered: [[], [[1]]],
    attended: [['m'], [{}]],
  },
  roleAssignments: { memberId: ['m', ['']], from: [D, [null]], to: [null, ['2024']] },
  skillAssessments: {
    memberId: ['m', [undefined]],
    assessedAt: [D, [1]],
    assessorId: [undefined, ['hasOwnProperty']],
  },
  stakeholders: { id: ['s', [[]]], contactMemberId: [undefined, [null]] },
} as const satisfies Record<string, Record<string, readonly [unknown, readonly unknown[]]>>;

type Collection = keyof typeof FIELDS;
const EMPTY = {
  members: [],
  activities: [],
  gatherings: [],
  roleAssignments: [],
  skillAssessments: [],
  stakeholders: [],
};

describe('unparsedCommunityIssues', () => {
  it('names the first bad field of a record, in the order the fields are listed, for any mix of good and bad fields', () => {
    const collection = fc.constantFrom(...(Object.keys(FIELDS) as Collection[]));
    const record = collection.chain((name) => {
      const fields = Object.entries(FIELDS[name]) as [string, readonly [unknown, readonly unknown[]]][];
      return fc
        .tuple(...fields.map(([, [, bad]]) => fc.option(fc.constantFrom(...bad), { nil: 'good' as const })))
        .map((choices) => ({ name, fields, choices }));
    });
    fc.assert(
      fc.property(record, ({ name, fields, choices }) => {
        const r: Record<string, unknown> = {};
        fields.forEach(([field, [good]], i) => {
          const c = choices[i];
          const v = c === 'good' ? good : c;
          if (v !== undefined) r[field] = v;
        });
        const issues = unparsedCommunityIssues({ ...EMPTY, [name]: [r] });
        const firstBad = choices.findIndex((c) => c !== 'good');
        if (firstBad < 0) return issues.length === 0;
        return issues.length === 1 && issues[0]?.path === `${name}[0].${fields[firstBad]?.[0]}`;
      }),
      { numRuns: 1500, seed: 19 },
    );
  });

  it('finds a bad record among many good ones, and stops at ten issues', () => {
    const good = { id: 'a', memberId: 'm', at: D };
    const activities = Array.from({ length: 1000 }, (_, i) =>
      i === 700 ? { ...good, at: '2024-01-01' } : good,
    );
    expect(unparsedCommunityIssues({ ...EMPTY, activities }).map((x) => x.path)).toEqual([
      'activities[700].at',
    ]);
    const bad = Array.from({ length: 50 }, () => ({ ...good, id: 'valueOf' }));
    expect(unparsedCommunityIssues({ ...EMPTY, activities: bad })).toHaveLength(10);
  });
});

describe('withCheckedCommunity', () => {
  const community = parseCommunity({ name: 'x', members: [{ id: 'm' }] });
  const raw = JSON.parse(JSON.stringify({ ...community, activities: [{ id: 'a', memberId: 'm', at: D }] }));

  it('skips the check for that one community inside run, and only there', () => {
    const tampered = parseCommunity({ name: 'x', members: [{ id: 'm' }] });
    // Made unparsed after parsing: the scope trusts it, outside the scope the check sees it.
    (tampered as { activities: unknown[] }).activities = raw.activities;
    expect(withCheckedCommunity(tampered, () => requireParsedCommunity('f', tampered))).toBeUndefined();
    expect(() => requireParsedCommunity('f', tampered)).toThrow(ValidationError);
    // Another object inside the scope is still checked.
    expect(() => withCheckedCommunity(community, () => requireParsedCommunity('f', raw))).toThrow(
      /activities\[0\]\.at: expected a valid Date/,
    );
  });

  it('ends the trust when run throws, and nests', () => {
    const other = parseCommunity({ name: 'y', members: [] });
    const tampered = parseCommunity({ name: 'x', members: [] });
    (tampered as { activities: unknown[] }).activities = raw.activities;
    expect(() =>
      withCheckedCommunity(tampered, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(() => requireParsedCommunity('f', tampered)).toThrow(ValidationError);
    withCheckedCommunity(tampered, () => {
      withCheckedCommunity(other, () => undefined);
      // Back in the outer scope after the inner one returns.
      expect(() => requireParsedCommunity('f', tampered)).not.toThrow();
    });
  });
});
