import { z } from 'zod';
import { builtInFrameworks } from '../builtInFrameworks.js';
import { SkillsFrameworkSchema } from '../skillsFramework.js';

/**
 * The `frameworks` option shared by the profile functions: a list of
 * frameworks with unique ids (two frameworks with the same id would make every
 * assessment naming that id ambiguous), the built-in ones by default.
 */
export function frameworksOption() {
  return z
    .array(SkillsFrameworkSchema)
    .superRefine((list, ctx) => {
      const seen = new Map<string, number>();
      list.forEach((f, i) => {
        const first = seen.get(f.id);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: `duplicate framework id "${f.id}" (also frameworks[${first}]); give your own framework its own id, or use extendFramework to change a built-in one`,
            path: [i, 'id'],
          });
        else seen.set(f.id, i);
      });
    })
    .default(() => [...builtInFrameworks]);
}
