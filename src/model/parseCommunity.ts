import { type Activity, ActivitySchema } from './activity.js';
import { type Community, CommunitySchema } from './community.js';
import { MAX_LISTED_ISSUES, ValidationError, type ValidationIssue } from './errors.js';
import { type Gathering, GatheringSchema } from './gathering.js';
import { IdSchema } from './ids.js';
import { fastActivity } from './internal/fastActivity.js';
import { type Member, MemberSchema } from './member.js';
import { type RoleAssignment, RoleAssignmentSchema } from './roleAssignment.js';
import { type SkillAssessment, SkillAssessmentSchema } from './skillAssessment.js';
import { type Stakeholder, StakeholderSchema } from './stakeholder.js';
import { zodIssues } from './validate.js';

/** The result of {@link safeParseCommunity}: the community, or the error listing every problem. */
export type SafeParseCommunityResult =
  | { success: true; data: Community; error?: undefined }
  | { success: false; data?: undefined; error: ValidationError };

/**
 * Records that passed their schema, with their index in the input (for
 * paths), and the valid ids of every record, passed or not (an id is still an
 * id when another field of its record is wrong).
 */
interface Parsed<T> {
  items: T[];
  at: number[];
  ids: string[];
  idAt: number[];
}

/**
 * Checks across records that the schema alone cannot: unique ids per
 * collection, references that resolve, and dates in order. Ids are checked on
 * every record with a valid id, references and dates on the records that
 * passed their own schema, so one bad record does not hide the others'
 * problems. Returns every problem found.
 */
function crossRecordIssues(c: {
  members: Parsed<Member>;
  activities: Parsed<Activity>;
  gatherings: Parsed<Gathering>;
  roleAssignments: Parsed<RoleAssignment>;
  skillAssessments: Parsed<SkillAssessment>;
  stakeholders: Parsed<Stakeholder>;
}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (path: string, message: string, code: ValidationIssue['code']): void => {
    issues.push({ path, message, code });
  };

  const uniqueIds = (p: Parsed<unknown>, name: string): Set<string> => {
    const seen = new Set<string>();
    p.ids.forEach((id, k) => {
      if (seen.has(id)) push(`${name}[${p.idAt[k]}].id`, `duplicate id "${id}"`, 'duplicate-id');
      seen.add(id);
    });
    return seen;
  };
  const memberIds = uniqueIds(c.members, 'members');
  const activityIds = uniqueIds(c.activities, 'activities');
  uniqueIds(c.gatherings, 'gatherings');
  uniqueIds(c.stakeholders, 'stakeholders');

  const member = (id: string | undefined, path: string): void => {
    if (id !== undefined && !memberIds.has(id)) push(path, `no member "${id}"`, 'unknown-reference');
  };

  c.members.items.forEach((m, k) => {
    if (m.joinedAt && m.leftAt && m.leftAt < m.joinedAt)
      push(`members[${c.members.at[k]}].leftAt`, 'leftAt is before joinedAt', 'invalid-input');
  });
  const acts = c.activities;
  for (let k = 0; k < acts.items.length; k++) {
    const a = acts.items[k] as Activity;
    const i = acts.at[k];
    if (!memberIds.has(a.memberId))
      push(`activities[${i}].memberId`, `no member "${a.memberId}"`, 'unknown-reference');
    if (a.replyTo !== undefined) {
      if (a.replyTo === a.id)
        push(`activities[${i}].replyTo`, 'an activity cannot reply to itself', 'invalid-input');
      else if (!activityIds.has(a.replyTo))
        push(`activities[${i}].replyTo`, `no activity "${a.replyTo}"`, 'unknown-reference');
    }
  }
  c.gatherings.items.forEach((g, k) => {
    const i = c.gatherings.at[k];
    if (g.end && g.end < g.start) push(`gatherings[${i}].end`, 'end is before start', 'invalid-input');
    for (const field of ['hosts', 'speakers', 'registered', 'attended'] as const) {
      g[field].forEach((id, j) => {
        member(id, `gatherings[${i}].${field}[${j}]`);
      });
    }
  });
  c.roleAssignments.items.forEach((r, k) => {
    const i = c.roleAssignments.at[k];
    member(r.memberId, `roleAssignments[${i}].memberId`);
    if (r.to && r.to < r.from) push(`roleAssignments[${i}].to`, 'to is before from', 'invalid-input');
  });
  c.skillAssessments.items.forEach((s, k) => {
    const i = c.skillAssessments.at[k];
    member(s.memberId, `skillAssessments[${i}].memberId`);
    member(s.assessorId, `skillAssessments[${i}].assessorId`);
  });
  c.stakeholders.items.forEach((s, k) => {
    member(s.contactMemberId, `stakeholders[${c.stakeholders.at[k]}].contactMemberId`);
  });
  return issues;
}

const COLLECTIONS = {
  members: MemberSchema,
  activities: ActivitySchema,
  gatherings: GatheringSchema,
  roleAssignments: RoleAssignmentSchema,
  skillAssessments: SkillAssessmentSchema,
  stakeholders: StakeholderSchema,
} as const;

const HeaderSchema = CommunitySchema.omit({
  members: true,
  activities: true,
  gatherings: true,
  roleAssignments: true,
  skillAssessments: true,
  stakeholders: true,
});

/** Parses one collection record by record (activities on the fast path first). */
function parseCollection<T>(
  name: keyof typeof COLLECTIONS,
  raw: unknown,
  issues: ValidationIssue[],
): Parsed<T> {
  const out: Parsed<T> = { items: [], at: [], ids: [], idAt: [] };
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    issues.push({
      path: name,
      message: `expected an array, got ${raw === null ? 'null' : typeof raw}`,
      code: 'invalid-input',
    });
    return out;
  }
  const schema = COLLECTIONS[name];
  const fast = name === 'activities';
  for (let i = 0; i < raw.length; i++) {
    const quick = fast ? fastActivity(raw[i]) : undefined;
    if (quick !== undefined) {
      out.items.push(quick as T);
      out.at.push(i);
      out.ids.push(quick.id);
      out.idAt.push(i);
      continue;
    }
    const id = (raw[i] as { id?: unknown } | null)?.id;
    if (IdSchema.safeParse(id).success) {
      out.ids.push(id as string);
      out.idAt.push(i);
    }
    const r = schema.safeParse(raw[i]);
    // zod drops a `__proto__` key before any check sees it: report it rather than lose it silently.
    const metadata = (raw[i] as { metadata?: unknown } | null)?.metadata;
    if (typeof metadata === 'object' && metadata !== null && Object.hasOwn(metadata, '__proto__')) {
      issues.push({
        path: `${name}[${i}].metadata.__proto__`,
        message: 'reserved key',
        code: 'invalid-input',
      });
      continue;
    }
    if (r.success) {
      out.items.push(r.data as T);
      out.at.push(i);
    } else for (const issue of zodIssues(r.error.issues, `${name}[${i}]`)) issues.push(issue);
  }
  return out;
}

/**
 * Validates untrusted input as a {@link Community} without throwing: returns
 * `{ success: true, data }` or `{ success: false, error }` where `error` lists
 * every problem found with its path (capped at {@link MAX_LISTED_ISSUES}, with
 * a count of the rest).
 *
 * ISO-8601 strings and epoch milliseconds become `Date`s; ids must be unique
 * per collection; every reference (activity → member, `replyTo` → activity,
 * gathering → members, assignment → member, assessment → member, stakeholder
 * contact → member) must resolve; `leftAt ≥ joinedAt`, `end ≥ start`,
 * `to ≥ from`, allocations in [0, 1]. The input is never mutated.
 *
 * Cost: O(n) in the size of the input.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the parsed community or the validation error
 *
 * @example
 * ```ts
 * const result = safeParseCommunity({ name: 'x', members: [{ id: 'm-1' }], activities: [{ id: 'a-1', memberId: 'm-99', at: '2024-01-01', kind: 'post' }] });
 * result.success; // → false
 * result.error?.issues[0]?.path; // → 'activities[0].memberId'
 * ```
 */
export function safeParseCommunity(input: unknown): SafeParseCommunityResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const issue: ValidationIssue = {
      path: '',
      message: `expected a community object, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
      code: 'invalid-input',
    };
    return { success: false, error: new ValidationError('parseCommunity', [issue]) };
  }
  const raw = input as Record<string, unknown>;
  const header = HeaderSchema.safeParse(raw);
  const issues: ValidationIssue[] = header.success ? [] : zodIssues(header.error.issues);
  const collections = {
    members: parseCollection<Member>('members', raw.members, issues),
    activities: parseCollection<Activity>('activities', raw.activities, issues),
    gatherings: parseCollection<Gathering>('gatherings', raw.gatherings, issues),
    roleAssignments: parseCollection<RoleAssignment>('roleAssignments', raw.roleAssignments, issues),
    skillAssessments: parseCollection<SkillAssessment>('skillAssessments', raw.skillAssessments, issues),
    stakeholders: parseCollection<Stakeholder>('stakeholders', raw.stakeholders, issues),
  };
  for (const issue of crossRecordIssues(collections)) issues.push(issue);
  if (header.success && issues.length === 0) {
    return {
      success: true,
      data: {
        ...header.data,
        members: collections.members.items,
        activities: collections.activities.items,
        gatherings: collections.gatherings.items,
        roleAssignments: collections.roleAssignments.items,
        skillAssessments: collections.skillAssessments.items,
        stakeholders: collections.stakeholders.items,
      },
    };
  }
  return {
    success: false,
    error: new ValidationError(
      'parseCommunity',
      issues.slice(0, MAX_LISTED_ISSUES),
      Math.max(0, issues.length - MAX_LISTED_ISSUES),
    ),
  };
}

/**
 * Validates untrusted input as a {@link Community}, throwing a
 * {@link ValidationError} that lists every problem with its path. See
 * {@link safeParseCommunity} for the checks made.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the parsed community (a new object; the input is not mutated)
 * @throws {@link ValidationError} when the input is not a valid community
 *
 * @example
 * ```ts
 * const community = parseCommunity({ name: 'Open Science Network', members: [{ id: 'm-1', joinedAt: '2024-01-15' }] });
 * community.members[0]?.joinedAt instanceof Date; // → true
 * ```
 */
export function parseCommunity(input: unknown): Community {
  const result = safeParseCommunity(input);
  if (!result.success) throw result.error;
  return result.data;
}
