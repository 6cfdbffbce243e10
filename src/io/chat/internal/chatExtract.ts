import { z } from 'zod';
import type { Activity } from '../../../model/activity.js';
import { compareStrings } from '../../core/internal/sortKey.js';
import type { SkipTally } from '../../core/skipTally.js';
import { SOURCE_EXTRACT_FORMAT, type SourceExtract, type SourceIdentity } from '../../core/sourceExtract.js';

/*
 * What the chat importers (Slack, Discord, Zulip, Discourse) share once their
 * own files are read: the option fields, the "first kept" rule for records
 * given twice, and the assembly of the extract.
 */

/** The option fields every chat importer has (each importer documents them in its own words). */
export const CHAT_OPTION_FIELDS = {
  directMessages: z.boolean().default(false),
  text: z.boolean().default(false),
  description: z.string().max(1000).optional(),
} as const;

/**
 * The paths found, for a "not a … export" message: the first ten, joined, or
 * 'no files'.
 */
export const foundFiles = (paths: readonly string[]): string =>
  paths.length === 0 ? 'no files' : paths.slice(0, 10).join(', ');

/**
 * Appends to `into` each of `records` whose id is not in `seen` (and adds it
 * to `seen`); calls `twice` with each record whose id was seen before.
 */
export function keepFirstSeen(
  seen: Set<string>,
  into: Activity[],
  records: Iterable<Activity>,
  twice: (record: Activity) => void,
): void {
  for (const a of records)
    if (seen.has(a.id)) twice(a);
    else {
      seen.add(a.id);
      into.push(a);
    }
}

/** Where a record came from, for a skip example: `<file> <record>`. */
export const recordExample = (a: Activity): string => `${a.provenance?.file} ${a.provenance?.record}`;

/** How many of `activities` have each kind (0 for a kind none has). */
export function kindCounts(activities: readonly Activity[]): (kind: Activity['kind']) => number {
  const kinds = new Map<Activity['kind'], number>();
  for (const a of activities) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
  return (kind) => kinds.get(kind) ?? 0;
}

/** The identities of `byId`, sorted by id. */
export const sortedIdentities = (byId: ReadonlyMap<string, SourceIdentity>): SourceIdentity[] =>
  [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));

/** What a chat importer read, to be made into its extract. */
export type ChatExtractParts = Pick<
  SourceExtract,
  'source' | 'files' | 'identities' | 'activities' | 'read' | 'warnings'
> & { skips: SkipTally; description: string | undefined };

/** The extract of a chat export: its files sorted, no profiles, gatherings, roles or skills. */
export function chatExtract(p: ChatExtractParts): SourceExtract {
  const extract: SourceExtract = {
    format: SOURCE_EXTRACT_FORMAT,
    source: p.source,
    files: [...p.files].sort(compareStrings),
    identities: p.identities,
    profiles: [],
    activities: p.activities,
    gatherings: [],
    roleAssignments: [],
    skillAssessments: [],
    read: p.read,
    mailmap: [],
    skipped: p.skips.list(),
    warnings: p.warnings,
  };
  if (p.description !== undefined) extract.description = p.description;
  return extract;
}
