import type { Community } from '../community.js';
import type { ValidationIssue } from '../errors.js';
import { isSafeKey } from '../ids.js';
import { fail } from '../validate.js';

/** What every "this is not a parsed community" message ends with. */
export const PARSE_FIRST = 'parse the community first: parseCommunity(JSON.parse(text))';

/** The most problems listed before the check stops (one is enough to say "parse it first"). */
const MAX_REPORTED = 10;

/**
 * The issue for a field that a parsed community would hold as a `Date` (or a
 * valid id) but that holds something else: the one wording used wherever a
 * function receives raw data instead of a parsed community.
 *
 * @param path - the field, e.g. `activities[3].at`
 * @param expected - what a parsed community holds there, e.g. `a valid Date`
 * @returns the issue
 */
export function unparsedIssue(path: string, expected: string): ValidationIssue {
  return { path, message: `expected ${expected} (${PARSE_FIRST})`, code: 'invalid-input' };
}

/** True for a `Date` holding a valid time. */
function isValidDate(value: unknown): boolean {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** True for a string a parsed community could hold as an id (see IdSchema). */
function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 256 && isSafeKey(value);
}

type Check = [field: string, test: (value: unknown) => boolean, expected: string];

const optionalDate = (v: unknown): boolean => v === undefined || isValidDate(v);
const nullableDate = (v: unknown): boolean => v === undefined || v === null || isValidDate(v);
const optionalId = (v: unknown): boolean => v === undefined || isId(v);
const idList = (v: unknown): boolean => Array.isArray(v) && v.every(isId);

/** What each collection's records must hold once parsed: the fields functions rely on without checking. */
const CHECKS = {
  members: [
    ['id', isId, 'an id'],
    ['joinedAt', optionalDate, 'a valid Date or nothing'],
    ['leftAt', optionalDate, 'a valid Date or nothing'],
  ],
  activities: [
    ['id', isId, 'an id'],
    ['memberId', isId, 'a member id'],
    ['at', isValidDate, 'a valid Date'],
  ],
  gatherings: [
    ['id', isId, 'an id'],
    ['start', isValidDate, 'a valid Date'],
    ['end', optionalDate, 'a valid Date or nothing'],
    ['hosts', idList, 'an array of member ids'],
    ['speakers', idList, 'an array of member ids'],
    ['registered', idList, 'an array of member ids'],
    ['attended', idList, 'an array of member ids'],
  ],
  roleAssignments: [
    ['memberId', isId, 'a member id'],
    ['from', isValidDate, 'a valid Date'],
    ['to', nullableDate, 'a valid Date, null or nothing'],
  ],
  skillAssessments: [
    ['memberId', isId, 'a member id'],
    ['assessedAt', isValidDate, 'a valid Date'],
    ['assessorId', optionalId, 'a member id or nothing'],
  ],
  stakeholders: [
    ['id', isId, 'an id'],
    ['contactMemberId', optionalId, 'a member id or nothing'],
  ],
} satisfies Record<string, Check[]>;

const COLLECTIONS = Object.keys(CHECKS) as (keyof typeof CHECKS)[];

/** A record as the fast checks read it (any field may hold anything). */
type Loose = Record<string, unknown>;

/**
 * The same tests as {@link CHECKS}, written out field by field: one
 * monomorphic function per collection, so the walk over millions of records
 * costs tens of nanoseconds each rather than a table lookup per field. Only a
 * record that fails here goes through {@link CHECKS} to name the field (a
 * test checks the two agree on every field).
 */
const FAST: Record<keyof typeof CHECKS, (r: Loose) => boolean> = {
  members: (r) => isId(r.id) && optionalDate(r.joinedAt) && optionalDate(r.leftAt),
  activities: (r) => isId(r.id) && isId(r.memberId) && isValidDate(r.at),
  gatherings: (r) =>
    isId(r.id) &&
    isValidDate(r.start) &&
    optionalDate(r.end) &&
    idList(r.hosts) &&
    idList(r.speakers) &&
    idList(r.registered) &&
    idList(r.attended),
  roleAssignments: (r) => isId(r.memberId) && isValidDate(r.from) && nullableDate(r.to),
  skillAssessments: (r) => isId(r.memberId) && isValidDate(r.assessedAt) && optionalId(r.assessorId),
  stakeholders: (r) => isId(r.id) && optionalId(r.contactMemberId),
};

/**
 * The problems that show `community` is not the output of `parseCommunity`
 * (at most ten): not an object, a collection that is not an array, a record
 * that is not an object, a date that is not a `Date` (as after
 * `JSON.parse`), an id that is not a valid id. One linear pass over the
 * records; it checks what functions rely on, not every field (that is
 * `parseCommunity`'s job).
 *
 * @param community - what a function received as a community
 * @param root - the path of the argument (`community`)
 * @param collections - the collections to check (all by default; health
 *   checks its activities itself, row by row, as it reads them)
 * @returns the issues, empty when it looks parsed
 */
export function unparsedCommunityIssues(
  community: unknown,
  root = 'community',
  collections: readonly (keyof typeof CHECKS)[] = COLLECTIONS,
): ValidationIssue[] {
  if (typeof community !== 'object' || community === null || Array.isArray(community))
    return [unparsedIssue(root, 'a community object')];
  const issues: ValidationIssue[] = [];
  const c = community as Record<string, unknown>;
  for (const name of collections) {
    const checks = CHECKS[name];
    const records = c[name];
    if (!Array.isArray(records)) {
      issues.push(unparsedIssue(`${name}`, 'an array'));
      if (issues.length >= MAX_REPORTED) return issues;
      continue;
    }
    const fast = FAST[name];
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as Loose | null;
      if (typeof r === 'object' && r !== null && fast(r)) continue;
      if (typeof r !== 'object' || r === null) {
        issues.push(unparsedIssue(`${name}[${i}]`, 'an object'));
      } else
        for (const [field, ok, expected] of checks)
          if (!ok(r[field])) {
            issues.push(unparsedIssue(`${name}[${i}].${field}`, expected));
            break;
          }
      if (issues.length >= MAX_REPORTED) return issues;
    }
  }
  return issues;
}

/**
 * Throws a `ValidationError` naming `fn` unless `community` looks like the
 * output of `parseCommunity` (see {@link unparsedCommunityIssues}): the one
 * check every function taking a community makes, so raw `JSON.parse` output
 * gets "parse the community first" rather than a TypeError.
 *
 * @param fn - the public function
 * @param community - its community argument
 * @param root - the path of the argument
 * @param collections - the collections to check (all by default)
 */
export function requireParsedCommunity(
  fn: string,
  community: unknown,
  root = 'community',
  collections: readonly (keyof typeof CHECKS)[] = COLLECTIONS,
): asserts community is Community {
  if (community !== undefined && community === checkedInScope) return;
  const issues = unparsedCommunityIssues(community, root, collections);
  if (issues.length > 0) fail(fn, issues);
}

/** The community {@link withCheckedCommunity} is running on, if any. */
let checkedInScope: Community | undefined;

/**
 * Runs `run` with `community` known to be parsed: every
 * {@link requireParsedCommunity} on that same object inside `run` returns at
 * once instead of walking its millions of records again. For an orchestrator
 * (the report) that has just checked the community and then calls a dozen
 * public functions on it, synchronously; the trust ends when `run` returns or
 * throws, so nothing is remembered between calls.
 *
 * @param community - a community the caller has just checked with {@link requireParsedCommunity}
 * @param run - the work to do on it (synchronous)
 * @returns what `run` returns
 */
export function withCheckedCommunity<T>(community: Community, run: () => T): T {
  const outer = checkedInScope;
  checkedInScope = community;
  try {
    return run();
  } finally {
    checkedInScope = outer;
  }
}
