import { z } from 'zod';

/** Keys that could reach an object's prototype if used as property names. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An identifier: a non-empty string of at most 256 characters, not one of the
 * reserved names `__proto__`, `constructor` or `prototype` (ids become object
 * keys in results, so those are refused rather than risk prototype pollution).
 *
 * @example
 * ```ts
 * IdSchema.parse('m-1'); // → 'm-1'
 * IdSchema.safeParse('__proto__').success; // → false
 * ```
 */
export const IdSchema = z
  .string()
  .min(1, 'expected a non-empty id')
  .max(256, 'expected an id of at most 256 characters')
  .refine((id) => !RESERVED.has(id), {
    message: 'reserved name: ids may not be __proto__, constructor or prototype',
  })
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

/**
 * Free metadata: a record of JSON values, keyed by strings other than the
 * reserved names (`__proto__`, `constructor`, `prototype`), nested at most
 * {@link MAX_METADATA_DEPTH} levels. Values are otherwise not inspected.
 *
 * @example
 * ```ts
 * MetadataSchema.parse({ github: 'octocat' }); // → { github: 'octocat' }
 * ```
 */
export const MetadataSchema = z
  .record(
    z.string().refine((k) => !RESERVED.has(k), { message: 'reserved key' }),
    z.unknown(),
  )
  .superRefine((record, ctx) => {
    // Walk iteratively: a recursive walk would overflow on the very input it guards against.
    const stack: [unknown, number][] = Object.values(record).map((v) => [v, 1]);
    while (stack.length > 0) {
      const [value, depth] = stack.pop() as [unknown, number];
      if (typeof value !== 'object' || value === null) continue;
      if (depth > MAX_METADATA_DEPTH) {
        ctx.addIssue({ code: 'custom', message: `metadata nested deeper than ${MAX_METADATA_DEPTH} levels` });
        return;
      }
      for (const v of Object.values(value)) stack.push([v, depth + 1]);
    }
  })
  .transform((record) => Object.assign(Object.create(null) as Record<string, unknown>, record));

/** Free metadata attached to a record. */
export type Metadata = z.output<typeof MetadataSchema>;

/**
 * True when `key` is safe to use as a plain-object property name.
 *
 * @param key - a candidate key
 * @returns false for `__proto__`, `constructor` and `prototype`
 *
 * @example
 * ```ts
 * isSafeKey('m-1'); // → true
 * isSafeKey('__proto__'); // → false
 * ```
 */
export function isSafeKey(key: string): boolean {
  return !RESERVED.has(key);
}
