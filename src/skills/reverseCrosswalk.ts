import { parseWith } from '../model/validate.js';
import { type Crosswalk, CrosswalkSchema } from './crosswalk.js';

/**
 * The same correspondences read the other way (`to` → `from`).
 *
 * @param crosswalk - a crosswalk
 * @returns the reversed crosswalk (pairs sorted by source skill id)
 *
 * @example
 * ```ts
 * reverseCrosswalk(roundtableToCscce).from; // → 'cscce-skills-wheel'
 * ```
 */
export function reverseCrosswalk(crosswalk: Crosswalk): Crosswalk {
  const cw = parseWith('reverseCrosswalk', CrosswalkSchema, crosswalk, 'crosswalk');
  const back = new Map<string, Set<string>>();
  for (const p of cw.pairs) for (const t of p.to) back.set(t, (back.get(t) ?? new Set()).add(p.from));
  return {
    id: `${cw.id}-reversed`,
    from: cw.to,
    to: cw.from,
    note: cw.note,
    pairs: [...back].sort(([a], [b]) => (a < b ? -1 : 1)).map(([from, to]) => ({ from, to: [...to].sort() })),
  };
}
