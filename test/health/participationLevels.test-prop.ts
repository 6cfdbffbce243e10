import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARTICIPATION_KIND_MODES,
  PARTICIPATION_LEVEL_MODES,
  participationLevels,
} from '../../src/health/participationLevels.js';
import { ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { act } from './helpers.js';

const MONTH0 = Date.UTC(2024, 0, 1);

/** The definition, directly: each member's highest mode per month, and how it changed month to month. */
function naive(acts: ReturnType<typeof act>[]) {
  const level = new Map<string, Map<number, number>>();
  for (const a of acts) {
    const mode = DEFAULT_PARTICIPATION_KIND_MODES[a.kind];
    if (mode === null) continue;
    const m = a.at.getUTCFullYear() * 12 + a.at.getUTCMonth();
    const rank = PARTICIPATION_LEVEL_MODES.indexOf(mode);
    const per = level.get(a.memberId) ?? new Map<number, number>();
    level.set(a.memberId, per);
    per.set(m, Math.max(per.get(m) ?? -1, rank));
  }
  const months = [...level.values()].flatMap((per) => [...per.keys()]);
  if (months.length === 0) return { members: [], movement: [] };
  const lo = Math.min(...months);
  const hi = Math.max(...months);
  const ids = [...level.keys()].sort();
  const members: { id: string; mode: string }[][] = [];
  const movement: Record<string, string[]>[] = [];
  for (let m = lo; m <= hi; m++) {
    members.push(
      ids
        .filter((id) => level.get(id)?.has(m))
        .map((id) => ({ id, mode: PARTICIPATION_LEVEL_MODES[level.get(id)?.get(m) as number] as string })),
    );
    if (m === lo) continue;
    const mv: Record<string, string[]> = { movedUp: [], fellBack: [], stayed: [], entered: [], left: [] };
    for (const id of ids) {
      const a = level.get(id)?.get(m - 1);
      const b = level.get(id)?.get(m);
      if (a === undefined && b === undefined) continue;
      const bucket =
        a === undefined
          ? 'entered'
          : b === undefined
            ? 'left'
            : b > a
              ? 'movedUp'
              : b < a
                ? 'fellBack'
                : 'stayed';
      mv[bucket]?.push(id);
    }
    movement.push(mv);
  }
  return { members, movement };
}

describe('participationLevels (property)', () => {
  it('equals the definition computed directly on random activity', () => {
    const activity = fc.record({
      member: fc.constantFrom('ana', 'ben', 'cat', 'dan', 'eve', 'fay'),
      day: fc.integer({ min: 0, max: 200 }),
      kind: fc.constantFrom(...ACTIVITY_KINDS),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 60 }), (rows) => {
        const acts = rows.map((r) =>
          act(r.member, new Date(MONTH0 + r.day * 86_400_000).toISOString(), r.kind),
        );
        const got = participationLevels(acts);
        const want = naive(acts);
        expect(got.periods.map((p) => p.members)).toEqual(want.members);
        expect(
          got.movement.map(({ movedUp, fellBack, stayed, entered, left }) => ({
            movedUp,
            fellBack,
            stayed,
            entered,
            left,
          })),
        ).toEqual(want.movement);
      }),
      { numRuns: 200 },
    );
  });
});
