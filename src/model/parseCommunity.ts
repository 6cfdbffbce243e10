import type { Activity } from './activity.js';
import { ActivitySchema } from './activity.js';
import type { Community } from './community.js';
import { CommunitySchema } from './community.js';
import { MAX_LISTED_ISSUES, ValidationError, type ValidationIssue } from './errors.js';
import { fastActivity } from './internal/fastActivity.js';
import { zodIssues } from './validate.js';

/** The result of {@link safeParseCommunity}: the community, or the error listing every problem. */
export type SafeParseCommunityResult =
  | { success: true; data: Community; error?: undefined }
  | { success: false; data?: undefined; error: ValidationError };

/**
 * Checks across records that the schema alone cannot: unique ids per
 * collection, references that resolve, and dates in order. Returns every
 * problem found.
 */
function crossRecordIssues(c: Community): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (path: string, message: string, code: ValidationIssue['code']): void => {
    issues.push({ path, message, code });
  };

  const uniqueIds = (items: readonly { id: string }[], name: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) push(`${name}[${i}].id`, `duplicate id "${item.id}"`, 'duplicate-id');
      seen.add(item.id);
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

  c.members.forEach((m, i) => {
    if (m.joinedAt && m.leftAt && m.leftAt < m.joinedAt)
      push(`members[${i}].leftAt`, 'leftAt is before joinedAt', 'invalid-input');
  });
  c.activities.forEach((a, i) => {
    member(a.memberId, `activities[${i}].memberId`);
    if (a.replyTo !== undefined) {
      if (a.replyTo === a.id)
        push(`activities[${i}].replyTo`, 'an activity cannot reply to itself', 'invalid-input');
      else if (!activityIds.has(a.replyTo))
        push(`activities[${i}].replyTo`, `no activity "${a.replyTo}"`, 'unknown-reference');
    }
  });
  c.gatherings.forEach((g, i) => {
    if (g.end && g.end < g.start) push(`gatherings[${i}].end`, 'end is before start', 'invalid-input');
    for (const field of ['hosts', 'speakers', 'registered', 'attended'] as const) {
      g[field].forEach((id, j) => {
        member(id, `gatherings[${i}].${field}[${j}]`);
      });
    }
  });
  c.roleAssignments.forEach((r, i) => {
    member(r.memberId, `roleAssignments[${i}].memberId`);
    if (r.to && r.to < r.from) push(`roleAssignments[${i}].to`, 'to is before from', 'invalid-input');
  });
  c.skillAssessments.forEach((s, i) => {
    member(s.memberId, `skillAssessments[${i}].memberId`);
    member(s.assessorId, `skillAssessments[${i}].assessorId`);
  });
  c.stakeholders.forEach((s, i) => {
    member(s.contactMemberId, `stakeholders[${i}].contactMemberId`);
  });
  return issues;
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
  let parsed: ReturnType<typeof CommunitySchema.safeParse>;
  let issues: ValidationIssue[];
  const raw = input as { activities?: unknown } | null;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Array.isArray(raw.activities)) {
    // Activities are the one collection that runs to millions: validate them on
    // a fast path that falls back to the schema (for its messages) record by record.
    const rawActivities: unknown[] = raw.activities;
    parsed = CommunitySchema.safeParse({ ...raw, activities: [] });
    issues = parsed.success ? [] : zodIssues(parsed.error.issues);
    const activities: Activity[] = new Array(rawActivities.length);
    for (let i = 0; i < rawActivities.length; i++) {
      const fast = fastActivity(rawActivities[i]);
      if (fast !== undefined) activities[i] = fast;
      else {
        const slow = ActivitySchema.safeParse(rawActivities[i]);
        if (slow.success) activities[i] = slow.data;
        else for (const issue of zodIssues(slow.error.issues, `activities[${i}]`)) issues.push(issue);
      }
    }
    if (parsed.success && issues.length === 0) parsed.data.activities = activities;
  } else {
    parsed = CommunitySchema.safeParse(input);
    issues = parsed.success ? [] : zodIssues(parsed.error.issues);
  }
  if (parsed.success && issues.length === 0) issues = crossRecordIssues(parsed.data);
  if (parsed.success && issues.length === 0) return { success: true, data: parsed.data };
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
