import { z } from 'zod';

/**
 * Names an id may not take: every property name of `Object.prototype` (in
 * every runtime community-kit supports) and `prototype`. Ids become keys of
 * objects in results and inside graphology (whose adjacency lists are plain
 * objects), where `valueOf` or `hasOwnProperty` would find an inherited
 * property instead of nothing; refusing them at the boundary is what lets
 * every function behind it use ids as keys. Fixed here rather than read from
 * the runtime, so validation is the same everywhere.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** The message for a reserved id, the same wherever ids are checked. */
export const RESERVED_ID_MESSAGE =
  'reserved name: ids may not be __proto__, constructor, prototype or another Object.prototype property (valueOf, toString, hasOwnProperty…)';

/** Keys refused in metadata (a prototype-free object, so only these could pollute a later merge). */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An identifier: a non-empty string of at most 256 characters, not one of the
 * {@link RESERVED_IDS} (`__proto__`, `constructor`, `prototype`, `valueOf`,
 * `toString`, `hasOwnProperty`…: ids become object keys in results and
 * graphs, so those are refused rather than risk prototype pollution or an
 * inherited property read as a member).
 *
 * @example
 * ```ts
 * IdSchema.parse('m-1'); // → 'm-1'
 * IdSchema.safeParse('__proto__').success; // → false
 * IdSchema.safeParse('valueOf').success; // → false
 * ```
 */
export const IdSchema = z
  .string()
  .min(1, 'expected a non-empty id')
  .max(256, 'expected an id of at most 256 characters')
  .refine((id) => !RESERVED_IDS.has(id), { message: RESERVED_ID_MESSAGE })
  .meta({ description: 'Identifier, unique within its collection (1–256 characters)' });

/** An identifier (see {@link IdSchema}). */
export type Id = z.output<typeof IdSchema>;

/**
 * A short label (topic, group, channel, language…): a non-empty trimmed string
 * of at most 200 characters.
 *
 * @example
 * ```ts
 * LabelSchema.parse(' data '); // → 'data'
 * ```
 */
export const LabelSchema = z.string().trim().min(1, 'expected a non-empty label').max(200);

/** How deeply metadata values may nest (so they can always be serialised). */
export const MAX_METADATA_DEPTH = 64;

/** What is wrong with `value` as a JSON value, or undefined when it is one (its members are checked by the caller). */
function notJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${value} is not a JSON number`;
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        return `a ${proto?.constructor?.name ?? 'class'} instance is not a JSON value (use plain objects, arrays, strings, finite numbers, booleans and null)`;
      return typeof (value as { toJSON?: unknown }).toJSON === 'function'
        ? 'an object with a toJSON method is not a JSON value'
        : undefined;
    }
    default:
      return `a ${typeof value} is not a JSON value`;
  }
}

/**
 * Checks metadata values in one pass over every value, each object visited at
 * most once: JSON values only, at most {@link MAX_METADATA_DEPTH} levels, no
 * object reached twice (a shared reference or a cycle, which JSON cannot
 * write and which would make a naive walk exponential). Iterative, so hostile depth cannot overflow the stack.
 */
function metadataIssue(
  record: Record<string, unknown>,
): { path: (string | number)[]; message: string; tooLarge?: true } | undefined {
  const seen = new Set<object>();
  const stack: [unknown, (string | number)[]][] = Object.keys(record).map((k) => [record[k], [k]]);
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    const problem = notJson(value);
    if (problem !== undefined) return { path, message: problem };
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value))
      return {
        path,
        message:
          'the same object is reached twice (a shared reference or a cycle); metadata must be a tree of JSON values',
      };
    seen.add(value);
    if (path.length > MAX_METADATA_DEPTH)
      return {
        path: [],
        message: `metadata nested deeper than ${MAX_METADATA_DEPTH} levels`,
        tooLarge: true,
      };
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return { path: [...path, i], message: 'a hole in an array is not a JSON value' };
        stack.push([value[i], [...path, i]]);
      }
    } else
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        // An undefined property is dropped by JSON, as by serializeCommunity: harmless.
        if (v !== undefined) stack.push([v, [...path, k]]);
      }
  }
  return undefined;
}

/**
 * Free metadata: a record of JSON values (strings, finite numbers, booleans,
 * null, arrays and plain objects — no BigInt, NaN, functions, class
 * instances or `toJSON` objects), keyed by strings other than the reserved
 * names (`__proto__`, `constructor`, `prototype`), nested at most
 * {@link MAX_METADATA_DEPTH} levels, with no object reached twice (shared
 * references and cycles are refused, in time linear in the size of the
 * metadata). The top-level record is copied into an object without a
 * prototype.
 *
 * @example
 * ```ts
 * MetadataSchema.parse({ github: 'octocat' }); // → { github: 'octocat' }
 * MetadataSchema.safeParse({ n: Number.NaN }).success; // → false
 * ```
 */
export const MetadataSchema = z
  .record(
    z.string().refine((k) => !RESERVED_KEYS.has(k), { message: 'reserved key' }),
    z.unknown(),
  )
  .superRefine((record, ctx) => {
    const issue = metadataIssue(record);
    if (issue !== undefined)
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: issue.path,
        ...(issue.tooLarge ? { params: { code: 'too-large' } } : {}),
      });
  })
  .transform((record) => Object.assign(Object.create(null) as Record<string, unknown>, record));

/** Free metadata attached to a record. */
export type Metadata = z.output<typeof MetadataSchema>;

/**
 * True when `key` is safe to use as a plain-object property name: not one of
 * the {@link RESERVED_IDS} (`__proto__`, `constructor`, `prototype`,
 * `valueOf`, `toString`…).
 *
 * @param key - a candidate key
 * @returns false for the reserved names
 *
 * @example
 * ```ts
 * isSafeKey('m-1'); // → true
 * isSafeKey('__proto__'); // → false
 * isSafeKey('valueOf'); // → false
 * ```
 */
export function isSafeKey(key: string): boolean {
  // Checked on every id of millions of records: most keys differ from every
  // reserved name in length or first character, which costs no hashing.
  if (typeof key !== 'string') return true; // (a non-string is none of the names, as before)
  const n = key.length;
  if (n >= RESERVED_LENGTHS.length || !RESERVED_LENGTHS[n] || !RESERVED_FIRST[key.charCodeAt(0) & 127])
    return true;
  return !RESERVED_IDS.has(key);
}

/** Flags by length (every reserved id is shorter than 128): 1 where some reserved id has that length. */
const RESERVED_LENGTHS = flagsOf([...RESERVED_IDS].map((id) => id.length));

/** Flags by first character (its code modulo 128): 1 where some reserved id starts with it. */
const RESERVED_FIRST = flagsOf([...RESERVED_IDS].map((id) => id.charCodeAt(0) & 127));

/** 128 flags with a 1 at each of `indices` (each below 128). */
function flagsOf(indices: readonly number[]): Uint8Array {
  const flags = new Uint8Array(128);
  for (const i of indices) flags[i] = 1;
  return flags;
}
