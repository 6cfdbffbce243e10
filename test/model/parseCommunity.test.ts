import { describe, expect, it } from 'vitest';
import {
  CommunityKitError,
  isCommunityKitError,
  MAX_LISTED_ISSUES,
  ValidationError,
} from '../../src/model/errors.js';
import { parseCommunity, safeParseCommunity } from '../../src/model/parseCommunity.js';
import { base, communityIssues, communityProblems, deepFreeze } from './helpers.js';

const act = (id: string, memberId: string, extra: Record<string, unknown> = {}) => ({
  id,
  memberId,
  at: '2024-03-01T10:00:00Z',
  kind: 'post',
  ...extra,
});
const gathering = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'Call',
  kind: 'community-call',
  start: '2024-03-05T15:00:00Z',
  ...extra,
});
const assessment = (extra: Record<string, unknown> = {}) => ({
  memberId: 'm-1',
  frameworkId: 'cscce-skills-wheel',
  skillId: 'cscce/interpersonal/mentoring',
  level: 'working',
  assessedAt: '2024-05-01',
  source: 'self',
  ...extra,
});

describe('parseCommunity: valid input', () => {
  it('parseCommunity returns dates as Dates and fills defaults', () => {
    const c = parseCommunity(
      base({
        createdAt: 0,
        activities: [act('a-1', 'm-1'), act('a-2', 'm-2', { kind: 'reply', replyTo: 'a-1' })],
        gatherings: [gathering('g-1', { hosts: ['m-1'], attended: ['m-1', 'm-2'] })],
        roleAssignments: [
          { memberId: 'm-1', roleId: 'community-manager', allocation: 1, from: '2024-01-01' },
        ],
        skillAssessments: [assessment({ source: 'peer', assessorId: 'm-2' })],
        stakeholders: [{ id: 's-1', name: 'Funder', contactMemberId: 'm-1' }],
      }),
    );
    expect(c.createdAt).toEqual(new Date(0));
    expect(c.stage).toBe('growing');
    expect(c.activities[1]?.at).toEqual(new Date('2024-03-01T10:00:00Z'));
    expect(c.activities.map((a) => a.replyTo)).toEqual([undefined, 'a-1']);
    expect(c.gatherings[0]?.attended).toEqual(['m-1', 'm-2']);
    expect(c.roleAssignments[0]?.intermittent).toBe(false);
    expect(c.stakeholders[0]?.power).toBe(0.5);
  });

  it('parseCommunity accepts an empty community and leaves no collection undefined', () => {
    const c = parseCommunity({ name: 'x' });
    expect([
      c.members,
      c.activities,
      c.gatherings,
      c.roleAssignments,
      c.skillAssessments,
      c.stakeholders,
    ]).toEqual([[], [], [], [], [], []]);
  });

  it('parseCommunity accepts leftAt equal to joinedAt, end equal to start and to equal to from', () => {
    const c = parseCommunity(
      base({
        members: [{ id: 'm-1', joinedAt: '2024-01-01', leftAt: '2024-01-01T00:00:00Z' }],
        gatherings: [gathering('g-1', { end: '2024-03-05T16:00:00+01:00' })],
        roleAssignments: [
          { memberId: 'm-1', roleId: 'r', allocation: 0, from: '2024-01-01', to: 1_704_067_200_000 },
        ],
      }),
    );
    expect(c.members[0]?.leftAt?.getTime()).toBe(c.members[0]?.joinedAt?.getTime());
    expect(c.gatherings[0]?.end?.getTime()).toBe(c.gatherings[0]?.start.getTime());
    expect(c.roleAssignments[0]?.to?.getTime()).toBe(c.roleAssignments[0]?.from.getTime());
  });

  it('parseCommunity allows the same id in different collections and several assessments of one skill', () => {
    const c = parseCommunity(
      base({
        members: [{ id: 'x' }],
        activities: [act('x', 'x')],
        gatherings: [gathering('x')],
        stakeholders: [{ id: 'x', name: 'X' }],
        skillAssessments: [assessment({ memberId: 'x' }), assessment({ memberId: 'x', level: 3 })],
      }),
    );
    expect(c.skillAssessments).toHaveLength(2);
  });

  it('parseCommunity does not mutate its input (deeply frozen) and returns new objects', () => {
    const input = deepFreeze(
      base({
        members: [{ id: 'm-1', metadata: { a: 1 }, interests: [' data '] }],
        activities: [act('a-1', 'm-1', { topics: [' t '] })],
        gatherings: [gathering('g-1', { attended: ['m-1'] })],
        stakeholders: [{ id: 's', name: 'S', power: 'high' }],
      }),
    );
    const before = JSON.stringify(input);
    const c = parseCommunity(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(c.members[0]).not.toBe((input.members as unknown[])[0]);
    expect(c.members[0]?.interests).toEqual(['data']);
  });
});

describe('parseCommunity: ids are unique per collection', () => {
  it('safeParseCommunity reports a duplicate id even when the first record failed its own schema', () => {
    expect(
      communityProblems({ name: 'x', members: [{ id: 'a', joinedAt: 'not a date' }, { id: 'a' }] }).map(
        ([p]) => p,
      ),
    ).toEqual(['members[0].joinedAt', 'members[1].id']);
  });

  it('safeParseCommunity does not call a reference unknown when it names a record that failed its own schema', () => {
    expect(
      communityProblems({
        name: 'x',
        members: [{ id: 'a', joinedAt: 'not a date' }],
        activities: [{ id: 'x', memberId: 'a', at: 0, kind: 'post' }],
      }).map(([p]) => p),
    ).toEqual(['members[0].joinedAt']);
  });

  it.each([
    ['members', [{ id: 'm-1' }, { id: 'm-2' }, { id: 'm-1' }], 'members[2].id'],
    ['activities', [act('a', 'm-1'), act('a', 'm-2')], 'activities[1].id'],
    ['gatherings', [gathering('g'), gathering('g')], 'gatherings[1].id'],
    [
      'stakeholders',
      [
        { id: 's', name: 'A' },
        { id: 's', name: 'B' },
      ],
      'stakeholders[1].id',
    ],
  ])(
    'safeParseCommunity reports a duplicate id in %s at the second occurrence',
    (collection, items, path) => {
      const dup = (items as Array<{ id: string }>)[0]?.id;
      const issues = communityIssues(base({ [collection]: items }));
      expect(issues).toEqual([{ path, message: `duplicate id "${dup}"`, code: 'duplicate-id' }]);
    },
  );

  it('safeParseCommunity reports each further duplicate, keeping the index in the input', () => {
    expect(
      communityProblems({ name: 'x', members: [{ id: 'a' }, { id: '' }, { id: 'a' }, { id: 'a' }] }),
    ).toEqual([
      ['members[1].id', 'expected a non-empty id'],
      ['members[2].id', 'duplicate id "a"'],
      ['members[3].id', 'duplicate id "a"'],
    ]);
  });
});

describe('parseCommunity: references resolve', () => {
  it('safeParseCommunity reports an activity by an unknown member', () => {
    expect(communityIssues(base({ activities: [act('a-1', 'm-1'), act('a-2', 'm-99')] }))).toEqual([
      { path: 'activities[1].memberId', message: 'no member "m-99"', code: 'unknown-reference' },
    ]);
  });

  it('safeParseCommunity reports a replyTo to an unknown activity', () => {
    expect(communityIssues(base({ activities: [act('a-1', 'm-1', { replyTo: 'a-0' })] }))).toEqual([
      { path: 'activities[0].replyTo', message: 'no activity "a-0"', code: 'unknown-reference' },
    ]);
  });

  it('safeParseCommunity reports an activity replying to itself', () => {
    expect(communityIssues(base({ activities: [act('a-1', 'm-1', { replyTo: 'a-1' })] }))).toEqual([
      { path: 'activities[0].replyTo', message: 'an activity cannot reply to itself', code: 'invalid-input' },
    ]);
  });

  it('safeParseCommunity accepts a reply to a later activity (order is not required)', () => {
    const c = parseCommunity(
      base({ activities: [act('a-2', 'm-2', { replyTo: 'a-1' }), act('a-1', 'm-1')] }),
    );
    expect(c.activities[0]?.replyTo).toBe('a-1');
  });

  it('safeParseCommunity reports unknown hosts, speakers, registered and attended members by index', () => {
    const g = gathering('g-1', {
      hosts: ['m-1', 'h-x'],
      speakers: ['s-x'],
      registered: ['m-2', 'r-x'],
      attended: ['a-x', 'm-1'],
    });
    expect(communityIssues(base({ gatherings: [gathering('g-0'), g] }))).toEqual([
      { path: 'gatherings[1].hosts[1]', message: 'no member "h-x"', code: 'unknown-reference' },
      { path: 'gatherings[1].speakers[0]', message: 'no member "s-x"', code: 'unknown-reference' },
      { path: 'gatherings[1].registered[1]', message: 'no member "r-x"', code: 'unknown-reference' },
      { path: 'gatherings[1].attended[0]', message: 'no member "a-x"', code: 'unknown-reference' },
    ]);
  });

  it('safeParseCommunity reports a role assignment of an unknown member', () => {
    expect(
      communityProblems(
        base({ roleAssignments: [{ memberId: 'm-9', roleId: 'r', allocation: 0.2, from: 0 }] }),
      ),
    ).toEqual([['roleAssignments[0].memberId', 'no member "m-9"']]);
  });

  it('safeParseCommunity reports an assessment of an unknown member and by an unknown assessor', () => {
    expect(
      communityProblems(
        base({
          skillAssessments: [
            assessment({ memberId: 'm-9' }),
            assessment({ source: 'peer', assessorId: 'm-8' }),
            assessment({ source: 'manager', assessorId: 'm-2' }),
          ],
        }),
      ),
    ).toEqual([
      ['skillAssessments[0].memberId', 'no member "m-9"'],
      ['skillAssessments[1].assessorId', 'no member "m-8"'],
    ]);
  });

  it('safeParseCommunity reports a peer assessment without assessorId', () => {
    expect(communityProblems(base({ skillAssessments: [assessment({ source: 'peer' })] }))).toEqual([
      ['skillAssessments[0].assessorId', 'a peer assessment needs assessorId'],
    ]);
  });

  it('safeParseCommunity reports a stakeholder whose contact is not a member', () => {
    expect(
      communityIssues(base({ stakeholders: [{ id: 's-1', name: 'S', contactMemberId: 'm-7' }] })),
    ).toEqual([
      { path: 'stakeholders[0].contactMemberId', message: 'no member "m-7"', code: 'unknown-reference' },
    ]);
  });
});

describe('parseCommunity: dates in order and allocations in range', () => {
  it('safeParseCommunity reports leftAt before joinedAt', () => {
    expect(
      communityIssues({
        name: 'x',
        members: [{ id: 'm-1', joinedAt: '2024-02-01', leftAt: '2024-01-31T23:59:59Z' }],
      }),
    ).toEqual([{ path: 'members[0].leftAt', message: 'leftAt is before joinedAt', code: 'invalid-input' }]);
  });

  it('safeParseCommunity reports a gathering ending before it starts', () => {
    expect(
      communityProblems(base({ gatherings: [gathering('g-1', { end: '2024-03-05T14:59:00Z' })] })),
    ).toEqual([['gatherings[0].end', 'end is before start']]);
  });

  it('safeParseCommunity reports a role assignment whose to is before its from', () => {
    expect(
      communityProblems(
        base({
          roleAssignments: [
            { memberId: 'm-1', roleId: 'r', allocation: 0.5, from: '2024-06-01', to: '2024-05-31' },
          ],
        }),
      ),
    ).toEqual([['roleAssignments[0].to', 'to is before from']]);
  });

  it.each([-0.5, 1.0001, 100])(
    'safeParseCommunity reports the allocation %d outside [0, 1]',
    (allocation) => {
      expect(
        communityProblems(
          base({ roleAssignments: [{ memberId: 'm-1', roleId: 'r', allocation, from: '2024-01-01' }] }),
        ),
      ).toEqual([['roleAssignments[0].allocation', 'expected an allocation between 0 and 1']]);
    },
  );
});

describe('parseCommunity: errors', () => {
  it('safeParseCommunity lists every problem in every collection, not only the first', () => {
    expect(
      communityProblems({
        name: '',
        members: [{ id: 'm-1' }, { id: 'm-1' }],
        activities: [act('a-1', 'm-2'), { ...act('a-2', 'm-1'), at: 'never' }],
        gatherings: [gathering('g', { attended: ['m-3'] })],
      }).map((p) => p[0]),
    ).toEqual([
      'name',
      'activities[1].at',
      'members[1].id',
      'activities[0].memberId',
      'gatherings[0].attended[0]',
    ]);
  });

  it('parseCommunity throws a ValidationError naming the function, with code and path of the first problem', () => {
    let caught: unknown;
    try {
      parseCommunity(base({ activities: [act('a-1', 'm-99')] }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(caught).toBeInstanceOf(CommunityKitError);
    expect(caught).toBeInstanceOf(Error);
    expect(isCommunityKitError(caught)).toBe(true);
    expect(isCommunityKitError(caught, 'unknown-reference')).toBe(true);
    expect(isCommunityKitError(caught, 'invalid-input')).toBe(false);
    const error = caught as ValidationError;
    expect(error.name).toBe('ValidationError');
    expect(error.code).toBe('unknown-reference');
    expect(error.path).toBe('activities[0].memberId');
    expect(error.more).toBe(0);
    expect(error.message).toBe(
      'parseCommunity: 1 problem in the input:\n  - activities[0].memberId: no member "m-99"',
    );
  });

  it('safeParseCommunity never throws and returns the same error parseCommunity throws', () => {
    const input = base({ members: [{ id: 'm-1' }, { id: 'm-1' }] });
    const result = safeParseCommunity(input);
    expect(result.success).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.error?.code).toBe('duplicate-id');
    expect(() => parseCommunity(input)).toThrow(result.error?.message as string);
  });

  it('safeParseCommunity caps the list at 100 issues and counts the rest in more', () => {
    const activities = Array.from({ length: 150 }, (_, i) => act(`a-${i}`, `ghost-${i}`));
    const result = safeParseCommunity(base({ activities }));
    expect(result.success).toBe(false);
    const error = result.error as ValidationError;
    expect(MAX_LISTED_ISSUES).toBe(100);
    expect(error.issues).toHaveLength(100);
    expect(error.more).toBe(50);
    expect(error.issues[99]?.path).toBe('activities[99].memberId');
    expect(error.message.startsWith('parseCommunity: 150 problems in the input:\n')).toBe(true);
    expect(error.message.endsWith('\n  … and 50 more problems')).toBe(true);
  });

  it('safeParseCommunity lists exactly 100 issues with more = 0, and says "1 more problem" at 101', () => {
    const ghosts = (n: number) => Array.from({ length: n }, (_, i) => act(`a-${i}`, `ghost-${i}`));
    const at100 = safeParseCommunity(base({ activities: ghosts(100) })).error as ValidationError;
    expect([at100.issues.length, at100.more]).toEqual([100, 0]);
    const at101 = safeParseCommunity(base({ activities: ghosts(101) })).error as ValidationError;
    expect([at101.issues.length, at101.more]).toEqual([100, 1]);
    expect(at101.message.endsWith('\n  … and 1 more problem')).toBe(true);
  });

  it('safeParseCommunity names the root for a non-object input', () => {
    for (const [input, got] of [
      [null, 'null'],
      [[], 'an array'],
      ['{"name":"x"}', 'string'],
      [42, 'number'],
      [undefined, 'undefined'],
      [true, 'boolean'],
    ] as const) {
      const error = safeParseCommunity(input).error as ValidationError;
      expect(error.issues).toEqual([
        { path: '', message: `expected a community object, got ${got}`, code: 'invalid-input' },
      ]);
      expect(error.message).toBe(
        `parseCommunity: 1 problem in the input:\n  - (root): expected a community object, got ${got}`,
      );
    }
  });

  it('safeParseCommunity reports a collection that is not an array, and arrays where records are expected', () => {
    expect(
      communityProblems({
        name: 'x',
        members: { 'm-1': {} },
        activities: null,
        gatherings: [[1, 2]],
        stakeholders: 's',
      }),
    ).toEqual([
      ['members', 'expected an array, got object'],
      ['activities', 'expected an array, got null'],
      ['gatherings[0]', 'Invalid input: expected object, received array'],
      ['stakeholders', 'expected an array, got string'],
    ]);
  });
});
