import type { SourceProfile } from '../sourceExtract.js';

/** A merged profile, and the disagreements found (for warnings). */
export interface MergedProfile {
  profile: Partial<SourceProfile>;
  conflicts: string[];
}

const SCALARS = ['name', 'affiliation', 'bio', 'timeZone', 'availability'] as const;
const LISTS = ['groups', 'interests', 'expertise', 'languages'] as const;

/**
 * Merges what several sources say about one person, in the given (canonical)
 * order: the first value of each scalar field wins and a different later
 * value is a conflict; lists are united in first-seen order; `joinedAt` is the
 * earliest, `leftAt` the latest (dropped when before `joinedAt`); `willing`
 * flags are or-ed; capacity and metadata fields take the first value given.
 */
export function mergeProfiles(profiles: readonly SourceProfile[]): MergedProfile {
  const conflicts: string[] = [];
  const out: Record<string, unknown> = {};
  if (profiles.length === 0) return { profile: {}, conflicts };
  for (const field of SCALARS) {
    for (const p of profiles) {
      const v = p[field];
      if (v === undefined) continue;
      if (out[field] === undefined) out[field] = v;
      else if (out[field] !== v)
        conflicts.push(
          `profiles disagree on ${field} ("${String(out[field])}" and "${String(v)}"); kept "${String(out[field])}"`,
        );
    }
  }
  for (const field of LISTS) out[field] = [...new Set(profiles.flatMap((p) => p[field]))];
  const joined = profiles.flatMap((p) => (p.joinedAt === undefined ? [] : [p.joinedAt.getTime()]));
  const left = profiles.flatMap((p) => (p.leftAt === undefined ? [] : [p.leftAt.getTime()]));
  if (joined.length > 0) out.joinedAt = new Date(Math.min(...joined));
  if (left.length > 0) {
    const l = Math.max(...left);
    if (joined.length === 0 || l >= Math.min(...joined)) out.leftAt = new Date(l);
    else conflicts.push('leftAt before joinedAt across profiles; leftAt dropped');
  }
  const w = { mentor: false, beMentored: false, speak: false, volunteer: false };
  for (const p of profiles)
    for (const k of Object.keys(w) as (keyof typeof w)[]) if (p.willing[k]) w[k] = true;
  out.willing = w;
  const capacity: Record<string, number> = {};
  for (const p of profiles)
    for (const [k, v] of Object.entries(p.capacity))
      if (v !== undefined && capacity[k] === undefined) capacity[k] = v;
  out.capacity = capacity;
  const metadata: Record<string, unknown> = Object.create(null);
  let hasMetadata = false;
  for (const p of profiles)
    if (p.metadata !== undefined)
      for (const [k, v] of Object.entries(p.metadata))
        if (!(k in metadata)) {
          metadata[k] = v;
          hasMetadata = true;
        }
  if (hasMetadata) out.metadata = metadata;
  return { profile: out as Partial<SourceProfile>, conflicts };
}
