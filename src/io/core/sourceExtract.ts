import { z } from 'zod';
import { ActivitySchema } from '../../model/activity.js';
import { GatheringSchema } from '../../model/gathering.js';
import { IdSchema, LabelSchema } from '../../model/ids.js';
import { MemberSchema } from '../../model/member.js';
import { RoleAssignmentSchema } from '../../model/roleAssignment.js';
import { SkillAssessmentSchema } from '../../model/skillAssessment.js';
import { MailmapEntrySchema } from './mailmap.js';

/** The format tag every extract carries, so `combine` can tell an extract from a community. */
export const SOURCE_EXTRACT_FORMAT = 'community-kit/source-extract@1';

/**
 * An identity exactly as one source knows it: the source's own id for it, the
 * name, e-mail and username it records, and the platform's own bot flag.
 * Adapters never decide who is who; `assembleCommunity` does.
 *
 * `id` is the key the extract's records use in place of a member id (in
 * `memberId`, `hosts`, `attended`…); it is unique within the extract and
 * prefixed with the source (`git:ada@example.org`, `github:583231`).
 *
 * @example
 * ```ts
 * SourceIdentitySchema.parse({ id: 'github:583231', source: 'github', sourceId: '583231', username: 'octocat' });
 * ```
 */
export const SourceIdentitySchema = z.object({
  /** The key the extract's records use for this identity (unique within the extract). */
  id: IdSchema,
  /** The source that knows it (`git`, `github`, `slack`, `csv:zoom`…). */
  source: LabelSchema,
  /** The source's own id for it (a GitHub user id, a Slack user id…). */
  sourceId: z.string().min(1).max(1000).optional(),
  /** The name the source records. */
  name: z.string().max(500).optional(),
  /** The e-mail address the source records (as written). */
  email: z.string().max(500).optional(),
  /** The username or login the source records. */
  username: z.string().max(500).optional(),
  /** The platform says this is an automated account (GitHub `type: "Bot"`, Slack `is_bot`…). */
  platformBot: z.boolean().optional(),
  /** What the platform's bot flag was (e.g. `GitHub user type "Bot"`), for the import report. */
  platformBotEvidence: z.string().max(500).optional(),
});

/** An identity as one source knows it (see {@link SourceIdentitySchema}). */
export type SourceIdentity = z.output<typeof SourceIdentitySchema>;

/**
 * What the source says about an identity beyond who it is (a roster row: when
 * they joined, their organisation, interests…): a member record whose `id` is
 * the identity's id. Merged into the member the identity resolves to.
 *
 * @example
 * ```ts
 * SourceProfileSchema.parse({ id: 'csv:ada@example.org', joinedAt: '2023-04-01', affiliation: 'Acme' });
 * ```
 */
export const SourceProfileSchema = MemberSchema.omit({ kind: true, botReason: true, identities: true });

/** A profile from a source (see {@link SourceProfileSchema}). */
export type SourceProfile = z.output<typeof SourceProfileSchema>;

/**
 * Records an adapter left out, by reason: how many, and a few examples (ids
 * or locations) so the user can look.
 *
 * @example
 * ```ts
 * SkippedRecordsSchema.parse({ reason: 'merge commit', count: 12, examples: ['9fceb02'] });
 * ```
 */
export const SkippedRecordsSchema = z.object({
  /** Why they were left out. */
  reason: z.string().min(1).max(500),
  /** How many. */
  count: z.number().int().min(1),
  /** Up to five examples (ids or `file:line`). */
  examples: z.array(z.string().max(1000)).max(5),
});

/** Records an adapter left out for one reason. */
export type SkippedRecords = z.output<typeof SkippedRecordsSchema>;

/**
 * What one source adapter read from one export: the identities as the source
 * knows them, and the records that refer to them (by identity id, in the
 * places the community format has member ids), each with provenance; what it
 * read, skipped and warned about. Extracts from several sources are combined
 * by `assembleCommunity`, which decides who is who.
 *
 * Activity and gathering ids are prefixed with the source (`git:9fceb02…`)
 * so extracts from different sources never collide.
 *
 * @example
 * ```ts
 * const extract = SourceExtractSchema.parse({
 *   format: 'community-kit/source-extract@1',
 *   source: 'git',
 *   identities: [{ id: 'git:ada@example.org', source: 'git', name: 'Ada', email: 'ada@example.org' }],
 *   activities: [{ id: 'git:9fceb02', memberId: 'git:ada@example.org', at: '2024-03-01T10:00:00Z', kind: 'commit', provenance: { source: 'git', sourceId: '9fceb02' } }],
 * });
 * extract.activities[0]?.at.toISOString(); // → '2024-03-01T10:00:00.000Z'
 * ```
 */
export const SourceExtractSchema = z.object({
  /** Always `community-kit/source-extract@1`. */
  format: z.literal(SOURCE_EXTRACT_FORMAT),
  /** The source (`git`, `github`, `mbox`, `slack`, `csv:zoom`…). */
  source: LabelSchema,
  /** A human description of what was read (e.g. the repository or list name). */
  description: z.string().max(1000).optional(),
  /** The files read, as the user named them. */
  files: z.array(z.string().max(4096)).default([]),
  /** Every identity the records refer to. */
  identities: z.array(SourceIdentitySchema).default([]),
  /** What the source says about identities beyond who they are (rosters). */
  profiles: z.array(SourceProfileSchema).default([]),
  /** Activities; `memberId` is an identity id. */
  activities: z.array(ActivitySchema).default([]),
  /** Gatherings; hosts, speakers, registered and attended are identity ids. */
  gatherings: z.array(GatheringSchema).default([]),
  /** Role assignments; `memberId` is an identity id. */
  roleAssignments: z.array(RoleAssignmentSchema).default([]),
  /** Skill assessments; `memberId` and `assessorId` are identity ids. */
  skillAssessments: z.array(SkillAssessmentSchema).default([]),
  /**
   * Who-is-who statements the source itself makes, in `.mailmap` form (a
   * repository's `.mailmap`). Adapters only carry them; `assembleCommunity`
   * applies them, with the user's own aliases, to every identity.
   */
  mailmap: z.array(MailmapEntrySchema).default([]),
  /** Counts of what was read, by what the source calls it (`commits`, `messages`, `rows`…). */
  read: z.record(z.string().max(100), z.number().int().min(0)).default({}),
  /** What was left out, by reason. */
  skipped: z.array(SkippedRecordsSchema).default([]),
  /** Things the user should know (guesses made, oddities in the export). */
  warnings: z.array(z.string().max(2000)).default([]),
});

/** What one adapter read from one export (parsed; see {@link SourceExtractSchema}). */
export type SourceExtract = z.output<typeof SourceExtractSchema>;
/** A source extract as accepted on input (e.g. read back from JSON). */
export type SourceExtractInput = z.input<typeof SourceExtractSchema>;
