import { z } from 'zod';
import { CommunityKitError } from '../model/errors.js';
import { parseWith } from '../model/validate.js';
import { type ProficiencyScale, ProficiencyScaleSchema } from './proficiencyScale.js';

/**
 * The 0-based index of a level on a scale, from a level id (`'working'`) or
 * an index (`2`).
 *
 * @param scale - the framework's scale
 * @param level - a level id or index
 * @param path - where the level came from, for the error message
 * @returns the index
 * @throws {@link CommunityKitError} `invalid-input` when the id is not on the scale or the index is out of range
 *
 * @example
 * ```ts
 * resolveLevel(defaultProficiencyScale, 'proficient'); // → 3
 * resolveLevel(defaultProficiencyScale, 1); // → 1
 * ```
 */
export function resolveLevel(scale: ProficiencyScale, level: string | number, path = 'level'): number {
  parseWith('resolveLevel', ProficiencyScaleSchema, scale, 'scale');
  parseWith('resolveLevel', z.union([z.string(), z.number()]), level, path);
  if (typeof level === 'number') {
    if (Number.isInteger(level) && level >= 0 && level < scale.levels.length) return level;
    throw new CommunityKitError(
      `resolveLevel: ${path}: level ${level} is outside the scale "${scale.id}" (0–${scale.levels.length - 1})`,
      { code: 'invalid-input', path, value: level },
    );
  }
  const index = scale.levels.findIndex((l) => l.id === level);
  if (index >= 0) return index;
  throw new CommunityKitError(
    `resolveLevel: ${path}: no level "${level}" on the scale "${scale.id}"; levels: ${scale.levels.map((l) => l.id).join(', ')}`,
    { code: 'invalid-input', path, value: level },
  );
}
