import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { communityJsonSchema } from '../../src/model/communityJsonSchema.js';

const committed = JSON.parse(
  readFileSync(new URL('../../schema/community.schema.json', import.meta.url), 'utf8'),
);
type Json = Record<string, unknown>;
const props = (s: Json): Json => s.properties as Json;
const item = (s: Json, collection: string): Json => (props(s)[collection] as Json).items as Json;

describe('communityJsonSchema', () => {
  const schema = communityJsonSchema();

  it('communityJsonSchema equals schema/community.schema.json (run npm run schema when it differs)', () => {
    expect(schema).toEqual(committed);
  });

  it('communityJsonSchema is a draft 2020-12 schema with an id, a title and the cross-record rules described', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://community-kit.dev/schema/community.schema.json');
    expect(schema.title).toBe('community-kit community');
    expect(schema.description).toContain('ids are unique per collection');
    expect(schema.description).toContain('leftAt ≥ joinedAt');
  });

  it('communityJsonSchema requires only name at the top and lists every collection', () => {
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['name']);
    expect(Object.keys(props(schema))).toEqual([
      'name',
      'description',
      'createdAt',
      'stage',
      'members',
      'activities',
      'gatherings',
      'roleAssignments',
      'skillAssessments',
      'stakeholders',
    ]);
  });

  it('communityJsonSchema describes the input side: defaulted fields are optional, dates are strings or numbers', () => {
    const member = item(schema, 'members');
    expect(member.required).toEqual(['id']);
    const activity = item(schema, 'activities');
    expect(activity.required).toEqual(['id', 'memberId', 'at', 'kind']);
    const at = props(activity).at as Json;
    expect(at.description).toBe(
      'ISO-8601 date or date-time (UTC when no offset is given), or epoch milliseconds',
    );
    expect((at.anyOf as Json[]).map((s) => s.type)).toEqual(['string', 'number']);
    expect((props(activity).kind as Json).enum).toHaveLength(18);
  });

  it('communityJsonSchema bounds allocation to [0, 1] and lets ratings be numbers or words', () => {
    const allocation = props(item(schema, 'roleAssignments')).allocation as Json;
    expect([allocation.minimum, allocation.maximum]).toEqual([0, 1]);
    const power = props(item(schema, 'stakeholders')).power as Json;
    expect(JSON.stringify(power)).toContain('"high"');
  });

  it('communityJsonSchema returns a fresh object on every call', () => {
    const a = communityJsonSchema();
    (a as Json).title = 'changed';
    expect(communityJsonSchema().title).toBe('community-kit community');
  });
});
