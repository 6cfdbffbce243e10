import { z } from 'zod';
import { CommunityKitError } from '../model/errors.js';
import { parseWith } from '../model/validate.js';
import { type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * Finds a framework by id.
 *
 * @param frameworks - where to look (e.g. {@link builtInFrameworks} plus your own)
 * @param id - the framework id
 * @returns the framework
 * @throws {@link CommunityKitError} `unknown-reference` naming the known ids when there is none, `duplicate-id` when several share the id
 *
 * @example
 * ```ts
 * getFramework(builtInFrameworks, 'cscce-skills-wheel').families.length; // → 5
 * ```
 */
export function getFramework(frameworks: readonly SkillsFramework[], id: string): SkillsFramework {
  parseWith('getFramework', z.array(SkillsFrameworkSchema), frameworks, 'frameworks');
  parseWith('getFramework', z.string(), id, 'id');
  const found = frameworks.filter((f) => f.id === id);
  if (found.length > 1)
    throw new CommunityKitError(
      `getFramework: ${found.length} frameworks have the id "${id}"; ids must be unique (give your own framework its own id, or use extendFramework)`,
      { code: 'duplicate-id', path: 'frameworks', value: id },
    );
  if (found[0]) return found[0];
  throw new CommunityKitError(
    `getFramework: no framework "${id}"; known frameworks: ${frameworks.map((f) => f.id).join(', ') || '(none)'}`,
    { code: 'unknown-reference', path: 'id', value: id },
  );
}
