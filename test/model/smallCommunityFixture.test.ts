import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_KIND_MEANINGS, ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const fixture = JSON.parse(read('../fixtures/small-community.json'));
const doc = read('../../docs/data-format.md');

describe('test/fixtures/small-community.json', () => {
  const c = parseCommunity(fixture);

  it('parseCommunity accepts the small example community with every collection filled', () => {
    expect(c.name).toBe('Open Soil Data Network');
    expect([
      c.members.length,
      c.activities.length,
      c.gatherings.length,
      c.roleAssignments.length,
      c.skillAssessments.length,
      c.stakeholders.length,
    ]).toEqual([4, 8, 2, 3, 3, 2]);
  });

  it('parseCommunity reads each date form of the example as the documented instant', () => {
    expect(c.createdAt?.toISOString()).toBe('2023-09-01T00:00:00.000Z');
    expect(c.members[1]?.joinedAt?.toISOString()).toBe('2023-10-15T07:30:00.000Z');
    expect(c.members[2]?.joinedAt?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(c.gatherings[1]?.start.toISOString()).toBe('2024-05-14T07:00:00.000Z');
  });

  it('parseCommunity fills the documented defaults in the example', () => {
    expect(c.members[3]?.willing).toEqual({
      mentor: false,
      beMentored: false,
      speak: false,
      volunteer: false,
    });
    expect(c.members[3]?.interests).toEqual([]);
    expect(c.activities[5]?.topics).toEqual([]);
    expect(c.roleAssignments[0]?.intermittent).toBe(false);
    expect(c.stakeholders[1]?.legitimacy).toBe(0.5);
    expect(c.stakeholders[0]?.power).toBeCloseTo(5 / 6, 12);
  });

  it('the example survives parse → serialise → parse', () => {
    expect(parseCommunity(serializeCommunity(c))).toEqual(c);
  });
});

describe('docs/data-format.md', () => {
  it('docs/data-format.md shows the same complete example as test/fixtures/small-community.json', () => {
    const start = doc.indexOf('## A complete example');
    expect(start).toBeGreaterThan(0);
    const block = /```json\n([\s\S]*?)\n```/.exec(doc.slice(start));
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(fixture);
  });

  it('docs/data-format.md lists every activity kind with its meaning', () => {
    const quote = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const kind of ACTIVITY_KINDS) {
      const row = new RegExp(`\\| \`${quote(kind)}\` +\\| ${quote(ACTIVITY_KIND_MEANINGS[kind])} +\\|`);
      expect(doc).toMatch(row);
    }
  });
});
