/**
 * The collections of a community the roles functions read (members, role
 * assignments, skill assessments): what they check is parsed. The
 * activities — millions in a big community — are not read here, so not
 * checked on every call.
 */
export const ROLE_COLLECTIONS = ['members', 'roleAssignments', 'skillAssessments'] as const;
