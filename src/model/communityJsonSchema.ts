import { z } from 'zod';
import { CommunitySchema } from './community.js';

/**
 * The JSON Schema (draft 2020-12) of the community input format, generated
 * from {@link CommunitySchema} — the same schema `parseCommunity` uses, so the
 * two cannot drift apart. The checks across records (unique ids, references)
 * are described in the schema's description but enforced only by
 * `parseCommunity`.
 *
 * @returns a JSON Schema object
 *
 * @example
 * ```ts
 * communityJsonSchema().$schema; // → 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function communityJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CommunitySchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    // A `Date` object is not JSON: drop the empty branch it leaves in date fields.
    override: (ctx) => {
      const anyOf = ctx.jsonSchema.anyOf;
      if (Array.isArray(anyOf)) ctx.jsonSchema.anyOf = anyOf.filter((s) => Object.keys(s).length > 0);
    },
  });
  return {
    ...schema,
    $id: 'https://community-kit.dev/schema/community.schema.json',
    title: 'community-kit community',
    description:
      'A community: members, activities, gatherings, role assignments, skill assessments and stakeholders. ' +
      'Beyond this schema, parseCommunity checks that ids are unique per collection, that every reference ' +
      '(activity → member, replyTo → activity, gathering → members, assignment → member, assessment → member and ' +
      'assessor, stakeholder contact → member) resolves, that a peer assessment names its assessorId, and that ' +
      'leftAt ≥ joinedAt, end ≥ start and to ≥ from.',
  };
}
