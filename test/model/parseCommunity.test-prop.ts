import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { GatheringKindSchema } from '../../src/model/gathering.js';
import { parseCommunity, safeParseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import { deepFreeze } from './helpers.js';

const RUNS = { numRuns: 60 };

const instant = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2040-12-31T23:59:59Z'),
  noInvalidDate: true,
});
/** The same instant written in each accepted input form. */
const dateInput = (d: Date): fc.Arbitrary<string | number | Date> =>
  fc.constantFrom(
    d.toISOString(),
    d.getTime(),
    new Date(d.getTime()),
    `${d.toISOString().slice(0, 23)}+00:00`,
  );
const anyDate = instant.chain(dateInput);
/** Two inputs for instants a ≤ b. */
const orderedDates = fc
  .tuple(instant, instant)
  .chain(([x, y]) => (x <= y ? fc.tuple(dateInput(x), dateInput(y)) : fc.tuple(dateInput(y), dateInput(x))));
const label = fc.oneof(
  fc.constantFrom('data', ' python ', 'open science', 'R'),
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0),
);
const labels = fc.array(label, { maxLength: 3 });
/** JSON values as they come out of JSON text (no -0, which JSON cannot represent). */
const jsonValue = (maxDepth: number) =>
  fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const rating = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('low', 'medium', 'high'));

const community = fc.integer({ min: 1, max: 8 }).chain((memberCount) => {
  const memberIds = Array.from({ length: memberCount }, (_, i) => `m-${i}`);
  const memberId = fc.constantFrom(...memberIds);
  const someMembers = fc.uniqueArray(memberId, { maxLength: memberCount });
  const member = (id: string) =>
    fc
      .record(
        {
          id: fc.constant(id),
          name: fc.string({ maxLength: 10 }),
          dates: orderedDates,
          affiliation: label,
          groups: labels,
          interests: labels,
          expertise: labels,
          bio: fc.string({ maxLength: 20 }),
          timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Sao_Paulo'),
          languages: labels,
          availability: fc.constantFrom('available', 'limited', 'unavailable'),
          capacity: fc.record(
            { hoursPerMonth: fc.double({ min: 0, max: 744, noNaN: true }), maxMentees: fc.nat(10) },
            { requiredKeys: [] },
          ),
          willing: fc.record(
            { mentor: fc.boolean(), beMentored: fc.boolean(), speak: fc.boolean(), volunteer: fc.boolean() },
            { requiredKeys: [] },
          ),
          metadata: fc.dictionary(fc.constantFrom('github', 'orcid', 'note'), jsonValue(2)),
        },
        { requiredKeys: ['id'] },
      )
      .map(({ dates, ...m }) => {
        const out: Record<string, unknown> = { ...m };
        if (dates !== undefined) {
          out.joinedAt = dates[0];
          if (m.name !== undefined) out.leftAt = dates[1];
        }
        return out;
      });
  const activities = fc.integer({ min: 0, max: 12 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.record(
          {
            id: fc.constant(`a-${i}`),
            memberId,
            at: anyDate,
            kind: fc.constantFrom(...ACTIVITY_KINDS),
            channel: label,
            thread: fc.constantFrom('t-1', 't-2'),
            replyTo:
              i === 0 ? fc.constant(undefined) : fc.integer({ min: 0, max: i - 1 }).map((k) => `a-${k}`),
            weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
            topics: labels,
            text: fc.string({ maxLength: 20 }),
          },
          { requiredKeys: ['id', 'memberId', 'at', 'kind'] },
        ),
      ),
    ),
  );
  const gathering = (i: number) =>
    fc
      .record(
        {
          id: fc.constant(`g-${i}`),
          title: fc.string({ maxLength: 10 }),
          kind: fc.constantFrom(...GatheringKindSchema.options),
          dates: orderedDates,
          hosts: someMembers,
          speakers: someMembers,
          registered: someMembers,
          attended: someMembers,
          topics: labels,
          format: fc.constantFrom('online', 'in-person', 'hybrid'),
          ended: fc.boolean(),
        },
        { requiredKeys: ['id', 'title', 'kind', 'dates', 'ended'] },
      )
      .map(({ dates, ended, ...g }) => ({ ...g, start: dates[0], ...(ended ? { end: dates[1] } : {}) }));
  const assignment = fc
    .record({
      memberId,
      roleId: fc.constantFrom('community-manager', 'community-leader'),
      allocation: fc.double({ min: 0, max: 1, noNaN: true }),
      dates: orderedDates,
      open: fc.constantFrom('to', 'null', 'absent'),
      intermittent: fc.boolean(),
    })
    .map(({ dates, open, ...r }) => ({
      ...r,
      from: dates[0],
      ...(open === 'to' ? { to: dates[1] } : open === 'null' ? { to: null } : {}),
    }));
  const assessment = fc.record(
    {
      memberId,
      frameworkId: fc.constantFrom('cscce-skills-wheel', 'roundtable-skills-framework'),
      skillId: fc.constantFrom(
        'cscce/interpersonal/mentoring',
        'roundtable/engagement/listening-and-analyzing',
      ),
      level: fc.oneof(fc.nat(4), fc.constantFrom('none', 'aware', 'working', 'proficient', 'expert')),
      assessedAt: anyDate,
      source: fc.constantFrom('self', 'peer', 'manager', 'derived'),
      assessorId: memberId,
      evidence: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: ['memberId', 'frameworkId', 'skillId', 'level', 'assessedAt', 'source', 'assessorId'] },
  );
  const stakeholder = (i: number) =>
    fc.record(
      {
        id: fc.constant(`s-${i}`),
        name: fc.string({ maxLength: 10 }),
        type: fc.constantFrom('organisation', 'funder', 'partner', 'group', 'other'),
        power: rating,
        interest: rating,
        legitimacy: rating,
        urgency: rating,
        contactMemberId: memberId,
        groups: labels,
        metadata: fc.dictionary(fc.constantFrom('url', 'note'), jsonValue(1)),
      },
      { requiredKeys: ['id', 'name'] },
    );
  const indices = (max: number) =>
    fc.integer({ min: 0, max }).map((n) => Array.from({ length: n }, (_, i) => i));
  return fc.record(
    {
      name: fc.string({ minLength: 1, maxLength: 20 }),
      description: fc.string({ maxLength: 30 }),
      createdAt: anyDate,
      stage: fc.constantFrom('forming', 'growing', 'mature', 'transforming'),
      members: fc.tuple(...memberIds.map(member)),
      activities,
      gatherings: indices(3).chain((is) => fc.tuple(...is.map(gathering))),
      roleAssignments: fc.array(assignment, { maxLength: 3 }),
      skillAssessments: fc.array(assessment, { maxLength: 4 }),
      stakeholders: indices(2).chain((is) => fc.tuple(...is.map(stakeholder))),
    },
    { requiredKeys: ['name', 'members'] },
  );
});

describe('parseCommunity (property)', () => {
  it('parseCommunity accepts every generated valid community', () => {
    fc.assert(
      fc.property(community, (input) => {
        const result = safeParseCommunity(input);
        if (!result.success) throw new Error(result.error.message);
      }),
      RUNS,
    );
  });

  it('parse → serialise → parse gives back an equal community, and serialising again gives the same JSON', () => {
    fc.assert(
      fc.property(community, (input) => {
        const first = parseCommunity(input);
        const json = serializeCommunity(first);
        const second = parseCommunity(json);
        expect(second).toEqual(first);
        expect(JSON.stringify(serializeCommunity(second))).toBe(JSON.stringify(json));
      }),
      RUNS,
    );
  });

  it('parseCommunity survives a JSON text round trip of its serialisation', () => {
    fc.assert(
      fc.property(community, (input) => {
        const first = parseCommunity(input);
        expect(parseCommunity(JSON.parse(JSON.stringify(serializeCommunity(first))))).toEqual(first);
      }),
      RUNS,
    );
  });

  it('parseCommunity never mutates its input and gives the same result twice', () => {
    fc.assert(
      fc.property(community, (input) => {
        const before = JSON.stringify(input);
        const first = parseCommunity(deepFreeze(input));
        expect(JSON.stringify(input)).toBe(before);
        expect(parseCommunity(input)).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('safeParseCommunity never throws on arbitrary input, and every issue has a path string and a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ name: fc.anything(), members: fc.anything() })),
        (input) => {
          const result = safeParseCommunity(input);
          if (!result.success) {
            expect(result.error.issues.length).toBeGreaterThan(0);
            for (const issue of result.error.issues) {
              expect(typeof issue.path).toBe('string');
              expect(issue.message.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
