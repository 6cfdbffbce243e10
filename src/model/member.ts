import { z } from 'zod';
import { DateInputSchema } from './dateInput.js';
import { IdSchema, LabelSchema, MetadataSchema } from './ids.js';

const timeZoneCache = new Map<string, boolean>();

/**
 * True when `zone` is an IANA time-zone name this runtime knows (`UTC`,
 * `Europe/Berlin`…).
 *
 * @param zone - candidate time-zone name
 * @returns whether `Intl` accepts it
 *
 * @example
 * ```ts
 * isTimeZone('Europe/Berlin'); // → true
 * isTimeZone('Mars/Olympus'); // → false
 * ```
 */
export function isTimeZone(zone: string): boolean {
  let known = timeZoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (timeZoneCache.size < 10_000) timeZoneCache.set(zone, known);
  }
  return known;
}

/**
 * A member of the community: who they are, what they know and care about, and
 * what they are willing and able to do.
 *
 * @example
 * ```ts
 * MemberSchema.parse({ id: 'm-1', name: 'Ada', interests: ['data'], willing: { mentor: true } });
 * ```
 */
export const MemberSchema = z.object({
  /** Unique member id. */
  id: IdSchema,
  /** Display name (reports show the id when it is absent). */
  name: z.string().max(500).optional(),
  /** When they joined the community. */
  joinedAt: DateInputSchema.optional(),
  /** When they left, if they have. Must not be before `joinedAt`. */
  leftAt: DateInputSchema.optional(),
  /** The organisation they belong to (employer, institution). */
  affiliation: LabelSchema.optional(),
  /** Stakeholder groups they belong to (e.g. `researchers`, `maintainers`). */
  groups: z.array(LabelSchema).max(1000).default([]),
  /** Topics they are interested in. */
  interests: z.array(LabelSchema).max(1000).default([]),
  /** Keywords for what they know well. */
  expertise: z.array(LabelSchema).max(1000).default([]),
  /** Free-text biography. */
  bio: z.string().max(100_000).optional(),
  /** IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: z
    .string()
    .max(100)
    .refine(isTimeZone, { message: 'expected an IANA time zone such as "Europe/Berlin" or "UTC"' })
    .optional(),
  /** Languages they can work in (BCP 47 tags or names). */
  languages: z.array(LabelSchema).max(100).default([]),
  /** How available they are at present. */
  availability: z.enum(['available', 'limited', 'unavailable']).optional(),
  /** What they can give: hours per month and the most mentees they will take. */
  capacity: z
    .object({
      hoursPerMonth: z.number().finite().min(0).max(744).optional(),
      maxMentees: z.number().int().min(0).max(1000).optional(),
    })
    .default({}),
  /** What they are willing to do. */
  willing: z
    .object({
      mentor: z.boolean().default(false),
      beMentored: z.boolean().default(false),
      speak: z.boolean().default(false),
      volunteer: z.boolean().default(false),
    })
    .default({ mentor: false, beMentored: false, speak: false, volunteer: false }),
  /** Free metadata (not inspected). */
  metadata: MetadataSchema.optional(),
});

/** A member of the community (parsed: dates are `Date`s, defaults filled in). */
export type Member = z.output<typeof MemberSchema>;
/** A member as accepted on input (dates as strings or epoch ms, optional arrays). */
export type MemberInput = z.input<typeof MemberSchema>;
