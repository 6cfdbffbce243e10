import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { IdSchema } from '../model/ids.js';
import { fail, parseWith } from '../model/validate.js';

/** A preference list: ids in order of preference; an inner array is a tie (broken by id). */
const PreferencesSchema = z.array(z.union([IdSchema, z.array(IdSchema).min(1)]));

/**
 * A side of a stable matching: each participant's id, preferences (most
 * preferred first; unlisted means unacceptable; a nested array is a tie) and,
 * for receivers, a capacity.
 *
 * @example
 * ```ts
 * MatchingParticipantSchema.parse({ id: 'ana', preferences: ['mercy', ['city', 'general']] });
 * ```
 */
export const MatchingParticipantSchema = z.object({
  id: IdSchema,
  preferences: PreferencesSchema,
  /** How many partners this participant takes (receivers; default 1). */
  capacity: z.number().int().min(0).default(1),
});

/** A participant in a stable matching. */
export type MatchingParticipant = z.input<typeof MatchingParticipantSchema>;

/**
 * The result of {@link stableMatching}, as a schema.
 *
 * @example
 * ```ts
 * StableMatchingResultSchema.parse({ pairs: [], receiverOf: {}, proposersOf: {}, unmatched: [] });
 * ```
 */
export const StableMatchingResultSchema = z.object({
  /** Every (proposer, receiver) pair, sorted by proposer id. */
  pairs: z.array(z.object({ proposer: z.string(), receiver: z.string() })),
  /** The receiver of each proposer (null when unmatched). */
  receiverOf: z.record(z.string(), z.string().nullable()),
  /** The proposers of each receiver, in the receiver's order of preference. */
  proposersOf: z.record(z.string(), z.array(z.string())),
  /** Proposers left unmatched, with why. */
  unmatched: z.array(z.object({ proposer: z.string(), reason: z.string() })),
});

/** The result of {@link stableMatching}. */
export type StableMatchingResult = z.output<typeof StableMatchingResultSchema>;

/**
 * A stable matching by deferred acceptance (Gale & Shapley 1962), with
 * capacities (the hospitals/residents problem, Roth 1984): proposers propose
 * in order of preference; a receiver holds its best proposers up to its
 * capacity and rejects the rest. The result is **proposer-optimal**: no
 * stable matching gives any proposer a receiver they prefer. Preference lists
 * may be incomplete — a pair is acceptable only when each lists the other —
 * and ties (an inner array) are broken deterministically by id. No pair
 * blocks the result (a property test checks it).
 *
 * Cost: O(Σ preference-list lengths).
 *
 * @param proposers - who proposes (e.g. mentees), with preferences over receivers
 * @param receivers - who receives (e.g. mentors), with preferences and capacities
 * @returns pairs, per-side views, and the unmatched proposers with reasons
 * @throws {@link ValidationError} for duplicate ids, or preferences naming unknown or repeated ids
 *
 * @example
 * ```ts
 * stableMatching(
 *   [{ id: 'A', preferences: ['C'] }, { id: 'S', preferences: ['C', 'M'] }],
 *   [{ id: 'C', preferences: ['A', 'S'], capacity: 1 }, { id: 'M', preferences: ['S'], capacity: 1 }],
 * ).receiverOf; // → { A: 'C', S: 'M' }
 * ```
 */
export function stableMatching(
  proposers: readonly MatchingParticipant[],
  receivers: readonly MatchingParticipant[],
): StableMatchingResult {
  const P = parseWith('stableMatching', z.array(MatchingParticipantSchema), proposers, 'proposers');
  const R = parseWith('stableMatching', z.array(MatchingParticipantSchema), receivers, 'receivers');
  const issues: ValidationIssue[] = [];
  const flatten = (prefs: z.output<typeof PreferencesSchema>): string[] =>
    prefs.flatMap((p) => (Array.isArray(p) ? [...p].sort() : [p]));
  const check = (side: typeof P, name: string, other: Set<string>): Map<string, string[]> => {
    const seen = new Set<string>();
    const out = new Map<string, string[]>();
    side.forEach((x, i) => {
      if (seen.has(x.id))
        issues.push({ path: `${name}[${i}].id`, message: `duplicate id "${x.id}"`, code: 'duplicate-id' });
      seen.add(x.id);
      const list = flatten(x.preferences);
      const listed = new Set<string>();
      list.forEach((id, j) => {
        if (!other.has(id))
          issues.push({
            path: `${name}[${i}].preferences`,
            message: `"${id}" is not on the other side`,
            code: 'unknown-reference',
          });
        if (listed.has(id))
          issues.push({
            path: `${name}[${i}].preferences`,
            message: `"${id}" is listed twice (position ${j})`,
            code: 'duplicate-id',
          });
        listed.add(id);
      });
      out.set(x.id, list);
    });
    return out;
  };
  const pPrefs = check(P, 'proposers', new Set(R.map((r) => r.id)));
  const rPrefs = check(R, 'receivers', new Set(P.map((p) => p.id)));
  if (issues.length > 0) fail('stableMatching', issues);
  const rank = new Map<string, Map<string, number>>();
  for (const [r, list] of rPrefs) rank.set(r, new Map(list.map((p, k) => [p, k])));
  const capacity = new Map(R.map((r) => [r.id, r.capacity]));
  const held = new Map<string, string[]>(R.map((r) => [r.id, []]));
  const next = new Map<string, number>(P.map((p) => [p.id, 0]));
  const free = P.map((p) => p.id)
    .sort()
    .reverse();
  while (free.length > 0) {
    const p = free.pop() as string;
    const list = pPrefs.get(p)!;
    let k = next.get(p)!;
    let placed = false;
    while (k < list.length && !placed) {
      const r = list[k++] as string;
      const rr = rank.get(r)!;
      const myRank = rr.get(p);
      if (myRank === undefined || capacity.get(r)! === 0) continue; // not acceptable to r
      const current = held.get(r)!;
      if (current.length < capacity.get(r)!) {
        current.push(p);
        placed = true;
      } else {
        let worst = 0;
        for (let q = 1; q < current.length; q++)
          if (rr.get(current[q] as string)! > rr.get(current[worst] as string)!) worst = q;
        if (rr.get(current[worst] as string)! > myRank) {
          const bumped = current[worst] as string;
          current[worst] = p;
          placed = true;
          free.push(bumped);
        }
      }
    }
    next.set(p, k);
  }
  const receiverOf: Record<string, string | null> = {};
  for (const p of P) receiverOf[p.id] = null;
  const proposersOf: Record<string, string[]> = {};
  for (const [r, list] of held) {
    const rr = rank.get(r)!;
    proposersOf[r] = [...list].sort((a, b) => rr.get(a)! - rr.get(b)!);
    for (const p of list) receiverOf[p] = r;
  }
  const pairs = P.map((p) => p.id)
    .sort()
    .filter((p) => receiverOf[p] !== null)
    .map((p) => ({ proposer: p, receiver: receiverOf[p] as string }));
  const unmatched = P.map((p) => p.id)
    .sort()
    .filter((p) => receiverOf[p] === null)
    .map((p) => {
      const list = pPrefs.get(p)!;
      const acceptable = list.filter((r) => rank.get(r)!.has(p) && capacity.get(r)! > 0);
      return {
        proposer: p,
        reason:
          list.length === 0
            ? 'listed no one'
            : acceptable.length === 0
              ? 'none of the receivers they listed lists them back'
              : `every acceptable receiver (${acceptable.join(', ')}) is full with partners it prefers`,
      };
    });
  return { pairs, receiverOf, proposersOf, unmatched };
}
