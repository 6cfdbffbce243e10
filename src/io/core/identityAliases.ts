import { z } from 'zod';
import { InputFormatError } from '../../model/errors.js';
import { requireObject, requireString } from '../../model/internal/argumentChecks.js';
import { parseWith } from '../../model/validate.js';
import { normaliseEmail } from './emailAddress.js';
import type { SourceIdentity } from './sourceExtract.js';

/**
 * A reference to identities in an alias file: an identity id (`git:ada@x.org`),
 * or a source's e-mail, username or own id. `source` narrows the others to one
 * source; without it they match in every source. E-mails compare normalised
 * (trimmed, lower case), usernames case-insensitively.
 *
 * @example
 * ```ts
 * IdentityRefSchema.parse({ source: 'github', username: 'octocat' });
 * ```
 */
export const IdentityRefSchema = z
  .strictObject({
    /** An identity id exactly as an extract has it. */
    id: z.string().min(1).max(256).optional(),
    /** Only identities of this source. */
    source: z.string().min(1).max(200).optional(),
    /** The e-mail the identity records. */
    email: z.string().min(1).max(500).optional(),
    /** The username or login the identity records. */
    username: z.string().min(1).max(500).optional(),
    /** The source's own id for it. */
    sourceId: z.string().min(1).max(1000).optional(),
  })
  .refine(
    (r) =>
      r.id !== undefined || r.email !== undefined || r.username !== undefined || r.sourceId !== undefined,
    {
      message: 'an identity reference needs id, email, username or sourceId',
    },
  );

/** A reference to identities (see {@link IdentityRefSchema}). */
export type IdentityRef = z.output<typeof IdentityRefSchema>;

/**
 * A JSON alias file: groups of identities that are one person (each group
 * merges, rule `alias`), and pairs that are two people whatever any rule says
 * (`keepApart` wins over every rule, aliases included).
 *
 * @example
 * ```ts
 * IdentityAliasesSchema.parse({
 *   groups: [[{ email: 'ada@old.example' }, { source: 'github', username: 'ada' }]],
 *   keepApart: [[{ email: 'j.smith@uni.example' }, { email: 'john.smith@corp.example' }]],
 * }).groups.length; // → 1
 * ```
 */
export const IdentityAliasesSchema = z.strictObject({
  /** Groups of identities that are one person. */
  groups: z
    .array(z.array(IdentityRefSchema).min(2, 'an alias group needs at least two identities'))
    .default([]),
  /** Pairs of identities that are two people. */
  keepApart: z.array(z.tuple([IdentityRefSchema, IdentityRefSchema])).default([]),
});

/** An alias file (parsed; see {@link IdentityAliasesSchema}). */
export type IdentityAliases = z.output<typeof IdentityAliasesSchema>;
/** An alias file as accepted on input. */
export type IdentityAliasesInput = z.input<typeof IdentityAliasesSchema>;

/**
 * Reads a JSON alias file (see {@link IdentityAliasesSchema}).
 *
 * @param text - the file's contents
 * @param file - its name, for errors
 * @returns the parsed aliases
 * @throws {@link InputFormatError} when it is not JSON; ValidationError when it does not fit the schema
 *
 * @example
 * ```ts
 * parseIdentityAliases('{"groups":[[{"id":"git:a@x.org"},{"id":"github:1"}]]}').groups[0]?.length; // → 2
 * ```
 */
export function parseIdentityAliases(text: string, file = 'aliases.json'): IdentityAliases {
  requireString('parseIdentityAliases', 'text', text);
  requireString('parseIdentityAliases', 'file', file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputFormatError('parseIdentityAliases', { file }, `not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  return parseWith('parseIdentityAliases', IdentityAliasesSchema, raw, file);
}

/**
 * Whether an identity fits a reference (every field the reference gives must match).
 *
 * @param ref - the reference
 * @param identity - an identity from an extract
 * @returns true when it fits
 *
 * @example
 * ```ts
 * identityMatchesRef({ email: 'ADA@x.org' }, { id: 'git:ada@x.org', source: 'git', email: 'ada@x.org' }); // → true
 * ```
 */
export function identityMatchesRef(ref: IdentityRef, identity: SourceIdentity): boolean {
  requireObject('identityMatchesRef', 'ref', ref);
  requireObject('identityMatchesRef', 'identity', identity);
  if (ref.id !== undefined && ref.id !== identity.id) return false;
  if (ref.source !== undefined && ref.source !== identity.source) return false;
  if (ref.sourceId !== undefined && ref.sourceId !== identity.sourceId) return false;
  if (
    ref.email !== undefined &&
    (identity.email === undefined || normaliseEmail(ref.email) !== normaliseEmail(identity.email))
  )
    return false;
  if (
    ref.username !== undefined &&
    (identity.username === undefined || ref.username.toLowerCase() !== identity.username.toLowerCase())
  )
    return false;
  return true;
}

/**
 * A reference written out for the import report (`github username octocat`).
 *
 * @param ref - the reference
 * @returns a short description
 *
 * @example
 * ```ts
 * describeIdentityRef({ source: 'github', username: 'octocat' }); // → 'github username octocat'
 * ```
 */
export function describeIdentityRef(ref: IdentityRef): string {
  requireObject('describeIdentityRef', 'ref', ref);
  const parts: string[] = [];
  if (ref.id !== undefined) parts.push(`id ${ref.id}`);
  if (ref.source !== undefined && ref.id === undefined) parts.push(ref.source);
  if (ref.email !== undefined) parts.push(`e-mail ${ref.email}`);
  if (ref.username !== undefined) parts.push(`username ${ref.username}`);
  if (ref.sourceId !== undefined) parts.push(`source id ${ref.sourceId}`);
  return parts.join(' ');
}
