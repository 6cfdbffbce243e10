import { z } from 'zod';
import { DateInputSchema } from './dateInput.js';
import { IdSchema } from './ids.js';
import { ProvenanceSchema } from './provenance.js';

/**
 * A member holding a role for a time, at an allocation (a fraction of a
 * full-time week, 0–1), possibly intermittently.
 *
 * @example
 * ```ts
 * RoleAssignmentSchema.parse({ memberId: 'm-1', roleId: 'community-manager', allocation: 0.5, from: '2024-01-01' });
 * ```
 */
export const RoleAssignmentSchema = z.object({
  /** The member who holds the role. */
  memberId: IdSchema,
  /** The role (an id from a role catalogue). */
  roleId: IdSchema,
  /** Fraction of a full-time week, 0–1. */
  allocation: z
    .number()
    .min(0, 'expected an allocation between 0 and 1')
    .max(1, 'expected an allocation between 0 and 1'),
  /** When the assignment starts. */
  from: DateInputSchema,
  /** When it ends; absent or null means open-ended. */
  to: DateInputSchema.nullish(),
  /** Whether the role is held intermittently (e.g. an advisor called in when needed). */
  intermittent: z.boolean().default(false),
  /** Where it was read from (set by importers). */
  provenance: ProvenanceSchema.optional(),
});

/** A role assignment (parsed). */
export type RoleAssignment = z.output<typeof RoleAssignmentSchema>;
/** A role assignment as accepted on input. */
export type RoleAssignmentInput = z.input<typeof RoleAssignmentSchema>;
