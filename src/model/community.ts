import { z } from 'zod';
import { ActivitySchema } from './activity.js';
import { DateInputSchema } from './dateInput.js';
import { GatheringSchema } from './gathering.js';
import { MemberSchema } from './member.js';
import { RoleAssignmentSchema } from './roleAssignment.js';
import { SkillAssessmentSchema } from './skillAssessment.js';
import { StakeholderSchema } from './stakeholder.js';

/**
 * The life stage of a community; role recommendations and findings depend on
 * it.
 *
 * @example
 * ```ts
 * CommunityStageSchema.parse('growing'); // → 'growing'
 * ```
 */
export const CommunityStageSchema = z.enum(['forming', 'growing', 'mature', 'transforming']);

/** The life stage of a community. */
export type CommunityStage = z.output<typeof CommunityStageSchema>;

/**
 * A whole community: its members, what they did, the gatherings, who holds
 * which role, skill assessments and outside stakeholders. This schema checks
 * each record's shape; {@link parseCommunity} adds the checks across records
 * (unique ids, references that resolve, dates in order).
 *
 * @example
 * ```ts
 * CommunitySchema.parse({ name: 'Open Science Network', members: [{ id: 'm-1' }] });
 * ```
 */
export const CommunitySchema = z.object({
  /** Name of the community. */
  name: z.string().min(1, 'expected a community name').max(500),
  /** What it is for. */
  description: z.string().max(100_000).optional(),
  /** When it was founded. */
  createdAt: DateInputSchema.optional(),
  /** Its life stage. */
  stage: CommunityStageSchema.default('growing'),
  /** Members. */
  members: z.array(MemberSchema).default([]),
  /** What members did. */
  activities: z.array(ActivitySchema).default([]),
  /** Calls, workshops, meetups… */
  gatherings: z.array(GatheringSchema).default([]),
  /** Who holds which role. */
  roleAssignments: z.array(RoleAssignmentSchema).default([]),
  /** Skill assessments. */
  skillAssessments: z.array(SkillAssessmentSchema).default([]),
  /** Stakeholders outside the membership. */
  stakeholders: z.array(StakeholderSchema).default([]),
});

/** A whole community (parsed: dates are `Date`s, defaults filled in). */
export type Community = z.output<typeof CommunitySchema>;
/** A community as accepted on input (the JSON data format). */
export type CommunityInput = z.input<typeof CommunitySchema>;
