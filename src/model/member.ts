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
 * One identity a member is known by in one source: the name, e-mail and
 * username that source records, and its own id for them. Importers fill
 * `identities` with every identity they merged into the member, so a merge can
 * always be checked against the data.
 *
 * @example
 * ```ts
 * MemberIdentitySchema.parse({ source: 'git', name: 'Ada Lovelace', email: 'ada@example.org' });
 * ```
 */
export const MemberIdentitySchema = z.object({
  /** The source that knows this identity (`git`, `github`, `slack`…). */
  source: LabelSchema,
  /** The source's own id for it (a GitHub user id, a Slack user id…). */
  sourceId: z.string().min(1).max(1000).optional(),
  /** The name the source records. */
  name: z.string().max(500).optional(),
  /** The e-mail address the source records. */
  email: z.string().max(500).optional(),
  /** The username or login the source records. */
  username: z.string().max(500).optional(),
});

/** One identity of a member in one source (see {@link MemberIdentitySchema}). */
export type MemberIdentity = z.output<typeof MemberIdentitySchema>;

/**
 * Whether a member is a person or an automated account. Bots are kept in the
 * data (their activity is real) but left out of health metrics, graphs and
 * matching by default.
 *
 * @example
 * ```ts
 * MemberKindSchema.parse('bot'); // → 'bot'
 * ```
 */
export const MemberKindSchema = z.enum(['person', 'bot']);

/** Whether a member is a person or a bot. */
export type MemberKind = z.output<typeof MemberKindSchema>;

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
  /** A person or an automated account (default `person`). */
  kind: MemberKindSchema.default('person'),
  /** Why the member is counted as a bot (the rule and its evidence); set with `kind: 'bot'`. */
  botReason: z.string().max(1000).optional(),
  /** The identities merged into this member, one per source identity (set by importers). */
  identities: z.array(MemberIdentitySchema).max(10_000).default([]),
  /** Free metadata (not inspected). */
  metadata: MetadataSchema.optional(),
});

/** A member of the community (parsed: dates are `Date`s, defaults filled in). */
export type Member = z.output<typeof MemberSchema>;
/** A member as accepted on input (dates as strings or epoch ms, optional arrays). */
export type MemberInput = z.input<typeof MemberSchema>;
